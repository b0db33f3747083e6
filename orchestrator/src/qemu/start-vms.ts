// Start every guest's QEMU at once and wait for each to say HELLO. Starting
// is cheap (QEMU stops before the guest's first instruction), so there is no
// reason to do it one after another. A stop asked for meanwhile (Ctrl-C, or a
// VM that failed to start) ends the wait at once; every QEMU that did start is
// killed before this returns, so none is left behind.

import { type ProcessKeeper, QemuVm } from './qemu-vm.js';
import type { VmLaunchSpec } from './qemu-command.js';
import type { VmOutput } from '../sim/vm-endpoint.js';

export interface VmToStart {
  name: string;
  binary: string;
  spec: Omit<VmLaunchSpec, 'syncSocketPath'>;
  /** For a VM restored from a snapshot: what it output before the snapshot (snapshot/use-snapshots.ts). */
  replay?: readonly Omit<VmOutput, 'seq'>[];
}

/** What starting needs from the run's stop controller. */
export interface StartControl extends ProcessKeeper {
  /** Settles with the reason when a stop is asked for. */
  readonly requested: Promise<string>;
  /** Kill every tracked process at once. */
  killAll(): void;
}

/** Booting was cut short by a stop request (its reason is the message). */
export class StartInterrupted extends Error {
  override readonly name = 'StartInterrupted';
}

export async function startVms(list: readonly VmToStart[], stop: StartControl): Promise<QemuVm[]> {
  const starts = list.map((v) => QemuVm.start(v.name, v.binary, v.spec, stop, [], v.replay));
  const interrupted = stop.requested.then((reason): never => {
    throw new StartInterrupted(reason);
  });
  try {
    return await Promise.race([Promise.all(starts), interrupted]);
  } catch (err) {
    // Every QEMU started so far, booted or still connecting, is killed now;
    // the starts then settle quickly, and the booted ones close their sockets.
    stop.killAll();
    const settled = await Promise.allSettled(starts);
    for (const s of settled) if (s.status === 'fulfilled') s.value.kill();
    throw err;
  } finally {
    interrupted.catch(() => undefined);
  }
}
