// A unidirectional point-to-point link: the transmitter serializes one frame
// at a time at `rateBps`, then the channel adds `delayNs` of propagation,
// optional jitter, and optional random loss (a receive error model, as in
// ns-3: a lost frame was still on the wire, and a meter at `rx` counts it).
// Queueing is not the link's business: it pulls its next frame from the
// source in front of it (usually a DropTailQueue) when it goes idle.
//
// A frame's fate and arrival time are drawn the moment its last bit leaves
// the transmitter. A far end that is a VM's NIC (a TimedFrameSink) is handed
// the frame right then, stamped with its arrival: the patched QEMU holds it
// and injects it at exactly that time, so no VM has to stop for a delivery.
// Any other far end (a switch port) gets it from the calendar at arrival.
//
// Because the link knows what is on its wire, it can also say how soon a
// frame it has not handed over yet could arrive (`earliestUnsentArrivalNs`):
// the per-channel lookahead the engine bounds each VM's horizon with.

import type { Calendar } from '../sim/calendar.js';
import type { DelayJitter } from './delay-jitter.js';
import type { Frame, FrameSink, FrameSource, TimedFrameSink } from './frame.js';
import { MIN_FRAME_BYTES } from './frame.js';
import type { LossModel } from './loss-model.js';
import { TracePoint } from './trace-point.js';

export interface LinkOptions {
  /** Serialization rate in bit/s. */
  rateBps: number;
  /** Propagation delay in ns (default 0). */
  delayNs?: number;
  /** Extra random delay after propagation. */
  jitter?: DelayJitter;
  /** Random loss at the far end. */
  loss?: LossModel;
}

/**
 * Time to put `bytes` on the wire at `rateBps`, rounded up to whole ns so a
 * frame never arrives early. Frames count as their bytes only: no preamble,
 * FCS or inter-frame gap.
 */
export function serializationNs(bytes: number, rateBps: number): number {
  return Math.ceil((bytes * 8 * 1e9) / rateBps);
}

export class Link {
  readonly name: string;
  readonly rateBps: number;
  readonly delayNs: number;
  readonly txStart = new TracePoint<Frame>('txStart');
  readonly txEnd = new TracePoint<Frame>('txEnd');
  readonly rx = new TracePoint<Frame>('rx');
  readonly #calendar: Calendar;
  readonly #jitter: DelayJitter | undefined;
  readonly #loss: LossModel | undefined;
  /** The shortest frame's serialization: no frame that has not started can end sooner after it starts. */
  readonly #minSerializationNs: number;
  #source: FrameSource | undefined;
  #sink: FrameSink | undefined;
  #timedSink: TimedFrameSink | undefined;
  #busy = false;
  /** When the frame on the transmitter finishes (valid while busy). */
  #txEndNs = 0;

  constructor(calendar: Calendar, options: LinkOptions, name: string) {
    if (!(options.rateBps > 0) || !Number.isFinite(options.rateBps)) throw new RangeError(`link ${name}: rateBps must be positive, got ${options.rateBps}`);
    const delayNs = options.delayNs ?? 0;
    if (!Number.isSafeInteger(delayNs) || delayNs < 0) throw new RangeError(`link ${name}: delayNs must be a non-negative integer, got ${delayNs}`);
    this.#calendar = calendar;
    this.name = name;
    this.rateBps = options.rateBps;
    this.delayNs = delayNs;
    this.#jitter = options.jitter;
    this.#loss = options.loss;
    this.#minSerializationNs = serializationNs(MIN_FRAME_BYTES, options.rateBps);
  }

  pullFrom(source: FrameSource): this {
    this.#source = source;
    source.onReady(() => this.#startNext());
    return this;
  }

  /** The far end: a switch or hub port (frames at arrival), or a VM's NIC (frames ahead of time, stamped). */
  connect(sink: FrameSink | TimedFrameSink): this {
    if ('receiveAt' in sink) this.#timedSink = sink;
    else this.#sink = sink;
    return this;
  }

  get busy(): boolean {
    return this.#busy;
  }

  /** Frames the loss model condemned, counted as they would have arrived. */
  get lossDrops(): number {
    return this.#loss?.dropped ?? 0;
  }

  /**
   * The earliest arrival of a frame this link has not handed to its far end
   * yet, if no frame can join its queue before `startNs` (>= now): the one on
   * the transmitter, else one that starts at `startNs`.
   */
  earliestUnsentArrivalNs(startNs: number): number {
    return (this.#busy ? this.#txEndNs : startNs + this.#minSerializationNs) + this.delayNs;
  }

  #startNext(): void {
    if (this.#busy) return;
    const frame = this.#source?.dequeue();
    if (!frame) return;
    this.#busy = true;
    this.txStart.emit(frame);
    this.#txEndNs = this.#calendar.now + serializationNs(frame.bytes.length, this.rateBps);
    this.#calendar.schedule(this.#txEndNs, () => {
      this.txEnd.emit(frame);
      this.#propagate(frame);
      this.#busy = false;
      this.#startNext();
    });
  }

  /** The last bit has left: draw the frame's fate and arrival, hand it over or schedule it. */
  #propagate(frame: Frame): void {
    const arriveNs = this.#calendar.now + this.delayNs;
    const releaseNs = this.#jitter ? this.#jitter.releaseNs(arriveNs) : arriveNs;
    const lost = this.#loss ? this.#loss.lose() : false;
    if (!lost) this.#timedSink?.receiveAt(frame, releaseNs);
    const arrive = () => {
      this.#loss?.record(frame, lost);
      if (!lost) this.#sink?.receive(frame);
    };
    this.#calendar.schedule(arriveNs, () => {
      this.rx.emit(frame);
      if (releaseNs === arriveNs) arrive();
    });
    // Equal release times keep the order they were drawn in: the calendar breaks ties by insertion.
    if (releaseNs !== arriveNs) this.#calendar.schedule(releaseNs, arrive);
  }
}
