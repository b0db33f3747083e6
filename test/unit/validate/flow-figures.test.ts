// The figures of a validation from a flow trace: slow start's end and peak,
// the sawtooth's period, peak and floor, steady-state goodput over whole
// cycles and RTT percentiles, on synthetic traces whose answers are known.

import { describe, expect, it } from 'vitest';
import { flowFigures, parseFlowTrace, sawtooth, type TracePoint } from '../../../orchestrator/src/validate/flow-figures.js';

/** 20 s sampled every 10 ms: slow start to 108, recovery, then a 40 -> 79 sawtooth every 2 s, at 10 Mbit/s. */
function renoLike(): TracePoint[] {
  const points: TracePoint[] = [];
  for (let k = 0; k <= 2000; k++) {
    const cwnd = k < 50 ? 10 + 2 * k : k < 60 ? 108 - 7 * (k - 50) : 40 + Math.floor(((k - 60) % 200) / 5);
    points.push({ timeS: k / 100, cwnd, ssthresh: k <= 50 ? null : 54, rttUs: 40_000 + cwnd * 1000, bytesAcked: k * 12_500, totalRetrans: Math.floor(k / 200) });
  }
  return points;
}

describe('flowFigures', () => {
  const m = flowFigures(renoLike());

  it('finds slow start\'s peak and end', () => {
    expect(m.slowStartMaxCwnd).toBe(108);
    expect(m.slowStartEndS).toBe(0.51);
  });

  it('reads the sawtooth: a 2 s period between 79 and 40', () => {
    expect(m.cwndPeak).toBe(79);
    expect(m.cwndFloor).toBe(40);
    expect(m.sawtoothPeriodS).toBeCloseTo(2, 9);
    expect(m.cycles).toBe(9);
  });

  it('counts goodput over the whole run and over whole cycles from the second peak', () => {
    expect(m.goodputBps).toBe(10_000_000);
    expect(m.steadyGoodputBps).toBe(10_000_000);
    expect(m.steadyFromS).toBeCloseTo(4.55, 9);
    expect(m.steadyToS).toBeCloseTo(18.55, 9);
  });

  it('takes nearest-rank RTT percentiles and the last retransmission count', () => {
    // cwnd 40..79 evenly most of the time, so the median RTT is 40 ms + 59 segments.
    expect(m.rttP50Us).toBe(99_000);
    expect(m.rttP99Us).toBeGreaterThanOrEqual(m.rttP95Us);
    expect(m.retransmits).toBe(10);
  });

  it('ends slow start where HyStart set a threshold without a loss', () => {
    const points = renoLike().map((p, k) => (k >= 20 && k <= 50 ? { ...p, ssthresh: 50 } : p));
    const h = flowFigures(points);
    expect(h.slowStartEndS).toBe(0.2);
    expect(h.slowStartMaxCwnd).toBe(50);
  });

  it('gives no sawtooth for a flow that never reduces its window', () => {
    const flat = renoLike().map((p) => ({ ...p, cwnd: 10 + Math.floor(p.timeS), ssthresh: null }));
    const f = flowFigures(flat);
    expect([f.sawtoothPeriodS, f.cwndPeak, f.cwndFloor, f.slowStartEndS]).toEqual([null, null, null, null]);
    expect(f.steadyFromS).toBe(10);
  });
});

describe('sawtooth', () => {
  it('ignores wiggles under 20% and records each fall and rise beyond it', () => {
    const cwnd = [100, 60, 62, 61, 80, 100, 90, 99, 70, 72, 90];
    const { peaks, floors } = sawtooth(cwnd.map((c, k) => ({ timeS: k, cwnd: c, ssthresh: 50, rttUs: 0, bytesAcked: 0, totalRetrans: 0 })), 0);
    expect(floors.map((f) => f.cwnd)).toEqual([60, 70]);
    expect(peaks.map((p) => [p.timeS, p.cwnd])).toEqual([[5, 100]]);
  });
});

describe('parseFlowTrace', () => {
  it('reads the columns by name, a blank ssthresh as none', () => {
    const csv = 'time_s,cwnd_segments,ssthresh_segments,rtt_us,rttvar_us,bytes_acked,total_retrans,delivery_rate_bps\n0.050112000,10,,40000,20000,0,0,\n1.000000000,20,15,41000,100,5000,2,0\n';
    expect(parseFlowTrace(csv)).toEqual([
      { timeS: 0.050112, cwnd: 10, ssthresh: null, rttUs: 40000, bytesAcked: 0, totalRetrans: 0 },
      { timeS: 1, cwnd: 20, ssthresh: 15, rttUs: 41000, bytesAcked: 5000, totalRetrans: 2 },
    ]);
  });

  it('names a missing column', () => {
    expect(() => parseFlowTrace('time_s,cwnd_segments\n0,1\n')).toThrow('the trace has no ssthresh_segments column');
  });
});
