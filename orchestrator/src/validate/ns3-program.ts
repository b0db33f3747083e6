// The scenario as an ns-3 3.37 program (C++). The scenario-specific part is a
// set of tables (hosts, NICs, links, routes, flows) and the TCP defaults; the
// rest is fixed code in ns3-runtime.ts that builds the nodes from the tables,
// samples each flow's sender every sample interval and writes the same trace
// columns as `cosim run` (traces/<flow>.csv) plus outcome.json.
//
// Matched to the cosim network model (docs/validation.md has the reasoning):
// - Framing. cosim serializes the Ethernet frame's bytes (14-byte header, no
//   preamble, FCS or gap); ns-3's point-to-point device sends a 2-byte PPP
//   header instead. An InterframeGap of 12 bytes' time after every packet
//   makes the departures identical, and 12 bytes' time more of channel delay
//   makes the arrivals identical.
// - Queue. cosim holds N frames waiting plus the one on the wire; ns-3 holds
//   them in a FIFO queue disc of N - 1 and the device's own 1-packet queue.
// - TCP. Linux 6.1's defaults where ns-3 has the knob (below, TCP_DEFAULTS).

import { QUEUE_LIMIT_DEFAULTS } from '../sim/queue-config.js';
import type { ResolvedScenario } from '../scenario/types.js';
import { NS3_RUNTIME } from './ns3-runtime.js';
import { flowCc, hostSysctl, NS3_TCP } from './ns3-support.js';

/** The Ethernet header cosim counts minus the PPP header ns-3 counts. */
export const FRAMING_CORRECTION_BYTES = 14 - 2;

/** Linux's payload per full segment with timestamps (MSS 1460 - 12). */
export const SEGMENT_BYTES = 1448;

/** ns-3 attribute defaults set to Linux 6.1's behaviour; each is listed in the report. */
export function tcpDefaults(scenario: ResolvedScenario): [string, string][] {
  const onOff = (key: string) => (scenario.hosts.every((_, h) => hostSysctl(scenario, h, key, '1') !== '0') ? 'true' : 'false');
  return [
    ['ns3::TcpSocket::SegmentSize', `UintegerValue(${SEGMENT_BYTES})`],
    ['ns3::TcpSocket::InitialCwnd', 'UintegerValue(10)'],
    ['ns3::TcpSocket::DelAckCount', 'UintegerValue(2)'],
    ['ns3::TcpSocket::DelAckTimeout', 'TimeValue(MilliSeconds(40))'],
    ['ns3::TcpSocket::SndBufSize', 'UintegerValue(4194304)'],
    ['ns3::TcpSocket::RcvBufSize', 'UintegerValue(6291456)'],
    ['ns3::TcpSocketBase::MinRto', 'TimeValue(MilliSeconds(200))'],
    ['ns3::TcpSocketBase::ClockGranularity', 'TimeValue(MilliSeconds(1))'],
    ['ns3::TcpSocketBase::Sack', `BooleanValue(${onOff('net.ipv4.tcp_sack')})`],
    ['ns3::TcpSocketBase::Timestamp', `BooleanValue(${onOff('net.ipv4.tcp_timestamps')})`],
    ['ns3::TcpSocketBase::WindowScaling', `BooleanValue(${onOff('net.ipv4.tcp_window_scaling')})`],
    ['ns3::TcpSocketBase::LimitedTransmit', 'BooleanValue(true)'],
    ['ns3::TcpL4Protocol::RecoveryType', 'TypeIdValue(TypeId::LookupByName("ns3::TcpPrrRecovery"))'],
  ];
}

const cString = (s: string): string => JSON.stringify(s);

function maskOf(prefixLength: number): string {
  const bits = prefixLength === 0 ? 0 : (0xffffffff << (32 - prefixLength)) >>> 0;
  return [24, 16, 8, 0].map((s) => (bits >>> s) & 0xff).join('.');
}

function ipToInt(ip: string): number {
  return ip.split('.').reduce((a, b) => (a * 256 + Number(b)) >>> 0, 0);
}

