// Classic pcap with nanosecond timestamps (magic 0xa1b23c4d), Ethernet link
// type: what Wireshark, tshark and every pcap library open without options.
// Timestamps are simulated time. No well-kept npm library writes pcap, and
// the format is small: a 24-byte file header, then a 16-byte header per record.

import { closeSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import { OutputError } from '../errors.js';

const MAGIC_NANOSECOND = 0xa1b23c4d;
const LINKTYPE_ETHERNET = 1;
export const PCAP_SNAPLEN = 65535;
const FLUSH_BYTES = 1 << 16;

export class PcapWriter {
  readonly path: string;
  /** Set when a write failed; later records are dropped, what was written stays a valid pcap prefix. */
  failure: OutputError | undefined;
  readonly #fd: number;
  readonly #onError: ((err: OutputError) => void) | undefined;
  /** Whole records (and the header) only: never a header without its frame. */
  #chunks: Buffer[] = [];
  #pending = 0;
  #records = 0;
  /** Bytes on disk, always a whole number of records after the file header. */
  #fileBytes = 0;

  /** `onError` hears of the first failed write (a full disk), so the run can stop there. */
  constructor(path: string, onError?: (err: OutputError) => void) {
    this.path = path;
    this.#onError = onError;
    try {
      this.#fd = openSync(path, 'w');
    } catch (err) {
      throw new OutputError(path, err);
    }
    const header = Buffer.alloc(24);
    header.writeUInt32LE(MAGIC_NANOSECOND, 0);
    header.writeUInt16LE(2, 4);
    header.writeUInt16LE(4, 6);
    header.writeInt32LE(0, 8);
    header.writeUInt32LE(0, 12);
    header.writeUInt32LE(PCAP_SNAPLEN, 16);
    header.writeUInt32LE(LINKTYPE_ETHERNET, 20);
    // On disk at once: a run killed before its first flush still leaves a
    // file every pcap reader opens (an empty capture, not a 0-byte file).
    this.#push(header);
    this.flush();
  }

  get records(): number {
    return this.#records;
  }

  write(timeNs: number, bytes: Uint8Array): void {
    const incl = Math.min(bytes.length, PCAP_SNAPLEN);
    const rec = Buffer.alloc(16 + incl);
    rec.writeUInt32LE(Math.floor(timeNs / 1e9), 0);
    rec.writeUInt32LE(timeNs % 1e9, 4);
    rec.writeUInt32LE(incl, 8);
    rec.writeUInt32LE(bytes.length, 12);
    rec.set(bytes.subarray(0, incl), 16);
    this.#push(rec);
    this.#records++;
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

  #push(b: Buffer): void {
    if (this.failure) return;
    this.#chunks.push(b);
    this.#pending += b.length;
    if (this.#pending >= FLUSH_BYTES) this.flush();
  }
}
