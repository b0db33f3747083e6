// The golden scenarios and how to run one: shared by the golden test and by
// `npm run golden:update`, which rewrites digests.json after a change that
// alters them (the commit says why).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { knownKernels } from '../../../orchestrator/src/images/kernel-catalog.js';
import { type RunResult, runScenario } from '../../../orchestrator/src/run/run-scenario.js';
import { loadScenario } from '../../../orchestrator/src/scenario/load-scenario.js';

export const GOLDEN_DIR = new URL('.', import.meta.url).pathname;
export const DIGESTS_FILE = join(GOLDEN_DIR, 'digests.json');

export interface GoldenDigests {
  /** Why the digests last changed: the commit that updated them says the same. */
  reason: string;
  digests: Record<string, string>;
}

export function goldenScenarios(): string[] {
  return readdirSync(GOLDEN_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
}

export function readGoldenDigests(): GoldenDigests {
  return JSON.parse(readFileSync(DIGESTS_FILE, 'utf8')) as GoldenDigests;
}

export function runGolden(file: string, outDir: string): Promise<RunResult> {
  return runScenario(loadScenario(join(GOLDEN_DIR, file), knownKernels()), { outDir, progress: null, log: () => undefined });
}
