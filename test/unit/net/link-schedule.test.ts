// A link direction whose rate, delay, loss and queue limit change at given
// times: frames take the settings in force when they start and keep them,
// the wire keeps its order, the lookahead stays a lower bound, and each
// change is announced at its time.

import { describe, expect, it } from 'vitest';
import { BernoulliLoss } from '../../../orchestrator/src/net/bernoulli-loss.js';
import { DropTailQueue } from '../../../orchestrator/src/net/drop-tail-queue.js';
import { type Frame, MIN_FRAME_BYTES } from '../../../orchestrator/src/net/frame.js';
import { Link } from '../../../orchestrator/src/net/link.js';
import { type LinkChangeEvent, ScheduledDirection } from '../../../orchestrator/src/net/scheduled-direction.js';
import { LinkSchedule, type LinkStep } from '../../../orchestrator/src/net/link-schedule.js';
import { Calendar } from '../../../orchestrator/src/sim/calendar.js';
import { RandomStream } from '../../../orchestrator/src/sim/random.js';

const MS = 1_000_000;

function scheduled(steps: LinkStep[], periodNs?: number, base = { rateBps: 10_000_000, delayNs: 10 * MS }) {
  const cal = new Calendar();
  const queue = new DropTailQueue({ limitPackets: 100 }, 'q', cal);
  const schedule = new LinkSchedule({ ...base, loss: undefined }, { steps, ...(periodNs ? { periodNs } : {}) }, 'l');
  const link = new Link(cal, { ...base, schedule }, 'l').pullFrom(queue);
  const plan = new ScheduledDirection(cal, schedule, queue);
  const changes: [number, LinkChangeEvent][] = [];
  plan.change.subscribe((e) => changes.push([cal.now, e]));
  const arrivals: [number, number][] = [];
  link.connect({ receive: (f: Frame) => arrivals.push([cal.now, f.id]) });
  const send = (atNs: number, id: number, bytes = 1500) => cal.schedule(atNs, () => queue.receive({ bytes: new Uint8Array(bytes), id }));
  return { cal, queue, link, plan, changes, arrivals, send };
}

