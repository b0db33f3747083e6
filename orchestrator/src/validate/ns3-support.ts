// What of a scenario ns-3 can be given, and what it cannot. The translation
// covers hosts (one node each, routers included), point-to-point links with
// rate, delay, a drop-tail queue in packets and Bernoulli loss, static routes,
// and TCP bulk flows with reno, cubic or bbr. Everything else is listed as an
// issue with its path in the scenario, so the command refuses before running
// anything rather than compare two different experiments.

import type { ScenarioIssue } from '../errors.js';
import { QUEUE_LIMIT_DEFAULTS } from '../sim/queue-config.js';
import type { ResolvedScenario } from '../scenario/types.js';

/** Linux congestion control name -> the ns-3 3.37 class modelled on it. */
export const NS3_TCP: Readonly<Record<string, string>> = {
  reno: 'ns3::TcpLinuxReno',
  cubic: 'ns3::TcpCubic',
  bbr: 'ns3::TcpBbr',
};

/** Sysctls the translation honours (the rest would change the guest in ways ns-3 does not see). */
export const TRANSLATED_SYSCTLS: ReadonlySet<string> = new Set([
  'net.ipv4.tcp_congestion_control',
  'net.ipv4.ip_forward',
  'net.ipv4.conf.all.forwarding',
  'net.ipv4.tcp_sack',
  'net.ipv4.tcp_timestamps',
  'net.ipv4.tcp_window_scaling',
]);

/** The kernels' default congestion control (CUBIC is built in and the default on every image). */
export const KERNEL_DEFAULT_CC = 'cubic';

/** The congestion control a flow's sender really uses: its own, else its host's sysctl, else the kernel's. */
export function flowCc(scenario: ResolvedScenario, flowIndex: number): string {
  const flow = scenario.flows[flowIndex]!;
  if (flow.cc) return flow.cc;
  const sysctl = scenario.hosts[flow.from]!.sysctls.find(([k]) => k === 'net.ipv4.tcp_congestion_control');
  return sysctl?.[1] ?? KERNEL_DEFAULT_CC;
}

/** A host's sysctl as the translation reads it, or `fallback`. */
export function hostSysctl(scenario: ResolvedScenario, host: number, key: string, fallback: string): string {
  return scenario.hosts[host]!.sysctls.find(([k]) => k === key)?.[1] ?? fallback;
}

const issue = (path: (string | number)[], message: string): ScenarioIssue => ({ code: 'invalid_value', path, message });

/**
 * The resolved fields the translation knows, per part of the scenario. A field
 * added to the scenario format later is refused until the translation learns
 * it, rather than silently left out of the ns-3 program.
 */
const KNOWN_FIELDS = {
  scenario: ['name', 'file', 'seed', 'durationNs', 'sync', 'hosts', 'switches', 'links', 'flows', 'actions'],
  hosts: ['name', 'index', 'kernel', 'customKernel', 'memoryMiB', 'icountShift', 'cpuMips', 'sysctls', 'nics', 'routes', 'additions'],
  // queueTrace is a meter: it records, it changes nothing.
  links: ['name', 'ends', 'directions', 'pcap', 'throughputIntervalNs', 'queueTrace'],
  directions: ['id', 'from', 'to', 'rateBps', 'delayNs', 'jitterNs', 'reorder', 'queue', 'loss'],
  flows: ['id', 'from', 'to', 'toIp', 'port', 'startNs', 'bytes', 'cc', 'sampleIntervalNs'],
} as const;

function unknownFields(value: object, known: readonly string[], path: (string | number)[]): ScenarioIssue[] {
  return Object.entries(value)
    .filter(([k, v]) => v !== undefined && !known.includes(k))
    .map(([k]) => issue([...path, k], `ns-3 validation does not know the scenario field ${k} yet, so it refuses rather than leave it out of the ns-3 program`));
}

