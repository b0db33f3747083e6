// `short_flows:`: a workload of many short TCP transfers from one host to
// another, expanded here into ordinary flows (`<id>-0`, `<id>-1`, ...) with
// Poisson arrivals and sizes drawn from a list, both from the scenario
// seed's own stream for the workload (`short_flows:<id>`), so the same seed
// gives the same flows. Each is run and traced like any flow;
// summary.json's flow_metrics gives their completion times.

import { streamFor } from '../../sim/random.js';
import type { ClaimOutput, Checker } from '../checker.js';
import type { Path } from '../issues.js';
import { outputFile } from '../output-files.js';
import type { ResolvedFlow } from '../types.js';
import { parseDurationNs, parseSizeBytes } from '../units.js';
import { compileCc, compileSampleInterval, compileStart, resolvedEndpoints } from './endpoints.js';
import type { HostTable } from './hosts.js';
import type { LinkSection } from './links.js';

const KEYS = ['id', 'from', 'to', 'count', 'start', 'mean_gap', 'sizes', 'port', 'cc', 'sample_interval'];
const MAX_COUNT = 200;

/** `flows`: the scenario's own flows, whose ids and (receiver, port) pairs the workload must not reuse. */
export function compileShortFlows(c: Checker, v: unknown, seed: number, hosts: HostTable, links: LinkSection, flows: readonly ResolvedFlow[], claim: ClaimOutput): ResolvedFlow[] {
  const { issues } = c;
  const out: ResolvedFlow[] = [];
  const ids = new Set(flows.map((f) => f.id));
  const ports = new Set(flows.map((f) => `${f.to}:${f.port}`));
  c.list(v, ['short_flows']).forEach((w, i) => {
    const p: Path = ['short_flows', i];
    const o = c.obj(w, p, KEYS, ['id', 'from', 'to', 'count', 'mean_gap', 'sizes', 'port']);
    if (!o) return;
    const id = c.name(o.id, [...p, 'id']);
    const from = o.from === undefined ? undefined : hosts.ref(o.from, [...p, 'from']);
    const to = o.to === undefined ? undefined : hosts.ref(o.to, [...p, 'to']);
    if (from !== undefined && from === to) issues.add('invalid_value', [...p, 'to'], 'short flows go to another host');
    else if (from !== undefined && to !== undefined && !links.joined(hosts.list[from]!.name, hosts.list[to]!.name)) {
      issues.add('unknown_reference', [...p, 'to'], `no links join ${hosts.list[from]!.name} to ${hosts.list[to]!.name}`);
    }
    const count = c.int(o.count, [...p, 'count'], 1, MAX_COUNT, 1);
    const startNs = compileStart(c, o, p);
    const meanGapNs = o.mean_gap === undefined ? 0 : c.unit(parseDurationNs(o.mean_gap, 'mean_gap'), [...p, 'mean_gap'], 0);
    if (o.mean_gap !== undefined && meanGapNs <= 0) issues.add('invalid_value', [...p, 'mean_gap'], 'mean_gap must be longer than 0');
    const sizes: number[] = [];
    if (!Array.isArray(o.sizes) || o.sizes.length === 0) {
      if (o.sizes !== undefined) issues.add('invalid_value', [...p, 'sizes'], 'sizes must list at least one size, like [10KB, 100KB]');
    } else o.sizes.forEach((s, k) => sizes.push(c.unit(parseSizeBytes(s, 'sizes'), [...p, 'sizes', k], 1)));
    const port = c.int(o.port, [...p, 'port'], 1, 65535, 7000);
    if (o.port !== undefined && port + count - 1 > 65535) issues.add('invalid_value', [...p, 'port'], `ports ${port} to ${port + count - 1} do not fit below 65536`);
    const cc = compileCc(c, o, p, from === undefined ? undefined : hosts.list[from]);
    const sampleIntervalNs = compileSampleInterval(c, o, p, 'tcp_info');
    if (!id || from === undefined || to === undefined || from === to || meanGapNs <= 0 || sizes.length === 0) return;
    const random = streamFor(seed, `short_flows:${id}`);
    let atNs = startNs;
    for (let k = 0; k < count; k++) {
      atNs += Math.round(random.exponential(meanGapNs));
      const flowId = `${id}-${k}`;
      const size = sizes[Math.floor(random.next() * sizes.length)]!;
      if (ids.has(flowId)) {
        issues.add('duplicate_name', [...p, 'id'], `short flow ${flowId} has the id of another flow`);
        return;
      }
      if (ports.has(`${to}:${port + k}`)) {
        issues.add('invalid_value', [...p, 'port'], `port ${port + k} on ${hosts.list[to]!.name} is another flow's`);
        return;
      }
      ids.add(flowId);
      ports.add(`${to}:${port + k}`);
      claim(outputFile.flowTrace(flowId), `short flow ${flowId}`, [...p, 'id']);
      out.push({ ...resolvedEndpoints(hosts, { id: flowId, from, to }, port + k, atNs), bytes: size, cc, sampleIntervalNs });
    }
  });
  return out;
}
