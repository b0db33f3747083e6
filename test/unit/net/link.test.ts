import { describe, expect, it } from 'vitest';
import { DropTailQueue } from '../../../orchestrator/src/net/drop-tail-queue.js';
import type { Frame } from '../../../orchestrator/src/net/frame.js';
import { Link, serializationNs } from '../../../orchestrator/src/net/link.js';
import { Calendar } from '../../../orchestrator/src/sim/calendar.js';

function topology(rateBps: number, delayNs: number) {
  const cal = new Calendar();
  const queue = new DropTailQueue({}, 'q');
  const link = new Link(cal, { rateBps, delayNs }, 'l').pullFrom(queue);
  const arrivals: [number, number][] = [];
  link.connect({ receive: (f: Frame) => arrivals.push([cal.now, f.id]) });
  return { cal, queue, link, arrivals };
}

describe('Link', () => {
  it('delivers a 1500-byte frame sent at 1 s after exactly 8B/R + D', () => {
    const { cal, queue, arrivals } = topology(10_000_000, 20_000_000);
    cal.schedule(1_000_000_000, () => queue.receive({ bytes: new Uint8Array(1500), id: 1 }));
    cal.runUntil(2_000_000_000);
    // 12000 bits at 10 Mbit/s = 1.2 ms, plus 20 ms.
    expect(arrivals).toEqual([[1_000_000_000 + 1_200_000 + 20_000_000, 1]]);
  });

  it('serializes back-to-back frames one after the other', () => {
    const { cal, queue, arrivals } = topology(1_000_000_000, 1_000);
    cal.schedule(0, () => {
      for (let id = 0; id < 3; id++) queue.receive({ bytes: new Uint8Array(125), id });
    });
    cal.runUntil(1_000_000);
    // 1000 bits at 1 Gbit/s = 1 us each.
    expect(arrivals).toEqual([
      [2_000, 0],
      [3_000, 1],
      [4_000, 2],
    ]);
  });

  it('rounds serialization up to whole nanoseconds', () => {
    expect(serializationNs(1, 3_000_000_000)).toBe(3);
    expect(serializationNs(1500, 10_000_000)).toBe(1_200_000);
  });

  it('refuses a zero rate or a fractional delay, naming the link', () => {
    const cal = new Calendar();
    expect(() => new Link(cal, { rateBps: 0 }, 'up')).toThrow('link up: rateBps must be positive, got 0');
    expect(() => new Link(cal, { rateBps: 1, delayNs: 0.5 }, 'up')).toThrow(/delayNs must be a non-negative integer/);
  });
});
