// `npm run bench`: the end-to-end benchmark of real runs (test/bench/e2e.ts),
// after the calendar's event throughput on a pure simulation (the
// classic hold model: a fixed population of pending events, each handler
// scheduling one more at an exponential delay), next to a plain calendar that
// keeps a sorted array, measured side by side in the same process. Wall-clock
// figures are for comparison only; nothing in the simulation depends on them.

import { Heap } from 'heap-js';
import { benchE2e } from './e2e.js';
import { benchSnapshot } from './snapshot.js';
import { Calendar } from '../../orchestrator/src/sim/calendar.js';
import { streamFor } from '../../orchestrator/src/sim/random.js';

interface BenchCalendar {
  readonly now: number;
  schedule(atNs: number, handler: () => void): void;
  runUntil(ns: number): void;
}

/** The calendar as it was: the same events in a heap-js heap with a comparator. */
class HeapJsCalendar implements BenchCalendar {
  now = 0;
  #seq = 0;
  readonly #heap = new Heap<{ t: number; seq: number; h: () => void }>((a, b) => a.t - b.t || a.seq - b.seq);

  schedule(atNs: number, handler: () => void): void {
    this.#heap.push({ t: atNs, seq: this.#seq++, h: handler });
  }

  runUntil(ns: number): void {
    for (;;) {
      const ev = this.#heap.peek();
      if (ev === undefined || ev.t > ns) break;
      this.#heap.pop();
      this.now = ev.t;
      ev.h();
    }
    this.now = ns;
  }
}

/** The baseline: binary-search insertion into a sorted array, pop from the front. */
class SortedArrayCalendar implements BenchCalendar {
  now = 0;
  #seq = 0;
  readonly #events: { t: number; seq: number; h: () => void }[] = [];

  schedule(atNs: number, handler: () => void): void {
    const ev = { t: atNs, seq: this.#seq++, h: handler };
    let lo = 0;
    let hi = this.#events.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = this.#events[mid]!;
      if (m.t < ev.t || (m.t === ev.t && m.seq < ev.seq)) lo = mid + 1;
      else hi = mid;
    }
    this.#events.splice(lo, 0, ev);
  }

  runUntil(ns: number): void {
    while (this.#events.length > 0 && this.#events[0]!.t <= ns) {
      const ev = this.#events.shift()!;
      this.now = ev.t;
      ev.h();
    }
    this.now = ns;
  }
}

function holdModel(cal: BenchCalendar, pending: number, events: number): number {
  const rng = streamFor(1, 'bench');
  let done = 0;
  const meanNs = 1_000_000;
  const handler = (): void => {
    done++;
    if (done + pending <= events) cal.schedule(cal.now + Math.max(1, Math.round(rng.exponential(meanNs))), handler);
  };
  for (let i = 0; i < pending; i++) cal.schedule(Math.round(rng.exponential(meanNs)), handler);
  const t0 = process.hrtime.bigint();
  cal.runUntil(Number.MAX_SAFE_INTEGER);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (done !== events) throw new Error(`ran ${done} events, expected ${events}`);
  return events / seconds;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const [part, filter] = process.argv.slice(2);
if (part !== undefined && !['calendar', 'e2e', 'snapshot'].includes(part)) throw new Error(`npm run bench -- [calendar | e2e [name] | snapshot], got ${part}`);
if (part === undefined || part === 'calendar') benchCalendar();
if (part === undefined || part === 'e2e') await benchE2e(filter);
if (part === undefined || part === 'snapshot') await benchSnapshot();

function benchCalendar(): void {
const RUNS = 5;
console.log('calendar throughput, hold model, median of', RUNS, 'runs (events per second of wall time)');
console.log('pending events   calendar   heap-js   sorted array   calendar/heap-js   calendar/array');
for (const [pending, events] of [
  [100, 500_000],
  [10_000, 500_000],
  [50_000, 200_000],
] as const) {
  const ours: number[] = [];
  const heap: number[] = [];
  const array: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    ours.push(holdModel(new Calendar(), pending, events));
    heap.push(holdModel(new HeapJsCalendar(), pending, events));
    array.push(holdModel(new SortedArrayCalendar(), pending, events));
  }
  const c = median(ours);
  const h = median(heap);
  const a = median(array);
  console.log(
    `${String(pending).padStart(14)}   ${c.toExponential(2).padStart(8)}   ${h.toExponential(2).padStart(7)}   ${a.toExponential(2).padStart(12)}   ${(c / h).toFixed(2).padStart(15)}x   ${(c / a).toFixed(2).padStart(13)}x`,
  );
}
}
