// Where a run writes: a results folder that never costs the user anything.
//
// `--out` used to be deleted recursively before a run, whatever it was. Now a
// folder is used only when it is new, empty, or a previous cosim result (it
// holds the marker file written below, and nothing cosim does not write);
// only then are the old results replaced. Anything else is refused unless the
// caller forces it, and a few folders (/, the home folder, the current folder
// or one of its parents) are refused even then.

import { lstatSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { OutputError } from '../errors.js';

/** Written first into every results folder; its presence is what makes a folder replaceable. */
export const RESULTS_MARKER = '.cosim-results';

/** Every top-level name a run may write; a marked folder holding anything else is not replaced. */
export const RESULTS_ENTRIES: ReadonlySet<string> = new Set([
  RESULTS_MARKER,
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
]);

/**
 * What may be done to an existing, non-empty folder:
 * - `new-or-empty`: nothing; it is refused (the library's default);
 * - `replace-results`: a previous cosim result is replaced (the CLI's default);
 * - `force`: any folder's contents are replaced (`--force`).
 */
export type ExistingDirRule = 'new-or-empty' | 'replace-results' | 'force';

/** Make `out` an empty results folder holding only the marker, or throw an OutputError saying why not. */
export function prepareResultsDir(out: string, rule: ExistingDirRule): void {
  const abs = resolve(out);
  refuseVitalFolder(out, abs);
  const st = lstatSync(abs, { throwIfNoEntry: false });
  if (st === undefined) {
    makeDirs(abs);
  } else {
    if (!statSync(abs, { throwIfNoEntry: false })?.isDirectory()) {
      throw new OutputError(out, 'it exists and is not a folder', { after: 'choose another --out' });
    }
    const entries = readEntries(out, abs);
    if (entries.length > 0) {
      const marked = entries.includes(RESULTS_MARKER);
      const foreign = entries.filter((e) => !RESULTS_ENTRIES.has(e)).sort();
      if (rule !== 'force') {
        if (!marked || rule === 'new-or-empty') {
          throw new OutputError(out, `the folder is not empty and ${marked ? 'replacing results was not asked for' : 'is not a cosim results folder'}`, {
            after: 'choose a new folder, empty it, or pass --force to replace its contents',
          });
        }
        if (foreign.length > 0) {
          throw new OutputError(out, `it holds files cosim did not write (${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ', …' : ''})`, {
            after: 'move them away or pass --force to replace them too',
          });
        }
      }
      for (const e of entries) {
        try {
          rmSync(join(abs, e), { recursive: true, force: true });
        } catch (err) {
          throw new OutputError(join(out, e), err, { before: 'cannot clear the results folder' });
        }
      }
    }
  }
  try {
    writeFileSync(join(abs, RESULTS_MARKER), 'This folder holds the results of a cosim run; cosim may replace its contents.\n');
  } catch (err) {
    throw new OutputError(join(out, RESULTS_MARKER), err);
  }
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
 * ever under /proc; single mkdirs give the real errno at once.
 */
export function makeDirs(abs: string): void {
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
}
