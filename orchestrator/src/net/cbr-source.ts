// Synthetic traffic: frames of a fixed size at a constant bit rate, or with
// Poisson arrivals at the same mean rate. They let the model be tested and
// benchmarked without VMs.

import type { Calendar } from '../sim/calendar.js';
import type { RandomStream } from '../sim/random.js';
import type { FrameSink } from './frame.js';

export interface TrafficSourceOptions {
  rateBps: number;
  frameBytes: number;
  startNs?: number;
  stopNs?: number;
}

abstract class TrafficSource {
  sent = 0;
  readonly #calendar: Calendar;
  readonly #o: Required<TrafficSourceOptions>;
  readonly #payload: Uint8Array;
  #sink: FrameSink | undefined;

  constructor(calendar: Calendar, options: TrafficSourceOptions) {
    this.#calendar = calendar;
    this.#o = { startNs: 0, stopNs: Infinity, ...options };
    this.#payload = new Uint8Array(options.frameBytes);
    calendar.schedule(this.#o.startNs, () => this.#emit());
  }

  connect(sink: FrameSink): this {
    this.#sink = sink;
    return this;
  }

  protected get meanGapNs(): number {
    return (this.#o.frameBytes * 8 * 1e9) / this.#o.rateBps;
  }

  protected abstract nextGapNs(): number;

  #emit(): void {
    if (this.#calendar.now >= this.#o.stopNs) return;
    this.#sink?.receive({ bytes: this.#payload, id: this.sent++ });
    this.#calendar.after(Math.max(1, Math.round(this.nextGapNs())), () => this.#emit());
  }
}

export class CbrSource extends TrafficSource {
  protected nextGapNs(): number {
    return this.meanGapNs;
  }
}

export class PoissonSource extends TrafficSource {
  readonly #rng: RandomStream;

  constructor(calendar: Calendar, options: TrafficSourceOptions, rng: RandomStream) {
    super(calendar, options);
    this.#rng = rng;
  }

  protected nextGapNs(): number {
    return this.#rng.exponential(this.meanGapNs);
  }
}
