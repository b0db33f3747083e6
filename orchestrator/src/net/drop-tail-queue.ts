// A FIFO that drops arrivals when full, by packets and/or bytes: the default
// queue kind, and the simplest implementation of the Queue interface.

import type { Frame } from './frame.js';
import { FrameFifo } from './frame-fifo.js';
import { type Clock, QueueBase, ZERO_CLOCK } from './queue.js';

export type { QueueCounters } from './queue.js';

export interface DropTailQueueOptions {
  /** Most frames held (default 100, as ns-3's "100p"). */
  limitPackets?: number;
  /** Most bytes held (default: no byte limit). */
  limitBytes?: number;
}

export class DropTailQueue extends QueueBase {
  readonly kind = 'drop_tail' as const;
  readonly limitPackets: number;
  readonly limitBytes: number;
  readonly #fifo = new FrameFifo();

  /** `clock` only stamps sojourn times; without one they are all 0. */
  constructor(options: DropTailQueueOptions, name: string, clock: Clock = ZERO_CLOCK) {
    super(name, clock);
    this.limitPackets = options.limitPackets ?? 100;
    this.limitBytes = options.limitBytes ?? Infinity;
    if (!(this.limitPackets >= 1) || !(this.limitBytes >= 1)) {
      throw new RangeError(`queue ${name}: limits must be at least 1, got ${this.limitPackets} packets / ${this.limitBytes} bytes`);
    }
  }

  get depthPackets(): number {
    return this.#fifo.packets;
  }

  get depthBytes(): number {
    return this.#fifo.bytes;
  }

  protected admit(frame: Frame): void {
    if (this.depthPackets + 1 > this.limitPackets || this.depthBytes + frame.bytes.length > this.limitBytes) {
      this.dropped(frame, 'queue-full');
      return;
    }
    this.#fifo.push(frame, this.clock.now);
    this.accepted(frame);
  }

  dequeue(): Frame | undefined {
    const item = this.#fifo.shift();
    return item && this.departed(item.frame, item.enqueuedNs);
  }
}
