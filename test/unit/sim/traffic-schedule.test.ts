import { describe, expect, it } from 'vitest';
import { streamFor } from '../../../orchestrator/src/sim/random.js';
import { datagramIntervalNs, drawSize, MAX_DRAW_BYTES, onOffPeriodsNs, requestSchedule, type SizeDistribution } from '../../../orchestrator/src/sim/traffic-schedule.js';

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('traffic schedules', () => {
  it('paces datagrams from the rate and the payload size', () => {
    expect(datagramIntervalNs(15e6, 1200)).toBe(640_000);
    expect(datagramIntervalNs(1e6, 125)).toBe(1_000_000);
    expect(datagramIntervalNs(3e6, 1000)).toBe(2_666_667);
  });

  it('gives one span for constant rate, fixed alternating spans cut at the end, or exponential ones', () => {
    const r = streamFor(1, 'x');
    expect(onOffPeriodsNs(2e9, undefined, r)).toEqual([2e9]);
    expect(onOffPeriodsNs(1.2e9, { onNs: 3e8, offNs: 2e8, distribution: 'fixed' }, r)).toEqual([3e8, 2e8, 3e8, 2e8, 2e8]);
    const spans = onOffPeriodsNs(1000e9, { onNs: 3e8, offNs: 1e8, distribution: 'exponential' }, streamFor(1, 'udp_flows:v'));
    expect(spans.reduce((a, b) => a + b, 0)).toBe(1000e9);
    expect(spans.every((s) => Number.isInteger(s) && s >= 1)).toBe(true);
    const on = spans.filter((_, k) => k % 2 === 0).slice(0, -1);
    const off = spans.filter((_, k) => k % 2 === 1);
    expect(Math.abs(mean(on) - 3e8) / 3e8).toBeLessThan(0.1);
    expect(Math.abs(mean(off) - 1e8) / 1e8).toBeLessThan(0.1);
    // The same stream gives the same spans; another seed others.
    expect(onOffPeriodsNs(1000e9, { onNs: 3e8, offNs: 1e8, distribution: 'exponential' }, streamFor(1, 'udp_flows:v'))).toEqual(spans);
    expect(onOffPeriodsNs(1000e9, { onNs: 3e8, offNs: 1e8, distribution: 'exponential' }, streamFor(2, 'udp_flows:v'))).not.toEqual(spans);
  });

  it('draws sizes with the asked mean, whole bytes within bounds', () => {
    const draw = (d: SizeDistribution, n = 20000, min = 1) => {
      const r = streamFor(7, 'sizes');
      return Array.from({ length: n }, () => drawSize(d, r, min));
    };
    expect(new Set(draw({ kind: 'fixed', bytes: 500 }, 10))).toEqual(new Set([500]));
    const u = draw({ kind: 'uniform', sizes: [100, 1000, 10000] });
    expect(new Set(u)).toEqual(new Set([100, 1000, 10000]));
    expect(u.filter((x) => x === 100).length / u.length).toBeCloseTo(1 / 3, 1);
    const e = draw({ kind: 'exponential', meanBytes: 10000 });
    expect(Math.abs(mean(e) - 10000) / 10000).toBeLessThan(0.05);
    const l = draw({ kind: 'lognormal', meanBytes: 10000, sigma: 1 });
    expect(Math.abs(mean(l) - 10000) / 10000).toBeLessThan(0.08);
    // Heavy-tailed: the median of a lognormal with sigma 1 is mean / e^(1/2).
    const median = [...l].sort((a, b) => a - b)[l.length / 2]!;
    expect(Math.abs(median - 10000 / Math.exp(0.5)) / 6065).toBeLessThan(0.05);
    for (const xs of [e, l]) expect(xs.every((x) => Number.isInteger(x) && x >= 1 && x <= MAX_DRAW_BYTES)).toBe(true);
    expect(Math.min(...draw({ kind: 'exponential', meanBytes: 10 }, 2000, 0))).toBe(0);
  });

  it('draws a request schedule: the first due at once, Poisson gaps after, the same for the same stream', () => {
    const s = requestSchedule(5000, { kind: 'fixed', bytes: 100 }, { kind: 'exponential', meanBytes: 5000 }, 2e7, streamFor(1, 'request_response:rpc'));
    expect(s.gapsNs[0]).toBe(0);
    expect(Math.abs(mean(s.gapsNs.slice(1)) - 2e7) / 2e7).toBeLessThan(0.05);
    expect(new Set(s.requestBytes)).toEqual(new Set([100]));
    expect(s.responseBytes.every((b) => b >= 1)).toBe(true);
    expect(requestSchedule(5000, { kind: 'fixed', bytes: 100 }, { kind: 'exponential', meanBytes: 5000 }, 2e7, streamFor(1, 'request_response:rpc'))).toEqual(s);
    expect(requestSchedule(3, { kind: 'fixed', bytes: 1 }, { kind: 'fixed', bytes: 2 }, undefined, streamFor(1, 'x')).gapsNs).toEqual([0, 0, 0]);
  });
});
