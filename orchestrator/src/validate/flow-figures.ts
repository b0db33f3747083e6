// The figures a validation compares, computed by the same code from either
// simulator's flow trace (both write traces/<flow>.csv with the same
// columns), so a difference in a figure is a difference in the runs, never in
// how it was measured.
//
// - Slow start ends at the first sample whose cwnd is below an earlier one,
//   or that has a slow start threshold (HyStart ends it without a loss); its
//   maximum cwnd is the largest until then.
// - The sawtooth is read with 20% hysteresis: a peak is a maximum followed by
//   a fall of at least 20%, a floor a minimum followed by a rise of at least
//   20%. The recovery right after slow start is not part of it. Period, peak
//   and floor are medians over the cycles.
// - Steady-state goodput counts whole cycles: from the second sawtooth peak
//   (the first may still carry slow start's losses; the first with only two
//   peaks) to the last. With fewer than two peaks, from the end of slow
//   start's recovery (or the middle of the run) to the end.

import { type RttPercentiles, rttPercentiles } from '../results/percentiles.js';

export interface TracePoint {
  timeS: number;
  cwnd: number;
  /** null while the sender has no slow start threshold yet. */
  ssthresh: number | null;
  rttUs: number;
  bytesAcked: number;
  totalRetrans: number;
}

/** One flow's figures; RTT percentiles are over its smoothed RTT samples. */
export interface FlowFigures extends RttPercentiles {
  /** Bytes acknowledged over the sampled span, as `cosim run`'s summary counts it. */
  goodputBps: number;
  steadyGoodputBps: number;
  /** Where the steady state was taken from and to (seconds since the experiment's start). */
  steadyFromS: number;
  steadyToS: number;
  slowStartMaxCwnd: number;
  slowStartEndS: number | null;
  /** Median time between sawtooth peaks; null with fewer than two peaks. */
  sawtoothPeriodS: number | null;
  cwndPeak: number | null;
  cwndFloor: number | null;
  /** Sawtooth peaks found (after slow start). */
  cycles: number;
  retransmits: number;
}

/** Rows of a traces/<flow>.csv (header first), by column name, so column order never matters. */
export function parseFlowTrace(csv: string): TracePoint[] {
  const [head, ...rows] = csv.trim().split('\n');
  const cols = (head ?? '').split(',');
  const at = (name: string) => {
    const k = cols.indexOf(name);
    if (k < 0) throw new Error(`the trace has no ${name} column (columns: ${cols.join(', ')})`);
    return k;
  };
  const [t, c, s, r, b, x] = [at('time_s'), at('cwnd_segments'), at('ssthresh_segments'), at('rtt_us'), at('bytes_acked'), at('total_retrans')];
  return rows.filter((l) => l !== '').map((l) => {
    const v = l.split(',');
    const ssthresh = v[s] === undefined || v[s] === '' ? null : Number(v[s]);
    return { timeS: Number(v[t]), cwnd: Number(v[c]), ssthresh, rttUs: Number(v[r]), bytesAcked: Number(v[b]), totalRetrans: Number(v[x]) };
  });
}

const HYSTERESIS = 0.2;

export interface Extremum {
  timeS: number;
  cwnd: number;
}

/** Peaks and floors of cwnd from `start` on, beginning in a fall (slow start's recovery). */
export function sawtooth(points: readonly TracePoint[], start: number): { peaks: Extremum[]; floors: Extremum[] } {
  const peaks: Extremum[] = [];
  const floors: Extremum[] = [];
  let falling = true;
  let ext: Extremum | undefined;
  for (let i = start; i < points.length; i++) {
    const p = points[i]!;
    if (!ext) {
      ext = { timeS: p.timeS, cwnd: p.cwnd };
      continue;
    }
    if (falling) {
      if (p.cwnd < ext.cwnd) ext = { timeS: p.timeS, cwnd: p.cwnd };
      else if (p.cwnd >= ext.cwnd * (1 + HYSTERESIS) && p.cwnd >= ext.cwnd + 2) {
        floors.push(ext);
        falling = false;
        ext = { timeS: p.timeS, cwnd: p.cwnd };
      }
    } else if (p.cwnd > ext.cwnd) ext = { timeS: p.timeS, cwnd: p.cwnd };
    else if (p.cwnd <= ext.cwnd * (1 - HYSTERESIS)) {
      peaks.push(ext);
      falling = true;
      ext = { timeS: p.timeS, cwnd: p.cwnd };
    }
  }
  return { peaks, floors };
}

function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Bytes acknowledged between two samples, in bit/s (0 for an empty span). */
function rateBetween(a: TracePoint | undefined, b: TracePoint | undefined): number {
  if (!a || !b || !(b.timeS > a.timeS)) return 0;
  return ((b.bytesAcked - a.bytesAcked) * 8) / (b.timeS - a.timeS);
}

export function flowFigures(points: readonly TracePoint[]): FlowFigures {
  const first = points[0];
  const last = points[points.length - 1];
  let ssEnd = -1;
  let ssMax = first?.cwnd ?? 0;
  for (let i = 1; i < points.length; i++) {
    const p = points[i]!;
    if (p.cwnd < ssMax) {
      ssEnd = i;
      break;
    }
    ssMax = Math.max(ssMax, p.cwnd);
    // Slow start left without a loss (HyStart): the threshold appears with cwnd at its exit value.
    if (p.ssthresh !== null) {
      ssEnd = i;
      break;
    }
  }
  const { peaks, floors } = ssEnd < 0 ? { peaks: [], floors: [] } : sawtooth(points, ssEnd);
  // The first floor ends slow start's recovery; the sawtooth's floors come after its first peak.
  const caFloors = floors.filter((f) => peaks.length > 0 && f.timeS > peaks[0]!.timeS);
  const gaps = peaks.slice(1).map((p, k) => p.timeS - peaks[k]!.timeS);
  const byTime = (t: number) => points.find((p) => p.timeS >= t);
  let steadyFrom: TracePoint | undefined;
  let steadyTo: TracePoint | undefined = last;
  if (peaks.length >= 2) {
    // The first peak may still carry slow start's after-effects (a second reduction for its losses).
    steadyFrom = byTime(peaks[peaks.length >= 3 ? 1 : 0]!.timeS);
    steadyTo = byTime(peaks[peaks.length - 1]!.timeS);
  } else if (floors.length > 0) steadyFrom = byTime(floors[0]!.timeS);
  else if (first && last) steadyFrom = byTime((first.timeS + last.timeS) / 2);
  const rtts = points.map((p) => p.rttUs).sort((a, b) => a - b);
  return {
    goodputBps: Math.round(rateBetween(first, last)),
    steadyGoodputBps: Math.round(rateBetween(steadyFrom, steadyTo)),
    steadyFromS: steadyFrom?.timeS ?? 0,
    steadyToS: steadyTo?.timeS ?? 0,
    slowStartMaxCwnd: ssMax,
    slowStartEndS: ssEnd < 0 ? null : points[ssEnd]!.timeS,
    sawtoothPeriodS: median(gaps),
    cwndPeak: median(peaks.map((p) => p.cwnd)),
    cwndFloor: median(caFloors.map((f) => f.cwnd)),
    cycles: peaks.length,
    ...rttPercentiles(rtts),
    retransmits: last?.totalRetrans ?? 0,
  };
}
