// Same scenario, same seed, same bytes: run a short routed dumbbell three times --
// plainly, beside a CPU hog on the other core, and with the lockstep
// reference schedule -- and compare the digests, then every file, naming the
// first file and byte offset that differ.

import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { knownKernels } from '../../orchestrator/src/images/kernel-catalog.js';
import { compareResults } from '../../orchestrator/src/results/compare-results.js';
import { runScenario } from '../../orchestrator/src/run/run-scenario.js';
import { loadScenario } from '../../orchestrator/src/scenario/load-scenario.js';
import { requireImage, requireQemu, startCpuHog, tempDir } from '../integration/helpers/guest.js';

const scenarioFile = new URL('./scenarios/short-dumbbell.yaml', import.meta.url).pathname;

describe('reproducibility', () => {
  const dir = tempDir('repro');
  const hog = { stop: () => undefined as void };
  afterAll(() => hog.stop());

  it('gives identical results folders across runs, host load and grant schedules', async () => {
    requireQemu();
    requireImage('6.1');
    const scenario = loadScenario(scenarioFile, knownKernels());
    const run = (name: string, sync: 'parallel' | 'lockstep') =>
      runScenario(scenario, { outDir: join(dir, name), sync, progress: null, log: () => undefined });

    const first = await run('first', 'parallel');
    const child = startCpuHog();
    hog.stop = () => void child.kill('SIGKILL');
    const loaded = await run('loaded', 'parallel');
    hog.stop();
    const lockstep = await run('lockstep', 'lockstep');

    expect(first.outcome.status).toBe('completed');
    expect(first.outcome.flows[0]!.samples.length).toBeGreaterThan(100);
    expect(first.outcome.queues.some((q) => q.drops + q.lossDrops > 0)).toBe(true);
    // The action ran and saw the flow: the guest's TCP counters are in its output.
    expect(first.outcome.actions[0]).toMatchObject({ status: 0, stderr: '' });
    expect(first.outcome.actions[0]!.stdout).toMatch(/^Tcp: RtoAlgorithm/);
    expect(first.outcome.throughput[0]!.directions[0]!.samples.some((s) => s.bps > 5e6)).toBe(true);
    for (const other of ['loaded', 'lockstep']) {
      const cmp = compareResults(join(dir, 'first'), join(dir, other));
      expect(cmp.differences, `${other} differs from first`).toEqual([]);
      expect(cmp.digestB).toBe(cmp.digestA);
    }
    expect(loaded.digest).toBe(first.digest);
    expect(lockstep.digest).toBe(first.digest);
  });
});
