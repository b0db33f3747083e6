// The discrete-event calendar: one binary heap of events keyed by
// (integer nanoseconds, insertion sequence). Ties run in the order they were
// scheduled, so the run order never depends on anything but the model.
// The calendar knows nothing about VMs; conservative-sync.ts does that.
//
// The heap is written out here rather than taken from heap-js: with the
// (time, seq) comparison inlined in the sift loops instead of called through
// a comparator, the hold model runs about 1.5x the events per second
// (`npm run bench` measures both side by side).

export type EventHandler = () => void;

/** What `schedule` returns: lets the owner cancel an event that has not run. */
export interface ScheduledEvent {
  readonly timeNs: number;
  cancel(): void;
}

// A class rather than a closure per event: schedule() is the hot path.
class CalendarEvent implements ScheduledEvent {
  cancelled = false;

  constructor(
    readonly timeNs: number,
    readonly seq: number,
    readonly handler: EventHandler,
  ) {}

  cancel(): void {
    this.cancelled = true;
  }
}

export class Calendar {
  #now = 0;
  #seq = 0;
  #stopped = false;
  readonly #heap = new EventHeap();

  get now(): number {
    return this.#now;
  }

  /** Run `handler` at absolute time `atNs` (integer ns, not in the past). */
  schedule(atNs: number, handler: EventHandler): ScheduledEvent {
    if (!Number.isSafeInteger(atNs)) throw new RangeError(`event time must be an integer of ns, got ${atNs} (now ${this.#now})`);
    if (atNs < this.#now) throw new RangeError(`event time ${atNs} ns is in the past (now ${this.#now} ns)`);
    const ev = new CalendarEvent(atNs, this.#seq++, handler);
    this.#heap.push(ev);
    return ev;
  }

  /** Run `handler` `delayNs` after now. */
  after(delayNs: number, handler: EventHandler): ScheduledEvent {
    if (!Number.isSafeInteger(delayNs) || delayNs < 0) {
      throw new RangeError(`delay must be a non-negative integer of ns, got ${delayNs} (now ${this.#now} ns)`);
    }
    return this.schedule(this.#now + delayNs, handler);
  }

  /** Time of the next event, Infinity when none is scheduled. */
  peek(): number {
    this.#dropCancelled();
    return this.#heap.peek()?.timeNs ?? Infinity;
  }

  /** Run the next event; false when there was none. */
  step(): boolean {
    this.#dropCancelled();
    const ev = this.#heap.pop();
    if (!ev) return false;
    this.#now = ev.timeNs;
    ev.handler();
    return true;
  }

  /** Run every event at or before `ns` (unless stopped), then stand at `ns`. */
  runUntil(ns: number): void {
    if (!Number.isSafeInteger(ns) || ns < this.#now) {
      throw new RangeError(`runUntil(${ns}) must be an integer of ns not before now (${this.#now} ns)`);
    }
    this.#stopped = false;
    const heap = this.#heap;
    for (;;) {
      const next = heap.peek();
      if (next === undefined || next.timeNs > ns || this.#stopped) break;
      heap.pop();
      if (next.cancelled) continue;
      this.#now = next.timeNs;
      next.handler();
    }
    if (!this.#stopped) this.#now = ns;
  }

  /** Stop a runUntil from inside a handler, after the current event. */
  stop(): void {
    this.#stopped = true;
  }

  #dropCancelled(): void {
    while (this.#heap.peek()?.cancelled) this.#heap.pop();
  }
}

/** A binary min-heap of events ordered by (timeNs, seq). */
class EventHeap {
  readonly #a: CalendarEvent[] = [];

  get size(): number {
    return this.#a.length;
  }

  peek(): CalendarEvent | undefined {
    return this.#a[0];
  }

  push(ev: CalendarEvent): void {
    const a = this.#a;
    let i = a.length;
    a.push(ev);
    const t = ev.timeNs;
    const seq = ev.seq;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const parent = a[p]!;
      if (parent.timeNs < t || (parent.timeNs === t && parent.seq < seq)) break;
      a[i] = parent;
      i = p;
    }
    a[i] = ev;
  }

  pop(): CalendarEvent | undefined {
    const a = this.#a;
    const top = a[0];
    const last = a.pop();
    if (top === undefined || last === undefined || a.length === 0) return top;
    const n = a.length;
    const t = last.timeNs;
    const seq = last.seq;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      let child = a[c]!;
      const r = c + 1;
      if (r < n) {
        const right = a[r]!;
        if (right.timeNs < child.timeNs || (right.timeNs === child.timeNs && right.seq < child.seq)) {
          c = r;
          child = right;
        }
      }
      if (t < child.timeNs || (t === child.timeNs && seq < child.seq)) break;
      a[i] = child;
      i = c;
    }
    a[i] = last;
    return top;
  }
}
