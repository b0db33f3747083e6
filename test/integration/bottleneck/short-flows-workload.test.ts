// The short_flows workload with real guests: 15 transfers of 20, 60 or 150
// KB with Poisson arrivals (mean gap 150 ms) from one 6.1 guest to another
// over 10 Mbit/s, 20 ms, through CoDel. They expand into ordinary flows
// with seeded sizes and start times; every one completes, and
// summary.json's flow_metrics gives their completion-time percentiles.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FlowMetrics } from '../../../orchestrator/src/results/flow-metrics.js';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';
import { runScenarioText } from './helpers.js';

const SCENARIO = `name: web
seed: 11
duration: 4s
hosts:
  - {name: client, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: server, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - {name: wan, between: [server, client], rate: 10Mbit, delay: 20ms, queue: {kind: codel}}
short_flows:
  - {id: web, from: server, to: client, count: 15, start: 100ms, mean_gap: 150ms, sizes: [20KB, 60KB, 150KB], port: 7000, cc: cubic, sample_interval: 5ms}
`;

describe('a short_flows workload', () => {
  it('runs every short flow to completion and reports FCT percentiles', async () => {
    requireQemu();
    requireImage('6.1');
    const out = await runScenarioText(tempDir('web'), 'web', SCENARIO);
    const resolved = JSON.parse(readFileSync(join(out, 'resolved-scenario.json'), 'utf8')) as { flows: { id: string; port: number; startNs: number; bytes: number }[] };
    expect(resolved.flows.map((f) => f.id)).toEqual([...Array(15).keys()].map((k) => `web-${k}`));
    expect(new Set(resolved.flows.map((f) => f.bytes))).toEqual(new Set([20_000, 60_000, 150_000]));
    const m = (JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { flow_metrics: FlowMetrics }).flow_metrics;
    console.log(`FCT p50 ${m.fct_s?.p50} s, p90 ${m.fct_s?.p90} s, p99 ${m.fct_s?.p99} s over ${m.completed}; Jain ${m.jain_index}`);
    expect([m.completed, m.sized]).toEqual([15, 15]);
    for (const f of m.flows) {
      const bytes = resolved.flows.find((r) => r.id === f.id)!.bytes;
      expect(f.fct_s!).toBeGreaterThan((bytes * 8) / 10e6 + 0.04);
      expect(f.fct_s!).toBeLessThan(2);
    }
    expect(m.fct_s!.p50).toBeLessThanOrEqual(m.fct_s!.p90);
  });
});
