// What every queue discipline is: a sink for whatever feeds it and a source
// for the link it sits in front of, with the same counters and trace points
// (ns-3's QueueDisc: Enqueue, Dequeue, Drop, Mark). queue-factory.ts builds
// one from its configuration; drop-tail-queue.ts, red-queue.ts,
// codel-queue.ts and fq-codel-queue.ts are the kinds, the first three over
// fifo-queue.ts.
//
// QueueBase keeps the bookkeeping (counters, trace points, the link's
// readiness callback) so a discipline only decides what to hold, what to
// drop or mark, and what to hand out next.

import { QUEUE_LIMIT_DEFAULTS, type QueueKind, type QueueLimits } from '../sim/queue-config.js';
import { markCe } from './ecn.js';
import type { Frame, FrameSink, FrameSource } from './frame.js';
import { isTagged } from './vlan-tag.js';
import type { TokenBucket } from './token-bucket.js';
import { TracePoint } from './trace-point.js';

export type { QueueKind, QueueLimits } from '../sim/queue-config.js';

/** `limits` with the kind's defaults filled in; each must be at least 1. */
export function queueLimits(limits: QueueLimits, kind: QueueKind, name: string): Required<QueueLimits> {
  const limitPackets = limits.limitPackets ?? QUEUE_LIMIT_DEFAULTS[kind].limitPackets;
  const limitBytes = limits.limitBytes ?? QUEUE_LIMIT_DEFAULTS[kind].limitBytes;
  if (!(limitPackets >= 1) || !(limitBytes >= 1)) {
    throw new RangeError(`queue ${name}: limits must be at least 1, got ${limitPackets} packets / ${limitBytes} bytes`);
  }
  return { limitPackets, limitBytes };
}

/**
 * Why a queue dropped a frame: `queue-full` at its limit (any kind);
 * `red-early` by RED's probability between its thresholds, `red-forced`
 * above them; `codel` by CoDel's control law at dequeue; `fq-overflow` from
 * the fattest flow when FQ-CoDel is at its limit; `over-mtu` on arrival,
 * longer than the link it feeds carries (any kind, before its policy);
 * `policer` on arrival, beyond the token bucket in front of the queue.
 */
export type QueueDropReason = 'queue-full' | 'red-early' | 'red-forced' | 'codel' | 'fq-overflow' | 'over-mtu' | 'policer';

/** Why a queue set CE on a frame instead of dropping it. */
export type QueueMarkReason = 'red-early' | 'codel';

export interface QueueDropEvent {
  frame: Frame;
  reason: QueueDropReason;
  /** For a drop at dequeue (CoDel), how long the frame had waited. */
  sojournNs?: number;
}

export interface QueueMarkEvent {
  /** The frame as it leaves, with CE set. */
  frame: Frame;
  reason: QueueMarkReason;
}

export interface DequeueEvent {
  frame: Frame;
  /** Time from enqueue to dequeue. */
  sojournNs: number;
}

export interface QueueCounters {
  enqueued: number;
  dequeued: number;
  dropped: number;
  marked: number;
  maxDepthPackets: number;
  maxDepthBytes: number;
}

/** Simulated time as a queue reads it (a Calendar is one). */
export interface Clock {
  readonly now: number;
}

/** A clock that stays at 0, for queues that never look at time (tests of drop-tail). */
export const ZERO_CLOCK: Clock = { now: 0 };

