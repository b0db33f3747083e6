import { describe, expect, it } from 'vitest';
import { percentile, percentiles, rttPercentiles } from '../../../orchestrator/src/results/percentiles.js';

describe('percentiles', () => {
  const xs = [...Array(100).keys()].map((i) => i + 1);

  it('takes nearest-rank percentiles: always a measured value, never an interpolation', () => {
    expect(percentiles(xs)).toEqual({ p50: 50, p90: 90, p99: 99, max: 100 });
    expect(percentiles([7])).toEqual({ p50: 7, p90: 7, p99: 7, max: 7 });
    expect(percentiles([3, 1, 2, 4])).toEqual({ p50: 2, p90: 4, p99: 4, max: 4 });
    expect(percentiles([])).toBeNull();
  });

  it('gives the RTT percentiles a study and a validation compare, 0 without samples', () => {
    expect(rttPercentiles(xs)).toEqual({ rttP50Us: 50, rttP95Us: 95, rttP99Us: 99 });
    expect(rttPercentiles([10, 20])).toEqual({ rttP50Us: 10, rttP95Us: 20, rttP99Us: 20 });
    expect(rttPercentiles([])).toEqual({ rttP50Us: 0, rttP95Us: 0, rttP99Us: 0 });
    expect(percentile([5], 0.001)).toBe(5);
  });
});
