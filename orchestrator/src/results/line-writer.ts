// A text file written line by line during a run (a queue trace, a
// timeline): each line is a record of record-file.ts, so on a full disk the
// file is cut back to its last whole line and every reader opens it.

import type { OutputError } from '../errors.js';
import { RecordFile } from './record-file.js';

export class LineWriter extends RecordFile {
  constructor(path: string, onError?: (err: OutputError) => void) {
    super(path, { onError, makeFolder: true });
  }

  /** One line; the newline is added. */
  line(text: string): void {
    this.pushRecord(Buffer.from(`${text}\n`));
  }
}
