// CoDel (RFC 8289): a FIFO whose dequeue drops, or with ECN marks, frames
// once their sojourn time has stayed above `target` (5 ms) for `interval`
// (100 ms); codel.ts holds the control law. Arrivals beyond the limit are
// dropped as in drop-tail (fifo-queue.ts).

import type { CodelQueueOptions } from '../sim/queue-config.js';
import { codelDequeue, type CodelHost, type CodelParams, codelParams, CodelVars } from './codel.js';
import { FifoQueue } from './fifo-queue.js';
import type { Frame } from './frame.js';
import type { QueuedFrame } from './frame-fifo.js';
import type { Clock } from './queue.js';

export type { CodelQueueOptions } from '../sim/queue-config.js';

export class CodelQueue extends FifoQueue {
  readonly kind = 'codel' as const;
  readonly params: CodelParams;
  readonly vars = new CodelVars();
  readonly #host: CodelHost;

  constructor(options: CodelQueueOptions, name: string, clock: Clock) {
    super(options, 'codel', name, clock);
    this.params = codelParams(options, 'codel', name);
    this.#host = {
      take: () => this.fifo.shift(),
      backlogBytes: () => this.fifo.bytes,
      drop: (item: QueuedFrame) => this.dropped(item.frame, 'codel', this.clock.now - item.enqueuedNs),
      mark: (item: QueuedFrame) => this.setCe(item.frame, 'codel'),
    };
  }

  dequeue(): Frame | undefined {
    const item = codelDequeue(this.clock.now, this.vars, this.params, this.#host);
    return item && this.departed(item.frame, item.enqueuedNs);
  }
}
