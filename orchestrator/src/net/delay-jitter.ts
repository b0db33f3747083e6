// Random extra delay per frame, uniform in [0, maxJitterNs] whole ns, drawn
// from the entity's own seeded stream. Real paths with jitter rarely reorder
// a single flow (one queue, one path), so by default a frame never leaves
// before the one in front of it: its release time is clamped to the previous
// release. `allowReorder` drops the clamp for experiments about reordering.
//
// It only computes release times; the link it belongs to delivers the frame
// then (frames released at one time keep the order they were drawn in).

import type { RandomStream } from '../sim/random.js';

export interface DelayJitterOptions {
  /** Largest extra delay in ns. */
  maxJitterNs: number;
  /** Let a frame overtake an earlier one when its draw is smaller (default false). */
  allowReorder?: boolean;
}

export class DelayJitter {
  readonly name: string;
  readonly maxJitterNs: number;
  readonly allowReorder: boolean;
  readonly #rng: RandomStream;
  #lastReleaseNs = 0;

  constructor(options: DelayJitterOptions, rng: RandomStream, name: string) {
    if (!Number.isSafeInteger(options.maxJitterNs) || options.maxJitterNs < 0) {
      throw new RangeError(`jitter ${name}: maxJitterNs must be a non-negative integer, got ${options.maxJitterNs}`);
    }
    this.#rng = rng;
    this.name = name;
    this.maxJitterNs = options.maxJitterNs;
    this.allowReorder = options.allowReorder ?? false;
  }

  /** When a frame arriving at `arriveNs` is released: one draw per frame, in arrival order. */
  releaseNs(arriveNs: number): number {
    // next() < 1, so the draw is a whole number in [0, max].
    const extra = Math.floor(this.#rng.next() * (this.maxJitterNs + 1));
    let release = arriveNs + extra;
    if (!this.allowReorder) release = Math.max(release, this.#lastReleaseNs);
    this.#lastReleaseNs = Math.max(this.#lastReleaseNs, release);
    return release;
  }
}
