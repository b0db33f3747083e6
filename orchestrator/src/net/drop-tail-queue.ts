// A FIFO that drops arrivals when full, by packets and/or bytes. It is a
// sink for whatever feeds it and a source for the link it sits in front of;
// another discipline (RED, CoDel) is another class with the same two faces.

import type { Frame, FrameSink, FrameSource } from './frame.js';
import { type DropEvent, TracePoint } from './trace-point.js';

export interface DropTailQueueOptions {
  /** Most frames held (default 100, as ns-3's "100p"). */
  limitPackets?: number;
  /** Most bytes held (default: no byte limit). */
  limitBytes?: number;
}

export interface QueueCounters {
  enqueued: number;
  dequeued: number;
  dropped: number;
  maxDepthPackets: number;
  maxDepthBytes: number;
}

export class DropTailQueue implements FrameSink, FrameSource {
  readonly name: string;
  readonly limitPackets: number;
  readonly limitBytes: number;
  readonly enqueue = new TracePoint<Frame>('enqueue');
  readonly dequeueTrace = new TracePoint<Frame>('dequeue');
  readonly drop = new TracePoint<DropEvent<Frame>>('drop');
  readonly counters: QueueCounters = { enqueued: 0, dequeued: 0, dropped: 0, maxDepthPackets: 0, maxDepthBytes: 0 };
  readonly #frames: Frame[] = [];
  #head = 0;
  #bytes = 0;
  #onReady: (() => void) | undefined;

  constructor(options: DropTailQueueOptions, name: string) {
    this.name = name;
    this.limitPackets = options.limitPackets ?? 100;
    this.limitBytes = options.limitBytes ?? Infinity;
    if (!(this.limitPackets >= 1) || !(this.limitBytes >= 1)) {
      throw new RangeError(`queue ${name}: limits must be at least 1, got ${this.limitPackets} packets / ${this.limitBytes} bytes`);
    }
  }

  get depthPackets(): number {
    return this.#frames.length - this.#head;
  }

  get depthBytes(): number {
    return this.#bytes;
  }

  receive(frame: Frame): void {
    if (this.depthPackets + 1 > this.limitPackets || this.#bytes + frame.bytes.length > this.limitBytes) {
      this.counters.dropped++;
      this.drop.emit({ frame, reason: 'queue-full' });
      return;
    }
    this.#frames.push(frame);
    this.#bytes += frame.bytes.length;
    this.counters.enqueued++;
    this.counters.maxDepthPackets = Math.max(this.counters.maxDepthPackets, this.depthPackets);
    this.counters.maxDepthBytes = Math.max(this.counters.maxDepthBytes, this.#bytes);
    this.enqueue.emit(frame);
    this.#onReady?.();
  }

  dequeue(): Frame | undefined {
    if (this.#head >= this.#frames.length) return undefined;
    const frame = this.#frames[this.#head++]!;
    if (this.#head > 1024 && this.#head * 2 > this.#frames.length) {
      this.#frames.splice(0, this.#head);
      this.#head = 0;
    }
    this.#bytes -= frame.bytes.length;
    this.counters.dequeued++;
    this.dequeueTrace.emit(frame);
    return frame;
  }

  onReady(listener: () => void): void {
    this.#onReady = listener;
  }
}
