// A text file written line by line during a run (a queue trace, a
// timeline), buffered, with the pcap writer's failure rule: the first failed
// write (a full disk) is reported once, later lines are dropped, and the
// file is cut back to its last whole line so every reader opens it.

import { closeSync, ftruncateSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { OutputError } from '../errors.js';

const FLUSH_BYTES = 1 << 16;

export class LineWriter {
  readonly path: string;
  failure: OutputError | undefined;
  readonly #fd: number;
  readonly #onError: ((err: OutputError) => void) | undefined;
  #lines: string[] = [];
  #pending = 0;
  #fileBytes = 0;
  #count = 0;

  constructor(path: string, onError?: (err: OutputError) => void) {
    this.path = path;
    this.#onError = onError;
    try {
      mkdirSync(dirname(path), { recursive: true });
      this.#fd = openSync(path, 'w');
    } catch (err) {
      throw new OutputError(path, err);
    }
  }

  /** Lines written so far (not counting any dropped after a failure). */
  get lines(): number {
    return this.#count;
  }

  /** One line; the newline is added. */
  line(text: string): void {
    if (this.failure) return;
    this.#lines.push(text);
    this.#count++;
    this.#pending += text.length + 1;
    if (this.#pending >= FLUSH_BYTES) this.flush();
  }

  flush(): void {
    if (this.#lines.length === 0) return;
    const data = Buffer.from(`${this.#lines.join('\n')}\n`);
    this.#lines = [];
    this.#pending = 0;
    if (this.failure) return;
    let done = 0;
    try {
      while (done < data.length) done += writeSync(this.#fd, data, done);
      this.#fileBytes += data.length;
    } catch (err) {
      this.failure = new OutputError(this.path, err);
      const lastNewline = data.subarray(0, done).lastIndexOf(10);
      try {
        ftruncateSync(this.#fd, this.#fileBytes + lastNewline + 1);
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
}
