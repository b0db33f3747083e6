// Throughput over simulated time at a trace point: bytes summed into
// fixed-width bins, each reported as a rate. A frame counts in the bin of the
// instant the trace point fired (for a link's rx point, its last bit's arrival).

import type { Calendar } from '../sim/calendar.js';
import type { Frame } from './frame.js';
import type { TracePoint } from './trace-point.js';

export interface ThroughputSample {
  /** Start of the bin. */
  startNs: number;
  bytes: number;
  /** bytes * 8 / bin width, in bit/s. */
  bps: number;
}

export class ThroughputMeter {
  readonly name: string;
  readonly binNs: number;
  readonly #bins: number[] = [];
  readonly #calendar: Calendar;
  #originNs: number;

  /** Bins start at `originNs` (a run's experiment time 0); earlier frames are not counted. */
  constructor(calendar: Calendar, point: TracePoint<Frame>, binNs: number, name: string, originNs = 0) {
    if (!Number.isSafeInteger(binNs) || binNs <= 0) throw new RangeError(`throughput meter ${name}: binNs must be a positive integer, got ${binNs}`);
    this.name = name;
    this.binNs = binNs;
    this.#calendar = calendar;
    this.#originNs = originNs;
    point.subscribe((frame) => {
      const t = this.#calendar.now - this.#originNs;
      if (t < 0) return;
      const i = Math.floor(t / binNs);
      while (this.#bins.length <= i) this.#bins.push(0);
      this.#bins[i]! += frame.bytes.length;
    });
  }

  /** Forgets what was counted and starts bin 0 at `originNs` (e.g. when every guest is ready). */
  restartAt(originNs: number): void {
    this.#bins.length = 0;
    this.#originNs = originNs;
  }

  /** One sample per bin from the origin up to (not including) `untilNs` after it. */
  samples(untilNs: number): ThroughputSample[] {
    const n = Math.ceil(untilNs / this.binNs);
    const out: ThroughputSample[] = [];
    for (let i = 0; i < n; i++) {
      const bytes = this.#bins[i] ?? 0;
      out.push({ startNs: i * this.binNs, bytes, bps: (bytes * 8 * 1e9) / this.binNs });
    }
    return out;
  }
}
