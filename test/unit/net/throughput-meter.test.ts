import { describe, expect, it } from 'vitest';
import { CbrSource } from '../../../orchestrator/src/net/cbr-source.js';
import { DropTailQueue } from '../../../orchestrator/src/net/drop-tail-queue.js';
import { Link } from '../../../orchestrator/src/net/link.js';
import { ThroughputMeter } from '../../../orchestrator/src/net/throughput-meter.js';
import { Calendar } from '../../../orchestrator/src/sim/calendar.js';

describe('ThroughputMeter', () => {
  it('shows a 15 Mbit/s CBR squeezed to the 10 Mbit/s bottleneck in every 100 ms bin once the queue is full', () => {
    const cal = new Calendar();
    const q = new DropTailQueue({ limitPackets: 10 }, 'q');
    const link = new Link(cal, { rateBps: 10_000_000, delayNs: 0 }, 'l').pullFrom(q);
    link.connect({ receive: () => undefined });
    const offered = new ThroughputMeter(cal, q.enqueue, 100_000_000, 'offered');
    const carried = new ThroughputMeter(cal, link.rx, 100_000_000, 'carried');
    new CbrSource(cal, { rateBps: 15_000_000, frameBytes: 1250 }).connect(q);
    cal.runUntil(1_000_000_000);
    const s = carried.samples(1_000_000_000);
    expect(s.map((x) => x.startNs)).toEqual([...Array(10).keys()].map((i) => i * 100_000_000));
    // 1250 bytes every 1 ms leave the link: 100 frames per 100 ms bin (the first bin misses the first frame's 1 ms).
    expect(s.slice(1).map((x) => x.bps)).toEqual(Array(9).fill(10_000_000));
    expect(s[0]!.bytes).toBe(99 * 1250);
    // What enters the queue: all 15 Mbit/s until it fills, then exactly what leaves.
    expect(offered.samples(1_000_000_000).at(-1)!.bps).toBe(10_000_000);
  });

  it('counts nothing before its origin and reports empty bins as zero', () => {
    const cal = new Calendar();
    const q = new DropTailQueue({}, 'q');
    const m = new ThroughputMeter(cal, q.enqueue, 1_000, 'm', 5_000);
    cal.schedule(4_999, () => q.receive({ bytes: new Uint8Array(10), id: 0 }));
    cal.schedule(7_500, () => q.receive({ bytes: new Uint8Array(10), id: 1 }));
    cal.runUntil(10_000);
    expect(m.samples(4_000).map((x) => x.bytes)).toEqual([0, 0, 10, 0]);
    expect(() => new ThroughputMeter(cal, q.enqueue, 0, 'bad')).toThrow(/throughput meter bad: binNs/);
  });
});
