// Will the guests fit in this machine's memory? A scenario of 200 hosts at
// 256 MiB each passed `check` and then started 200 QEMUs on a 23 GiB
// machine. `check` warns and `run` refuses (unless forced) when the guests'
// memory plus QEMU's own exceeds what the machine has.

import { totalmem } from 'node:os';
import type { ResolvedScenario } from '../scenario/types.js';

/**
 * QEMU's own resident memory beside the guest's RAM, per VM: TCG's
 * translated-code cache, device state, the main loop. A 256 MiB 6.1 guest
 * running a bulk TCP flow measured 255 MiB resident in all (the guest touches
 * its RAM lazily), so guest RAM plus this is a safe upper bound.
 */
export const QEMU_OVERHEAD_MIB = 128;

export interface MemoryCheck {
  fits: boolean;
  neededMiB: number;
  machineMiB: number;
  message: string;
}

export function checkGuestMemory(scenario: ResolvedScenario, machineBytes: number = totalmem()): MemoryCheck {
  // A virtual host takes no memory of its own: its VM's counts once.
  const own = scenario.hosts.filter((h) => !h.virtual);
  const count = own.length + (scenario.vms?.length ?? 0);
  const guests = [...own, ...(scenario.vms ?? [])].reduce((sum, h) => sum + h.memoryMiB, 0);
  const neededMiB = guests + count * QEMU_OVERHEAD_MIB;
  const machineMiB = Math.floor(machineBytes / 2 ** 20);
  const fits = neededMiB <= machineMiB;
  const message =
    `the ${count} guests need about ${gib(neededMiB)} of memory (${gib(guests)} of guest RAM plus ${QEMU_OVERHEAD_MIB} MiB of QEMU each), ` +
    `${fits ? 'within' : 'more than'} the ${gib(machineMiB)} this machine has`;
  return { fits, neededMiB, machineMiB, message };
}

function gib(mib: number): string {
  return `${(mib / 1024).toFixed(1)} GiB`;
}
