// The VMs a scenario runs: one per host of its own (in host order, so a
// scenario without `vms:` runs exactly as before) and then one per entry of
// `vms:`, which holds virtual IP hosts. A lane, a QEMU, an image and a relay
// client belong to a machine; links, flows and actions name hosts. This is
// where the two meet: which machine a host is in, and how its NICs reach
// that machine's NICs (the same port, or port 0 with an 802.1Q tag).

import type { NicOffloads, ResolvedGuestAdditions, ResolvedHost, ResolvedScenario } from '../scenario/types.js';

export interface Machine {
  /** Lane index. */
  index: number;
  name: string;
  kernel: string;
  customKernel: ResolvedHost['customKernel'];
  memoryMiB: number;
  icountShift: number;
  /** Absent at the default speed, one instruction per ns. */
  cpuMips?: number;
  additions?: ResolvedGuestAdditions;
  /** The host that is this whole VM, or undefined for a VM of virtual hosts. */
  host: number | undefined;
  /** The hosts inside it: [host] for a host of its own. */
  hosts: number[];
  /** NICs of the VM: a host's own, or one that carries every virtual host's VLANs. */
  nicCount: number;
  /** Each NIC's offloads, by port (a host's own NICs only; none for a VM of virtual hosts). */
  nicOffloads: (NicOffloads | undefined)[];
}

/** Where host NIC `nic` of a host is: its machine's sync port, and the VLAN it is on there (0 for none). */
export interface NicPlace {
  machine: number;
  port: number;
  vlanId: number;
}

export interface Placement {
  machines: Machine[];
  /** For each host, its machine. */
  machineOf: number[];
  /** For each host and NIC, where it is. */
  nicPlace: NicPlace[][];
}

/** What a VM's guest is made of, from a host of its own or a `vms:` entry alike. */
function guestOf(g: Pick<Machine, 'kernel' | 'customKernel' | 'memoryMiB' | 'icountShift' | 'cpuMips' | 'additions'>): Omit<Machine, 'index' | 'name' | 'host' | 'hosts' | 'nicCount' | 'nicOffloads'> {
  return {
    kernel: g.kernel,
    customKernel: g.customKernel,
    memoryMiB: g.memoryMiB,
    icountShift: g.icountShift,
    ...(g.cpuMips === undefined ? {} : { cpuMips: g.cpuMips }),
    ...(g.additions ? { additions: g.additions } : {}),
  };
}

export function placeHosts(s: ResolvedScenario): Placement {
  const machines: Machine[] = [];
  const machineOf: number[] = s.hosts.map(() => -1);
  for (const h of s.hosts) {
    if (h.virtual) continue;
    machineOf[h.index] = machines.length;
    machines.push({ index: machines.length, name: h.name, ...guestOf(h), host: h.index, hosts: [h.index], nicCount: h.nics.length, nicOffloads: h.nics.map((n) => n.offloads) });
  }
  for (const v of s.vms ?? []) {
    for (const h of v.hosts) machineOf[h] = machines.length;
    machines.push({ index: machines.length, name: v.name, ...guestOf(v), host: undefined, hosts: [...v.hosts], nicCount: 1, nicOffloads: [undefined] });
  }
  const nicPlace = s.hosts.map((h) => h.nics.map((_, k) => ({ machine: machineOf[h.index]!, port: h.virtual ? 0 : k, vlanId: h.virtual?.vlanIds[k] ?? 0 })));
  return { machines, machineOf, nicPlace };
}
