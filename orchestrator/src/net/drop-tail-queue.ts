// A FIFO that drops arrivals when full, by packets and/or bytes: the default
// queue kind, and the simplest implementation of the Queue interface.

import { FifoQueue } from './fifo-queue.js';
import type { Frame } from './frame.js';
import type { DropTailQueueOptions } from '../sim/queue-config.js';
import { type Clock, ZERO_CLOCK } from './queue.js';

export type { QueueCounters } from './queue.js';

export type { DropTailQueueOptions } from '../sim/queue-config.js';

export class DropTailQueue extends FifoQueue {
  readonly kind = 'drop_tail' as const;

  /** `clock` only stamps sojourn times; without one they are all 0. */
  constructor(options: DropTailQueueOptions, name: string, clock: Clock = ZERO_CLOCK) {
    super(options, 'drop_tail', name, clock);
  }

  dequeue(): Frame | undefined {
    const item = this.fifo.shift();
    return item && this.departed(item.frame, item.enqueuedNs);
  }
}
