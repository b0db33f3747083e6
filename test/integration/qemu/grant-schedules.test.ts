// The core claim of the patch: what a guest observes depends only on its
// inputs, never on how the orchestrator slices time or on host load. One
// Debian 6.1 guest boots three times to 4.5 s of simulated time: with a
// horizon every 100 us, with horizons driven by the guest's own idle
// deadlines (few, large), and with 100 us horizons beside a CPU hog. The
// console logs (printk timestamps plus CLOCK_MONOTONIC values the guest
// prints from /proc/timer_list at fixed guest-timer points) and the list of
// outputs (time, port, bytes) must be byte-identical.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { QemuVm } from '../../../orchestrator/src/qemu/qemu-vm.js';
import { requireImage, requireQemu, startCpuHog, tempDir } from '../helpers/guest.js';

const END_NS = 4_500_000_000;
// No double quotes inside: the kernel command line would end the value there.
const TIMELINE = 'for i in 1 2 3 4; do sleep 0.25; grep -m1 now.at /proc/timer_list; done';

type Schedule = 'steps-100us' | 'idle-driven';

async function boot(schedule: Schedule, consoleLogPath: string): Promise<{ console: string; outputs: string[]; syncs: number }> {
  const image = requireImage('6.1');
  const vm = await QemuVm.start('vm0', requireQemu(), {
    kernelPath: image.kernelPath,
    initrdPath: image.initrdPath,
    append: `${image.cmdline} cosim_ip=eth0:10.0.0.1/24 cosim_exec="${TIMELINE}"`,
    memoryMiB: 256,
    icountShift: 0,
    seed: 42,
    consoleLogPath,
    nics: [{ port: 0, mac: '52:54:00:00:00:01' }],
    serialPorts: [{ port: 0, name: 'cosim.relay' }],
  });
  const outputs: string[] = [];
  let syncs = 0;
  try {
    for (;;) {
      const { clock, outputs: out } = await vm.sync.nextSync();
      syncs++;
      for (const o of out) outputs.push(`${o.timeNs} ${o.kind} ${o.port} ${Buffer.from(o.bytes).toString('hex')}`);
      if (clock.reachedNs >= END_NS) break;
      let horizon = clock.reachedNs + 100_000;
      if (schedule === 'idle-driven') horizon = clock.idle ? clock.nextDeadlineNs : clock.reachedNs + 10_000_000;
      vm.sync.grant(Math.min(Math.max(horizon, clock.reachedNs + 1), END_NS));
    }
  } finally {
    await vm.quit();
  }
  return { console: readFileSync(consoleLogPath, 'latin1'), outputs, syncs };
}

describe('grant schedule and host load do not change the guest', () => {
  const dir = tempDir('schedules');
  const hog = { stop: () => undefined as void };
  afterAll(() => hog.stop());

  it('gives byte-identical consoles and outputs for 100 us steps, idle-driven horizons and 100 us steps under load', async () => {
    const small = await boot('steps-100us', join(dir, 'small.log'));
    const large = await boot('idle-driven', join(dir, 'large.log'));
    const child = startCpuHog();
    hog.stop = () => void child.kill('SIGKILL');
    const loaded = await boot('steps-100us', join(dir, 'loaded.log'));
    hog.stop();

    expect(small.console).toContain('cosim-init: ready');
    expect(small.console.match(/now at \d+ nsecs/g)).toHaveLength(4);
    // Many small horizons vs few large ones: the schedules really differed.
    expect(small.syncs).toBeGreaterThan(40_000);
    expect(large.syncs).toBeLessThan(small.syncs / 5);

    expect(large.console).toBe(small.console);
    expect(loaded.console).toBe(small.console);
    expect(small.outputs.length).toBeGreaterThan(0);
    expect(large.outputs).toEqual(small.outputs);
    expect(loaded.outputs).toEqual(small.outputs);
  });
});
