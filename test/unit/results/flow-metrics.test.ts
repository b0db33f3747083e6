import { describe, expect, it } from 'vitest';
import { flowMetrics, jainIndex } from '../../../orchestrator/src/results/flow-metrics.js';
import type { FlowSample } from '../../../orchestrator/src/results/flow-trace.js';
import { loadScenarioText } from '../../../orchestrator/src/scenario/load-scenario.js';
import { kernels } from '../helpers/kernels.js';

const sample = (timeNs: number, bytesAcked: number, rttUs: number): FlowSample => ({ timeNs, cwndSegments: 10, ssthreshSegments: 0x7fffffff, rttUs, rttvarUs: 0, bytesAcked, totalRetrans: 0, deliveryRateBps: 0 });

describe('flow metrics', () => {
  it("computes Jain's index: 1 for equal shares, 1/n for one flow taking all", () => {
    expect(jainIndex([5, 5, 5, 5])).toBe(1);
    expect(jainIndex([8, 0, 0, 0])).toBe(0.25);
    expect(jainIndex([3, 1])).toBe(0.8);
    expect(jainIndex([])).toBeNull();
    expect(jainIndex([0, 0])).toBeNull();
  });

  it("reads a sized flow's completion off its first sample with every byte acknowledged", () => {
    const scenario = loadScenarioText(
      `name: m
duration: 5s
hosts:
  - {name: a, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: b, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - {name: l, between: [a, b], rate: 10Mbit}
flows:
  - {id: short, from: a, to: b, bytes: 100KB, start: 1s, sample_interval: 5ms}
  - {id: never, from: a, to: b, bytes: 1MB}
  - {id: bulk, from: a, to: b}
`,
      'm.yaml',
      kernels('6.1'),
    );
    const epoch = 2_000_000_000;
    const m = flowMetrics(
      scenario,
      epoch,
      [
        { id: 'short', samples: [sample(epoch + 1_005_000_000, 50_000, 20_000), sample(epoch + 1_110_000_000, 100_000, 30_000), sample(epoch + 1_115_000_000, 100_000, 25_000)] },
        { id: 'never', samples: [sample(epoch + 5_000_000, 1000, 0)] },
        { id: 'bulk', samples: [] },
      ],
      [8e6, 1e6, 1e6],
    );
    expect(m.flows[0]).toEqual({ id: 'short', bytes: 100_000, connected: true, fct_s: 0.11, fct_resolution_s: 0.005, rtt_us: { p50: 25_000, p90: 30_000, p99: 30_000, max: 30_000 } });
    expect(m.flows[1]).toMatchObject({ id: 'never', fct_s: null, rtt_us: null });
    expect(m.flows[2]).toMatchObject({ id: 'bulk', bytes: null, connected: false, fct_s: null });
    expect(m.fct_s).toEqual({ p50: 0.11, p90: 0.11, p99: 0.11, max: 0.11 });
    expect([m.completed, m.sized, m.never_connected]).toEqual([1, 2, 1]);
    expect(m.jain_index).toBeCloseTo(100 / 198, 6);
  });

  it('counts the flows that never connected, which fct_s leaves out (issue 26, finding 9)', () => {
    const scenario = loadScenarioText(
      `name: m
duration: 5s
hosts:
  - {name: a, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: b, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - {name: l, between: [a, b], rate: 10Mbit}
short_flows:
  - {id: s, from: a, to: b, count: 4, mean_gap: 100ms, sizes: [10KB], port: 6000}
`,
      'm.yaml',
      kernels('6.1'),
    );
    const epoch = 0;
    const samples = (f: { startNs: number }) => [sample(f.startNs + 50_000_000, 10_000, 20_000)];
    const m = flowMetrics(scenario, epoch, scenario.flows.map((f, i) => ({ id: f.id, samples: i % 2 === 0 ? samples(f) : [] })), [1, 0, 1, 0]);
    expect(m.flows.map((f) => f.connected)).toEqual([true, false, true, false]);
    expect([m.completed, m.sized, m.never_connected]).toEqual([2, 4, 2]);
    expect(m.fct_s?.max).toBe(0.05);
  });
});
