// A trace-driven transmitter, as Mahimahi's link shell: the trace lists
// the moments (whole ms, in order, repeats allowed) at which the link may
// deliver one full-size packet, and loops after its last moment (the trace
// then starts again, shifted by that moment). Each opportunity carries up
// to `bytesPerOpportunity` bytes of frames (one full-size frame: 1514 at
// MTU 1500): a short frame leaves the rest to the frames behind it in the
// same opportunity, a long one spreads over several. Bytes an opportunity
// finds no frame for are lost, as in Mahimahi.
//
// The link (link.ts) asks when a frame that starts now has its last byte
// carried; the trace keeps what is left of the opportunity in use.
// Opportunities count from an origin: 0 until `start` moves it to the
// experiment's time 0, as the guests boot and are configured before.

export interface DeliveryTraceOptions {
  /** Opportunity times in ms from the trace's start, non-decreasing; the last above 0 is the loop period. */
  opportunitiesMs: readonly number[];
  bytesPerOpportunity: number;
}

const MS = 1_000_000;

export { parseMahimahiTrace } from '../sim/mahimahi-trace.js';

export class DeliveryTrace {
  readonly name: string;
  readonly bytesPerOpportunity: number;
  readonly periodNs: number;
  readonly #timesNs: number[];
  #originNs = 0;
  /** Whether the origin is final (the experiment started). */
  #started = false;
  /** The next opportunity not used yet: its loop and index. */
  #loop = 0;
  #index = 0;
  /** The last opportunity used: its absolute time and the bytes it has left. */
  #currentNs = -1;
  #leftBytes = 0;

  constructor(options: DeliveryTraceOptions, name: string) {
    const times = options.opportunitiesMs;
    if (times.length === 0 || times.some((t, i) => !Number.isSafeInteger(t) || t < 0 || (i > 0 && t < times[i - 1]!)) || times[times.length - 1]! <= 0) {
      throw new RangeError(`delivery trace ${name}: opportunities must be whole ms in order, the last above 0`);
    }
    if (!(Number.isSafeInteger(options.bytesPerOpportunity) && options.bytesPerOpportunity >= 1)) throw new RangeError(`delivery trace ${name}: bytesPerOpportunity must be a whole number, at least 1`);
    this.name = name;
    this.bytesPerOpportunity = options.bytesPerOpportunity;
    this.#timesNs = times.map((t) => t * MS);
    this.periodNs = this.#timesNs[this.#timesNs.length - 1]!;
  }

  /** Opportunities count from `originNs` from now on. */
  start(originNs: number): void {
    this.#originNs = originNs;
    this.#started = true;
    this.#loop = 0;
    this.#index = 0;
    this.#currentNs = -1;
    this.#leftBytes = 0;
  }

  /** When the last byte of a `bytes` frame that starts at `nowNs` is carried; takes those bytes from the opportunities. */
  finishNs(nowNs: number, bytes: number): number {
    let left = bytes;
    if (this.#currentNs === nowNs && this.#leftBytes > 0) {
      const take = Math.min(left, this.#leftBytes);
      left -= take;
      this.#leftBytes -= take;
      if (left === 0) return nowNs;
    }
    // Opportunities before now passed unused.
    if (this.#cursorNs() < nowNs) this.#seek(nowNs);
    for (;;) {
      const t = this.#cursorNs();
      if (++this.#index === this.#timesNs.length) [this.#loop, this.#index] = [this.#loop + 1, 0];
      const take = Math.min(left, this.bytesPerOpportunity);
      left -= take;
      this.#currentNs = t;
      this.#leftBytes = this.bytesPerOpportunity - take;
      if (left === 0) return t;
    }
  }

  /** How soon a frame starting at `startNs` or later could be carried (before the origin is final: at once). */
  earliestFinishNs(startNs: number): number {
    if (!this.#started || (this.#currentNs === startNs && this.#leftBytes > 0)) return startNs;
    const next = this.#cursorNs();
    if (next >= startNs) return next;
    const [loop, index] = [this.#loop, this.#index];
    this.#seek(startNs);
    const t = this.#cursorNs();
    [this.#loop, this.#index] = [loop, index];
    return t;
  }

  /** The time of the next opportunity not used yet. */
  #cursorNs(): number {
    return this.#originNs + this.#loop * this.periodNs + this.#timesNs[this.#index]!;
  }

  /** Move the cursor to the first opportunity at or after `ns`. */
  #seek(ns: number): void {
    const rel = Math.max(0, ns - this.#originNs);
    const loop = Math.floor(rel / this.periodNs);
    const offset = rel - loop * this.periodNs;
    let lo = 0;
    let hi = this.#timesNs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#timesNs[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    [this.#loop, this.#index] = lo < this.#timesNs.length ? [loop, lo] : [loop + 1, 0];
  }
}
