// RED (Floyd and Jacobson 1993, with the "gentle" variant as in ns-3 and
// Linux): on each arrival the average depth avg is updated with weight w_q
// (decayed over idle time as if small packets had left); between min_th and
// max_th an arrival is dropped (or with ECN marked) with probability
//   p_b = max_p (avg - min_th) / (max_th - min_th),
// spread evenly by p_a = p_b / (1 - count p_b), count being the arrivals
// since the last drop; gently from max_p to 1 between max_th and 2 max_th;
// always above. Thresholds are in packets.

import { RED_DEFAULTS, type RedQueueOptions } from '../sim/queue-config.js';
import type { RandomStream } from '../sim/random.js';
import { FifoQueue } from './fifo-queue.js';
import type { Frame } from './frame.js';
import type { Clock } from './queue.js';

export type { RedQueueOptions } from '../sim/queue-config.js';

export interface RedParams {
  minThPackets: number;
  maxThPackets: number;
  maxP: number;
  gentle: boolean;
}

/** p_b for an average depth: RED's curve (0 below min_th; 1 where every arrival is dropped). */
export function redDropProbability(avg: number, p: RedParams): number {
  if (avg < p.minThPackets) return 0;
  if (avg < p.maxThPackets) return (p.maxP * (avg - p.minThPackets)) / (p.maxThPackets - p.minThPackets);
  if (p.gentle && avg < 2 * p.maxThPackets) return p.maxP + ((1 - p.maxP) * (avg - p.maxThPackets)) / p.maxThPackets;
  return 1;
}

export class RedQueue extends FifoQueue {
  readonly kind = 'red' as const;
  readonly params: RedParams;
  readonly weight: number;
  readonly ecn: boolean;
  readonly idlePacketNs: number;
  /** The average depth in packets, as of the last arrival. */
  avg = 0;
  readonly #random: RandomStream;
  /** Arrivals since the last early drop, -1 outside the early region (FJ93). */
  #count = -1;
  /** When the queue last went empty, or undefined while it holds frames. */
  #idleSinceNs: number | undefined = 0;

  constructor(options: RedQueueOptions, name: string, clock: Clock, random: RandomStream) {
    super(options, 'red', name, clock);
    this.params = {
      minThPackets: options.minThPackets ?? RED_DEFAULTS.minThPackets,
      maxThPackets: options.maxThPackets ?? RED_DEFAULTS.maxThPackets,
      maxP: options.maxP ?? RED_DEFAULTS.maxP,
      gentle: options.gentle ?? RED_DEFAULTS.gentle,
    };
    this.weight = options.weight ?? RED_DEFAULTS.weight;
    this.ecn = options.ecn ?? RED_DEFAULTS.ecn;
    this.idlePacketNs = options.idlePacketNs ?? 0;
    this.#random = random;
    const { minThPackets: lo, maxThPackets: hi, maxP } = this.params;
    if (!(lo >= 0 && hi > lo)) throw new RangeError(`queue ${name}: need 0 <= min_th < max_th, got ${lo} and ${hi}`);
    if (!(maxP > 0 && maxP <= 1)) throw new RangeError(`queue ${name}: max_p must be in (0, 1], got ${maxP}`);
    if (!(this.weight > 0 && this.weight <= 1)) throw new RangeError(`queue ${name}: weight must be in (0, 1], got ${this.weight}`);
  }

  protected override admit(frame: Frame): void {
    this.#updateAverage();
    const verdict = this.#verdict();
    if (verdict === 'forced') {
      this.dropped(frame, 'red-forced');
      return;
    }
    if (verdict === 'early') {
      const marked = this.ecn ? this.setCe(frame, 'red-early') : undefined;
      if (!marked) {
        this.dropped(frame, 'red-early');
        return;
      }
      frame = marked;
    }
    if (!this.fits(frame)) {
      this.dropped(frame, 'queue-full');
      return;
    }
    // Not the FIFO's admit: the queue stops being idle before the link hears of the frame (and may take it at once).
    this.fifo.push(frame, this.clock.now);
    this.#idleSinceNs = undefined;
    this.accepted(frame);
  }

  dequeue(): Frame | undefined {
    const item = this.fifo.shift();
    if (!item) return undefined;
    if (this.fifo.packets === 0) this.#idleSinceNs = this.clock.now;
    return this.departed(item.frame, item.enqueuedNs);
  }

  #updateAverage(): void {
    const w = this.weight;
    if (this.#idleSinceNs !== undefined && this.idlePacketNs > 0) {
      // As if m packets had arrived to an empty queue while it was idle.
      const m = (this.clock.now - this.#idleSinceNs) / this.idlePacketNs;
      this.avg *= Math.pow(1 - w, m);
    } else {
      this.avg = (1 - w) * this.avg + w * this.fifo.packets;
    }
  }

  #verdict(): 'pass' | 'early' | 'forced' {
    const pb = redDropProbability(this.avg, this.params);
    if (pb === 0) {
      this.#count = -1;
      return 'pass';
    }
    if (pb >= 1) {
      this.#count = 0;
      return 'forced';
    }
    this.#count++;
    const pa = this.#count * pb >= 1 ? 1 : pb / (1 - this.#count * pb);
    if (this.#random.next() < pa) {
      this.#count = 0;
      return 'early';
    }
    return 'pass';
  }
}
