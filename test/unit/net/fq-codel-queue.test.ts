import { describe, expect, it } from 'vitest';
import { CodelQueue } from '../../../orchestrator/src/net/codel-queue.js';
import { FqCodelQueue } from '../../../orchestrator/src/net/fq-codel-queue.js';
import { streamFor } from '../../../orchestrator/src/sim/random.js';
import { Calendar } from '../../../orchestrator/src/sim/calendar.js';
import { AimdFlow, bottleneck, mean, percentile } from './helpers/aimd-flow.js';
import { ipFrame } from './helpers/packets.js';

const MS = 1_000_000;
const PING = 7;

/** Two Reno-like bulk flows and a sparse 100-byte UDP flow every 20 ms through 10 Mbit/s for 20 s. */
function mixedRun(kind: 'fq_codel' | 'codel') {
  const b = bottleneck(
    (cal) => (kind === 'fq_codel' ? new FqCodelQueue({}, 'q', cal, streamFor(1, 'fq')) : new CodelQueue({}, 'q', cal)),
    10_000_000,
    5_000 * MS,
  );
  new AimdFlow(b, 40001, 20 * MS).start(0);
  new AimdFlow(b, 40002, 30 * MS).start(0);
  return b;
}

describe('FqCodelQueue', () => {
  it("keeps a sparse flow's latency low beside two bulk flows, where one CoDel queue makes it wait", async () => {
    const { sparseFlow } = await import('./helpers/aimd-flow.js');
    const results = (['fq_codel', 'codel'] as const).map((kind) => {
      const b = mixedRun(kind);
      sparseFlow(b, PING, 20 * MS);
      b.cal.runUntil(20_000 * MS);
      const ping = b.sojourns.get(PING)!;
      const bulk = [...(b.sojourns.get(40001) ?? []), ...(b.sojourns.get(40002) ?? [])];
      return { kind, b, pingP99: percentile(ping, 99) / MS, pingMean: mean(ping) / MS, bulkMean: mean(bulk) / MS, a: b.delivered.get(40001)!, c: b.delivered.get(40002)! };
    });
    const [fq, single] = results;
    console.log(results.map((r) => `${r.kind}: ping mean ${r.pingMean.toFixed(2)} p99 ${r.pingP99.toFixed(2)} ms, bulk mean ${r.bulkMean.toFixed(2)} ms, bulk frames ${r.a}/${r.c}`).join('; '));
    // A ping waits for the frame on the wire and at most a quantum of another new flow: 1.21 ms each at 10 Mbit/s.
    expect(fq!.pingP99).toBeLessThan(2.5);
    expect(fq!.pingMean).toBeLessThan(1);
    expect(single!.pingMean).toBeGreaterThan(4 * fq!.pingMean);
    // Bulk flows still see CoDel's sojourn near target, and share the link within 20%.
    expect(fq!.bulkMean).toBeLessThan(10);
    expect(Math.min(fq!.a, fq!.c) / Math.max(fq!.a, fq!.c)).toBeGreaterThan(0.8);
  });

  it('serves flows round robin by quantum, new flows first', () => {
    const cal = new Calendar();
    const q = new FqCodelQueue({ quantumBytes: 1514 }, 'q', cal, streamFor(1, 'fq'));
    for (let i = 0; i < 4; i++) q.receive(ipFrame(i, { srcPort: 1000 }));
    for (let i = 4; i < 8; i++) q.receive(ipFrame(i, { srcPort: 2000 }));
    const order: number[] = [];
    for (let f = q.dequeue(); f; f = q.dequeue()) order.push(f.id);
    // Each flow sends one full-size frame per round.
    expect(order).toEqual([0, 4, 1, 5, 2, 6, 3, 7]);
    q.receive(ipFrame(10, { srcPort: 1000 }));
    q.receive(ipFrame(11, { srcPort: 1000 }));
    expect(q.dequeue()?.id).toBe(10);
    q.receive(ipFrame(12, { srcPort: 3000, bytes: 100 }));
    // The sparse newcomer goes ahead of the flow that has used its quantum.
    expect(q.dequeue()?.id).toBe(12);
    expect(q.dequeue()?.id).toBe(11);
  });

  it('at its limit drops from the head of the fattest flow, not the arrival', () => {
    const cal = new Calendar();
    const q = new FqCodelQueue({ limitPackets: 10 }, 'q', cal, streamFor(1, 'fq'));
    const dropped: number[] = [];
    q.drop.subscribe((d) => {
      expect(d.reason).toBe('fq-overflow');
      dropped.push(d.frame.id);
    });
    for (let i = 0; i < 9; i++) q.receive(ipFrame(i, { srcPort: 1000 }));
    q.receive(ipFrame(100, { srcPort: 2000, bytes: 100 }));
    q.receive(ipFrame(101, { srcPort: 2000, bytes: 100 }));
    // 11 > 10: the fat flow loses its oldest frames, up to half its bytes.
    expect(dropped).toEqual([0, 1, 2, 3, 4]);
    expect(q.depthPackets).toBe(6);
    expect(q.counters.enqueued).toBe(11);
  });

  it('hashes flows by their 5-tuple under a seed-dependent perturbation', () => {
    const cal = new Calendar();
    const a = new FqCodelQueue({}, 'q', cal, streamFor(1, 'fq_codel:q'));
    const b = new FqCodelQueue({}, 'q', cal, streamFor(2, 'fq_codel:q'));
    const ports = [...Array(50).keys()].map((p) => 30000 + p);
    const fa = ports.map((p) => a.flowOf(ipFrame(0, { srcPort: p })));
    const fb = ports.map((p) => b.flowOf(ipFrame(0, { srcPort: p })));
    expect(new Set(fa).size).toBeGreaterThan(45);
    expect(fa).not.toEqual(fb);
    expect(a.flowOf(ipFrame(0, { srcPort: 30000, bytes: 200 }))).toBe(fa[0]);
    expect(a.flowOf(ipFrame(0, { srcPort: 30000, ipv6: true }))).not.toBe(fa[0]);
  });
});
