// One writer per study folder, for the whole study, locally or on Slurm: the
// study holds the folder's lock (results/folder-lock.ts) while its runs run,
// and each run holds its own run folder's lock, on whichever node runs it.
// A Slurm array outlives the `cosim study` that submitted it when that one is
// killed, so a study also refuses a folder whose earlier array is still in
// the queue (slurm/job names it).

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OutputError } from '../errors.js';
import { FolderLock, LOCK_FILE } from '../results/folder-lock.js';
import { lstatIfAny, makeDirs, readEntries, removeEmptyDirs, statIfAny } from '../results/results-dir.js';
import { STUDY_MARKER } from './run-study.js';
import { refuseActiveArray } from './slurm-runner.js';

/**
 * Run `body` holding the lock of the study folder `out` (created if needed).
 * A folder that is neither new, empty nor a study folder is refused before
 * anything is written into it; another process writing the folder is
 * refused with its pid (FolderLockedError).
 */
export async function withStudyLock<T>(out: string, body: () => Promise<T>): Promise<T> {
  const abs = resolve(out);
  let created: string[] = [];
  if (lstatIfAny(abs, out) === undefined) {
    created = makeDirs(abs);
  } else if (!statIfAny(abs, out)?.isDirectory()) {
    throw new OutputError(out, 'it exists and is not a folder', { after: 'choose another --out' });
  } else {
    const entries = readEntries(out, abs).filter((e) => e !== LOCK_FILE);
    if (entries.length > 0 && !entries.includes(STUDY_MARKER)) {
      throw new OutputError(out, 'the folder is not empty and is not a cosim study folder', { after: 'choose a new folder or empty it' });
    }
  }
  let lock: FolderLock | undefined;
  try {
    lock = FolderLock.take(abs);
    // Where no Slurm client is installed, an array cannot be writing here from this machine's cluster.
    if (existsSync(join(abs, 'slurm', 'job'))) await refuseActiveArray(join(abs, 'slurm'), { noSlurm: 'ignore' });
    return await body();
  } finally {
    lock?.release();
    removeEmptyDirs(created);
  }
}
