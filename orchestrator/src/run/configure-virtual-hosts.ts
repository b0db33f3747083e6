// A virtual IP host's configuration, through its VM's relay agent once the
// agent is up: its network namespace, one VLAN sub-interface of the VM's
// eth0 per NIC (created inside the namespace, named ethK there, with the
// NIC's MAC, up), then its addresses and routes with busybox's `ip` inside
// the namespace, then its sysctls there. Each step is issued when the last
// one's reply arrives (a timed event), so configuration ends at the same
// simulated instant on every run. A VM's hosts go one after another: the
// agent runs at most 16 programs at once.

import type { RelayClient } from '../relay/relay-client.js';
import type { ReplyBody, RequestOp } from '../relay/relay-types.js';
import type { ResolvedHost } from '../scenario/types.js';

export interface ConfigStep {
  /** What the step does, for an error naming it. */
  what: string;
  op: RequestOp;
}

/** The VM's own NIC, which carries every virtual host's VLANs. */
export const VLAN_PARENT = 'eth0';

/** busybox `ip` commands giving a host's NICs their addresses and adding its routes; the first failure names itself. */
export function addressScript(h: Pick<ResolvedHost, 'nics' | 'routes'>): string {
  const lines = ['set -e'];
  const run = (cmd: string) => lines.push(`${cmd} || { echo "failed: ${cmd}" >&2; exit 1; }`);
  for (const n of h.nics) run(`ip addr add ${n.ip}/${n.prefixLength} dev ${n.name}`);
  for (const r of h.routes) run(`ip route add ${r.to} via ${r.via}`);
  return lines.join('\n');
}

export function virtualHostSteps(h: ResolvedHost): ConfigStep[] {
  if (!h.virtual) throw new Error(`internal: host ${h.name} is not a virtual host`);
  const netns = h.name;
  const vlans = h.virtual.vlanIds;
  return [
    { what: 'creating its network namespace', op: { netnsCreate: { name: netns } } },
    ...h.nics.map((n, k) => ({
      what: `creating ${n.name} (VLAN ${vlans[k]} of the VM's ${VLAN_PARENT})`,
      op: { vlanCreate: { parent: VLAN_PARENT, vlanId: vlans[k]!, name: n.name, netns, mac: n.mac } },
    })),
    { what: 'setting its addresses and routes', op: { exec: { argv: ['/bin/sh', '-c', addressScript(h)], env: [], netns } } },
    ...h.sysctls.map(([key, value]) => ({ what: `sysctl ${key}=${value}`, op: { sysctlSet: { key, value, netns } } })),
  ];
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
 * Configure the virtual hosts `hosts` of one VM through its agent, one step
 * after another. `done` is called from the last reply; `fail` names the
 * host and the step that failed.
 */
export function configureVirtualHosts(hosts: readonly ResolvedHost[], relay: RelayClient, done: () => void, fail: (why: string) => void): void {
  const steps = hosts.flatMap((h) => virtualHostSteps(h).map((s) => ({ host: h.name, ...s })));
  const next = (k: number): void => {
    if (k === steps.length) return done();
    const step = steps[k]!;
    relay.issue(step.op, (r) => {
      const why = stepFailure(r);
      if (why !== undefined) fail(`configuring virtual host ${step.host} failed while ${step.what}: ${why}`);
      else next(k + 1);
    });
  };
  next(0);
}