/**
 * Every feature of `scenario` the ns-3 translation cannot reproduce, each with
 * its path (`links[0].jitter`). Empty when the scenario can be validated.
 */
export function unsupportedFeatures(scenario: ResolvedScenario): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  const why = 'ns-3 validation does not support';
  scenario.switches.forEach((s, i) => out.push(issue(['switches', i], `${why} ${s.kind === 'hub' ? 'hubs' : 'switches'} (${s.name}): only point-to-point links between hosts are translated`)));
  scenario.links.forEach((l, i) => {
    const d = l.directions[0];
    if (d.jitterNs > 0) out.push(issue(['links', i, 'jitter'], `${why} jitter (link ${l.name}): ns-3's point-to-point channel has a fixed delay`));
    if (d.loss?.kind === 'gilbert_elliott') out.push(issue(['links', i, 'loss'], `${why} Gilbert-Elliott loss (link ${l.name}): only Bernoulli loss is translated`));
    if ((d.queue.kind ?? 'drop_tail') !== 'drop_tail') out.push(issue(['links', i, 'queue', 'kind'], `${why} a ${d.queue.kind} queue (link ${l.name}): only drop-tail queues are translated`));
    else if (d.queue.limitBytes !== undefined) out.push(issue(['links', i, 'queue'], `${why} a queue limit in bytes (link ${l.name}): ns-3 counts bytes without the Ethernet header; give the limit in packets (33p)`));
    else if ((d.queue.limitPackets ?? QUEUE_LIMIT_DEFAULTS.drop_tail.limitPackets) < 2) out.push(issue(['links', i, 'queue'], `${why} a 1-packet queue (link ${l.name}): ns-3 keeps one packet in the device's own queue, so at least 2p`));
  });
  scenario.actions.forEach((a, i) => out.push(issue(['actions', i], `${why} actions (${a.op.kind} on ${scenario.hosts[a.host]!.name} at ${a.atNs / 1e9} s): ns-3 runs no guest programs`)));
  scenario.hosts.forEach((h, i) => {
    h.sysctls.forEach(([key], k) => {
      if (!TRANSLATED_SYSCTLS.has(key)) out.push(issue(['hosts', i, 'sysctls', key], `${why} the sysctl ${key} (host ${h.name}); translated: ${[...TRANSLATED_SYSCTLS].join(', ')}`));
      else if (key === 'net.ipv4.tcp_congestion_control' && !NS3_TCP[h.sysctls[k]![1]]) {
        out.push(issue(['hosts', i, 'sysctls', key], `${why} the congestion control ${h.sysctls[k]![1]} (host ${h.name}); translated: ${Object.keys(NS3_TCP).join(', ')}`));
      }
    });
  });
  scenario.flows.forEach((f, i) => {
    const cc = flowCc(scenario, i);
    if (f.cc !== undefined && !NS3_TCP[cc]) out.push(issue(['flows', i, 'cc'], `${why} the congestion control ${cc} (flow ${f.id}); translated: ${Object.keys(NS3_TCP).join(', ')}`));
  });
  out.push(...unknownFields(scenario, KNOWN_FIELDS.scenario, []));
  scenario.hosts.forEach((h, i) => out.push(...unknownFields(h, KNOWN_FIELDS.hosts, ['hosts', i])));
  scenario.links.forEach((l, i) => {
    out.push(...unknownFields(l, KNOWN_FIELDS.links, ['links', i]));
    l.directions.forEach((d) => out.push(...unknownFields(d, KNOWN_FIELDS.directions, ['links', i])));
  });
  scenario.flows.forEach((f, i) => out.push(...unknownFields(f, KNOWN_FIELDS.flows, ['flows', i])));
  if (scenario.flows.length === 0) out.push(issue(['flows'], 'ns-3 validation compares flows, and the scenario has none'));
  // Both directions of a link report the same field once.
  return out.filter((x, k) => out.findIndex((y) => y.message === x.message && y.path.join('\0') === x.path.join('\0')) === k);
}