describe('a link schedule', () => {
  it('serializes at the rate in force when a frame starts, which it keeps across a step', () => {
    const t = scheduled([{ atNs: 2 * MS, rateBps: 5_000_000 }]);
    t.plan.start(0);
    // 1500 bytes: 1.2 ms at 10 Mbit/s, 2.4 ms at 5. Frame 1 starts at 1.5 ms and keeps 10 Mbit/s.
    t.send(0, 0);
    t.send(1.5 * MS, 1);
    t.send(2.7 * MS, 2);
    t.cal.runUntil(100 * MS);
    expect(t.arrivals).toEqual([
      [1.2 * MS + 10 * MS, 0],
      [2.7 * MS + 10 * MS, 1],
      [5.1 * MS + 10 * MS, 2],
    ]);
  });

  it('counts steps from its start: before it, the first settings hold', () => {
    const t = scheduled([{ atNs: 0, rateBps: 5_000_000 }]);
    t.send(0, 0);
    t.cal.schedule(5 * MS, () => t.plan.start(5 * MS));
    t.send(6 * MS, 1);
    t.cal.runUntil(100 * MS);
    expect(t.arrivals).toEqual([
      [11.2 * MS, 0],
      [6 * MS + 2.4 * MS + 10 * MS, 1],
    ]);
  });

  it('keeps a frame in flight on its delay, and a later frame behind it after the delay steps down', () => {
    const t = scheduled([{ atNs: 2 * MS, delayNs: 1 * MS }]);
    t.plan.start(0);
    t.send(0.5 * MS, 0); // leaves at 1.7 ms, arrives at 11.7 ms
    t.send(2 * MS, 1); // leaves at 3.2 ms: 4.2 ms on the new delay, held to 11.7 ms behind frame 0
    t.send(20 * MS, 2);
    t.cal.runUntil(100 * MS);
    expect(t.arrivals).toEqual([
      [11.7 * MS, 0],
      [11.7 * MS, 1],
      [21.2 * MS + 1 * MS, 2],
    ]);
  });

  it('repeats a pattern: the last step carries over until the next period\'s first', () => {
    const t = scheduled([{ atNs: 0, rateBps: 1_000_000 }, { atNs: 10 * MS, rateBps: 2_000_000 }], 20 * MS, { rateBps: 8_000_000, delayNs: 0 });
    t.plan.start(0);
    for (const [k, at] of [0, 10, 20, 30, 40].entries()) t.send(at * MS, k, 125); // 1 ms at 1 Mbit/s, 0.5 ms at 2
    t.cal.runUntil(100 * MS);
    expect(t.arrivals.map(([ns]) => ns / MS)).toEqual([1, 10.5, 21, 30.5, 41]);
    expect(t.changes.map(([ns, e]) => [ns / MS, e.step, e.period, e.rateBps])).toEqual([
      [0, -1, 0, 8_000_000],
      [0, 0, 0, 1_000_000],
      [10, 1, 0, 2_000_000],
      [20, 0, 1, 1_000_000],
      [30, 1, 1, 2_000_000],
      [40, 0, 2, 1_000_000],
      [50, 1, 2, 2_000_000],
      [60, 0, 3, 1_000_000],
      [70, 1, 3, 2_000_000],
      [80, 0, 4, 1_000_000],
      [90, 1, 4, 2_000_000],
      [100, 0, 5, 1_000_000],
    ]);
  });

  it('changes the queue limit at its step; frames held beyond a lowered limit stay', () => {
    const t = scheduled([{ atNs: 1 * MS, queue: { limitPackets: 2 } }], undefined, { rateBps: 1_000_000, delayNs: 0 });
    t.plan.start(0);
    for (let k = 0; k < 5; k++) t.send(0, k); // 12 ms each: one on the wire, four queued
    t.send(2 * MS, 5); // dropped: four held, limit 2
    t.send(30 * MS, 6); // two held (frames 3 and 4, after 2 left at 24 ms): dropped
    t.send(37 * MS, 7); // one held (frame 4, after 3 left at 36 ms): taken
    t.cal.runUntil(200 * MS);
    expect(t.queue.counters.dropped).toBe(2);
    expect(t.arrivals.map(([, id]) => id)).toEqual([0, 1, 2, 3, 4, 7]);
    expect(t.changes.map(([ns, e]) => [ns, e.limitPackets])).toEqual([
      [0, 100],
      [1 * MS, 2],
    ]);
  });

  it('draws each frame\'s fate from the loss model in force when it started, and counts every model\'s drops', () => {
    const cal = new Calendar();
    const queue = new DropTailQueue({}, 'q', cal);
    const rng = new RandomStream(1, 'loss:l');
    const schedule = new LinkSchedule({ rateBps: 1e9, delayNs: 0, loss: undefined }, { steps: [{ atNs: 10 * MS, loss: new BernoulliLoss({ lossProbability: 1 }, rng, 'l') }, { atNs: 20 * MS, loss: new BernoulliLoss({ lossProbability: 0 }, rng, 'l') }] }, 'l');
    const link = new Link(cal, { rateBps: 1e9, delayNs: 0, schedule }, 'l').pullFrom(queue);
    schedule.start(0);
    const got: number[] = [];
    link.connect({ receive: (f: Frame) => got.push(f.id) });
    for (let k = 0; k < 30; k++) cal.schedule(k * MS, () => queue.receive({ bytes: new Uint8Array(100), id: k }));
    cal.runUntil(40 * MS);
    expect(got).toEqual([...Array(10).keys(), ...Array.from({ length: 10 }, (_, i) => 20 + i)]);
    expect(link.lossDrops).toBe(10);
  });

  it('bounds the next arrival below, by the fastest settings before its start and by the spans to come after', () => {
    const t = scheduled([{ atNs: 5 * MS, delayNs: 1 * MS }, { atNs: 50 * MS, delayNs: 30 * MS }]);
    const minSer = Math.ceil((MIN_FRAME_BYTES * 8 * 1e9) / 10_000_000); // the shortest frame on the wire
    expect(t.link.earliestUnsentArrivalNs(0)).toBe(minSer + 1 * MS);
    t.plan.start(0);
    expect(t.link.earliestUnsentArrivalNs(0)).toBe(5 * MS + minSer + 1 * MS); // now: 10 ms; from 5 ms: 1 ms
    expect(t.link.earliestUnsentArrivalNs(8 * MS)).toBe(8 * MS + minSer + 1 * MS);
    expect(t.link.earliestUnsentArrivalNs(60 * MS)).toBe(60 * MS + minSer + 30 * MS);
  });

  it('refuses steps out of order and a period that does not hold them', () => {
    const base = { rateBps: 1e6, delayNs: 0, loss: undefined };
    expect(() => new LinkSchedule(base, { steps: [{ atNs: 5 }, { atNs: 5 }] }, 'x')).toThrow('link schedule x: step 1 at 5 ns is not a whole ns after the previous step');
    expect(() => new LinkSchedule(base, { steps: [{ atNs: 5 }], periodNs: 5 }, 'x')).toThrow(/periodNs must be a whole ns beyond the last step/);
    expect(() => new Link(new Calendar(), { rateBps: 2e6, schedule: new LinkSchedule(base, { steps: [] }, 'x') }, 'x')).toThrow(/its schedule starts from other settings/);
  });
});
