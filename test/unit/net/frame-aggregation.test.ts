// A link that hands frames to the far end in bursts: at the end of each
// period, or a number of frames together (with a timeout for a batch that
// does not fill). `rx` still sees each frame's arrival on the wire; the
// lookahead stays a lower bound on what the far end is handed next.

import { describe, expect, it } from 'vitest';
import { DropTailQueue } from '../../../orchestrator/src/net/drop-tail-queue.js';
import type { AggregationOptions } from '../../../orchestrator/src/net/frame-aggregation.js';
import type { Frame } from '../../../orchestrator/src/net/frame.js';
import { Link } from '../../../orchestrator/src/net/link.js';
import { Calendar } from '../../../orchestrator/src/sim/calendar.js';

const MS = 1_000_000;

/** 125-byte frames on 1 Gbit/s: 1 us each, then 1 ms of delay. */
function aggregated(aggregation: AggregationOptions, timed = false) {
  const cal = new Calendar();
  const queue = new DropTailQueue({ limitPackets: 1000 }, 'q', cal);
  const link = new Link(cal, { rateBps: 1e9, delayNs: 1 * MS, aggregation }, 'l').pullFrom(queue);
  const handed: [number, number, number][] = [];
  const released: [number, number][] = [];
  const rx: number[] = [];
  if (timed) link.connect({ receiveAt: (f: Frame, atNs: number) => handed.push([cal.now, atNs, f.id]) });
  else link.connect({ receive: (f: Frame) => released.push([cal.now, f.id]) });
  link.rx.subscribe(() => rx.push(cal.now));
  const send = (atNs: number, id: number) => cal.schedule(atNs, () => queue.receive({ bytes: new Uint8Array(125), id }));
  return { cal, link, handed, released, rx, send };
}

describe('frame aggregation', () => {
  it('every 5 ms: releases what arrived in each period at its end', () => {
    const t = aggregated({ everyNs: 5 * MS });
    [0, 1, 3.999, 4.5, 9].forEach((ms, id) => t.send(ms * MS, id));
    t.cal.runUntil(50 * MS);
    // Arrivals at 1.001, 2.001, 5.000, 5.501 and 10.001 ms.
    expect(t.rx).toEqual([1_001_000, 2_001_000, 5_000_000, 5_501_000, 10_001_000]);
    expect(t.released).toEqual([
      [5 * MS, 0],
      [5 * MS, 1],
      [5 * MS, 2],
      [10 * MS, 3],
      [15 * MS, 4],
    ]);
  });

  it('3 frames together: holds a batch until its third frame arrives, or its timeout', () => {
    const t = aggregated({ frames: 3, timeoutNs: 4 * MS }, true);
    [0, 1, 2, 10, 11].forEach((ms, id) => t.send(ms * MS, id));
    t.cal.runUntil(50 * MS);
    // [when handed, release time, frame]: the first batch goes with frame 2 (left at 2.001 ms, arrives
    // at 3.001); frames 3 and 4 wait for the timeout, 4 ms after frame 3 left: at its arrival + 4 ms.
    expect(t.handed).toEqual([
      [2.001 * MS, 3.001 * MS, 0],
      [2.001 * MS, 3.001 * MS, 1],
      [2.001 * MS, 3.001 * MS, 2],
      [14.001 * MS, 15.001 * MS, 3],
      [14.001 * MS, 15.001 * MS, 4],
    ]);
  });

  it('bounds the next hand-over by the held batch\'s timeout and by frames not sent yet', () => {
    const t = aggregated({ frames: 3, timeoutNs: 4 * MS }, true);
    t.send(0, 0);
    t.cal.runUntil(0.5 * MS);
    // Frame 0 held: it goes at 5.001 ms at the latest; the shortest frame starting at 0.5 ms (14 bytes, 112 ns) arrives 1 ms later.
    expect(t.link.earliestUnsentArrivalNs(0.5 * MS)).toBe(0.5 * MS + 112 + 1 * MS);
    expect(t.link.earliestUnsentArrivalNs(10 * MS)).toBe(5.001 * MS);
  });

  it('refuses a period or a batch that is not positive, naming the link', () => {
    expect(() => aggregated({ everyNs: 0 })).toThrow(/aggregation l: needs everyNs > 0/);
    expect(() => aggregated({ frames: 0, timeoutNs: 1 })).toThrow(/aggregation l: needs/);
  });
});
