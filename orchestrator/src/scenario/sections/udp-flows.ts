// `udp_flows:`: paced UDP from one host to another, at a constant bit rate
// or switching on and off (fixed or exponential spans, drawn from the
// scenario seed's own stream for the flow, `udp_flows:<id>`). The agents
// pace and count (relay-agent/traffic.c); the flow's trace and summary give
// datagrams sent, received and lost.

import type { ClaimOutput, Checker } from '../checker.js';
import { isObj } from '../checker.js';
import type { Path } from '../issues.js';
import type { ResolvedUdpFlow } from '../types.js';
import { parseDurationNs, parseRateBps, parseSizeBytes } from '../units.js';
import { datagramIntervalNs, MAX_PERIODS, type OnOff } from '../../sim/traffic-schedule.js';
import type { HostTable } from './hosts.js';
import { claimPort, compileSampleInterval, compileStart, forEachWorkload, resolvedEndpoints } from './endpoints.js';
import type { LinkSection } from './links.js';

const SECTION = { name: 'udp_flows', keys: ['id', 'from', 'to', 'port', 'start', 'duration', 'rate', 'datagram', 'on_off', 'sample_interval'], required: ['id', 'from', 'to', 'rate'], what: 'UDP flow' };
const DEFAULTS = { datagram: '1200B', port: 9000 } as const;
/** The agent's pacing costs guest CPU per datagram; past this it would no longer keep time. */
const MIN_INTERVAL_NS = 50_000;

/** `durationNs`: the scenario's, for flows that send until the end. */
export function compileUdpFlows(c: Checker, v: unknown, hosts: HostTable, links: LinkSection, durationNs: number, claim: ClaimOutput): ResolvedUdpFlow[] {
  const { issues } = c;
  const out: ResolvedUdpFlow[] = [];
  const ports = new Set<string>();
  forEachWorkload(c, v, SECTION, { hosts, links, claim }, ({ i, p, o, id, from, to }) => {
    const port = c.int(o.port, [...p, 'port'], 1, 65535, DEFAULTS.port + i);
    claimPort(c, ports, hosts, to, port, p, "another UDP flow's");
    const startNs = compileStart(c, o, p);
    let flowNs = durationNs - startNs;
    if (o.duration !== undefined) {
      flowNs = c.unit(parseDurationNs(o.duration, 'duration'), [...p, 'duration'], 0);
      if (flowNs <= 0 && issues.issues.every((x) => x.path.join('.') !== [...p, 'duration'].join('.'))) issues.add('invalid_value', [...p, 'duration'], 'duration must be longer than 0');
    } else if (durationNs > 0 && flowNs <= 0) issues.add('invalid_value', [...p, 'start'], 'start must be before the end of the run');
    const rateBps = o.rate === undefined ? 0 : c.unit(parseRateBps(o.rate, 'rate'), [...p, 'rate'], 0);
    const datagramBytes = c.unit(parseSizeBytes(o.datagram ?? DEFAULTS.datagram, 'datagram'), [...p, 'datagram'], 1200);
    if (datagramBytes < 1 || datagramBytes > 65507) issues.add('invalid_value', [...p, 'datagram'], 'datagram must be from 1B to 65507B (the UDP payload over IPv4)');
    else if (rateBps > 0 && datagramIntervalNs(rateBps, datagramBytes) < MIN_INTERVAL_NS) {
      issues.add('invalid_value', [...p, 'rate'], `rate would need a datagram every ${datagramIntervalNs(rateBps, datagramBytes)} ns; the agent paces at most one every ${MIN_INTERVAL_NS / 1000} us (use larger datagrams)`);
    }
    const onOff = o.on_off === undefined ? undefined : compileOnOff(c, o.on_off, [...p, 'on_off']);
    if (onOff && flowNs > 0 && (2 * flowNs) / (onOff.onNs + onOff.offNs) > MAX_PERIODS / 2) {
      issues.add('invalid_value', [...p, 'on_off'], `on and off spans this short make over ${MAX_PERIODS / 2} spans in ${flowNs / 1e9} s; make them longer`);
    }
    const sampleIntervalNs = compileSampleInterval(c, o, p, 'generator');
    if (!id || from === undefined || to === undefined || from === to || rateBps <= 0 || flowNs <= 0) return;
    out.push({
      ...resolvedEndpoints(hosts, { id, from, to }, port, startNs),
      durationNs: flowNs,
      rateBps,
      datagramBytes,
      ...(onOff ? { onOff } : {}),
      sampleIntervalNs,
    });
  });
  return out;
}

function compileOnOff(c: Checker, v: unknown, p: Path): OnOff | undefined {
  if (!isObj(v)) {
    c.issues.add('invalid_type', p, 'on_off must be a mapping like {on: 500ms, off: 500ms}');
    return undefined;
  }
  const o = c.obj(v, p, ['on', 'off', 'distribution'], ['on', 'off']);
  if (!o || o.on === undefined || o.off === undefined) return undefined;
  const onNs = c.unit(parseDurationNs(o.on, 'on'), [...p, 'on'], 0);
  const offNs = c.unit(parseDurationNs(o.off, 'off'), [...p, 'off'], 0);
  for (const [k, ns] of [['on', onNs], ['off', offNs]] as const) {
    if (ns > 0 && ns < 1_000_000) c.issues.add('invalid_value', [...p, k], `${k} must be at least 1ms`);
  }
  let distribution: OnOff['distribution'] = 'fixed';
  if (o.distribution !== undefined) {
    if (o.distribution === 'fixed' || o.distribution === 'exponential') distribution = o.distribution;
    else c.issues.add('invalid_value', [...p, 'distribution'], 'distribution must be "fixed" or "exponential"');
  }
  return onNs >= 1_000_000 && offNs >= 1_000_000 ? { onNs, offNs, distribution } : undefined;
}
