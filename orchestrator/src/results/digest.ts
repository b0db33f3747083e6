// One digest over every output that depends only on the simulation, so two
// runs are compared in one line. Files that carry wall-clock figures (the
// summary with its wall time and slowdown, the progress log) are left out;
// everything else in the results folder is in.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LOCK_FILE } from './folder-lock.js';
import { RESULTS_MARKER } from './results-dir.js';

/** Files whose content legitimately differs between identical simulations, and the folder's marker and lock. */
export const WALL_CLOCK_FILES: ReadonlySet<string> = new Set(['summary.json', 'summary.txt', 'run.log', 'digest.txt', RESULTS_MARKER, LOCK_FILE]);

export interface DigestEntry {
  path: string;
  sha256: string;
}

/** Every simulation-only file under `dir`, by relative path in byte order, with its hash. */
export function listDigestEntries(dir: string): DigestEntry[] {
  const entries: DigestEntry[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) {
        const rel = relative(dir, full).split(sep).join('/');
        if (!WALL_CLOCK_FILES.has(rel)) {
          entries.push({ path: rel, sha256: createHash('sha256').update(readFileSync(full)).digest('hex') });
        }
      }
    }
  };
  walk(dir);
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** sha256 over "path NUL hash LF" for each entry: names and contents both count. */
export function digestOf(entries: readonly DigestEntry[]): string {
  const h = createHash('sha256');
  for (const e of entries) h.update(`${e.path}\0${e.sha256}\n`);
  return h.digest('hex');
}

export function digestDir(dir: string): string {
  return digestOf(listDigestEntries(dir));
}

/**
 * Why the files in `dir` no longer give `digest`, or undefined when they do:
 * a file the run wrote (`written`, from its marker) that is gone is named,
 * else the first few the digest covers now. What a study checks before it
 * reuses a run: every file its digest covers is there and verifies.
 */
export function digestMismatch(dir: string, digest: string, written: readonly string[] = []): string | undefined {
  let entries: DigestEntry[];
  try {
    entries = listDigestEntries(dir);
  } catch (err) {
    return `its files cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
  }
  if (digestOf(entries) === digest) return undefined;
  const present = new Set(entries.map((e) => e.path));
  const gone = written.filter((p) => !WALL_CLOCK_FILES.has(p) && !present.has(p));
  if (gone.length > 0) return `${gone.slice(0, 3).join(', ')}${gone.length > 3 ? ` and ${gone.length - 3} more` : ''} ${gone.length === 1 ? 'is' : 'are'} gone, so its digest no longer verifies`;
  return 'its files no longer give its digest (one was changed, added or removed)';
}
