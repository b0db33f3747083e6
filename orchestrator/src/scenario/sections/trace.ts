// A link direction's `trace:`: a Mahimahi trace file (one whole number of
// ms a line, each a delivery opportunity of one full-size frame), relative
// to the scenario file. It is read here to be checked and hashed: its
// sha256 in the resolved scenario makes its content part of the run's
// digest, as a user file's is (guest-additions.ts). The run reads it again
// and refuses it if it changed (run/build-network.ts).

import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseMahimahiTrace } from '../../sim/mahimahi-trace.js';
import type { Checker } from '../checker.js';
import type { Path } from '../issues.js';
import type { ResolvedTrace } from '../types.js';

/** Traces are read whole into memory: 64 MiB is some 30 million opportunities. */
const MAX_TRACE_BYTES = 64 * 2 ** 20;

/** Undefined for none; `null` (from `reverse:`) too. */
export function compileTrace(c: Checker, v: unknown, path: Path, baseDir: string): ResolvedTrace | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || v === '') {
    c.issues.add('invalid_type', path, 'trace must be the path of a Mahimahi trace file, relative to the scenario file');
    return undefined;
  }
  const abs = resolve(baseDir, v);
  const st = statSync(abs, { throwIfNoEntry: false });
  if (!st?.isFile()) {
    c.issues.add('invalid_value', path, `no trace file ${abs}`);
    return undefined;
  }
  if (st.size > MAX_TRACE_BYTES) {
    c.issues.add('invalid_value', path, `${abs} is ${(st.size / 2 ** 20).toFixed(0)} MiB; a trace is at most ${MAX_TRACE_BYTES / 2 ** 20} MiB`);
    return undefined;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(abs);
  } catch (err) {
    c.issues.add('invalid_value', path, `cannot read ${abs}: ${(err as Error).message}`);
    return undefined;
  }
  const parsed = parseMahimahiTrace(bytes.toString('utf8'));
  if (!parsed.ok) {
    c.issues.add('invalid_value', path, `${v} is not a Mahimahi trace: ${parsed.message}`);
    return undefined;
  }
  return { source: v, sha256: createHash('sha256').update(bytes).digest('hex') };
}
