// A trace-driven link (Mahimahi's): frames leave at the trace's delivery
// opportunities, each carrying up to one full-size frame of bytes, shared
// by short frames and spread over several by long ones; the trace loops
// after its last moment, and counts from its start.

import { describe, expect, it } from 'vitest';
import { DeliveryTrace, parseMahimahiTrace } from '../../../orchestrator/src/net/delivery-trace.js';
import { DropTailQueue } from '../../../orchestrator/src/net/drop-tail-queue.js';
import type { Frame } from '../../../orchestrator/src/net/frame.js';
import { Link } from '../../../orchestrator/src/net/link.js';
import { Calendar } from '../../../orchestrator/src/sim/calendar.js';

const MS = 1_000_000;

function traced(opportunitiesMs: number[], originNs = 0) {
  const cal = new Calendar();
  const queue = new DropTailQueue({ limitPackets: 10_000 }, 'q', cal);
  const trace = new DeliveryTrace({ opportunitiesMs, bytesPerOpportunity: 1514 }, 'l');
  trace.start(originNs);
  const link = new Link(cal, { rateBps: 1, delayNs: 1, trace }, 'l').pullFrom(queue);
  const arrivals: [number, number][] = [];
  link.connect({ receive: (f: Frame) => arrivals.push([cal.now - 1, f.id]) });
  const send = (atNs: number, id: number, bytes = 1514) => cal.schedule(atNs, () => queue.receive({ bytes: new Uint8Array(bytes), id }));
  return { cal, link, trace, arrivals, send };
}

describe('a delivery trace', () => {
  it('carries one full-size frame per opportunity, two at a repeated time, and loops after its last', () => {
    const t = traced([1, 3, 3, 5]);
    for (let id = 0; id < 7; id++) t.send(0, id);
    t.cal.runUntil(100 * MS);
    // Loop 2 starts at 5 ms: 6, 8, 8, 10 ms.
    expect(t.arrivals.map(([ns]) => ns / MS)).toEqual([1, 3, 3, 5, 6, 8, 8]);
  });

  it('shares an opportunity among short frames, spreads a long one, and wastes what no frame used', () => {
    const t = traced([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    t.send(0, 0, 600);
    t.send(0, 1, 600); // both in the 1 ms opportunity (1200 of 1514 bytes)
    t.send(0, 2, 600); // 314 bytes left at 1 ms, the rest at 2 ms
    t.send(0, 3, 3000); // 914 bytes at 2 ms, 1514 at 3 ms, 572 at 4 ms
    t.send(4.5 * MS, 4, 100); // the rest of 4 ms has passed unused: at 5 ms
    t.cal.runUntil(20 * MS);
    expect(t.arrivals.map(([ns, id]) => [ns / MS, id])).toEqual([
      [1, 0],
      [1, 1],
      [2, 2],
      [4, 3],
      [5, 4],
    ]);
  });

  it('counts from its start, and bounds the next departure below', () => {
    const t = traced([2, 4], 10 * MS);
    t.send(0, 0); // before the trace's start: its first opportunity is at 12 ms
    t.cal.runUntil(11 * MS);
    expect(t.link.earliestUnsentArrivalNs(11 * MS)).toBe(12 * MS + 1);
    t.cal.runUntil(20 * MS);
    expect(t.arrivals).toEqual([[12 * MS, 0]]);
    expect(t.link.earliestUnsentArrivalNs(21 * MS)).toBe(22 * MS + 1); // 12, 14, then 16, 18, 20, 22 ...
    const before = new DeliveryTrace({ opportunitiesMs: [5], bytesPerOpportunity: 1514 }, 'b');
    expect(before.earliestFinishNs(3)).toBe(3);
  });

  it('reads Mahimahi\'s format and says what is wrong with a bad line', () => {
    expect(parseMahimahiTrace('0\n1\n1\n\n7\n')).toEqual({ ok: true, opportunitiesMs: [0, 1, 1, 7] });
    expect(parseMahimahiTrace('1\n2.5\n')).toEqual({ ok: false, message: 'line 2 is "2.5", not a whole number of ms' });
    expect(parseMahimahiTrace('5\n3\n')).toEqual({ ok: false, message: 'line 2 (3 ms) is before the line above it (5 ms): times go in order' });
    expect(parseMahimahiTrace('0\n0\n')).toEqual({ ok: false, message: 'its last time must be above 0 ms: it is the period the trace loops with' });
    expect(parseMahimahiTrace('\n')).toEqual({ ok: false, message: 'it has no delivery opportunities' });
  });
});
