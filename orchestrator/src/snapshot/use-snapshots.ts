// A run's guests from snapshots: for each host, the cached snapshot of its
// exact configuration, made first if it is missing, stale or damaged (with a
// line saying so). Each VM then starts from its snapshot: QEMU loads the
// state, its console log starts with what the guest printed before, and what
// it output before the snapshot is handed to the engine with its first sync
// point, so the run is the same as a cold boot's (docs/testing-determinism.md).

import { copyFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { GuestImage } from '../images/kernel-catalog.js';
import type { VmToStart } from '../qemu/start-vms.js';
import { makeSnapshot, type SnapshotStop } from './make-snapshot.js';
import { CONSOLE_FILE, findSnapshot, recordedOutputs, removeSnapshot, type SnapshotMeta, snapshotInputs, snapshotKey, STATE_FILE } from './snapshot-cache.js';

export interface SnapshotUse {
  host: string;
  key: string;
  /** Made for this run (and how long that took), or found in the cache. */
  made: boolean;
  makeWallSeconds: number | undefined;
  snapshotNs: number;
}

/**
 * The same VMs, each set to start from its snapshot. Missing snapshots are
 * made first, all at once (each is one boot; the first run pays for them and
 * later runs restore).
 */
export async function withSnapshots(
  vms: readonly VmToStart[],
  images: readonly GuestImage[],
  qemu: { build: string; sha256: string },
  options: { stop?: SnapshotStop; log: (line: string) => void; syncTimeoutMs?: number },
): Promise<{ vms: VmToStart[]; uses: SnapshotUse[] }> {
  const inputs = vms.map((vm, i) => {
    const image = images[i]!;
    return snapshotInputs(qemu, { name: basename(image.dir), vmlinuzSha256: image.vmlinuzSha256, initramfsSha256: image.initramfsSha256 }, vm.spec);
  });
  const making = new Map<string, Promise<unknown>>();
  // Hosts alike share one snapshot: name them all where it is made.
  const keys = inputs.map(snapshotKey);
  for (const [i, vm] of vms.entries()) {
    const found = findSnapshot(inputs[i]!);
    if (found.ok || making.has(found.dir)) continue;
    const names = vms.filter((_, j) => keys[j] === keys[i]).map((v) => v.name).join(', ');
    if (found.reason !== 'none made yet') {
      options.log(`snapshot of ${names} in ${found.dir} is not used: ${found.reason}; making it again`);
      removeSnapshot(found.dir);
    } else options.log(`snapshot of ${names}: none yet for this configuration; booting it once to make it`);
    making.set(found.dir, makeSnapshot(vm.name, vm.binary, vm.spec, inputs[i]!, { stop: options.stop, log: options.log, syncTimeoutMs: options.syncTimeoutMs }));
  }
  const settled = await Promise.allSettled(making.values());
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  const out: VmToStart[] = [];
  const uses: SnapshotUse[] = [];
  for (const [i, vm] of vms.entries()) {
    const found = findSnapshot(inputs[i]!);
    if (!found.ok) throw new Error(`internal: the snapshot of ${vm.name} is not usable right after it was made: ${found.reason}`);
    const meta: SnapshotMeta = found.meta;
    const made = making.has(found.dir);
    copyFileSync(join(found.dir, CONSOLE_FILE), vm.spec.consoleLogPath);
    out.push({ ...vm, spec: { ...vm.spec, restoreFrom: join(found.dir, STATE_FILE) }, replay: recordedOutputs(meta) });
    uses.push({ host: vm.name, key: meta.key, made, makeWallSeconds: made ? meta.makeWallSeconds : undefined, snapshotNs: meta.snapshotNs });
  }
  return { vms: out, uses };
}
