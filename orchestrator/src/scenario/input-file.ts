// Reading a scenario or study file, bounded before anything parses it:
// `cosim check /dev/zero` grew to 11 GB in 31 s (issue 26, finding 14). A
// file is read only if it is a regular file (opened without blocking, so a
// FIFO does not hang the command), and only up to MAX_INPUT_BYTES; /proc's
// files, which say they are empty, are bounded by the same read.

import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** The largest scenario or study file read: the biggest example is under 4 KiB; a study's 1,000 hosts under 100 KiB. */
export const MAX_INPUT_BYTES = 4 * 2 ** 20;

/** The text of `path`, or an Error saying why not (its message completes "cannot read <path>: "). */
export function readInputFile(path: string): string {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new Error('it is a folder');
    if (!st.isFile()) throw new Error('it is not a regular file (a device, FIFO or socket)');
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > MAX_INPUT_BYTES) throw new Error(`it is larger than ${MAX_INPUT_BYTES / 2 ** 20} MiB, the most a scenario or study file may be`);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