/** Which of a host's NICs a gateway lies on (its subnet holds the address). */
function nicFor(scenario: ResolvedScenario, host: number, via: string): number {
  const nics = scenario.hosts[host]!.nics;
  const k = nics.findIndex((n) => {
    const mask = n.prefixLength === 0 ? 0 : (0xffffffff << (32 - n.prefixLength)) >>> 0;
    return ((ipToInt(n.ip) & mask) >>> 0) === ((ipToInt(via) & mask) >>> 0);
  });
  return Math.max(0, k);
}

/** The complete program text for `scenario`. Its sha256 is the build cache key. */
export function ns3Program(scenario: ResolvedScenario): string {
  const hosts = scenario.hosts.map((h, i) => {
    const fwd = hostSysctl(scenario, i, 'net.ipv4.ip_forward', hostSysctl(scenario, i, 'net.ipv4.conf.all.forwarding', '0')) !== '0';
    return `  {${cString(h.name)}, ${fwd}},`;
  });
  const nics = scenario.hosts.flatMap((h) => h.nics.map((n, k) => `  {${h.index}, ${k}, ${cString(n.ip)}, ${cString(maskOf(n.prefixLength))}},`));
  const links = scenario.links.map((l) => {
    const [a, b] = l.ends;
    const d = l.directions[0];
    const loss = d.loss?.kind === 'bernoulli' ? d.loss.lossProbability : 0;
    return `  {${cString(l.name)}, ${a.index}, ${a.nic}, ${b.index}, ${b.nic}, ${d.rateBps}ULL, ${d.delayNs}LL, ${d.queue.limitPackets ?? QUEUE_LIMIT_DEFAULTS.drop_tail.limitPackets}, ${loss}, ${cString(l.directions[0].id)}, ${cString(l.directions[1].id)}},`;
  });
  const routes = scenario.hosts.flatMap((h) =>
    h.routes.map((r) => {
      const [net, len] = r.to === 'default' ? ['0.0.0.0', 0] : [r.to.split('/')[0]!, Number(r.to.split('/')[1] ?? 32)];
      return `  {${h.index}, ${cString(net)}, ${cString(maskOf(len))}, ${cString(r.via)}, ${nicFor(scenario, h.index, r.via)}},`;
    }),
  );
  const flows = scenario.flows.map((f, i) => {
    const cc = flowCc(scenario, i);
    const bytes = f.bytes === 'until_end' ? 0 : f.bytes;
    return `  {${cString(f.id)}, ${f.from}, ${f.to}, ${cString(f.toIp)}, ${f.port}, ${f.startNs}LL, ${bytes}ULL, ${cString(NS3_TCP[cc] ?? cc)}, ${f.sampleIntervalNs}LL, ${cc === 'bbr'}},`;
  });
  const defaults = tcpDefaults(scenario).map(([k, v]) => `  Config::SetDefault(${cString(k)}, ${v});`);
  return `// cosim validate: scenario ${JSON.stringify(scenario.name)} for ns-3 3.37. Generated by
// orchestrator/src/validate/ns3-program.ts; edit the scenario, not this file.
${NS3_RUNTIME.head}
namespace {

const int64_t kDurationNs = ${scenario.durationNs}LL;
const uint32_t kFramingBytes = ${FRAMING_CORRECTION_BYTES};
const uint32_t kSegmentBytes = ${SEGMENT_BYTES};

const std::vector<HostSpec> kHosts = {
${hosts.join('\n')}
};

const std::vector<NicSpec> kNics = {
${nics.join('\n')}
};

const std::vector<LinkSpec> kLinks = {
${links.join('\n')}
};

const std::vector<RouteSpec> kRoutes = {
${routes.join('\n')}
};

const std::vector<FlowSpec> kFlows = {
${flows.join('\n')}
};

void SetTcpDefaults()
{
${defaults.join('\n')}
}

} // namespace
${NS3_RUNTIME.body}`;
}
