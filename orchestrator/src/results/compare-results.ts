// Compare two results folders the way a reviewer would: the digest first,
// then file by file, naming the first file and byte offset that differ.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { digestOf, listDigestEntries } from './digest.js';
import { RESULTS_MARKER } from './results-dir.js';

/** A folder given to compare is not a results folder; the message says which and why. */
export class NotResultsError extends Error {
  override readonly name = 'NotResultsError';
  readonly path: string;

  constructor(path: string, why: string) {
    super(`${path} is not a results folder: ${why}`);
    this.path = path;
  }
}

/** Throws NotResultsError unless `dir` is a folder a run wrote. */
export function checkResultsDir(dir: string): void {
  let st;
  try {
    st = statSync(dir, { throwIfNoEntry: false });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new NotResultsError(dir, code === 'ENOTDIR' ? 'a part of its path is a file, not a folder' : `it cannot be read (${code ?? String(err)})`);
  }
  if (!st) throw new NotResultsError(dir, 'no such file or folder');
  if (!st.isDirectory()) throw new NotResultsError(dir, 'it is a file');
  if (!existsSync(join(dir, RESULTS_MARKER)) && !existsSync(join(dir, 'digest.txt'))) throw new NotResultsError(dir, `it has no ${RESULTS_MARKER} or digest.txt`);
}

export interface ResultsDifference {
  path: string;
  /** First differing byte, or -1 when the file exists on one side only. */
  offset: number;
  detail: string;
}

export interface ResultsComparison {
  same: boolean;
  digestA: string;
  digestB: string;
  differences: ResultsDifference[];
}

export function compareResults(dirA: string, dirB: string): ResultsComparison {
  checkResultsDir(dirA);
  checkResultsDir(dirB);
  const a = listDigestEntries(dirA);
  const b = listDigestEntries(dirB);
  const digestA = digestOf(a);
  const digestB = digestOf(b);
  const differences: ResultsDifference[] = [];
  if (digestA !== digestB) {
    const inB = new Map(b.map((e) => [e.path, e.sha256]));
    const inA = new Set(a.map((e) => e.path));
    for (const e of a) {
      const other = inB.get(e.path);
      if (other === undefined) differences.push({ path: e.path, offset: -1, detail: `only in ${dirA}` });
      else if (other !== e.sha256) {
        const offset = firstDifference(readFileSync(join(dirA, e.path)), readFileSync(join(dirB, e.path)));
        differences.push({ path: e.path, offset, detail: `differs from byte ${offset}` });
      }
    }
    for (const e of b) {
      if (!inA.has(e.path)) differences.push({ path: e.path, offset: -1, detail: `only in ${dirB}` });
    }
  }
  return { same: digestA === digestB, digestA, digestB, differences };
}

export function firstDifference(x: Uint8Array, y: Uint8Array): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return i;
  return x.length === y.length ? -1 : n;
}
