// What every workload entry has, checked one way for all of them (flows,
// udp_flows, request_response): an id unique in its section that names its
// trace file, and a sender and a receiver that are two hosts joined by
// links, the receiver reachable from the sender's subnets or routes. Also
// the keys most of them share: a port unique on its receiver, a start, a
// congestion control and a sample interval.

import type { ClaimOutput, Checker, Obj } from '../checker.js';
import type { Path } from '../issues.js';
import { outputFile } from '../output-files.js';
import type { ResolvedWorkload } from '../types.js';
import { parseDurationNs } from '../units.js';
import { sameSubnet } from './addresses.js';
import type { HostTable } from './hosts.js';
import type { LinkSection } from './links.js';

export interface Endpoints {
  id: string | undefined;
  from: number | undefined;
  to: number | undefined;
}

/**
 * `what` names the entry in messages ("flow", "UDP flow", ...); `ids` holds
 * the section's ids so far and gets this one.
 */
export function compileEndpoints(
  c: Checker,
  o: Record<string, unknown>,
  p: Path,
  what: string,
  ids: Set<string>,
  hosts: HostTable,
  links: LinkSection,
  claim: ClaimOutput,
): Endpoints {
  const { issues } = c;
  const id = c.name(o.id, [...p, 'id']);
  if (id && ids.has(id)) issues.add('duplicate_name', [...p, 'id'], `there is already a ${what} ${id}`);
  else if (id) claim(outputFile.flowTrace(id), `${what} ${id}`, [...p, 'id']);
  if (id) ids.add(id);
  const from = o.from === undefined ? undefined : hosts.ref(o.from, [...p, 'from']);
  const to = o.to === undefined ? undefined : hosts.ref(o.to, [...p, 'to']);
  if (from !== undefined && from === to) issues.add('invalid_value', [...p, 'to'], `a ${what} goes to another host`);
  else if (from !== undefined && to !== undefined) {
    const [hf, ht] = [hosts.list[from]!, hosts.list[to]!];
    const dst = ht.nics[0]!;
    if (!links.joined(hf.name, ht.name)) issues.add('unknown_reference', [...p, 'to'], `no links join ${hf.name} to ${ht.name}`);
    else if (hf.routes.length === 0 && !hf.nics.some((n) => sameSubnet(n, dst))) {
      issues.add('invalid_value', [...p, 'to'], `${ht.name}'s address ${dst.ip}/${dst.prefixLength} is in none of ${hf.name}'s subnets, and ${hf.name} has no routes`);
    }
  }
  return { id, from, to };
}

/** A workload section: its key in the file, its keys (all and required), and what an entry is called in messages. */
export interface WorkloadSection {
  name: string;
  keys: readonly string[];
  required: readonly string[];
  what: string;
}

export interface WorkloadEntry extends Endpoints {
  i: number;
  p: Path;
  o: Obj;
}

/** Each entry of the section that is a mapping with known keys, with its id (unique in the section) and endpoints checked. */
export function forEachWorkload(
  c: Checker,
  v: unknown,
  section: WorkloadSection,
  where: { hosts: HostTable; links: LinkSection; claim: ClaimOutput },
  body: (entry: WorkloadEntry) => void,
): void {
  const ids = new Set<string>();
  c.list(v, [section.name]).forEach((w, i) => {
    const p: Path = [section.name, i];
    const o = c.obj(w, p, section.keys, section.required);
    if (o) body({ i, p, o, ...compileEndpoints(c, o, p, section.what, ids, where.hosts, where.links, where.claim) });
  });
}

/** A workload's resolved fields up to its start, in the order the resolved scenario (and its digest) has them. */
export function resolvedEndpoints(hosts: HostTable, e: { id: string; from: number; to: number }, port: number, startNs: number): Omit<ResolvedWorkload, 'sampleIntervalNs'> {
  return { id: e.id, from: e.from, to: e.to, toIp: hosts.list[e.to]!.nics[0]!.ip, port, startNs };
}

/** Takes port `port` on receiver `to` (kept in `ports` as "to:port"); `others` says whose it already is. */
export function claimPort(c: Checker, ports: Set<string>, hosts: HostTable, to: number | undefined, port: number, p: Path, others: string): void {
  if (to === undefined) return;
  if (ports.has(`${to}:${port}`)) c.issues.add('invalid_value', [...p, 'port'], `port ${port} on ${hosts.list[to]!.name} is ${others}`);
  ports.add(`${to}:${port}`);
}

/** `start`, after the experiment's time 0; 0 when not given. */
export function compileStart(c: Checker, o: Record<string, unknown>, p: Path): number {
  return o.start === undefined ? 0 : c.unit(parseDurationNs(o.start, 'start'), [...p, 'start'], 0);
}

/** `cc`, the socket's congestion control; undefined keeps the kernel's default. */
/**
 * Every congestion control a stock image's kernel (5.10, 6.1, 6.12) offers:
 * reno and cubic are built in, the others are the modules every image loads
 * at boot (images/modules.list). A test keeps the two lists equal.
 */
export const STOCK_CONGESTION_CONTROLS: readonly string[] = ['reno', 'cubic', 'bbr', 'bic', 'cdg', 'dctcp', 'highspeed', 'htcp', 'hybla', 'illinois', 'lp', 'nv', 'scalable', 'vegas', 'veno', 'westwood', 'yeah'];

/**
 * A workload's `cc`. On a stock kernel it must be one the kernel has (an
 * unknown one used to pass `check` and fail the run with a raw
 * "setsockopt(6, 13)"); a custom kernel's are not known, so any name passes.
 */
export function compileCc(c: Checker, o: Record<string, unknown>, p: Path, sender?: { kernel: string; name: string }): string | undefined {
  if (o.cc === undefined) return undefined;
  if (typeof o.cc !== 'string' || !/^[a-z0-9_]{1,15}$/.test(o.cc)) {
    c.issues.add('invalid_value', [...p, 'cc'], 'cc must be a congestion control name like reno, cubic or bbr');
    return undefined;
  }
  if (sender && sender.kernel !== 'custom' && !STOCK_CONGESTION_CONTROLS.includes(o.cc)) {
    c.issues.add('invalid_value', [...p, 'cc'], `unknown congestion control "${o.cc}" for ${sender.name}'s kernel ${sender.kernel}; known: ${STOCK_CONGESTION_CONTROLS.join(', ')}`);
    return undefined;
  }
  return o.cc;
}

/**
 * Each trace's `sample_interval`: TCP_INFO (flows, short flows) is read as
 * often as every 100 us; the agents' traffic generators (UDP flows,
 * request/response) report their counters every 1 ms at most.
 */
const SAMPLE_INTERVALS = {
  tcp_info: { default: '10ms', defaultNs: 10_000_000, min: '100us', minNs: 100_000 },
  generator: { default: '100ms', defaultNs: 100_000_000, min: '1ms', minNs: 1_000_000 },
} as const;

export function compileSampleInterval(c: Checker, o: Record<string, unknown>, p: Path, kind: keyof typeof SAMPLE_INTERVALS): number {
  const s = SAMPLE_INTERVALS[kind];
  const ns = c.unit(parseDurationNs(o.sample_interval ?? s.default, 'sample_interval'), [...p, 'sample_interval'], s.defaultNs);
  if (ns < s.minNs) c.issues.add('invalid_value', [...p, 'sample_interval'], `sample_interval must be at least ${s.min}`);
  return ns;
}
