import { describe, expect, it } from 'vitest';
import { compileSection, sectionIssues } from './helpers/compile-section.js';

const text = (workloads: string, extra = '') => `name: r
duration: 5s
hosts:
  - {name: a, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: b, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - {name: l, between: [a, b], rate: 10Mbit}
${extra}request_response:
${workloads}
`;
const load = (t: string) => compileSection(t);

const issuesOf = (t: string) => sectionIssues(t);

describe('request_response', () => {
  it('resolves workloads with their size distributions and defaults', () => {
    const s = load(
      text(`  - {id: rpc, from: a, to: b, count: 10}
  - {id: web, from: a, to: b, count: 5, arrival: poisson, mean_gap: 20ms, port: 80, start: 1s, cc: bbr, sample_interval: 10ms,
     request_size: {distribution: uniform, sizes: [0B, 1KB]}, response_size: {distribution: lognormal, mean: 20KB, sigma: 1.5}}
  - {id: exp, from: b, to: a, count: 1, mean_gap: 5ms, request_size: {distribution: fixed, size: 1KiB}, response_size: {distribution: exponential, mean: 1MB}}`),
    );
    expect(s.requestResponse).toEqual([
      { id: 'rpc', from: 0, to: 1, toIp: '10.0.0.2', port: 8000, startNs: 0, count: 10, arrival: 'closed_loop', requestSize: { kind: 'fixed', bytes: 100 }, responseSize: { kind: 'fixed', bytes: 10_000 }, cc: undefined, sampleIntervalNs: 1e8 },
      { id: 'web', from: 0, to: 1, toIp: '10.0.0.2', port: 80, startNs: 1e9, count: 5, arrival: 'poisson', meanGapNs: 2e7, requestSize: { kind: 'uniform', sizes: [0, 1000] }, responseSize: { kind: 'lognormal', meanBytes: 20_000, sigma: 1.5 }, cc: 'bbr', sampleIntervalNs: 1e7 },
      { id: 'exp', from: 1, to: 0, toIp: '10.0.0.1', port: 8002, startNs: 0, count: 1, arrival: 'closed_loop', meanGapNs: 5e6, requestSize: { kind: 'fixed', bytes: 1024 }, responseSize: { kind: 'exponential', meanBytes: 1e6 }, cc: undefined, sampleIntervalNs: 1e8 },
    ]);
    expect(Object.keys(load(text('  []'))).includes('requestResponse')).toBe(false);
  });

  it('reports bad values with their paths', () => {
    expect(
      issuesOf(text(`  - {id: rpc, from: a, to: a, count: 0, arrival: sometimes, sample_interval: 10us, response_size: 0B,
     request_size: {distribution: pareto, mean: 1KB}}
  - {id: web, from: a, to: b, count: 3, arrival: poisson, response_size: {distribution: lognormal, mean: 1KB, sigma: 9}}
  - {id: up, from: a, to: b, count: 3, request_size: {distribution: uniform, sizes: []}, response_size: {distribution: exponential, mean: 200MB}}`)),
    ).toEqual([
      'request_response.0.to: a request/response workload goes to another host',
      'request_response.0.count: count must be an integer from 1 to 20000',
      'request_response.0.arrival: arrival must be "closed_loop" or "poisson"',
      'request_response.0.request_size.distribution: distribution must be one of: fixed, uniform, exponential, lognormal',
      'request_response.0.response_size: a size here must be from 1B to 100MB',
      'request_response.0.sample_interval: sample_interval must be at least 1ms',
      'request_response.1.mean_gap: mean_gap is required for Poisson arrivals',
      'request_response.1.response_size.sigma: sigma must be a number above 0 and at most 4 (the spread of ln size)',
      'request_response.2.request_size.sizes: sizes must list at least one size, like [100B, 10KB]',
      'request_response.2.response_size.mean: a size here must be from 1B to 100MB',
    ]);
    expect(issuesOf(text('  - {id: rpc, from: a, to: b, count: 1, port: 5001}', 'flows:\n  - {id: bulk, from: a, to: b}\n'))).toEqual([
      'request_response.0.port: port 5001 on b is another TCP flow\'s or workload\'s',
    ]);
    expect(issuesOf(text('  - {id: bulk, from: a, to: b, count: 1}', 'flows:\n  - {id: bulk, from: a, to: b}\n'))).toEqual([
      'request_response.0.id: request/response workload bulk would write traces/bulk.csv, which flow bulk already writes; rename one of them',
    ]);
  });
});
