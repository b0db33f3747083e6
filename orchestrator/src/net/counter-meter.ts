// Counts frames and bytes passing a trace point, and optionally bins bytes
// per interval of simulated time for throughput over time.

import type { Calendar } from '../sim/calendar.js';
import type { Frame } from './frame.js';
import type { TracePoint } from './trace-point.js';

export class CounterMeter {
  readonly name: string;
  frames = 0;
  bytes = 0;
  firstNs = Infinity;
  lastNs = -Infinity;
  /** Bytes per bin of `binNs`, when binning was asked for. */
  readonly bins: number[] = [];
  readonly binNs: number;

  constructor(calendar: Calendar, point: TracePoint<Frame>, name: string, binNs = 0) {
    this.name = name;
    this.binNs = binNs;
    point.subscribe((frame) => {
      const now = calendar.now;
      this.frames++;
      this.bytes += frame.bytes.length;
      this.firstNs = Math.min(this.firstNs, now);
      this.lastNs = Math.max(this.lastNs, now);
      if (binNs > 0) {
        const i = Math.floor(now / binNs);
        while (this.bins.length <= i) this.bins.push(0);
        this.bins[i]! += frame.bytes.length;
      }
    });
  }

  /** Mean rate in bit/s between two times. */
  rateBps(fromNs: number, toNs: number): number {
    return toNs > fromNs ? (this.bytes * 8 * 1e9) / (toNs - fromNs) : 0;
  }
}
