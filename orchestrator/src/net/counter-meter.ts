// Counts frames and bytes passing a trace point. Subscribing never changes
// timing: meters only observe.

import type { Calendar } from '../sim/calendar.js';
import type { Frame } from './frame.js';
import type { TracePoint } from './trace-point.js';

export class CounterMeter {
  readonly name: string;
  frames = 0;
  bytes = 0;
  firstNs = Infinity;
  lastNs = -Infinity;

  constructor(calendar: Calendar, point: TracePoint<Frame>, name: string) {
    this.name = name;
    point.subscribe((frame) => {
      const now = calendar.now;
      this.frames++;
      this.bytes += frame.bytes.length;
      this.firstNs = Math.min(this.firstNs, now);
      this.lastNs = Math.max(this.lastNs, now);
    });
  }

  /** Mean rate in bit/s between two times. */
  rateBps(fromNs: number, toNs: number): number {
    return toNs > fromNs ? (this.bytes * 8 * 1e9) / (toNs - fromNs) : 0;
  }
}
