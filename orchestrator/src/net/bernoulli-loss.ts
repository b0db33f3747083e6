// Independent random loss: each frame is dropped with probability `lossProbability`.

import type { RandomStream } from '../sim/random.js';
import type { Frame, FrameSink } from './frame.js';
import { type DropEvent, TracePoint } from './trace-point.js';

export interface BernoulliLossOptions {
  /** Probability in [0, 1] that a frame is lost. */
  lossProbability: number;
}

export class BernoulliLoss implements FrameSink {
  readonly name: string;
  readonly drop = new TracePoint<DropEvent<Frame>>('drop');
  readonly #p: number;
  readonly #rng: RandomStream;
  #sink: FrameSink | undefined;
  dropped = 0;
  passed = 0;

  constructor(options: BernoulliLossOptions, rng: RandomStream, name: string) {
    if (!(options.lossProbability >= 0 && options.lossProbability <= 1)) {
      throw new RangeError(`loss ${name}: lossProbability must be in [0, 1], got ${options.lossProbability}`);
    }
    this.name = name;
    this.#p = options.lossProbability;
    this.#rng = rng;
  }

  connect(sink: FrameSink): this {
    this.#sink = sink;
    return this;
  }

  receive(frame: Frame): void {
    if (this.#rng.next() < this.#p) {
      this.dropped++;
      this.drop.emit({ frame, reason: 'random-loss' });
      return;
    }
    this.passed++;
    this.#sink?.receive(frame);
  }
}
