// Each host's own configuration, applied through its VM's relay agent right
// after agent-ready: the VM's randomness, then for a host that is its own VM
// its NICs' MACs and addresses, its routes and its sysctls, and for each
// virtual IP host of a shared VM its network namespace, one VLAN
// sub-interface of the VM's eth0 per NIC (created inside the namespace,
// named ethK there, with the NIC's MAC, up; the VM's eth0 first gets the
// largest of their MTUs), its MTUs, addresses and routes and
// its sysctls, all inside the namespace. A guest boots with none of it (its NICs down, its kernel
// command line and random seed the same as every other guest's of its image),
// so a booted guest and one restored from a snapshot are the same machine at
// agent-ready, and one snapshot serves every host with the same image,
// memory and NIC count. Both then take this same path, one request after
// another, each issued when the previous one's reply arrives: a timed event,
// so the configuration ends at the same simulated instant on every run.
// Every host's sysctls start with the server defaults it does not set
// itself (server-sysctls.ts); a VM of virtual hosts gets its kernel-wide
// ones in its root namespace, before the first namespace.

import { createHash } from 'node:crypto';
import type { RelayClient } from '../relay/relay-client.js';
import type { ReplyBody, RequestOp } from '../relay/relay-messages.js';
import { DEFAULT_MTU, mtuOf } from '../scenario/sections/mtu.js';
import type { ResolvedHost, ResolvedNic, ResolvedScenario } from '../scenario/types.js';
import type { Machine } from './machines.js';
import { hostSysctls, namespaceSysctls, vmWideSysctls } from './server-sysctls.js';

/** The MAC every guest's NIC k boots with, before its host's own is set. */
export function bootMac(port: number): string {
  return `52:54:00:00:00:${port.toString(16).padStart(2, '0')}`;
}

/** The random seed every guest boots with (QEMU's -seed); a host's own randomness comes after. */
export const BOOT_SEED = 1;

export interface ConfigStep {
  /** What the step does, for an error naming it. */
  what: string;
  op: RequestOp;
}

/** The VM's own NIC, which carries every virtual host's VLANs. */
export const VLAN_PARENT = 'eth0';

/** The bytes a VM's kernel is given as entropy: from the scenario seed and the VM's name. */
export function hostEntropy(seed: number, host: string): Uint8Array {
  return createHash('sha256').update(`cosim host entropy ${seed} ${host}`).digest();
}

/**
 * A shell script of `prelude` lines, then `commands`, which stops at the
 * first command that fails and names it.
 */
function ipScript(commands: string[], prelude: string[] = []): string {
  return ['set -e', ...prelude, ...commands.map((cmd) => `${cmd} || { echo "failed: ${cmd}" >&2; exit 1; }`)].join('\n');
}

const routeCommands = (h: Pick<ResolvedHost, 'routes'>) => h.routes.map((r) => `ip route add ${r.to} via ${r.via}`);

/**
 * A NIC's MTU, when it is not the one it starts with: 1500 at boot, or for a
 * VLAN interface its parent's (`parentMtu`).
 */
const mtuCommands = (n: ResolvedNic, parentMtu = DEFAULT_MTU) => (mtuOf(n) === parentMtu ? [] : [`ip link set dev ${n.name} mtu ${mtuOf(n)}`]);

/** The MTU a VM's own NIC needs to carry its virtual hosts' VLANs (Linux's VLAN MTU is at most its parent's), when above 1500. */
export function vlanParentMtu(nics: readonly ResolvedNic[]): number | undefined {
  const mtu = Math.max(DEFAULT_MTU, ...nics.map(mtuOf));
  return mtu > DEFAULT_MTU ? mtu : undefined;
}

/**
 * The shell script that sets a host's NICs and routes with busybox's `ip`.
 * It waits for every NIC to appear first (a driver may still be probing).
 */
export function networkScript(h: Pick<ResolvedHost, 'nics' | 'routes'>): string {
  const waits = h.nics.map(
    (n) =>
      `i=0; while [ ! -e /sys/class/net/${n.name} ]; do i=$((i+1)); [ $i -le 500 ] || { echo "no network interface ${n.name} (is its NIC driver in the image?)" >&2; exit 1; }; sleep 0.01; done`,
  );
  const nics = h.nics.flatMap((n) => [`ip link set dev ${n.name} address ${n.mac}`, ...mtuCommands(n), `ip addr add ${n.ip}/${n.prefixLength} dev ${n.name}`, `ip link set dev ${n.name} up`]);
  return ipScript([...nics, ...routeCommands(h)], waits);
}

