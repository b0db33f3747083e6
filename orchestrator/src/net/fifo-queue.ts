// A queue holding frames in arrival order within its limits, in frames
// and/or bytes: drop-tail is exactly this, CoDel this with its control law
// at dequeue, RED this behind its early-drop test. An arrival that would
// pass a limit is dropped ('queue-full').

import type { Frame } from './frame.js';
import { FrameFifo } from './frame-fifo.js';
import { type Clock, QueueBase, type QueueKind, type QueueLimits, queueLimits } from './queue.js';

export abstract class FifoQueue extends QueueBase {
  protected readonly fifo = new FrameFifo();
  #limits: Required<QueueLimits>;

  /** `kind` chooses the default limits (QUEUE_LIMIT_DEFAULTS). */
  constructor(limits: QueueLimits, kind: QueueKind, name: string, clock: Clock) {
    super(name, clock);
    this.#limits = queueLimits(limits, kind, name);
  }

  get limitPackets(): number {
    return this.#limits.limitPackets;
  }

  get limitBytes(): number {
    return this.#limits.limitBytes;
  }

  setLimits(limits: QueueLimits): void {
    this.#limits = queueLimits(limits, this.kind, this.name);
  }

  get depthPackets(): number {
    return this.fifo.packets;
  }

  get depthBytes(): number {
    return this.fifo.bytes;
  }

  /** Whether `frame` can be held without passing a limit. */
  protected fits(frame: Frame): boolean {
    return this.depthPackets + 1 <= this.limitPackets && this.depthBytes + frame.bytes.length <= this.limitBytes;
  }

  /** Drop-tail's arrival: hold the frame, or drop it when it does not fit. */
  protected admit(frame: Frame): void {
    if (!this.fits(frame)) {
      this.dropped(frame, 'queue-full');
      return;
    }
    this.fifo.push(frame, this.clock.now);
    this.accepted(frame);
  }
}
