// `flows:`: bulk TCP transfers the relay agents run between two hosts, each
// traced (cwnd, RTT, bytes) at its sample interval. A new workload kind goes
// beside this one, in its own file.

import type { ClaimOutput, Checker } from '../checker.js';
import type { ResolvedFlow } from '../types.js';
import { parseSizeBytes } from '../units.js';
import type { HostTable } from './hosts.js';
import { compileCc, compileSampleInterval, compileStart, forEachWorkload, resolvedEndpoints } from './endpoints.js';
import type { LinkSection } from './links.js';

const SECTION = { name: 'flows', keys: ['id', 'from', 'to', 'port', 'start', 'bytes', 'cc', 'sample_interval'], required: ['id', 'from', 'to'], what: 'flow' };

export function compileFlows(c: Checker, v: unknown, hosts: HostTable, links: LinkSection, claim: ClaimOutput): ResolvedFlow[] {
  const flows: ResolvedFlow[] = [];
  forEachWorkload(c, v, SECTION, { hosts, links, claim }, ({ i, p, o, id, from, to }) => {
    const startNs = compileStart(c, o, p);
    let bytes: number | 'until_end' = 'until_end';
    if (o.bytes !== undefined && o.bytes !== 'until_end') bytes = c.unit(parseSizeBytes(o.bytes, 'bytes'), [...p, 'bytes'], 0);
    const cc = compileCc(c, o, p, from === undefined ? undefined : hosts.list[from]);
    const sampleIntervalNs = compileSampleInterval(c, o, p, 'tcp_info');
    if (id && from !== undefined && to !== undefined && from !== to) {
      flows.push({ ...resolvedEndpoints(hosts, { id, from, to }, c.int(o.port, [...p, 'port'], 1, 65535, 5001 + i), startNs), bytes, cc, sampleIntervalNs });
    }
  });
  return flows;
}
