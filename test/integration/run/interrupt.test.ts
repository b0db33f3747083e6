// Ctrl-C on `cosim run`: the first stops at the next sync point, writes the
// partial results and exits 130, leaving no QEMU process. (The second Ctrl-C,
// which kills at once, is test/unit/run/stop-controller.test.ts: two signals
// sent back to back to a child may arrive as one.)

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCosim } from '../helpers/cosim-cli.js';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';

async function waitFor(check: () => boolean, what: string, limitMs = 90_000): Promise<void> {
  const t0 = Date.now();
  while (!check()) {
    if (Date.now() - t0 > limitMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** QEMU processes of this run: their console log paths are under `out`. */
const qemuFor = (out: string) => spawnSync('pgrep', ['-f', `qemu-system.*${out}`]).stdout.toString().trim();

describe('interrupting a run', () => {
  it('stops cleanly on the first Ctrl-C, keeping partial results', async () => {
    requireQemu();
    requireImage('6.1');
    const out = join(tempDir('interrupt'), 'results');
    const run = startCosim(['run', 'examples/dumbbell.yaml', '--out', out]);
    await waitFor(() => run.stderr().includes('experiment starts'), 'the experiment to start');
    await new Promise((r) => setTimeout(r, 3_000));
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(130);
    expect(run.stderr()).toMatch(/run stopped: interrupted by SIGINT \(partial results kept in .*results, digest [0-9a-f]{64}\)/);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { status: string; flows: { goodput_bps: number }[] };
    expect(summary.status).toBe('stopped');
    expect(summary.flows[0]!.goodput_bps).toBeGreaterThan(1_000_000);
    expect(qemuFor(out)).toBe('');
  });
});
