// Frames released to the far end in bursts, as a Wi-Fi or cellular link
// hands them over (aggregated MAC frames, scheduler grants): ACK
// aggregation, when it is the ACK path. Two kinds:
// - every `everyNs`: a frame arriving within a period is released at the
//   period's end, at the next multiple of `everyNs` of simulated time (a
//   frame arriving exactly on one goes at once);
// - `frames` together: frames are held until `frames` have arrived, then
//   all released at the last one's arrival; a batch not full `timeoutNs`
//   after its first frame left the transmitter goes at the first one's
//   arrival plus `timeoutNs` (or the last one's, if later).
// The link (link.ts) asks it when each frame goes; lost frames are not
// held (they never reach the far end).

export type AggregationOptions = { everyNs: number } | { frames: number; timeoutNs: number };

/** A frame being held, whatever the link keeps with it. */
export interface HeldFrame {
  /** When it would have been released without aggregation. */
  releaseNs: number;
}

export class FrameAggregation<T extends HeldFrame> {
  readonly options: AggregationOptions;
  #batch: T[] = [];
  /** When the batch's first frame arrives, and how many batches there were (to match a timeout to its batch). */
  #firstArriveNs = 0;
  #batches = 0;

  constructor(options: AggregationOptions, name: string) {
    const ok = 'everyNs' in options ? Number.isSafeInteger(options.everyNs) && options.everyNs > 0 : Number.isInteger(options.frames) && options.frames >= 1 && Number.isSafeInteger(options.timeoutNs) && options.timeoutNs > 0;
    if (!ok) throw new RangeError(`aggregation ${name}: needs everyNs > 0, or frames >= 1 and timeoutNs > 0 (whole ns), got ${JSON.stringify(options)}`);
    this.options = options;
  }

  /** Every `everyNs`: when a frame due at `releaseNs` goes. */
  periodicReleaseNs(releaseNs: number): number {
    const every = (this.options as { everyNs: number }).everyNs;
    return Math.ceil(releaseNs / every) * every;
  }

  /**
   * `frames` together: hold `item`, which arrives at `arriveNs`. Returns the
   * batch and its release time when it is full; else, for its first frame,
   * the batch number a timeout is to be set for.
   */
  hold(item: T, arriveNs: number): { full: T[]; releaseNs: number } | { timeoutFor: number } | undefined {
    const { frames } = this.options as { frames: number };
    if (this.#batch.length === 0) this.#firstArriveNs = arriveNs;
    this.#batch.push(item);
    if (this.#batch.length >= frames) return this.#flush(0);
    return this.#batch.length === 1 ? { timeoutFor: this.#batches } : undefined;
  }

  /** The timeout of batch `batch` passed: its frames, if it is still held, with their release time. */
  timeout(batch: number): { full: T[]; releaseNs: number } | undefined {
    if (batch !== this.#batches || this.#batch.length === 0) return undefined;
    return this.#flush(this.#firstArriveNs + (this.options as { timeoutNs: number }).timeoutNs);
  }

  /** Lower bound on the release of frames held now; Infinity when none are. */
  heldReleaseNs(): number {
    // Held until the timeout, or until a frame not sent yet fills the batch (which the link bounds).
    return this.#batch.length === 0 ? Infinity : Math.max(this.#firstArriveNs + (this.options as { timeoutNs: number }).timeoutNs, ...this.#batch.map((b) => b.releaseNs));
  }

  #flush(notBeforeNs: number): { full: T[]; releaseNs: number } {
    const full = this.#batch;
    this.#batch = [];
    this.#batches++;
    return { full, releaseNs: Math.max(notBeforeNs, ...full.map((b) => b.releaseNs)) };
  }
}
