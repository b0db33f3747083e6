// Bursty loss: a two-state Markov chain (Good, Bad) evaluated per frame.
// From Good it moves to Bad with probability p, from Bad back to Good with
// probability r; a frame is lost with lossInGood / lossInBad in each state.
// Long-run loss rate: (r * lossInGood + p * lossInBad) / (p + r).

import type { RandomStream } from '../sim/random.js';
import { checkProbability, LossModel } from './loss-model.js';

export interface GilbertElliottLossOptions {
  p: number;
  r: number;
  /** Default 0. */
  lossInGood?: number;
  /** Default 1. */
  lossInBad?: number;
}

export class GilbertElliottLoss extends LossModel {
  readonly #o: Required<GilbertElliottLossOptions>;
  #bad = false;

  constructor(options: GilbertElliottLossOptions, rng: RandomStream, name: string) {
    const o = { lossInGood: 0, lossInBad: 1, ...options };
    for (const [k, v] of Object.entries(o)) checkProbability(name, k, v);
    super(rng, name);
    this.#o = o;
  }

  /** The long-run fraction of frames lost. */
  static stationaryLoss(o: GilbertElliottLossOptions): number {
    const lg = o.lossInGood ?? 0;
    const lb = o.lossInBad ?? 1;
    return (o.r * lg + o.p * lb) / (o.p + o.r);
  }

  get meanLoss(): number {
    return GilbertElliottLoss.stationaryLoss(this.#o);
  }

  lose(): boolean {
    this.#bad = this.#bad ? this.rng.next() >= this.#o.r : this.rng.next() < this.#o.p;
    return this.rng.next() < (this.#bad ? this.#o.lossInBad : this.#o.lossInGood);
  }
}
