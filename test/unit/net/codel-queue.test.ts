import { describe, expect, it } from 'vitest';
import { CodelQueue } from '../../../orchestrator/src/net/codel-queue.js';
import { DropTailQueue } from '../../../orchestrator/src/net/drop-tail-queue.js';
import { ECN_CE, ECN_ECT0, ecnOf } from '../../../orchestrator/src/net/ecn.js';
import { Link } from '../../../orchestrator/src/net/link.js';
import { Calendar } from '../../../orchestrator/src/sim/calendar.js';
import { AimdFlow, bottleneck, mean, percentile } from './helpers/aimd-flow.js';
import { ipFrame } from './helpers/packets.js';

const MS = 1_000_000;

/** One Reno-like bulk flow, 20 ms base RTT, through 10 Mbit/s for 30 s; sojourns from 10 s on. */
function bulkRun(queue: 'codel' | 'drop_tail', ecn = false) {
  const b = bottleneck(
    (cal) => (queue === 'codel' ? new CodelQueue({ ecn }, 'q', cal) : new DropTailQueue({ limitPackets: 1000 }, 'q', cal)),
    10_000_000,
    10_000 * MS,
  );
  const flow = new AimdFlow(b, 40000, 20 * MS, ecn).start(0);
  b.cal.runUntil(30_000 * MS);
  const s = b.sojourns.get(40000)!;
  const deliveredBps = (b.delivered.get(40000)! * 1514 * 8) / 30;
  return { b, flow, s, deliveredBps };
}

describe('CodelQueue', () => {
  it("holds a bulk flow's standing sojourn near its 5 ms target, where drop-tail lets it stand", () => {
    const codel = bulkRun('codel');
    const tail = bulkRun('drop_tail');
    const [cMean, cP50, cP95] = [mean(codel.s) / MS, percentile(codel.s, 50) / MS, percentile(codel.s, 95) / MS];
    const [tMean, tP50] = [mean(tail.s) / MS, percentile(tail.s, 50) / MS];
    console.log(`codel mean ${cMean.toFixed(2)} p50 ${cP50.toFixed(2)} p95 ${cP95.toFixed(2)} ms, drops ${codel.b.queue.counters.dropped}, ${(codel.deliveredBps / 1e6).toFixed(2)} Mbit/s; drop-tail mean ${tMean.toFixed(1)} p50 ${tP50.toFixed(1)} ms, ${(tail.deliveredBps / 1e6).toFixed(2)} Mbit/s`);
    expect(cMean).toBeGreaterThan(1);
    expect(cMean).toBeLessThan(10);
    expect(cP95).toBeLessThan(25);
    expect(codel.deliveredBps).toBeGreaterThan(8_500_000);
    expect(tP50).toBeGreaterThan(100);
  });

  it('drops first after the sojourn has stayed above target for an interval, then at interval/sqrt(count)', () => {
    const cal = new Calendar();
    const q = new CodelQueue({ limitPackets: 100_000 }, 'q', cal);
    new Link(cal, { rateBps: 10_000_000 }, 'l').pullFrom(q).connect({ receive: () => undefined });
    let firstAboveNs: number | undefined;
    q.dequeueTrace.subscribe(({ sojournNs }) => {
      if (firstAboveNs === undefined && sojournNs >= 5 * MS) firstAboveNs = cal.now;
    });
    const drops: number[] = [];
    q.drop.subscribe((d) => {
      expect(d.reason).toBe('codel');
      drops.push(cal.now);
    });
    // 15 Mbit/s of 1514-byte frames into 10 Mbit/s: the sojourn only grows.
    let id = 0;
    const tick = () => {
      q.receive(ipFrame(id++));
      cal.after(807_467, tick);
    };
    cal.schedule(0, tick);
    cal.runUntil(1_000 * MS);
    const frameNs = 1_211_200; // one 1514-byte frame at 10 Mbit/s
    expect(drops[0]! - (firstAboveNs! + 100 * MS)).toBeGreaterThanOrEqual(0);
    expect(drops[0]! - (firstAboveNs! + 100 * MS)).toBeLessThan(frameNs);
    for (let k = 1; k < 10; k++) {
      // Each next drop is due interval/sqrt(count) after the previous due time; it happens at the first dequeue after.
      const due = drops[0]! + [...Array(k).keys()].reduce((t, j) => t + Math.floor((100 * MS) / Math.sqrt(j + 1)), 0);
      expect(drops[k]! - due).toBeGreaterThanOrEqual(-frameNs);
      expect(drops[k]! - due).toBeLessThan(frameNs);
    }
  });

  it('marks ECN-capable frames instead of dropping them, and still drops the others', () => {
    const run = (ecnBits: number) => {
      const cal = new Calendar();
      const q = new CodelQueue({ limitPackets: 100_000, ecn: true }, 'q', cal);
      const out: number[] = [];
      new Link(cal, { rateBps: 10_000_000 }, 'l').pullFrom(q).connect({ receive: (f) => out.push(ecnOf(f.bytes)!) });
      let id = 0;
      const tick = () => {
        q.receive(ipFrame(id++, { ecn: ecnBits }));
        cal.after(807_467, tick);
      };
      cal.schedule(0, tick);
      cal.runUntil(1_000 * MS);
      return { q, out };
    };
    const ect = run(ECN_ECT0);
    expect(ect.q.counters.dropped).toBe(0);
    expect(ect.q.counters.marked).toBeGreaterThan(5);
    expect(ect.out.filter((e) => e === ECN_CE).length).toBe(ect.q.counters.marked);
    const notEct = run(0);
    expect(notEct.q.counters.marked).toBe(0);
    expect(notEct.q.counters.dropped).toBe(ect.q.counters.marked);
  });

  it('with ECN, a responsive flow backs off on marks alone and keeps the sojourn near target', () => {
    const r = bulkRun('codel', true);
    expect(r.b.queue.counters.dropped).toBe(0);
    expect(r.b.queue.counters.marked).toBeGreaterThan(10);
    expect(mean(r.s) / MS).toBeLessThan(10);
    expect(r.deliveredBps).toBeGreaterThan(8_500_000);
  });

  it('never drops while at most one MTU is queued, however long it waited', () => {
    const cal = new Calendar();
    const q = new CodelQueue({}, 'q', cal);
    // 1 kbit/s: a frame waits seconds, but only one is ever behind the one on the wire.
    new Link(cal, { rateBps: 1000 }, 'l').pullFrom(q).connect({ receive: () => undefined });
    let id = 0;
    const tick = () => {
      if (q.depthPackets === 0) q.receive(ipFrame(id++));
      cal.after(MS, tick);
    };
    cal.schedule(0, tick);
    cal.runUntil(200_000 * MS);
    expect(q.counters.dequeued).toBeGreaterThan(10);
    expect(q.counters.dropped).toBe(0);
  });
});
