// Start every VM's QEMU: booted, or restored from the snapshot of a guest
// like it at agent-ready (made first when missing). Every guest boots with
// the same command line, MACs and seed; its host's own configuration comes
// later through its agent (configure-hosts.ts), which is what lets one
// snapshot serve every VM with the same image, memory and NIC count.

import { join } from 'node:path';
import type { QemuVm } from '../qemu/qemu-vm.js';
import type { NicOffloads } from '../scenario/types.js';
import { startVms, type StartControl, type VmToStart } from '../qemu/start-vms.js';
import { outputFile } from '../scenario/output-files.js';
import { type SnapshotStop } from '../snapshot/make-snapshot.js';
import { withSnapshots } from '../snapshot/use-snapshots.js';
import { BOOT_SEED, bootMac } from './configure-hosts.js';
import type { PreparedRun } from './prepare-run.js';

export interface LaunchOptions {
  outDir: string;
  snapshots: boolean;
  syncTimeoutMs: number | undefined;
  stop: StartControl & SnapshotStop;
  log: (line: string) => void;
}

/** A NIC's offloads as its launch spec carries them: absent when none, so a stock NIC's spec (and snapshot key) stays as it was. */
function offloadsOf(o: NicOffloads | undefined): { offloads?: NicOffloads } {
  return o ? { offloads: o } : {};
}

export async function launchGuests(prepared: PreparedRun, options: LaunchOptions): Promise<QemuVm[]> {
  let toStart: VmToStart[] = prepared.placement.machines.map((m) => {
    const img = prepared.images[m.index]!;
    return {
      name: m.name,
      binary: prepared.qemuPath,
      spec: {
        kernelPath: img.kernelPath,
        initrdPath: img.initrdPath,
        // Nothing of the hosts' own: that comes through the agent (configure-hosts.ts).
        append: img.cmdline,
        memoryMiB: m.memoryMiB,
        icountShift: m.icountShift,
        ...(m.cpuMips === undefined ? {} : { cpuMips: m.cpuMips }),
        seed: BOOT_SEED,
        consoleLogPath: join(options.outDir, outputFile.console(m.name)),
        nics: Array.from({ length: m.nicCount }, (_, port) => ({ port, mac: bootMac(port), ...offloadsOf(m.nicOffloads[port]) })),
        serialPorts: [{ port: 0, name: 'cosim.relay' }],
      },
    };
  });
  if (options.snapshots) {
    const snap = await withSnapshots(toStart, prepared.images, prepared.identity.qemu, { stop: options.stop, log: options.log, syncTimeoutMs: options.syncTimeoutMs });
    toStart = snap.vms;
    const made = snap.uses.filter((u) => u.made).map((u) => u.host);
    options.log(`guests start from snapshots at agent-ready${made.length > 0 ? ` (made now: ${made.join(', ')})` : ''}; --no-snapshot boots them`);
  }
  return startVms(toStart, options.stop);
}