export interface Queue extends FrameSink, FrameSource {
  readonly name: string;
  readonly kind: QueueKind;
  readonly depthPackets: number;
  readonly depthBytes: number;
  /** Most frames and bytes it holds (QUEUE_LIMIT_DEFAULTS fills what its configuration left out). */
  readonly limitPackets: number;
  readonly limitBytes: number;
  readonly counters: QueueCounters;
  /**
   * Longest frame the link behind the queue carries, untagged (its MTU and
   * the Ethernet header; an 802.1Q-tagged frame may be 4 bytes longer).
   * Longer ones are dropped on arrival (`over-mtu`), as the NIC at the far
   * end would; Infinity (the default) takes any.
   */
  maxFrameBytes: number;
  /** A token bucket at the entrance: frames beyond it are dropped (`policer`), never queued. */
  policer: TokenBucket | undefined;
  /**
   * Change the limits from now on (a link schedule's step); the kind's
   * default for the one not given. Frames held beyond a lowered limit stay:
   * arrivals are dropped until the depth is below it (FQ-CoDel drops from
   * its fattest flow at the next arrival, as on its limit).
   */
  setLimits(limits: QueueLimits): void;
  /** A frame was offered to the queue, before it decides to hold or drop it (a tap before the queue). */
  readonly arrival: TracePoint<Frame>;
  /** A frame was accepted (the depth already counts it). */
  readonly enqueue: TracePoint<Frame>;
  /** A frame left for the link (the depth no longer counts it). */
  readonly dequeueTrace: TracePoint<DequeueEvent>;
  /** A frame was dropped, on arrival or at dequeue. */
  readonly drop: TracePoint<QueueDropEvent>;
  /** A frame had CE set instead of being dropped. */
  readonly mark: TracePoint<QueueMarkEvent>;
}

export abstract class QueueBase implements Queue {
  abstract readonly kind: QueueKind;
  readonly arrival = new TracePoint<Frame>('arrival');
  readonly enqueue = new TracePoint<Frame>('enqueue');
  readonly dequeueTrace = new TracePoint<DequeueEvent>('dequeue');
  readonly drop = new TracePoint<QueueDropEvent>('drop');
  readonly mark = new TracePoint<QueueMarkEvent>('mark');
  readonly counters: QueueCounters = { enqueued: 0, dequeued: 0, dropped: 0, marked: 0, maxDepthPackets: 0, maxDepthBytes: 0 };
  maxFrameBytes = Infinity;
  policer: TokenBucket | undefined;
  #onReady: (() => void) | undefined;

  constructor(
    readonly name: string,
    protected readonly clock: Clock,
  ) {}

  abstract get depthPackets(): number;
  abstract get depthBytes(): number;
  abstract get limitPackets(): number;
  abstract get limitBytes(): number;
  abstract setLimits(limits: QueueLimits): void;
  abstract dequeue(): Frame | undefined;
  /** Hold `frame` (then call accepted) or drop it: the discipline's arrival policy. */
  protected abstract admit(frame: Frame): void;

  receive(frame: Frame): void {
    this.arrival.emit(frame);
    const n = frame.bytes.length;
    if (n > this.maxFrameBytes && !(n <= this.maxFrameBytes + 4 && isTagged(frame.bytes))) this.dropped(frame, 'over-mtu');
    else if (this.policer && !this.policer.admit(n, this.clock.now)) this.dropped(frame, 'policer');
    else this.admit(frame);
  }

  onReady(listener: () => void): void {
    this.#onReady = listener;
  }

  /** After a discipline stored `frame`: count it, trace it, wake the link. */
  protected accepted(frame: Frame): void {
    this.counters.enqueued++;
    this.counters.maxDepthPackets = Math.max(this.counters.maxDepthPackets, this.depthPackets);
    this.counters.maxDepthBytes = Math.max(this.counters.maxDepthBytes, this.depthBytes);
    this.enqueue.emit(frame);
    this.#onReady?.();
  }

  protected dropped(frame: Frame, reason: QueueDropReason, sojournNs?: number): void {
    this.counters.dropped++;
    this.drop.emit(sojournNs === undefined ? { frame, reason } : { frame, reason, sojournNs });
  }

  protected marked(frame: Frame, reason: QueueMarkReason): void {
    this.counters.marked++;
    this.mark.emit({ frame, reason });
  }

  /** `frame` with CE set, counted and traced; undefined when it is not ECN-capable. */
  protected setCe(frame: Frame, reason: QueueMarkReason): Frame | undefined {
    const marked = markCe(frame);
    if (marked) this.marked(marked, reason);
    return marked;
  }

  /** After a discipline removed `frame` to hand it out. */
  protected departed(frame: Frame, enqueuedNs: number): Frame {
    this.counters.dequeued++;
    this.dequeueTrace.emit({ frame, sojournNs: this.clock.now - enqueuedNs });
    return frame;
  }
}
