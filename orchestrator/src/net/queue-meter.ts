// Records a queue's life, event by event: each enqueue, dequeue (with the
// frame's sojourn time), drop and mark (with its reason), with the depth in
// packets and bytes right after it. Attaching it changes no timing: it
// only listens to the queue's trace points.

import { ecnOf } from './ecn.js';
import type { Frame } from './frame.js';
import type { Clock, Queue } from './queue.js';

export type QueueEventKind = 'enqueue' | 'dequeue' | 'drop' | 'mark';

export interface QueueEventRecord {
  timeNs: number;
  queue: string;
  event: QueueEventKind;
  frameBytes: number;
  /** The frame's ECN codepoint (0 Not-ECT, 1 ECT(1), 2 ECT(0), 3 CE; a mark's is after marking), undefined when not IP. */
  ecn: number | undefined;
  depthPackets: number;
  depthBytes: number;
  /** For a dequeue, and a drop at dequeue: how long the frame waited. */
  sojournNs: number | undefined;
  /** For a drop or a mark. */
  reason: string | undefined;
}

export class QueueMeter {
  events = 0;

  constructor(clock: Clock, queue: Queue, record: (e: QueueEventRecord) => void) {
    const emit = (event: QueueEventKind, frame: Frame, sojournNs?: number, reason?: string) => {
      this.events++;
      record({
        timeNs: clock.now,
        queue: queue.name,
        event,
        frameBytes: frame.bytes.length,
        ecn: ecnOf(frame.bytes),
        depthPackets: queue.depthPackets,
        depthBytes: queue.depthBytes,
        sojournNs,
        reason,
      });
    };
    queue.enqueue.subscribe((f) => emit('enqueue', f));
    queue.dequeueTrace.subscribe(({ frame, sojournNs }) => emit('dequeue', frame, sojournNs));
    queue.drop.subscribe(({ frame, reason, sojournNs }) => emit('drop', frame, sojournNs, reason));
    queue.mark.subscribe(({ frame, reason }) => emit('mark', frame, undefined, reason));
  }
}
