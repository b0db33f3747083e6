import { describe, expect, it } from 'vitest';
import { CbrSource, PoissonSource } from '../../../orchestrator/src/net/cbr-source.js';
import { CounterMeter } from '../../../orchestrator/src/net/counter-meter.js';
import { DropTailQueue } from '../../../orchestrator/src/net/drop-tail-queue.js';
import { Link } from '../../../orchestrator/src/net/link.js';
import { Calendar } from '../../../orchestrator/src/sim/calendar.js';
import { streamFor } from '../../../orchestrator/src/sim/random.js';

describe('DropTailQueue', () => {
  it('drops by packets and by bytes, counting everything', () => {
    const q = new DropTailQueue({ limitPackets: 2, limitBytes: 250 }, 'q');
    const reasons: string[] = [];
    q.drop.subscribe((d) => reasons.push(d.reason));
    q.receive({ bytes: new Uint8Array(100), id: 0 });
    q.receive({ bytes: new Uint8Array(200), id: 1 }); // 300 bytes > 250
    q.receive({ bytes: new Uint8Array(100), id: 2 });
    q.receive({ bytes: new Uint8Array(10), id: 3 }); // third packet
    expect(q.counters).toEqual({ enqueued: 2, dequeued: 0, dropped: 2, marked: 0, maxDepthPackets: 2, maxDepthBytes: 200 });
    expect(reasons).toEqual(['queue-full', 'queue-full']);
    expect(q.dequeue()?.id).toBe(0);
    expect(q.dequeue()?.id).toBe(2);
    expect(q.dequeue()).toBeUndefined();
  });

  it('fills to its limit under a CBR source above the bottleneck, which then runs at exactly its rate', () => {
    const cal = new Calendar();
    const q = new DropTailQueue({ limitPackets: 20 }, 'q');
    const link = new Link(cal, { rateBps: 10_000_000, delayNs: 1_000_000 }, 'bottleneck').pullFrom(q);
    const meter = new CounterMeter(cal, link.rx, 'rx');
    link.connect({ receive: () => undefined });
    new CbrSource(cal, { rateBps: 15_000_000, frameBytes: 1250 }).connect(q);
    cal.runUntil(2_000_000_000);
    expect(q.counters.maxDepthPackets).toBe(20);
    expect(q.counters.dropped).toBeGreaterThan(0);
    // One 1250-byte frame per ms at 10 Mbit/s: the rate over whole frames is exact.
    const span = meter.lastNs - meter.firstNs;
    expect(((meter.frames - 1) * 1250 * 8 * 1e9) / span).toBe(10_000_000);
  });

  it('gives the M/D/1 mean waiting time for Poisson arrivals', () => {
    // rho = 0.5, service 1 ms: Wq = rho / (2 mu (1 - rho)) = 0.5 ms.
    const cal = new Calendar();
    const q = new DropTailQueue({ limitPackets: 100_000 }, 'q');
    const link = new Link(cal, { rateBps: 10_000_000 }, 'l').pullFrom(q);
    link.connect({ receive: () => undefined });
    const enq = new Map<number, number>();
    let waitSum = 0;
    let n = 0;
    q.enqueue.subscribe((f) => enq.set(f.id, cal.now));
    link.txStart.subscribe((f) => {
      waitSum += cal.now - enq.get(f.id)!;
      n++;
    });
    new PoissonSource(cal, { rateBps: 5_000_000, frameBytes: 1250 }, streamFor(7, 'poisson')).connect(q);
    cal.runUntil(200_000_000_000);
    const wqMs = waitSum / n / 1e6;
    expect(n).toBeGreaterThan(95_000);
    expect(Math.abs(wqMs - 0.5) / 0.5).toBeLessThan(0.03);
  });
});
