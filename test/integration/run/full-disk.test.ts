// A run whose results folder fills up: the pcap writer's ENOSPC stops the
// run, the message names the file and the cause, the guests are shut down,
// and what was written stays. The folder is a 1 MiB tmpfs (this needs root,
// as the setup does).

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { knownKernels } from '../../../orchestrator/src/images/kernel-catalog.js';
import { type RunResult, runScenario } from '../../../orchestrator/src/run/run-scenario.js';
import { loadScenarioText } from '../../../orchestrator/src/scenario/load-scenario.js';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';

describe('a full disk', () => {
  const mnt = tempDir('full-disk');
  afterAll(() => spawnSync('umount', [mnt]));

  it('stops the run naming the file, leaves no QEMU behind and keeps what was written', async () => {
    requireQemu();
    requireImage('6.1');
    if (process.getuid?.() !== 0) throw new Error('this test mounts a small tmpfs and needs root (run it as scripts/setup.sh is run)');
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mnt]);
    const text = readFileSync('examples/dumbbell.yaml', 'utf8').replace('duration: 30s', 'duration: 10s');
    const out = join(mnt, 'results');
    const r: RunResult | Error = await runScenario(loadScenarioText(text, 'examples/dumbbell.yaml', knownKernels()), {
      outDir: out,
      progress: null,
      log: () => undefined,
    }).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
    // Either the run ended on the pcap's failure and wrote its summary in
    // what space was left, or the summary could not be written either: both
    // name the pcap and the cause.
    const message = r instanceof Error ? r.message : r.outcome.status === 'failed' ? (r.outcome.reason ?? '') : 'completed';
    expect(message).toMatch(/cannot write .*pcap\/bottleneck\.pcap: the disk is full \(ENOSPC\)/);
    if (!(r instanceof Error)) expect(r.outcome.simulatedNs).toBeLessThan(r.outcome.epochNs! + 10_000_000_000);
    expect(spawnSync('pgrep', ['-f', `qemu-system.*${mnt}`]).stdout.toString()).toBe('');
    expect(statSync(join(out, 'pcap', 'bottleneck.pcap')).size).toBeGreaterThan(500_000);
    // Cut back to its last whole record: every reader opens what was kept.
    expect(spawnSync('capinfos', ['-c', join(out, 'pcap', 'bottleneck.pcap')]).status).toBe(0);
    expect(existsSync(join(out, 'console', 'sender.log'))).toBe(true);
  });
});
