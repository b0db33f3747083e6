// Short flows and their completion times with real guests: six transfers
// of 50 to 300 KB start every 300 ms from one 6.1 guest to another beside
// a bulk flow, over 10 Mbit/s and 20 ms through FQ-CoDel. summary.json's
// flow_metrics gives each one's completion time (read off 5 ms TCP_INFO
// samples), their percentiles, RTT percentiles and Jain's index; the same
// scenario run twice gives the same digest.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FlowMetrics } from '../../../orchestrator/src/results/flow-metrics.js';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';
import { runScenarioText } from './helpers.js';

const SIZES_KB = [50, 100, 150, 200, 250, 300];
const SCENARIO = `name: short-flows
seed: 9
duration: 4s
hosts:
  - {name: client, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: server, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - {name: wan, between: [server, client], rate: 10Mbit, delay: 20ms, queue: {kind: fq_codel}}
flows:
  - {id: bulk, from: server, to: client, cc: cubic}
${SIZES_KB.map((kb, i) => `  - {id: s${i}, from: server, to: client, port: ${6000 + i}, start: ${300 * (i + 1)}ms, bytes: ${kb}KB, cc: cubic, sample_interval: 5ms}`).join('\n')}
`;

describe('short flows', () => {
  it('report completion-time percentiles, and the same digest twice', async () => {
    requireQemu();
    requireImage('6.1');
    const dir = tempDir('short-flows');
    const a = await runScenarioText(dir, 'a', SCENARIO);
    const b = await runScenarioText(dir, 'b', SCENARIO);
    const digest = (out: string) => readFileSync(join(out, 'digest.txt'), 'utf8').trim();
    expect(digest(a)).toBe(digest(b));
    const summary = JSON.parse(readFileSync(join(a, 'summary.json'), 'utf8')) as { flow_metrics: FlowMetrics };
    const m = summary.flow_metrics;
    console.log(`FCT p50 ${m.fct_s?.p50} s, p90 ${m.fct_s?.p90} s, max ${m.fct_s?.max} s; Jain ${m.jain_index}; ${m.flows.map((f) => `${f.id} ${f.fct_s}`).join(', ')}`);
    expect([m.completed, m.sized]).toEqual([6, 6]);
    for (const [i, kb] of SIZES_KB.entries()) {
      const f = m.flows.find((x) => x.id === `s${i}`)!;
      // No faster than the bytes at the full link rate plus the handshake's round trip.
      expect(f.fct_s!).toBeGreaterThan((kb * 1000 * 8) / 10e6 + 0.04);
      expect(f.fct_s!).toBeLessThan(3);
      expect(f.rtt_us!.p50).toBeGreaterThanOrEqual(40_000);
    }
    // Beside a bulk flow under FQ-CoDel a short flow's RTT stays within twice the 40 ms base (62.7 ms p90 measured).
    expect(m.flows.find((x) => x.id === 's5')!.rtt_us!.p90).toBeLessThan(80_000);
    expect(m.fct_s!.p50).toBeLessThanOrEqual(m.fct_s!.p90);
    expect(m.jain_index).toBeGreaterThan(0);
    expect(m.jain_index).toBeLessThanOrEqual(1);
  });
});
