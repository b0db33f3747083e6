// One scenario run three ways -- plainly, beside a CPU hog on the other core,
// and with the lockstep reference schedule -- for the reproducibility tests,
// which then compare every file of the three results folders.

import { join } from 'node:path';
import { expect } from 'vitest';
import { knownKernels } from '../../orchestrator/src/images/kernel-catalog.js';
import { compareResults } from '../../orchestrator/src/results/compare-results.js';
import { runScenario } from '../../orchestrator/src/run/run-scenario.js';
import { loadScenario } from '../../orchestrator/src/scenario/load-scenario.js';
import { startCpuHog } from '../integration/helpers/guest.js';

type Run = Awaited<ReturnType<typeof runScenario>>;

/** The three runs of `scenarioFile` in `dir`/first, loaded, lockstep; `hog.stop` kills the hog if a run throws. */
export async function runThreeWays(scenarioFile: string, dir: string, hog: { stop: () => void }): Promise<Record<'first' | 'loaded' | 'lockstep', Run>> {
  const scenario = loadScenario(scenarioFile, knownKernels());
  const run = (name: string, sync: 'parallel' | 'lockstep') => runScenario(scenario, { outDir: join(dir, name), sync, progress: null, log: () => undefined });
  const first = await run('first', 'parallel');
  const child = startCpuHog();
  hog.stop = () => void child.kill('SIGKILL');
  const loaded = await run('loaded', 'parallel');
  hog.stop();
  const lockstep = await run('lockstep', 'lockstep');
  return { first, loaded, lockstep };
}

/** Every file of the loaded and lockstep folders equals the first's, and so do the digests. */
export function expectSameBytes(dir: string, runs: Record<'first' | 'loaded' | 'lockstep', Run>): void {
  for (const other of ['loaded', 'lockstep']) {
    const cmp = compareResults(join(dir, 'first'), join(dir, other));
    expect(cmp.differences, `${other} differs from first`).toEqual([]);
    expect(cmp.digestB).toBe(cmp.digestA);
  }
  expect(runs.loaded.digest).toBe(runs.first.digest);
  expect(runs.lockstep.digest).toBe(runs.first.digest);
}
