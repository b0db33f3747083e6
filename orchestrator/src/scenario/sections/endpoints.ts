// What every workload entry has, checked one way for all of them (flows,
// udp_flows, request_response): an id unique in its section that names its
// trace file, and a sender and a receiver that are two hosts joined by
// links, the receiver reachable from the sender's subnets or routes.

import type { ClaimOutput, Checker } from '../checker.js';
import type { Path } from '../issues.js';
import { outputFile } from '../output-files.js';
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
