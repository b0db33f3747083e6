import { describe, expect, it } from 'vitest';
import { compileSection, sectionIssues } from './helpers/compile-section.js';

const text = (workload: string, extra = '', seed = 1) => `name: w
seed: ${seed}
duration: 5s
hosts:
  - {name: a, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: b, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - {name: l, between: [a, b], rate: 10Mbit}
${extra}short_flows:
  - ${workload}
`;
const W = '{id: web, from: a, to: b, count: 200, start: 1s, mean_gap: 100ms, sizes: [10KB, 100KB], port: 7000}';
const load = (t: string) => compileSection(t);

const issuesOf = (t: string) => sectionIssues(t);

describe('short_flows', () => {
  it('expands into flows with Poisson arrivals and sizes from the list, the same for the same seed', () => {
    const flows = load(text(W)).flows;
    expect(flows).toHaveLength(200);
    expect(flows.map((f) => f.id).slice(0, 3)).toEqual(['web-0', 'web-1', 'web-2']);
    expect(flows.map((f) => f.port)).toEqual([...Array(200).keys()].map((k) => 7000 + k));
    const starts = flows.map((f) => f.startNs);
    expect(starts.every((t, k) => t >= 1e9 && (k === 0 || t >= starts[k - 1]!))).toBe(true);
    // 200 exponential gaps of mean 100 ms: the mean within 20%.
    const meanGap = (starts.at(-1)! - 1e9) / 200;
    expect(Math.abs(meanGap - 1e8) / 1e8).toBeLessThan(0.2);
    const small = flows.filter((f) => f.bytes === 10_000).length;
    expect(small).toBeGreaterThan(70);
    expect(small).toBeLessThan(130);
    expect(load(text(W)).flows).toEqual(flows);
    expect(load(text(W, '', 2)).flows).not.toEqual(flows);
  });

  it('comes after the scenario flows and refuses their ids and ports', () => {
    const f = 'flows:\n  - {id: bulk, from: a, to: b, port: 7003}\n';
    expect(issuesOf(text(W, f))).toEqual(['short_flows.0.port: port 7003 on b is another flow\'s']);
    const ok = load(text(W.replace('count: 200', 'count: 3'), 'flows:\n  - {id: bulk, from: a, to: b}\n')).flows;
    expect(ok.map((x) => x.id)).toEqual(['bulk', 'web-0', 'web-1', 'web-2']);
  });

  it('reports bad values with their paths', () => {
    expect(issuesOf(text('{id: web, from: a, to: a, count: 300, mean_gap: 0ms, sizes: [], port: 65535}'))).toEqual([
      'short_flows.0.to: short flows go to another host',
      'short_flows.0.count: count must be an integer from 1 to 200',
      'short_flows.0.mean_gap: mean_gap must be longer than 0',
      'short_flows.0.sizes: sizes must list at least one size, like [10KB, 100KB]',
    ]);
    expect(issuesOf(text('{id: web, from: a, to: b, count: 5, mean_gap: 1s, sizes: [1KB], port: 65533}'))).toEqual(['short_flows.0.port: ports 65533 to 65537 do not fit below 65536']);
  });
});
