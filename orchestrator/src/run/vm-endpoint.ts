// What the engine needs from one running VM. The QEMU adapter implements it
// over the sync socket; unit tests implement it with scripted fakes.

import type { VmClock } from '../sim/conservative-sync.js';

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
  /** Resolves at the VM's next sync point: time 0 first, then exactly each granted horizon (rejects if the VM stops elsewhere). */
  nextSync(): Promise<VmSyncPoint>;
  /** Queue an input for delivery at the time the VM is stopped at. */
  deliverFrame(port: number, bytes: Uint8Array): void;
  deliverSerial(port: number, bytes: Uint8Array): void;
  /** Deliver the queued inputs and let the VM run until `horizonNs`. */
  grant(horizonNs: number): void;
}
