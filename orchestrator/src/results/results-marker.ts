// The marker of a results folder (.cosim-results): what makes a folder one
// cosim may replace, whose results it holds, and which files cosim wrote.
//
// Its first line says what the folder is, for a person; its second line is
// JSON: `owner`, the absolute path of the scenario file the run was made
// from (a study's run: its scenarios/<id>.yaml), written when the folder is
// prepared, and `files`, every file the run wrote, added when its results are
// written. Another scenario's results are replaced only when asked (two
// scenarios can share a `name:` and so a default results/<name>), and a file
// cosim did not write, at any depth, is never deleted. A folder of a run that
// was killed before its results were written has no `files`: cosim's file
// names are recognised by their shape instead. A marker without JSON (a
// failure a study recorded, an older cosim) has neither.

import { lstatSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OutputError } from '../errors.js';
import { isLockFile, LOCK_FILE } from './folder-lock.js';

/** Written first into every results folder; its presence is what makes a folder replaceable. */
export const RESULTS_MARKER = '.cosim-results';

const NOTE = 'This folder holds the results of a cosim run; cosim may replace its contents.';

export interface ResultsRecord {
  /** The scenario file whose results these are (absolute). */
  owner?: string;
  /** Every file the run wrote, relative, with `/`. */
  files?: string[];
}

/** Every top-level name a run may write. */
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

/** Files a run writes below the top level, by shape (outputFile in scenario/output-files.ts). */
const NESTED = /^(console\/[^/]+\.log|pcap\/[^/]+\.pcap(ng)?|traces\/[^/]+\.csv|plots\/[^/]+\.svg)$/;

export function readResultsRecord(dir: string): ResultsRecord {
  let text: string;
  try {
    text = readFileSync(join(dir, RESULTS_MARKER), 'utf8');
  } catch {
    return {};
  }
  try {
    const r = JSON.parse(text.slice(text.indexOf('\n') + 1)) as ResultsRecord;
    return {
      ...(typeof r.owner === 'string' ? { owner: r.owner } : {}),
      ...(Array.isArray(r.files) ? { files: r.files.filter((f): f is string => typeof f === 'string') } : {}),
    };
  } catch {
    return {};
  }
}

export function writeResultsRecord(dir: string, record: ResultsRecord): void {
  const path = join(dir, RESULTS_MARKER);
  try {
    writeFileSync(path, `${NOTE}\n${JSON.stringify(record)}\n`);
  } catch (err) {
    throw new OutputError(path, err);
  }
}

/** Add every file now in `dir` to its marker: the results are written, and these are cosim's. */
export function recordResultsFiles(dir: string): void {
  const files = walk(dir).filter((p) => !p.endsWith('/') && p !== RESULTS_MARKER && !isLockFile(p));
  writeResultsRecord(dir, { ...readResultsRecord(dir), files });
}

/**
 * What in `dir` cosim did not write, at any depth: files not in the marker's
 * list (or, without one, not of a shape cosim writes), and any folder below
 * the top level (cosim writes none). Folders end with `/`.
 */
export function foreignFiles(dir: string, record: ResultsRecord): string[] {
  const listed = record.files ? new Set(record.files) : undefined;
  return walk(dir).filter((p) => {
    if (p.endsWith('/')) return p.split('/').length > 2 || !RESULTS_ENTRIES.has(p.slice(0, -1));
    if (p === RESULTS_MARKER || isLockFile(p)) return false;
    if (listed) return !listed.has(p);
    return p.includes('/') ? !NESTED.test(p) : !RESULTS_ENTRIES.has(p);
  });
}

/** Every entry under `dir`, relative with `/`; folders (never followed through a link) end with `/` and are listed before their contents. */
function walk(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(dir, prefix)).sort()) {
    const rel = prefix + name;
    if (lstatSync(join(dir, rel)).isDirectory()) out.push(`${rel}/`, ...walk(dir, `${rel}/`));
    else out.push(rel);
  }
  return out;
}
