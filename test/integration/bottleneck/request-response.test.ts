// Request/response workloads with real guests: two 6.1 guests over a
// 10 Mbit/s, 10 ms link. A closed loop of 30 requests whose responses are
// 1, 10 or 100 KB, and 40 Poisson requests (50 ms mean gap) with
// exponential request and lognormal response sizes, side by side.
// summary.json's flow_metrics gives each workload's completion-time
// percentiles, the trace one row per request with the drawn sizes, every
// request takes at least a round trip and its response's time on the link,
// and the same scenario run twice gives the same digest.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RequestResponseMetrics } from '../../../orchestrator/src/results/request-response-trace.js';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';
import { runScenarioText } from './helpers.js';

const SCENARIO = `name: request-response
seed: 5
duration: 4s
hosts:
  - {name: client, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: server, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - {name: l, between: [client, server], rate: 10Mbit, delay: 10ms}
request_response:
  - {id: rpc, from: client, to: server, count: 30, request_size: 200B, response_size: {distribution: uniform, sizes: [1KB, 10KB, 100KB]}}
  - {id: web, from: client, to: server, port: 8080, start: 0s, cc: cubic, count: 40, arrival: poisson, mean_gap: 50ms, request_size: {distribution: exponential, mean: 500B}, response_size: {distribution: lognormal, mean: 20KB, sigma: 1}, sample_interval: 50ms}
`;

interface Row {
  index: number;
  dueS: number;
  completedS: number;
  completionS: number;
  requestBytes: number;
  responseBytes: number;
}

function trace(out: string, id: string): Row[] {
  const [header, ...lines] = readFileSync(join(out, 'traces', `${id}.csv`), 'utf8').trim().split('\n');
  expect(header).toBe('index,due_s,completed_s,completion_s,request_bytes,response_bytes');
  return lines.map((l) => {
    const [index, dueS, completedS, completionS, requestBytes, responseBytes] = l.split(',').map(Number);
    return { index: index!, dueS: dueS!, completedS: completedS!, completionS: completionS!, requestBytes: requestBytes!, responseBytes: responseBytes! };
  });
}

describe('request/response workloads', () => {
  it('report per-request completion times and percentiles, and the same digest twice', async () => {
    requireQemu();
    requireImage('6.1');
    const dir = tempDir('request-response');
    const a = await runScenarioText(dir, 'a', SCENARIO);
    const b = await runScenarioText(dir, 'b', SCENARIO);
    const digest = (out: string) => readFileSync(join(out, 'digest.txt'), 'utf8').trim();
    expect(digest(a)).toBe(digest(b));

    const summary = JSON.parse(readFileSync(join(a, 'summary.json'), 'utf8')) as {
      flow_metrics: { request_response: RequestResponseMetrics[] };
      request_response: { id: string; requests: number; completed: number; served: number | null }[];
    };
    const m = summary.flow_metrics.request_response;
    for (const w of m) console.log(`${w.id}: ${w.completed}/${w.requests} completed; p50 ${w.completion_s?.p50} s, p90 ${w.completion_s?.p90} s, p99 ${w.completion_s?.p99} s, mean ${w.mean_completion_s} s`);
    // Every request completed, and each server saw them all and the client's end.
    expect(summary.request_response).toEqual([
      { id: 'rpc', requests: 30, completed: 30, served: 30 },
      { id: 'web', requests: 40, completed: 40, served: 40 },
    ]);

    for (const id of ['rpc', 'web']) {
      const rows = trace(a, id);
      expect(rows.map((r) => r.index)).toEqual([...rows.keys()]);
      for (const r of rows) {
        // No faster than a round trip plus the response's bytes at the link's rate.
        expect(r.completionS).toBeGreaterThan(0.02 + (r.responseBytes * 8) / 10e6);
        expect(r.completedS - r.dueS).toBeCloseTo(r.completionS, 6);
      }
      const w = m.find((x) => x.id === id)!;
      const sorted = rows.map((r) => r.completionS).sort((x, y) => x - y);
      expect(w.completion_s!.p50).toBe(sorted[Math.ceil(sorted.length / 2) - 1]);
      expect(w.completion_s!.max).toBe(sorted.at(-1));
    }
    // Closed loop: each request is due once the previous completed; sizes come from the list.
    const rpc = trace(a, 'rpc');
    for (let k = 1; k < rpc.length; k++) expect(rpc[k]!.dueS).toBeGreaterThanOrEqual(rpc[k - 1]!.completedS);
    expect(new Set(rpc.map((r) => r.requestBytes))).toEqual(new Set([200]));
    expect(new Set(rpc.map((r) => r.responseBytes)).size).toBeGreaterThan(1);
    for (const r of rpc) expect([1000, 10_000, 100_000]).toContain(r.responseBytes);
    // A 100 KB response takes longer than a 1 KB one.
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    expect(median(rpc.filter((r) => r.responseBytes === 100_000).map((r) => r.completionS))).toBeGreaterThan(median(rpc.filter((r) => r.responseBytes === 1000).map((r) => r.completionS)) * 2);
    // Poisson: requests go out on their schedule, overlapping ones included.
    const web = trace(a, 'web');
    const gaps = web.slice(1).map((r, k) => r.dueS - web[k]!.dueS);
    expect(gaps.every((g) => g >= 0)).toBe(true);
    expect(web.some((r, k) => k > 0 && r.dueS < web[k - 1]!.completedS)).toBe(true);
  });
});
