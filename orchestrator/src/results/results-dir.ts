// Where a run writes: a results folder that never costs the user anything.
//
// `--out` used to be deleted recursively before a run, whatever it was. Now a
// folder is used only when it is new, empty, or a previous cosim result (it
// holds the marker, results-marker.ts, and nothing cosim did not write at any
// depth); only then are the old results replaced, and only those of the same
// scenario file unless the caller forces it. Anything else is refused even
// then, and so are a few folders (/, the home folder, the current folder or
// one of its parents).
//
// A run holds the folder's lock (folder-lock.ts) from before it looks at the
// folder until its results are written: lockResultsDir, then
// prepareResultsDir, then the lock's release.

import { lstatSync, mkdirSync, readdirSync, realpathSync, rmdirSync, rmSync, type Stats, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { OutputError } from '../errors.js';
import { FolderLock, isLockFile, LOCK_FILE } from './folder-lock.js';
import { foreignFiles, readResultsRecord, RESULTS_MARKER, writeResultsRecord } from './results-marker.js';

export { RESULTS_ENTRIES, RESULTS_MARKER } from './results-marker.js';

/**
 * What may be done to an existing, non-empty folder of cosim results:
 * - `new-or-empty`: nothing; it is refused (the library's default);
 * - `replace-results`: the results of the same scenario are replaced (the CLI's default);
 * - `force`: the results of any scenario are replaced (`--force`).
 * No rule replaces a folder that is not a cosim result, or deletes a file
 * cosim did not write at any depth (results-marker.ts).
 */
export type ExistingDirRule = 'new-or-empty' | 'replace-results' | 'force';

/** The lock a run holds on its results folder (folder-lock.ts). */
export interface ResultsDirLock {
  /** Empty the folder of earlier results (checked again, under the lock) and mark it as this run's. */
  prepare(): void;
  /** Give the folder up; the folders taking it created are removed if nothing was written into them. */
  release(): void;
}

/**
 * Take the lock of `out` for a run of the scenario file `owner` (creating the
 * folder if needed), after checking, without changing anything, that the run
 * may use it: a folder the run would refuse gets no lock file. Throws
 * FolderLockedError naming the holder's pid when another process writes there.
 */
export function lockResultsDir(out: string, rule: ExistingDirRule, owner?: string): ResultsDirLock {
  const abs = resolve(out);
  const existing = checkResultsDir(out, abs, rule, owner);
  const created = existing === undefined ? makeDirs(abs) : [];
  let lock: FolderLock;
  try {
    lock = FolderLock.take(abs);
  } catch (err) {
    removeEmptyDirs(created);
    throw err;
  }
  return {
    prepare: () => prepareResultsDir(out, rule, owner),
    release: () => {
      lock.release();
      removeEmptyDirs(created);
    },
  };
}

/** Make `out` an empty results folder holding only the marker (and its lock), or throw an OutputError saying why not. */
export function prepareResultsDir(out: string, rule: ExistingDirRule, owner?: string): void {
  const abs = resolve(out);
  const entries = checkResultsDir(out, abs, rule, owner);
  if (entries === undefined) makeDirs(abs);
  for (const e of entries ?? []) {
    try {
      rmSync(join(abs, e), { recursive: true, force: true });
    } catch (err) {
      throw new OutputError(join(out, e), err, { before: 'cannot clear the results folder' });
    }
  }
  writeResultsRecord(abs, owner === undefined ? {} : { owner });
}

/** The owner recorded for a scenario file: its real absolute path (resolved as far as it exists). */
export function resultsOwner(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return resolve(file);
  }
}

/**
 * Whether a run of `owner` may use `out` under `rule`: throws an OutputError
 * saying why not; returns the entries it would clear (never the lock), or
 * undefined when the folder does not exist yet.
 */
