// A guest's QEMU that dies or freezes in the middle of a run: the run stops,
// names the host and the cause, writes what it had, and leaves no QEMU
// process behind (the frozen one included).

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownKernels } from '../../../orchestrator/src/images/kernel-catalog.js';
import { runScenario } from '../../../orchestrator/src/run/run-scenario.js';
import { loadScenarioText } from '../../../orchestrator/src/scenario/load-scenario.js';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';

/** Run the dumbbell and send `signal` to the receiver's QEMU 2 s (wall) after the experiment starts. */
async function runAndSignalReceiver(signal: NodeJS.Signals, syncTimeoutMs?: number) {
  const out = join(tempDir(`guest-${signal}`), 'results');
  const text = readFileSync('examples/dumbbell.yaml', 'utf8').replace('duration: 30s', 'duration: 20s');
  let signalled: Promise<string> | undefined;
  const result = await runScenario(loadScenarioText(text, 'examples/dumbbell.yaml', knownKernels()), {
    outDir: out,
    progress: null,
    ...(syncTimeoutMs ? { syncTimeoutMs } : {}),
    log: (line) => {
      if (!line.includes('experiment starts')) return;
      signalled = new Promise((resolve) =>
        setTimeout(() => {
          const pid = spawnSync('pgrep', ['-f', `qemu-system.*${out}/console/receiver.log`]).stdout.toString().trim();
          if (pid) process.kill(Number(pid), signal);
          resolve(pid);
        }, 2_000),
      );
    },
  });
  return { out, result, pid: await signalled };
}

const qemuLeft = (out: string) => spawnSync('pgrep', ['-f', `qemu-system.*${out}`]).stdout.toString().trim();

describe('a guest that fails in the middle of a run', () => {
  it('names the host whose QEMU was killed, keeps the partial results and stops the other guest', async () => {
    requireQemu();
    requireImage('6.1');
    const { out, result, pid } = await runAndSignalReceiver('SIGKILL');
    expect(pid).toMatch(/^\d+$/);
    expect(result.outcome.status).toBe('failed');
    expect(result.outcome.reason).toMatch(/^receiver: QEMU was killed by SIGKILL/);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { status: string; reason: string };
    expect(summary).toMatchObject({ status: 'failed', reason: result.outcome.reason });
    expect(statSync(join(out, 'pcap', 'bottleneck.pcap')).size).toBeGreaterThan(100_000);
    expect(existsSync(join(out, 'console', 'receiver.log'))).toBe(true);
    expect(qemuLeft(out)).toBe('');
  });

  it('names the host whose QEMU stopped answering and kills it', async () => {
    requireQemu();
    requireImage('6.1');
    const { out, result, pid } = await runAndSignalReceiver('SIGSTOP', 3_000);
    expect(pid).toMatch(/^\d+$/);
    expect(result.outcome.status).toBe('failed');
    expect(result.outcome.reason).toMatch(/^receiver: stopped answering: no sync point within 3 s of wall time$/);
    expect(statSync(join(out, 'pcap', 'bottleneck.pcap')).size).toBeGreaterThan(100_000);
    expect(qemuLeft(out)).toBe('');
  });
});
