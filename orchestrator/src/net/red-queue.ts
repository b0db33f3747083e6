// RED (Floyd and Jacobson 1993, with the "gentle" variant as in ns-3 and
// Linux): on each arrival the average depth avg is updated with weight w_q
// (decayed over idle time as if small packets had left); between min_th and
// max_th an arrival is dropped (or with ECN marked) with probability
//   p_b = max_p (avg - min_th) / (max_th - min_th),
// spread evenly by p_a = p_b / (1 - count p_b), count being the arrivals
// since the last drop; gently from max_p to 1 between max_th and 2 max_th;
// always above. Thresholds are in packets.

import type { RandomStream } from '../sim/random.js';
import { markCe } from './ecn.js';
import type { Frame } from './frame.js';
import { FrameFifo } from './frame-fifo.js';
import { type Clock, QueueBase } from './queue.js';

export interface RedQueueOptions {
  /** Most frames held (default 100). */
  limitPackets?: number;
  /** Most bytes held (default none). */
  limitBytes?: number;
  /** Average depth in packets where early drops start (default 5). */
  minThPackets?: number;
  /** Average depth in packets where the probability reaches maxP (default 15). */
  maxThPackets?: number;
  /** Drop probability at maxTh (default 0.1). */
  maxP?: number;
  /** Weight of each sample in the average, w_q (default 0.002). */
  weight?: number;
  /** Ramp from maxP to 1 between maxTh and 2 maxTh instead of dropping all above maxTh (default true). */
  gentle?: boolean;
  /** Set CE on ECN-capable frames instead of early drops; forced drops stay drops (default false). */
  ecn?: boolean;
  /** How long one typical packet takes on the link, for the idle-time decay (default: no decay). */
  idlePacketNs?: number;
}

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

export class RedQueue extends QueueBase {
  readonly kind = 'red' as const;
  readonly limitPackets: number;
  readonly limitBytes: number;
  readonly params: RedParams;
  readonly weight: number;
  readonly ecn: boolean;
  readonly idlePacketNs: number;
  /** The average depth in packets, as of the last arrival. */
  avg = 0;
  readonly #fifo = new FrameFifo();
  readonly #random: RandomStream;
  /** Arrivals since the last early drop, -1 outside the early region (FJ93). */
  #count = -1;
  /** When the queue last went empty, or undefined while it holds frames. */
  #idleSinceNs: number | undefined = 0;

  constructor(options: RedQueueOptions, name: string, clock: Clock, random: RandomStream) {
    super(name, clock);
    this.limitPackets = options.limitPackets ?? 100;
    this.limitBytes = options.limitBytes ?? Infinity;
    this.params = {
      minThPackets: options.minThPackets ?? 5,
      maxThPackets: options.maxThPackets ?? 15,
      maxP: options.maxP ?? 0.1,
      gentle: options.gentle ?? true,
    };
    this.weight = options.weight ?? 0.002;
    this.ecn = options.ecn ?? false;
    this.idlePacketNs = options.idlePacketNs ?? 0;
    this.#random = random;
    const { minThPackets: lo, maxThPackets: hi, maxP } = this.params;
    if (!(this.limitPackets >= 1) || !(this.limitBytes >= 1)) throw new RangeError(`queue ${name}: limits must be at least 1`);
    if (!(lo >= 0 && hi > lo)) throw new RangeError(`queue ${name}: need 0 <= min_th < max_th, got ${lo} and ${hi}`);
    if (!(maxP > 0 && maxP <= 1)) throw new RangeError(`queue ${name}: max_p must be in (0, 1], got ${maxP}`);
    if (!(this.weight > 0 && this.weight <= 1)) throw new RangeError(`queue ${name}: weight must be in (0, 1], got ${this.weight}`);
  }

  get depthPackets(): number {
    return this.#fifo.packets;
  }

  get depthBytes(): number {
    return this.#fifo.bytes;
  }

  protected admit(frame: Frame): void {
    this.#updateAverage();
    const verdict = this.#verdict();
    if (verdict === 'forced') {
      this.dropped(frame, 'red-forced');
      return;
    }
    if (verdict === 'early') {
      const marked = this.ecn ? markCe(frame) : undefined;
      if (!marked) {
        this.dropped(frame, 'red-early');
        return;
      }
      this.marked(marked, 'red-early');
      frame = marked;
    }
    if (this.depthPackets + 1 > this.limitPackets || this.depthBytes + frame.bytes.length > this.limitBytes) {
      this.dropped(frame, 'queue-full');
      return;
    }
    this.#fifo.push(frame, this.clock.now);
    this.#idleSinceNs = undefined;
    this.accepted(frame);
  }

  dequeue(): Frame | undefined {
    const item = this.#fifo.shift();
    if (!item) return undefined;
    if (this.#fifo.packets === 0) this.#idleSinceNs = this.clock.now;
    return this.departed(item.frame, item.enqueuedNs);
  }

  #updateAverage(): void {
    const w = this.weight;
    if (this.#idleSinceNs !== undefined && this.idlePacketNs > 0) {
      // As if m packets had arrived to an empty queue while it was idle.
      const m = (this.clock.now - this.#idleSinceNs) / this.idlePacketNs;
      this.avg *= Math.pow(1 - w, m);
    } else {
      this.avg = (1 - w) * this.avg + w * this.#fifo.packets;
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
