// CoDel (RFC 8289): a FIFO whose dequeue drops, or with ECN marks, frames
// once their sojourn time has stayed above `target` (5 ms) for `interval`
// (100 ms); codel.ts holds the control law. Arrivals beyond the limit are
// dropped as in drop-tail.

import { checkCodelParams, CODEL_DEFAULTS, codelDequeue, type CodelHost, type CodelParams, CodelVars } from './codel.js';
import { markCe } from './ecn.js';
import type { Frame } from './frame.js';
import { FrameFifo, type QueuedFrame } from './frame-fifo.js';
import { type Clock, QueueBase } from './queue.js';

export interface CodelQueueOptions {
  /** Most frames held (default 1000, as Linux's codel). */
  limitPackets?: number;
  /** Most bytes held (default none). */
  limitBytes?: number;
  /** Acceptable standing sojourn time (default 5 ms). */
  targetNs?: number;
  /** Window over which the sojourn must stay above target, about a worst-case RTT (default 100 ms). */
  intervalNs?: number;
  /** Set CE on ECN-capable frames instead of dropping them (default false). */
  ecn?: boolean;
  /** A frame of the link's MTU (default 1514: 1500 bytes of IP and the Ethernet header). */
  mtuBytes?: number;
}

export class CodelQueue extends QueueBase {
  readonly kind = 'codel' as const;
  readonly limitPackets: number;
  readonly limitBytes: number;
  readonly params: CodelParams;
  readonly vars = new CodelVars();
  readonly #fifo = new FrameFifo();
  readonly #host: CodelHost;

  constructor(options: CodelQueueOptions, name: string, clock: Clock) {
    super(name, clock);
    this.limitPackets = options.limitPackets ?? 1000;
    this.limitBytes = options.limitBytes ?? Infinity;
    if (!(this.limitPackets >= 1) || !(this.limitBytes >= 1)) {
      throw new RangeError(`queue ${name}: limits must be at least 1, got ${this.limitPackets} packets / ${this.limitBytes} bytes`);
    }
    this.params = {
      targetNs: options.targetNs ?? CODEL_DEFAULTS.targetNs,
      intervalNs: options.intervalNs ?? CODEL_DEFAULTS.intervalNs,
      mtuBytes: options.mtuBytes ?? CODEL_DEFAULTS.mtuBytes,
      ecn: options.ecn ?? false,
    };
    checkCodelParams(this.params, name);
    this.#host = {
      take: () => this.#fifo.shift(),
      backlogBytes: () => this.#fifo.bytes,
      drop: (item: QueuedFrame) => this.dropped(item.frame, 'codel', this.clock.now - item.enqueuedNs),
      mark: (item: QueuedFrame) => {
        const marked = markCe(item.frame);
        if (marked) this.marked(marked, 'codel');
        return marked;
      },
    };
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
    const item = codelDequeue(this.clock.now, this.vars, this.params, this.#host);
    return item && this.departed(item.frame, item.enqueuedNs);
  }
}
