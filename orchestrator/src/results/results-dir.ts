// Where a run writes: a results folder that never costs the user anything.
//
// `--out` used to be deleted recursively before a run, whatever it was. Now a
// folder is used only when it is new, empty, or a previous cosim result (it
// holds the marker file written below, and nothing cosim does not write);
// only then are the old results replaced. Anything else is refused unless the
// caller forces it, and a few folders (/, the home folder, the current folder
// or one of its parents) are refused even then.
//
// A run holds the folder's lock (folder-lock.ts) from before it looks at the
// folder until its results are written: lockResultsDir, then
// prepareResultsDir, then the lock's release.

import { lstatSync, mkdirSync, readdirSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { OutputError } from '../errors.js';
import { FolderLock, LOCK_FILE } from './folder-lock.js';

/** Written first into every results folder; its presence is what makes a folder replaceable. */
export const RESULTS_MARKER = '.cosim-results';

/** Every top-level name a run may write; a marked folder holding anything else is not replaced. */
export const RESULTS_ENTRIES: ReadonlySet<string> = new Set([
  RESULTS_MARKER,
  LOCK_FILE,
  'console',
  'pcap',
  'traces',
  'plots',
  'resolved-scenario.json',
  'outcome.json',
  'actions.json',
  'summary.json',
  'summary.txt',
  'digest.txt',
  'timeline.json',
]);

/**
 * What may be done to an existing, non-empty folder:
 * - `new-or-empty`: nothing; it is refused (the library's default);
 * - `replace-results`: a previous cosim result is replaced (the CLI's default);
 * - `force`: any folder's contents are replaced (`--force`).
 */
export type ExistingDirRule = 'new-or-empty' | 'replace-results' | 'force';

/** The lock a run holds on its results folder; release removes the folders taking it created, if nothing was written. */
export interface ResultsDirLock {
  release(): void;
}

/**
 * Take the lock of `out` for a run (creating the folder if needed), after
 * checking, without changing anything, that the run may use it: a folder the
 * run would refuse gets no lock file. Throws FolderLockedError naming the
 * holder's pid when another process writes there.
 */
export function lockResultsDir(out: string, rule: ExistingDirRule): ResultsDirLock {
  const abs = resolve(out);
  const existing = checkResultsDir(out, abs, rule);
  const created = existing === undefined ? makeDirs(abs) : [];
  let lock: FolderLock;
  try {
    lock = FolderLock.take(abs);
  } catch (err) {
    removeEmptyDirs(created);
    throw err;
  }
  return {
    release: () => {
      lock.release();
      removeEmptyDirs(created);
    },
  };
}

/** Make `out` an empty results folder holding only the marker (and its lock), or throw an OutputError saying why not. */
export function prepareResultsDir(out: string, rule: ExistingDirRule): void {
  const abs = resolve(out);
  const entries = checkResultsDir(out, abs, rule);
  if (entries === undefined) makeDirs(abs);
  for (const e of entries ?? []) {
    try {
      rmSync(join(abs, e), { recursive: true, force: true });
    } catch (err) {
      throw new OutputError(join(out, e), err, { before: 'cannot clear the results folder' });
    }
  }
  try {
    writeFileSync(join(abs, RESULTS_MARKER), 'This folder holds the results of a cosim run; cosim may replace its contents.\n');
  } catch (err) {
    throw new OutputError(join(out, RESULTS_MARKER), err);
  }
}

/**
 * Whether a run may use `out` under `rule`: throws an OutputError saying why
 * not; returns the entries it would clear (never the lock), or undefined when
 * the folder does not exist yet.
 */
function checkResultsDir(out: string, abs: string, rule: ExistingDirRule): string[] | undefined {
  refuseVitalFolder(out, abs);
  if (lstatSync(abs, { throwIfNoEntry: false }) === undefined) return undefined;
  if (!statSync(abs, { throwIfNoEntry: false })?.isDirectory()) {
    throw new OutputError(out, 'it exists and is not a folder', { after: 'choose another --out' });
  }
  const entries = readEntries(out, abs).filter((e) => e !== LOCK_FILE);
  if (entries.length === 0 || rule === 'force') return entries;
  const marked = entries.includes(RESULTS_MARKER);
  if (!marked || rule === 'new-or-empty') {
    throw new OutputError(out, `the folder is not empty and ${marked ? 'replacing results was not asked for' : 'is not a cosim results folder'}`, {
      after: 'choose a new folder, empty it, or pass --force to replace its contents',
    });
  }
  const foreign = entries.filter((e) => !RESULTS_ENTRIES.has(e)).sort();
  if (foreign.length > 0) {
    throw new OutputError(out, `it holds files cosim did not write (${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ', …' : ''})`, {
      after: 'move them away or pass --force to replace them too',
    });
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

function readEntries(out: string, abs: string): string[] {
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
  while (lstatSync(d, { throwIfNoEntry: false }) === undefined) {
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
