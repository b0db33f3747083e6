// What the engine needs from one running VM. The QEMU adapter implements it
// over the sync socket (qemu-patches/PROTOCOL.md); unit tests implement it
// with scripted fakes.

import type { VmClock } from './conservative-sync.js';

/** Something the guest produced, stamped with the virtual time it produced it at. */
export interface VmOutput {
  kind: 'frame' | 'serial';
  port: number;
  timeNs: number;
  /** Per-VM production order; breaks ties between outputs at the same time. */
  seq: number;
  bytes: Uint8Array;
}

/** One sync point: where the VM stopped, and what it emitted since the last one. */
export interface VmSyncPoint {
  clock: VmClock;
  outputs: VmOutput[];
}

export interface VmEndpoint {
  readonly name: string;
  /**
   * From now on, each sync point goes to `onSync` as it arrives: time 0
   * first, then exactly each granted horizon. A failure (the VM died, broke
   * the protocol, stopped elsewhere) goes to `onError`, once.
   */
  listen(onSync: (point: VmSyncPoint) => void, onError: (err: Error) => void): void;
  /**
   * Queue an input the guest gets at exactly `atNs`, which is not before the
   * sync point the VM is at or, while it runs, the horizon it was granted.
   * Queued inputs are written by the next `flush` or `grant`.
   */
  sendFrame(port: number, bytes: Uint8Array, atNs: number): void;
  sendSerial(port: number, bytes: Uint8Array, atNs: number): void;
  /** Write the queued inputs now, in one write. */
  flush(): void;
  /** Write the queued inputs and the next horizon, in one write; the VM runs on to `horizonNs`. */
  grant(horizonNs: number): void;
}

/**
 * The stamp rule every input obeys: QEMU reads its socket at the sync point
 * it is stopped at, or else at the horizon it runs to, so an input stamped
 * earlier would reach a guest that has already run past it. The lane checks
 * it where inputs are made, and the sync connection again where they are
 * encoded. `stoppedAtNs` is the sync point the VM is stopped at, if it is.
 */
export function checkInputStamp(vm: string, what: string, atNs: number, stoppedAtNs: number | undefined, grantedNs: number): void {
  const floorNs = stoppedAtNs ?? grantedNs;
  if (Number.isSafeInteger(atNs) && atNs >= floorNs) return;
  throw new Error(`internal: ${what} for ${vm} stamped ${atNs} ns, before ${floorNs} ns, where ${stoppedAtNs === undefined ? 'it may already run to' : 'it is stopped'}: an input source bounded its horizon wrongly`);
}