/** busybox `ip` commands giving a virtual host's NICs (made by VlanCreate, up, with their MACs and the MTU of their parent, `parentMtu`) their MTUs and addresses, and adding its routes. */
export function addressScript(h: Pick<ResolvedHost, 'nics' | 'routes'>, parentMtu = DEFAULT_MTU): string {
  return ipScript([...h.nics.flatMap((n) => [...mtuCommands(n, parentMtu), `ip addr add ${n.ip}/${n.prefixLength} dev ${n.name}`]), ...routeCommands(h)]);
}

const sysctlSteps = (pairs: [string, string][], netns: string): ConfigStep[] =>
  pairs.map(([key, value]) => ({ what: `sysctl ${key}=${value}`, op: { sysctlSet: { key, value, netns } } }));

/** A host that is its own VM: its network, then the server defaults it does not set itself, then its sysctls. */
export function hostSteps(h: ResolvedHost): ConfigStep[] {
  return [
    { what: 'setting its addresses and routes', op: { exec: { argv: ['/bin/sh', '-c', networkScript(h)], env: [], netns: '' } } },
    ...sysctlSteps(hostSysctls(h), ''),
  ];
}

/** A virtual host: its namespace, its VLAN interfaces, its addresses and routes, the per-namespace server defaults it does not set, its sysctls. */
export function virtualHostSteps(h: ResolvedHost, parentMtu = DEFAULT_MTU): ConfigStep[] {
  if (!h.virtual) throw new Error(`internal: host ${h.name} is not a virtual host`);
  const netns = h.name;
  const vlans = h.virtual.vlanIds;
  return [
    { what: 'creating its network namespace', op: { netnsCreate: { name: netns } } },
    ...h.nics.map((n, k) => ({
      what: `creating ${n.name} (VLAN ${vlans[k]} of the VM's ${VLAN_PARENT})`,
      op: { vlanCreate: { parent: VLAN_PARENT, vlanId: vlans[k]!, name: n.name, netns, mac: n.mac } },
    })),
    { what: 'setting its addresses and routes', op: { exec: { argv: ['/bin/sh', '-c', addressScript(h, parentMtu)], env: [], netns } } },
    ...sysctlSteps(namespaceSysctls(h), netns),
  ];
}

/** Every step of one VM, each naming the host it is for (a VM's virtual hosts go one after another: the agent runs at most 16 programs at once). */
export function machineSteps(m: Machine, scenario: Pick<ResolvedScenario, 'hosts' | 'seed'>): (ConfigStep & { host: string })[] {
  const entropy = { host: m.name, what: 'seeding its random number generator', op: { addEntropy: { data: hostEntropy(scenario.seed, m.name) } } };
  const hosts = m.hosts.map((i) => scenario.hosts[i]!);
  const parentMtu = m.host === undefined ? vlanParentMtu(hosts.flatMap((h) => h.nics)) : undefined;
  const parent: ConfigStep[] = parentMtu === undefined ? [] : [{ what: `setting the MTU of its ${VLAN_PARENT} to ${parentMtu}`, op: { exec: { argv: ['/bin/sh', '-c', ipScript([`ip link set dev ${VLAN_PARENT} mtu ${parentMtu}`])], env: [], netns: '' } } }];
  const vmWide = m.host === undefined ? [...parent, ...sysctlSteps(vmWideSysctls(), '')].map((st) => ({ host: m.name, ...st })) : [];
  return [entropy, ...vmWide, ...hosts.flatMap((h) => (h.virtual ? virtualHostSteps(h, parentMtu) : hostSteps(h)).map((st) => ({ host: h.name, ...st })))];
}

/** Why a step's reply is a failure, or undefined when it succeeded. */
export function stepFailure(r: ReplyBody): string | undefined {
  if (r.body === 'error') return `${r.error.errnoName}: ${r.error.message}`;
  if (r.body === 'exec' && (r.exec.exitCode !== 0 || r.exec.signal !== 0)) {
    const why = new TextDecoder().decode(r.exec.stderr).trim().split('\n').at(-1) ?? '';
    return `${r.exec.signal ? `killed by signal ${r.exec.signal}` : `exit status ${r.exec.exitCode}`}${why ? `: ${why}` : ''}`;
  }
  return undefined;
}

/**
 * Configure one VM and the hosts in it: its steps in order, each when the
 * last one's reply arrives. `done` is called from the last reply (so it may
 * issue requests); `fail` names the host and the step that failed.
 */
export function configureMachine(m: Machine, scenario: Pick<ResolvedScenario, 'hosts' | 'seed'>, relay: RelayClient, done: () => void, fail: (why: string) => void): void {
  const steps = machineSteps(m, scenario);
  const next = (k: number): void => {
    if (k === steps.length) return done();
    const step = steps[k]!;
    relay.issue(step.op, (r) => {
      const why = stepFailure(r);
      if (why !== undefined) fail(`configuring ${m.host === undefined && step.host !== m.name ? 'virtual host ' : ''}${step.host} failed while ${step.what}: ${why}`);
      else next(k + 1);
    });
  };
  next(0);
}
