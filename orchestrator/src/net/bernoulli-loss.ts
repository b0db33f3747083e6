// Independent random loss: each frame is lost with probability `lossProbability`.

import type { RandomStream } from '../sim/random.js';
import { checkProbability, LossModel } from './loss-model.js';

export interface BernoulliLossOptions {
  /** Probability in [0, 1] that a frame is lost. */
  lossProbability: number;
}

export class BernoulliLoss extends LossModel {
  readonly #p: number;

  constructor(options: BernoulliLossOptions, rng: RandomStream, name: string) {
    checkProbability(name, 'lossProbability', options.lossProbability);
    super(rng, name);
    this.#p = options.lossProbability;
  }

  get meanLoss(): number {
    return this.#p;
  }

  lose(): boolean {
    return this.rng.next() < this.#p;
  }
}
