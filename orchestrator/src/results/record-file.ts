// A file written record by record during a run: the pcap and pcapng
// captures and the text traces (one line a record) all stand on this. It
// buffers whole records and writes them in chunks of about 64 KiB. The first
// failed write (a full disk) is reported once, later records are dropped,
// and the file is cut back to its last whole record, so every reader opens
// what was kept and the run can stop there.

import { closeSync, ftruncateSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { OutputError } from '../errors.js';

const FLUSH_BYTES = 1 << 16;

export interface RecordFileOptions {
  /** Hears of the first failed write, so the run can stop there. */
  onError?: ((err: OutputError) => void) | undefined;
  /** Create the file's folder first (a capture in pcap/, a trace in traces/). */
  makeFolder?: boolean;
}

export class RecordFile {
  readonly path: string;
  /** Set when a write failed; later records are dropped, what was written stays whole records. */
  failure: OutputError | undefined;
  readonly #fd: number;
  readonly #onError: ((err: OutputError) => void) | undefined;
  /** Whole records (and headers) only: never a header without its data. */
  #chunks: Buffer[] = [];
  #pending = 0;
  #records = 0;
  /** Bytes on disk, always a whole number of records. */
  #fileBytes = 0;

  constructor(path: string, options: RecordFileOptions = {}) {
    this.path = path;
    this.#onError = options.onError;
    try {
      if (options.makeFolder) mkdirSync(dirname(path), { recursive: true });
      this.#fd = openSync(path, 'w');
    } catch (err) {
      throw new OutputError(path, err);
    }
  }

  /** Records accepted so far (not counting those dropped after a failure, nor headers). */
  get records(): number {
    return this.#records;
  }

  flush(): void {
    if (this.#chunks.length === 0) return;
    const chunks = this.#chunks;
    const data = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
    this.#chunks = [];
    this.#pending = 0;
    if (this.failure) return;
    let done = 0;
    try {
      // A nearly full disk takes part of a write before refusing the rest.
      while (done < data.length) done += writeSync(this.#fd, data, done);
      this.#fileBytes += data.length;
    } catch (err) {
      this.failure = new OutputError(this.path, err);
      // Cut the file back to the last whole record, so every reader opens what was kept.
      let whole = 0;
      for (const c of chunks) {
        if (whole + c.length > done) break;
        whole += c.length;
      }
      try {
        ftruncateSync(this.#fd, this.#fileBytes + whole);
      } catch {
        // The failure above is what the run reports.
      }
      this.#onError?.(this.failure);
    }
  }

  close(): void {
    this.flush();
    try {
      closeSync(this.#fd);
    } catch (err) {
      this.failure ??= new OutputError(this.path, err);
    }
  }

  /** Whole bytes that are not a record: a file header, a pcapng interface or statistics block. */
  protected push(bytes: Buffer): void {
    if (this.failure) return;
    this.#chunks.push(bytes);
    this.#pending += bytes.length;
    if (this.#pending >= FLUSH_BYTES) this.flush();
  }

  /** One whole record, counted in `records`. */
  protected pushRecord(bytes: Buffer): void {
    if (this.failure) return;
    this.#records++;
    this.push(bytes);
  }
}
