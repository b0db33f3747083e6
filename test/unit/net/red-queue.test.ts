import { describe, expect, it } from 'vitest';
import { ECN_CE, ECN_ECT0, ecnOf } from '../../../orchestrator/src/net/ecn.js';
import { RedQueue, redDropProbability } from '../../../orchestrator/src/net/red-queue.js';
import { Calendar } from '../../../orchestrator/src/sim/calendar.js';
import { streamFor } from '../../../orchestrator/src/sim/random.js';
import { ipFrame } from './helpers/packets.js';

const params = { minThPackets: 5, maxThPackets: 15, maxP: 0.1, gentle: true };

/**
 * The fraction of arrivals RED drops at a steady p_b: with p_a = p_b / (1 -
 * count p_b) the gap between drops is uniform, so the rate is 1/E[gap].
 */
function expectedDropRate(pb: number): number {
  let survive = 1;
  let meanGap = 0;
  for (let n = 1; survive > 1e-12; n++) {
    const pa = n * pb >= 1 ? 1 : Math.min(1, pb / (1 - n * pb));
    meanGap += n * survive * pa;
    survive *= 1 - pa;
  }
  return 1 / meanGap;
}

/** Arrivals to a RED queue held at `depth` packets (one leaves per one accepted), weight 1 so avg = depth. */
function dropRateAt(depth: number, arrivals: number, opts: { ecn?: boolean; ecnBits?: number; gentle?: boolean } = {}) {
  const cal = new Calendar();
  const q = new RedQueue({ ...params, gentle: opts.gentle ?? true, weight: 1, limitPackets: 1000, ecn: opts.ecn ?? false }, 'red', cal, streamFor(1, 'red:red'));
  const gaps: number[] = [];
  let since = 0;
  let id = 0;
  let hits = 0;
  q.drop.subscribe(() => hits++);
  q.mark.subscribe(() => hits++);
  // Fill to the depth (RED drops some on the way), then count.
  while (q.depthPackets < depth) q.receive(ipFrame(id++, { ecn: opts.ecnBits ?? 0 }));
  hits = 0;
  let outCe = 0;
  for (let i = 0; i < arrivals; i++) {
    const before = hits;
    q.receive(ipFrame(id++, { ecn: opts.ecnBits ?? 0 }));
    since++;
    if (hits > before) {
      gaps.push(since);
      since = 0;
    }
    while (q.depthPackets > depth) if (ecnOf(q.dequeue()!.bytes) === ECN_CE) outCe++;
  }
  return { q, rate: hits / arrivals, gaps, outCe };
}

describe('RedQueue', () => {
  it('follows its curve: 0 below min_th, linear to max_p at max_th, gently to 1 at 2 max_th', () => {
    expect(redDropProbability(4.99, params)).toBe(0);
    expect(redDropProbability(5, params)).toBe(0);
    expect(redDropProbability(10, params)).toBeCloseTo(0.05, 12);
    expect(redDropProbability(14, params)).toBeCloseTo(0.09, 12);
    expect(redDropProbability(15, params)).toBeCloseTo(0.1, 12);
    expect(redDropProbability(22.5, params)).toBeCloseTo(0.55, 12);
    expect(redDropProbability(30, params)).toBe(1);
    expect(redDropProbability(15, { ...params, gentle: false })).toBe(1);
  });

  it.each([7, 10, 13, 20])('drops arrivals at the rate its curve gives with the average held at %i packets', (depth) => {
    const pb = redDropProbability(depth, params);
    const { rate, gaps, q } = dropRateAt(depth, 200_000);
    const want = expectedDropRate(pb);
    expect(Math.abs(rate - want) / want).toBeLessThan(0.04);
    // Spread evenly: no gap longer than 1/p_b arrivals.
    expect(gaps.reduce((m, g) => Math.max(m, g), 0)).toBeLessThanOrEqual(Math.ceil(1 / pb));
    expect(q.counters.dropped).toBeGreaterThan(0);
  });

  it('without gentle drops every arrival from max_th on (forced); none below min_th', () => {
    const forced = dropRateAt(15, 1000, { gentle: false });
    expect(forced.rate).toBe(1);
    expect(forced.q.counters.dropped).toBeGreaterThanOrEqual(1000);
    expect(dropRateAt(4, 1000).rate).toBe(0);
  });

  it('averages with weight w_q and decays the average over idle time', () => {
    const cal = new Calendar();
    const q = new RedQueue({ weight: 0.5, idlePacketNs: 1_000_000 }, 'red', cal, streamFor(1, 'r'));
    q.receive(ipFrame(0)); // avg = 0.5 * 0 (empty, idle since 0 for 0 ns)
    q.receive(ipFrame(1)); // 0.5 * 0 + 0.5 * 1
    expect(q.avg).toBeCloseTo(0.5, 12);
    q.receive(ipFrame(2)); // 0.25 + 0.5 * 2
    expect(q.avg).toBeCloseTo(1.25, 12);
    q.dequeue();
    q.dequeue();
    q.dequeue();
    cal.runUntil(3_000_000); // idle for 3 packet times
    q.receive(ipFrame(3));
    expect(q.avg).toBeCloseTo(1.25 * 0.5 ** 3, 12);
  });

  it('with ECN marks ECN-capable arrivals instead of early drops, and still forces drops', () => {
    const marked = dropRateAt(10, 50_000, { ecn: true, ecnBits: ECN_ECT0 });
    expect(marked.q.counters.dropped).toBe(0);
    expect(marked.q.counters.marked).toBeGreaterThan(1000);
    expect(marked.outCe).toBeGreaterThan(1000);
    const plain = dropRateAt(10, 50_000, { ecn: true });
    expect(plain.q.counters.marked).toBe(0);
    expect(plain.q.counters.dropped).toBeGreaterThan(1000);
    const forced = dropRateAt(15, 100, { ecn: true, ecnBits: ECN_ECT0, gentle: false });
    expect(forced.rate).toBe(1);
    expect(forced.q.counters.marked).toBeLessThan(forced.q.counters.dropped);
  });

  it("approximates DCTCP's step marking as examples/incast-dctcp.yaml configures it", () => {
    // Weight 1, min_th K-1, max_th K, gentle with max_p just below 1, a limit under 2 max_th: no mark below
    // K queued, every arrival marked from K on once past the first (RED's count), no drop before the limit.
    const cal = new Calendar();
    const K = 65;
    const q = new RedQueue({ minThPackets: K - 1, maxThPackets: K, maxP: 0.999, gentle: true, weight: 1, limitPackets: 128, ecn: true }, 'sw', cal, streamFor(5, 'red:sw'));
    const marks: number[] = [];
    const reasons = new Set<string>();
    q.mark.subscribe(() => marks.push(q.depthPackets));
    q.drop.subscribe((d) => reasons.add(d.reason));
    for (let i = 0; i < 200; i++) q.receive(ipFrame(i, { ecn: ECN_ECT0 }));
    expect(q.counters.dropped).toBe(200 - 128);
    expect(q.counters.marked).toBeGreaterThanOrEqual(128 - K - 1);
    expect(Math.min(...marks)).toBeGreaterThanOrEqual(K);
    expect([...reasons]).toEqual(['queue-full']);
  });

  it('draws from its own stream: same seed, same drops', () => {
    const a = dropRateAt(10, 5000).gaps;
    const b = dropRateAt(10, 5000).gaps;
    expect(a).toEqual(b);
  });
});
