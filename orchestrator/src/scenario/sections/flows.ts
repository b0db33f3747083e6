// `flows:`: bulk TCP transfers the relay agents run between two hosts, each
// traced (cwnd, RTT, bytes) at its sample interval. A new workload kind goes
// beside this one, in its own file.

import type { ClaimOutput, Checker } from '../checker.js';
import type { Path } from '../issues.js';
import type { ResolvedFlow } from '../types.js';
import { parseDurationNs, parseSizeBytes } from '../units.js';
import type { HostTable } from './hosts.js';
import { compileEndpoints } from './endpoints.js';
import type { LinkSection } from './links.js';

const DEFAULTS = { sampleInterval: '10ms' } as const;

export function compileFlows(c: Checker, v: unknown, hosts: HostTable, links: LinkSection, claim: ClaimOutput): ResolvedFlow[] {
  const { issues } = c;
  const flows: ResolvedFlow[] = [];
  const flowIds = new Set<string>();
  c.list(v, ['flows']).forEach((f, i) => {
    const p: Path = ['flows', i];
    const o = c.obj(f, p, ['id', 'from', 'to', 'port', 'start', 'bytes', 'cc', 'sample_interval'], ['id', 'from', 'to']);
    if (!o) return;
    const { id, from, to } = compileEndpoints(c, o, p, 'flow', flowIds, hosts, links, claim);
    const startNs = o.start === undefined ? 0 : c.unit(parseDurationNs(o.start, 'start'), [...p, 'start'], 0);
    let bytes: number | 'until_end' = 'until_end';
    if (o.bytes !== undefined && o.bytes !== 'until_end') bytes = c.unit(parseSizeBytes(o.bytes, 'bytes'), [...p, 'bytes'], 0);
    let cc: string | undefined;
    if (o.cc !== undefined) {
      if (typeof o.cc === 'string' && /^[a-z0-9_]{1,15}$/.test(o.cc)) cc = o.cc;
      else issues.add('invalid_value', [...p, 'cc'], 'cc must be a congestion control name like reno, cubic or bbr');
    }
    const sampleIntervalNs = c.unit(parseDurationNs(o.sample_interval ?? DEFAULTS.sampleInterval, 'sample_interval'), [...p, 'sample_interval'], 10_000_000);
    if (sampleIntervalNs < 100_000) issues.add('invalid_value', [...p, 'sample_interval'], 'sample_interval must be at least 100us');
    if (id && from !== undefined && to !== undefined && from !== to) {
      flows.push({ id, from, to, toIp: hosts.list[to]!.nics[0]!.ip, port: c.int(o.port, [...p, 'port'], 1, 65535, 5001 + i), startNs, bytes, cc, sampleIntervalNs });
    }
  });
  return flows;
}
