// A token-bucket policer (tc's `police`, Pantheon's "policer" rows): tokens
// are bytes, the bucket holds at most `burstBytes` and fills at `rateBps`;
// a frame passes when the bucket holds its length, which it then takes,
// and is dropped otherwise, without waiting. It starts full. Over any span
// of T ns it passes at most burstBytes + rateBps * T / 8e9 bytes.
//
// It sits at a queue's entrance (queue.ts): a dropped frame never reaches
// the queue's discipline and is counted with the queue's drops, reason
// `policer`.

export interface TokenBucketOptions {
  /** Fill rate in bit/s. */
  rateBps: number;
  /** Size of the bucket in bytes: the longest burst passed at once. */
  burstBytes: number;
}

export class TokenBucket {
  readonly name: string;
  readonly rateBps: number;
  readonly burstBytes: number;
  /** Frames it dropped, and passed. */
  dropped = 0;
  passed = 0;
  #tokens: number;
  #lastNs = 0;

  constructor(options: TokenBucketOptions, name: string) {
    if (!(options.rateBps > 0) || !Number.isFinite(options.rateBps)) throw new RangeError(`policer ${name}: rateBps must be positive, got ${options.rateBps}`);
    if (!(Number.isSafeInteger(options.burstBytes) && options.burstBytes >= 1)) throw new RangeError(`policer ${name}: burstBytes must be a whole number of bytes, at least 1, got ${options.burstBytes}`);
    this.name = name;
    this.rateBps = options.rateBps;
    this.burstBytes = options.burstBytes;
    this.#tokens = options.burstBytes;
  }

  /** Bytes in the bucket at `nowNs` (not before the last frame). */
  tokensAt(nowNs: number): number {
    return Math.min(this.burstBytes, this.#tokens + ((nowNs - this.#lastNs) * this.rateBps) / 8e9);
  }

  /** Whether a frame of `bytes` arriving at `nowNs` passes; it takes its tokens if so. */
  admit(bytes: number, nowNs: number): boolean {
    this.#tokens = this.tokensAt(nowNs);
    this.#lastNs = nowNs;
    if (bytes <= this.#tokens) {
      this.#tokens -= bytes;
      this.passed++;
      return true;
    }
    this.dropped++;
    return false;
  }
}
