// Percentiles as every output of cosim reports them: nearest rank, the
// smallest value with at least a fraction q of the values at or below it
// (no interpolation, so a percentile is always a value that was measured).
// summary.json gives p50/p90/p99/max (flow RTTs, completion times); a
// study's table and a validation's report give RTT p50/p95/p99.

/** Nearest-rank percentile q (0 < q <= 1) of ascending `sorted`; 0 when there are none. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export interface Percentiles {
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

/** summary.json's percentiles of `values` (in any order); null when there are none. */
export function percentiles(values: readonly number[]): Percentiles | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  return { p50: percentile(s, 0.5), p90: percentile(s, 0.9), p99: percentile(s, 0.99), max: s[s.length - 1]! };
}

/** RTT percentiles as a study and a validation compare them. */
export interface RttPercentiles {
  rttP50Us: number;
  rttP95Us: number;
  rttP99Us: number;
}

/** Of ascending RTT samples in microseconds; 0 each when there are none. */
export function rttPercentiles(sorted: readonly number[]): RttPercentiles {
  return { rttP50Us: percentile(sorted, 0.5), rttP95Us: percentile(sorted, 0.95), rttP99Us: percentile(sorted, 0.99) };
}
