// Bursty loss: a two-state Markov chain (Good, Bad) evaluated per frame.
// From Good it moves to Bad with probability p, from Bad back to Good with
// probability r; a frame is lost with lossInGood / lossInBad in each state.
// Long-run loss rate: (r * lossInGood + p * lossInBad) / (p + r).

import type { RandomStream } from '../sim/random.js';
import type { Frame, FrameSink } from './frame.js';
import { type DropEvent, TracePoint } from './trace-point.js';

export interface GilbertElliottLossOptions {
  p: number;
  r: number;
  /** Default 0. */
  lossInGood?: number;
  /** Default 1. */
  lossInBad?: number;
}

export class GilbertElliottLoss implements FrameSink {
  readonly name: string;
  readonly drop = new TracePoint<DropEvent<Frame>>('drop');
  readonly #o: Required<GilbertElliottLossOptions>;
  readonly #rng: RandomStream;
  #bad = false;
  #sink: FrameSink | undefined;
  dropped = 0;
  passed = 0;

  constructor(options: GilbertElliottLossOptions, rng: RandomStream, name: string) {
    this.#o = { lossInGood: 0, lossInBad: 1, ...options };
    for (const [k, v] of Object.entries(this.#o)) {
      if (!(v >= 0 && v <= 1)) throw new RangeError(`loss ${name}: ${k} must be in [0, 1], got ${v}`);
    }
    this.name = name;
    this.#rng = rng;
  }

  /** The long-run fraction of frames lost. */
  static stationaryLoss(o: GilbertElliottLossOptions): number {
    const lg = o.lossInGood ?? 0;
    const lb = o.lossInBad ?? 1;
    return (o.r * lg + o.p * lb) / (o.p + o.r);
  }

  connect(sink: FrameSink): this {
    this.#sink = sink;
    return this;
  }

  receive(frame: Frame): void {
    this.#bad = this.#bad ? this.#rng.next() >= this.#o.r : this.#rng.next() < this.#o.p;
    if (this.#rng.next() < (this.#bad ? this.#o.lossInBad : this.#o.lossInGood)) {
      this.dropped++;
      this.drop.emit({ frame, reason: 'random-loss' });
      return;
    }
    this.passed++;
    this.#sink?.receive(frame);
  }
}
