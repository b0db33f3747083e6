// Snapshots at agent-ready (issue 15): a run whose guests start from
// snapshots is the same run as one that boots them, to the digest, also
// beside a CPU hog; a damaged snapshot (its state truncated, its
// snapshot.json edited) is detected, said, and made again.
//
// The cold run goes through the CLI with --no-snapshot; the others through
// the library with `snapshots: true`, into a snapshot folder of their own.

import { readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knownKernels } from '../../../orchestrator/src/images/kernel-catalog.js';
import { runScenario } from '../../../orchestrator/src/run/run-scenario.js';
import { loadScenario } from '../../../orchestrator/src/scenario/load-scenario.js';
import { findSnapshot, listSnapshots, META_FILE, type SnapshotMeta, STATE_FILE } from '../../../orchestrator/src/snapshot/snapshot-cache.js';
import { repoRoot } from '../../../orchestrator/src/setup/build-check.js';
import { cosim } from '../helpers/cosim-cli.js';
import { requireQemu, startCpuHog, tempDir } from '../helpers/guest.js';

const SCENARIO = join(repoRoot(), 'test', 'repro', 'golden', 'dumbbell.yaml');
const GOLDEN = (JSON.parse(readFileSync(join(repoRoot(), 'test', 'repro', 'golden', 'digests.json'), 'utf8')) as { digests: Record<string, string> }).digests['dumbbell.yaml'];

describe('runs from snapshots at agent-ready', () => {
  const dir = tempDir('snapshot');
  const snapshots = join(dir, 'snapshots');
  const saved = process.env.COSIM_SNAPSHOT_DIR;
  beforeAll(() => {
    requireQemu();
    process.env.COSIM_SNAPSHOT_DIR = snapshots;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.COSIM_SNAPSHOT_DIR;
    else process.env.COSIM_SNAPSHOT_DIR = saved;
  });

  async function restoredRun(name: string): Promise<{ digest: string; lines: string[]; wallSeconds: number }> {
    const lines: string[] = [];
    const r = await runScenario(loadScenario(SCENARIO, knownKernels()), { outDir: join(dir, name), progress: null, log: (l) => lines.push(l), snapshots: true });
    expect(r.outcome.status, r.outcome.reason).toBe('completed');
    return { digest: r.digest, lines, wallSeconds: r.outcome.wallSeconds };
  }

  it('gives the digest of a cold boot: made, restored, restored beside a CPU hog, and rebuilt when truncated or edited', async () => {
    const cli = await cosim(['run', SCENARIO, '--no-snapshot', '--out', join(dir, 'cold')], { env: { ...process.env, COSIM_SNAPSHOT_DIR: snapshots } });
    expect(cli.code, cli.stderr).toBe(0);
    const cold = /digest ([0-9a-f]{64})/.exec(cli.stdout)![1];
    expect(cli.stderr).not.toMatch(/snapshot/);
    expect(listSnapshots()).toEqual([]);
    expect(cold).toBe(GOLDEN);

    const made = await restoredRun('made');
    expect(made.lines.filter((l) => l.includes('none yet for this configuration'))).toHaveLength(2);
    expect(made.lines).toContainEqual(expect.stringMatching(/^snapshot sender: agent ready at [12]\.\d{3} s; saving the VM at [12]\.\d{3} s$/));
    expect(listSnapshots()).toHaveLength(2);
    expect(made.digest).toBe(cold);

    const hog = startCpuHog();
    let restored: Awaited<ReturnType<typeof restoredRun>>;
    try {
      restored = await restoredRun('restored');
    } finally {
      hog.kill('SIGKILL');
    }
    expect(restored.lines).toContain('guests start from snapshots at agent-ready; --no-snapshot boots them');
    expect(restored.digest).toBe(cold);

    const state = join(listSnapshots()[0]!.dir, STATE_FILE);
    const bytes = statSync(state).size;
    truncateSync(state, Math.floor(bytes / 2));
    const rebuilt = await restoredRun('rebuilt');
    expect(rebuilt.lines.filter((l) => l.includes('is not used'))).toEqual([
      `snapshot of ${listSnapshots()[0]!.meta!.inputs.memoryMiB === 192 ? 'sender' : 'receiver'} in ${listSnapshots()[0]!.dir} is not used: its ${STATE_FILE} has ${Math.floor(bytes / 2)} bytes, not the ${bytes} it was written with (truncated?); making it again`,
    ]);
    // Made whole again (its size may differ by a few bytes: see docs/testing-determinism.md).
    expect(findSnapshot(listSnapshots()[0]!.meta!.inputs).ok).toBe(true);
    expect(rebuilt.digest).toBe(cold);

    // An edited snapshot.json (what it replays into the run) is not used either: it used to change the digest without a word.
    const meta = join(listSnapshots()[1]!.dir, META_FILE);
    const record = JSON.parse(readFileSync(meta, 'utf8')) as SnapshotMeta;
    record.outputs[0]!.timeNs += 1;
    writeFileSync(meta, JSON.stringify(record, null, 1));
    const edited = await restoredRun('edited');
    expect(edited.lines.filter((l) => l.includes('is not used'))).toEqual([
      expect.stringMatching(new RegExp(`^snapshot of (sender|receiver) in ${listSnapshots()[1]!.dir} is not used: its snapshot\\.json does not match the checksum it was written with \\(edited or corrupt\\); making it again$`)),
    ]);
    expect(findSnapshot(listSnapshots()[1]!.meta!.inputs).ok).toBe(true);
    expect(edited.digest).toBe(cold);
  }, 600_000);
});
