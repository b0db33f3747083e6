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
//
// With aggregation (frame-aggregation.ts) frames reach the far end in
// bursts; `rx` still fires at each frame's arrival on the wire, `release`
// when it is handed over.
//
// With a delivery trace (delivery-trace.ts) a frame's last bit leaves at
// the trace's opportunities instead of after 8B / rate.
//
// With a schedule (link-schedule.ts) the rate, delay and loss model change
// over time: each frame takes those in force when its first bit goes out
// and keeps them. One wire keeps its order: after the delay steps down, a
// frame arrives no earlier than the one before it.

import type { Calendar } from '../sim/calendar.js';
import type { DelayJitter } from './delay-jitter.js';
import type { Frame, FrameSink, FrameSource, TimedFrameSink } from './frame.js';
import { MIN_FRAME_BYTES } from './frame.js';
import type { DeliveryTrace } from './delivery-trace.js';
import { type AggregationOptions, FrameAggregation } from './frame-aggregation.js';
import type { LinkSchedule } from './link-schedule.js';
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
  /** Changes of rate, delay and loss over time; its base must be the three above. */
  schedule?: LinkSchedule;
  /** Release frames to the far end in bursts. */
  aggregation?: AggregationOptions;
  /** Carry frames at a trace's delivery opportunities instead of at `rateBps` (Mahimahi's link). */
  trace?: DeliveryTrace;
}

/** A frame on its way, as aggregation holds it. */
interface InFlight {
  frame: Frame;
  releaseNs: number;
  loss: LossModel | undefined;
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
  /** A frame not lost is handed to the far end (at its arrival, unless jitter or aggregation hold it). */
  readonly release = new TracePoint<Frame>('release');
  readonly #calendar: Calendar;
  readonly #jitter: DelayJitter | undefined;
  readonly #loss: LossModel | undefined;
  readonly #schedule: LinkSchedule | undefined;
  readonly #lossModels: LossModel[];
  readonly #aggregation: FrameAggregation<InFlight> | undefined;
  readonly #trace: DeliveryTrace | undefined;
  /** The shortest frame's serialization: no frame that has not started can end sooner after it starts. */
  readonly #minSerializationNs: number;
  #source: FrameSource | undefined;
  #sink: FrameSink | undefined;
  #timedSink: TimedFrameSink | undefined;
  #busy = false;
  /** When the frame on the transmitter finishes, and its delay and loss model (valid while busy). */
  #txEndNs = 0;
  #txDelayNs = 0;
  #txLoss: LossModel | undefined;
  /** When the last frame sent arrives: no later frame arrives before it. */
  #lastArriveNs = 0;

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
    const schedule = options.schedule;
    if (schedule && (schedule.base.rateBps !== this.rateBps || schedule.base.delayNs !== delayNs || schedule.base.loss !== options.loss)) {
      throw new RangeError(`link ${name}: its schedule starts from other settings than the link's`);
    }
    this.#schedule = schedule;
    this.#lossModels = schedule ? schedule.lossModels() : options.loss ? [options.loss] : [];
    this.#aggregation = options.aggregation && new FrameAggregation<InFlight>(options.aggregation, name);
    if (options.trace && (schedule || delayNs === 0)) throw new RangeError(`link ${name}: a trace-driven link takes no schedule, and needs a delay above 0`);
    this.#trace = options.trace;
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

  /** Frames the loss models condemned, counted as they would have arrived. */
  get lossDrops(): number {
    return this.#lossModels.reduce((sum, l) => sum + l.dropped, 0);
  }

  /**
   * The earliest arrival of a frame this link has not handed to its far end
   * yet, if no frame can join its queue before `startNs` (>= now): the one on
   * the transmitter, else one that starts at `startNs`.
   */
  earliestUnsentArrivalNs(startNs: number): number {
    const held = this.#aggregation ? this.#aggregation.heldReleaseNs() : Infinity;
    if (this.#busy) return Math.min(held, this.#txEndNs + this.#txDelayNs);
    if (this.#trace) return Math.min(held, this.#trace.earliestFinishNs(startNs) + this.delayNs);
    return Math.min(held, this.#schedule ? this.#schedule.earliestArrivalNs(startNs) : startNs + this.#minSerializationNs + this.delayNs);
  }

  #startNext(): void {
    if (this.#busy) return;
    const frame = this.#source?.dequeue();
    if (!frame) return;
    this.#busy = true;
    this.txStart.emit(frame);
    const settings = this.#schedule?.settingsAt(this.#calendar.now);
    this.#txDelayNs = settings ? settings.delayNs : this.delayNs;
    this.#txLoss = settings ? settings.loss : this.#loss;
    const bytes = frame.bytes.length;
    this.#txEndNs = this.#trace ? this.#trace.finishNs(this.#calendar.now, bytes) : this.#calendar.now + serializationNs(bytes, settings ? settings.rateBps : this.rateBps);
    this.#calendar.schedule(this.#txEndNs, () => {
      this.txEnd.emit(frame);
      this.#propagate(frame, this.#txDelayNs, this.#txLoss);
      this.#busy = false;
      this.#startNext();
    });
  }

  /** The last bit has left: draw the frame's fate and arrival, hand it over or schedule it. */
  #propagate(frame: Frame, delayNs: number, loss: LossModel | undefined): void {
    const arriveNs = Math.max(this.#calendar.now + delayNs, this.#lastArriveNs);
    this.#lastArriveNs = arriveNs;
    const releaseNs = this.#jitter ? this.#jitter.releaseNs(arriveNs) : arriveNs;
    const lost = loss ? loss.lose() : false;
    const aggregation = this.#aggregation;
    if (lost || !aggregation) {
      if (!lost) this.#timedSink?.receiveAt(frame, releaseNs);
      this.#calendar.schedule(arriveNs, () => {
        this.rx.emit(frame);
        if (releaseNs === arriveNs) this.#arrive(frame, lost, loss);
      });
      // Equal release times keep the order they were drawn in: the calendar breaks ties by insertion.
      if (releaseNs !== arriveNs) this.#calendar.schedule(releaseNs, () => this.#arrive(frame, lost, loss));
      return;
    }
    this.#calendar.schedule(arriveNs, () => this.rx.emit(frame));
    if ('everyNs' in aggregation.options) {
      this.#hand([{ frame, releaseNs, loss }], aggregation.periodicReleaseNs(releaseNs));
      return;
    }
    const held = aggregation.hold({ frame, releaseNs, loss }, arriveNs);
    if (held && 'full' in held) this.#hand(held.full, held.releaseNs);
    else if (held) {
      this.#calendar.schedule(this.#calendar.now + aggregation.options.timeoutNs, () => {
        const timedOut = aggregation.timeout(held.timeoutFor);
        if (timedOut) this.#hand(timedOut.full, timedOut.releaseNs);
      });
    }
  }

  /** Hand frames over to the far end at `releaseNs` (now or later), in order. */
  #hand(frames: InFlight[], releaseNs: number): void {
    for (const f of frames) this.#timedSink?.receiveAt(f.frame, releaseNs);
    this.#calendar.schedule(releaseNs, () => frames.forEach((f) => this.#arrive(f.frame, false, f.loss)));
  }

  /** The frame reaches the far end (or, lost, would have). */
  #arrive(frame: Frame, lost: boolean, loss: LossModel | undefined): void {
    loss?.record(frame, lost);
    if (lost) return;
    this.release.emit(frame);
    this.#sink?.receive(frame);
  }
}
