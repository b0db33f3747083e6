// Ctrl-C while a snapshot is being made (issue 26, finding 16): the run used
// to exit 1 with status `failed`; work a signal ended is `stopped` with 130
// whatever phase it was in. No QEMU and no temporary snapshot folder is left.

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCosim } from '../helpers/cosim-cli.js';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';

async function waitFor(check: () => boolean, what: string, limitMs = 120_000): Promise<void> {
  const t0 = Date.now();
  while (!check()) {
    if (Date.now() - t0 > limitMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Ctrl-C while a snapshot is made', () => {
  it('stops the run with 130 and status stopped', async () => {
    requireQemu();
    requireImage('6.1');
    const dir = tempDir('interrupt-snapshot');
    const snapshots = join(dir, 'snapshots');
    const out = join(dir, 'results');
    const run = startCosim(['run', 'examples/dumbbell.yaml', '--out', out], { env: { ...process.env, COSIM_SNAPSHOT_DIR: snapshots } });
    await waitFor(() => run.stderr().includes('booting it once to make it'), 'the snapshot to be started');
    await waitFor(() => spawnSync('pgrep', ['-f', `qemu-system.*${snapshots}`]).stdout.toString().trim() !== '', 'its QEMU');
    await new Promise((r) => setTimeout(r, 1_000));
    run.child.kill('SIGINT');
    expect(await run.exited, run.stderr()).toBe(130);
    expect(run.stderr()).toMatch(/run stopped: interrupted by SIGINT/);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { status: string; reason: string };
    expect(summary).toMatchObject({ status: 'stopped', reason: 'interrupted by SIGINT' });
    expect(spawnSync('pgrep', ['-f', `qemu-system.*${snapshots}`]).stdout.toString().trim()).toBe('');
    expect(readdirSync(snapshots).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });
});
