// Random extra delay per frame, uniform in [0, maxJitterNs] whole ns, drawn
// from the entity's own seeded stream. Real paths with jitter rarely reorder
// a single flow (one queue, one path), so by default a frame never leaves
// before the one in front of it: its release time is clamped to the previous
// release. `allowReorder` drops the clamp for experiments about reordering.

import type { Calendar } from '../sim/calendar.js';
import type { RandomStream } from '../sim/random.js';
import type { Frame, FrameSink } from './frame.js';

export interface DelayJitterOptions {
  /** Largest extra delay in ns. */
  maxJitterNs: number;
  /** Let a frame overtake an earlier one when its draw is smaller (default false). */
  allowReorder?: boolean;
}

export class DelayJitter implements FrameSink {
  readonly name: string;
  readonly maxJitterNs: number;
  readonly allowReorder: boolean;
  readonly #calendar: Calendar;
  readonly #rng: RandomStream;
  #sink: FrameSink | undefined;
  #lastReleaseNs = 0;

  constructor(calendar: Calendar, options: DelayJitterOptions, rng: RandomStream, name: string) {
    if (!Number.isSafeInteger(options.maxJitterNs) || options.maxJitterNs < 0) {
      throw new RangeError(`jitter ${name}: maxJitterNs must be a non-negative integer, got ${options.maxJitterNs}`);
    }
    this.#calendar = calendar;
    this.#rng = rng;
    this.name = name;
    this.maxJitterNs = options.maxJitterNs;
    this.allowReorder = options.allowReorder ?? false;
  }

  connect(sink: FrameSink): this {
    this.#sink = sink;
    return this;
  }

  receive(frame: Frame): void {
    const now = this.#calendar.now;
    // next() < 1, so the draw is a whole number in [0, max].
    const extra = Math.floor(this.#rng.next() * (this.maxJitterNs + 1));
    let release = now + extra;
    if (!this.allowReorder) release = Math.max(release, this.#lastReleaseNs);
    this.#lastReleaseNs = Math.max(this.#lastReleaseNs, release);
    // Equal release times keep arrival order: the calendar breaks ties by insertion.
    this.#calendar.schedule(release, () => this.#sink?.receive(frame));
  }
}