function checkResultsDir(out: string, abs: string, rule: ExistingDirRule, owner: string | undefined): string[] | undefined {
  refuseVitalFolder(out, abs);
  if (lstatIfAny(abs, out) === undefined) return undefined;
  if (!statIfAny(abs, out)?.isDirectory()) {
    throw new OutputError(out, 'it exists and is not a folder', { after: 'choose another --out' });
  }
  // The lock is never cleared; a leftover file of taking one is, but does not make the folder someone's.
  const entries = readEntries(out, abs).filter((e) => e !== LOCK_FILE);
  if (entries.every(isLockFile)) return entries;
  if (!entries.includes(RESULTS_MARKER)) {
    throw new OutputError(out, 'the folder is not empty and is not a cosim results folder', { after: 'choose a new folder or empty it (cosim replaces only its own results, even with --force)' });
  }
  if (rule === 'new-or-empty') throw new OutputError(out, 'the folder is not empty and replacing results was not asked for', { after: 'choose a new folder or empty it' });
  const record = readResultsRecord(abs);
  const foreign = foreignFiles(abs, record).filter((p, i, all) => !all.slice(0, i).some((d) => d.endsWith('/') && p.startsWith(d)));
  if (foreign.length > 0) {
    throw new OutputError(out, `it holds files cosim did not write (${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ', …' : ''})`, {
      after: 'move them away: cosim never deletes them, not even with --force',
    });
  }
  if (rule !== 'force' && record.owner !== undefined && owner !== undefined && record.owner !== owner) {
    throw new OutputError(out, `it holds the results of another scenario, ${record.owner}`, { after: 'choose another --out, or pass --force to replace them' });
  }
  return entries;
}

/** The folders whose contents no run may ever replace, with why. */
function refuseVitalFolder(out: string, abs: string): void {
  const cwd = process.cwd();
  const home = homedir();
  let why: string | undefined;
  if (abs === sep) why = 'it is the root folder';
  else if (abs === resolve(home)) why = 'it is your home folder';
  else if (cwd === abs || cwd.startsWith(abs + sep)) why = 'it is the current folder or holds it';
  if (why) throw new OutputError(out, `refusing to use it as a results folder: ${why}`, { after: 'choose a new folder such as results/<name>' });
}

/**
 * What is at `abs` (not following a last symbolic link), or undefined when
 * nothing is; any other failure (a file on the way, ENOTDIR) is an
 * OutputError naming `shown`, the path as the user gave it.
 */
export function lstatIfAny(abs: string, shown = abs): Stats | undefined {
  try {
    return lstatSync(abs, { throwIfNoEntry: false });
  } catch (err) {
    throw new OutputError(shown, err);
  }
}

/** As lstatIfAny, following symbolic links (undefined for a dangling one). */
export function statIfAny(abs: string, shown = abs): Stats | undefined {
  try {
    return statSync(abs, { throwIfNoEntry: false });
  } catch (err) {
    throw new OutputError(shown, err);
  }
}

/** The names in the folder `abs`; an OutputError naming `out` when it cannot be read. */
export function readEntries(out: string, abs: string): string[] {
  try {
    return readdirSync(abs);
  } catch (err) {
    throw new OutputError(out, err);
  }
}

/**
 * mkdir -p, one level at a time from the nearest existing parent. Node's
 * recursive mkdir reports ENOENT for a read-only file system and spins for
 * ever under /proc; single mkdirs give the real errno at once. Returns the
 * folders it created, outermost first.
 */
export function makeDirs(abs: string): string[] {
  const missing: string[] = [];
  let d = abs;
  while (lstatIfAny(d) === undefined) {
    missing.push(d);
    const parent = dirname(d);
    if (parent === d) break;
    d = parent;
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new OutputError(dir, `the file system does not allow a folder here (ENOENT from mkdir)`);
      throw new OutputError(dir, err);
    }
  }
  return missing;
}

/** Remove the folders of `dirs` (outermost first) that are empty, innermost first: what a writer that wrote nothing created. */
export function removeEmptyDirs(dirs: readonly string[]): void {
  for (const d of [...dirs].reverse()) {
    try {
      rmdirSync(d);
    } catch {
      return;
    }
  }
}
