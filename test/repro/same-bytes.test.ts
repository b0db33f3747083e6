// Same scenario, same seed, same bytes: run a short routed dumbbell three times --
// plainly, beside a CPU hog on the other core, and with the lockstep
// reference schedule -- and compare the digests, then every file, naming the
// first file and byte offset that differ.

import { afterAll, describe, expect, it } from 'vitest';
import { requireImage, requireQemu, tempDir } from '../integration/helpers/guest.js';
import { expectSameBytes, runThreeWays } from './three-ways.js';

const scenarioFile = new URL('./scenarios/short-dumbbell.yaml', import.meta.url).pathname;

describe('reproducibility', () => {
  const dir = tempDir('repro');
  const hog = { stop: () => undefined as void };
  afterAll(() => hog.stop());

  it('gives identical results folders across runs, host load and grant schedules', async () => {
    requireQemu();
    requireImage('6.1');
    const runs = await runThreeWays(scenarioFile, dir, hog);
    const { first } = runs;

    expect(first.outcome.status).toBe('completed');
    expect(first.outcome.flows[0]!.samples.length).toBeGreaterThan(100);
    expect(first.outcome.queues.some((q) => q.drops + q.lossDrops > 0)).toBe(true);
    // The action ran and saw the flow: the guest's TCP counters are in its output.
    expect(first.outcome.actions[0]).toMatchObject({ status: 0, stderr: '' });
    expect(first.outcome.actions[0]!.stdout).toMatch(/^Tcp: RtoAlgorithm/);
    expect(first.outcome.throughput[0]!.directions[0]!.samples.some((s) => s.bps > 5e6)).toBe(true);
    expectSameBytes(dir, runs);
  });
});
