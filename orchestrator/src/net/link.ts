// A unidirectional point-to-point link: the transmitter serializes one frame
// at a time at `rateBps`, then the channel adds `delayNs` of propagation.
// Queueing is not the link's business: it pulls its next frame from the
// source in front of it (usually a DropTailQueue) when it goes idle.

import type { Calendar } from '../sim/calendar.js';
import type { Frame, FrameSink, FrameSource } from './frame.js';
import { TracePoint } from './trace-point.js';

export interface LinkOptions {
  /** Serialization rate in bit/s. */
  rateBps: number;
  /** Propagation delay in ns (default 0). */
  delayNs?: number;
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
  #source: FrameSource | undefined;
  #sink: FrameSink | undefined;
  #busy = false;

  constructor(calendar: Calendar, options: LinkOptions, name: string) {
    if (!(options.rateBps > 0) || !Number.isFinite(options.rateBps)) throw new RangeError(`link ${name}: rateBps must be positive, got ${options.rateBps}`);
    const delayNs = options.delayNs ?? 0;
    if (!Number.isSafeInteger(delayNs) || delayNs < 0) throw new RangeError(`link ${name}: delayNs must be a non-negative integer, got ${delayNs}`);
    this.#calendar = calendar;
    this.name = name;
    this.rateBps = options.rateBps;
    this.delayNs = delayNs;
  }

  pullFrom(source: FrameSource): this {
    this.#source = source;
    source.onReady(() => this.#startNext());
    return this;
  }

  connect(sink: FrameSink): this {
    this.#sink = sink;
    return this;
  }

  get busy(): boolean {
    return this.#busy;
  }

  #startNext(): void {
    if (this.#busy) return;
    const frame = this.#source?.dequeue();
    if (!frame) return;
    this.#busy = true;
    this.txStart.emit(frame);
    this.#calendar.after(serializationNs(frame.bytes.length, this.rateBps), () => {
      this.txEnd.emit(frame);
      this.#calendar.after(this.delayNs, () => {
        this.rx.emit(frame);
        this.#sink?.receive(frame);
      });
      this.#busy = false;
      this.#startNext();
    });
  }
}
