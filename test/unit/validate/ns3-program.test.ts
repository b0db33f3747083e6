// The translator: the scenario's tables in the generated ns-3 program, the
// framing correction, Linux's TCP defaults, and a text that depends only on
// the scenario (it is the build cache's key).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { knownKernels } from '../../../orchestrator/src/images/kernel-catalog.js';
import { loadScenarioText } from '../../../orchestrator/src/scenario/load-scenario.js';
import { FRAMING_CORRECTION_BYTES, ns3Program } from '../../../orchestrator/src/validate/ns3-program.js';

const load = (path: string, edit: (t: string) => string = (t) => t) => loadScenarioText(edit(readFileSync(path, 'utf8')), path, knownKernels());
const table = (program: string, name: string) => {
  const m = new RegExp(`const std::vector<\\w+> ${name} = \\{\\n([^]*?)\\n\\};`).exec(program);
  return (m?.[1] ?? '').split('\n').filter((l) => l.trim() !== '').map((l) => l.trim());
};

describe('ns3Program', () => {
  const dumbbell = ns3Program(load('examples/dumbbell.yaml'));

  it('writes the dumbbell as two nodes, one 10 Mbit/s link with a 33-packet queue, one reno flow', () => {
    expect(table(dumbbell, 'kHosts')).toEqual(['{"sender", false},', '{"receiver", false},']);
    expect(table(dumbbell, 'kNics')).toEqual(['{0, 0, "10.0.0.1", "255.255.255.0"},', '{1, 0, "10.0.0.2", "255.255.255.0"},']);
    expect(table(dumbbell, 'kLinks')).toEqual(['{"bottleneck", 0, 0, 1, 0, 10000000ULL, 20000000LL, 33, 0, "bottleneck:sender->receiver", "bottleneck:receiver->sender"},']);
    expect(table(dumbbell, 'kRoutes')).toEqual([]);
    expect(table(dumbbell, 'kFlows')).toEqual(['{"reno", 0, 1, "10.0.0.2", 5001, 0LL, 0ULL, "ns3::TcpLinuxReno", 10000000LL, false},']);
    expect(dumbbell).toContain('const int64_t kDurationNs = 30000000000LL;');
  });

  it('corrects PPP framing to Ethernet with 12 bytes of gap and delay, and splits the queue between disc and device', () => {
    expect(FRAMING_CORRECTION_BYTES).toBe(12);
    expect(dumbbell).toContain('const uint32_t kFramingBytes = 12;');
    expect(dumbbell).toContain('p2p.SetDeviceAttribute("InterframeGap", TimeValue(gap));');
    expect(dumbbell).toContain('p2p.SetChannelAttribute("Delay", TimeValue(NanoSeconds(l.delayNs) + gap));');
    expect(dumbbell).toContain('std::to_string(l.queuePackets - 1) + "p"');
    expect(dumbbell).toContain('p2p.SetQueue("ns3::DropTailQueue<Packet>", "MaxSize", StringValue("1p"));');
  });

  it('sets Linux 6.1\'s TCP defaults where ns-3 has the knob, and follows the sysctls', () => {
    for (const line of [
      'Config::SetDefault("ns3::TcpSocket::SegmentSize", UintegerValue(1448));',
      'Config::SetDefault("ns3::TcpSocket::InitialCwnd", UintegerValue(10));',
      'Config::SetDefault("ns3::TcpSocket::DelAckCount", UintegerValue(2));',
      'Config::SetDefault("ns3::TcpSocketBase::MinRto", TimeValue(MilliSeconds(200)));',
      'Config::SetDefault("ns3::TcpSocketBase::Sack", BooleanValue(true));',
    ]) expect(dumbbell).toContain(line);
    const noSack = ns3Program(load('examples/dumbbell.yaml', (t) => t.replace('reno\n  - name: receiver', 'reno\n      net.ipv4.tcp_sack: 0\n  - name: receiver')));
    expect(noSack).toContain('Config::SetDefault("ns3::TcpSocketBase::Sack", BooleanValue(false));');
  });

  it('maps cubic and bbr to TcpCubic and a paced TcpBbr, and Bernoulli loss to the link', () => {
    const cubic = ns3Program(load('examples/dumbbell.yaml', (t) => t.replace('cc: reno', 'cc: cubic').replace('queue: 33p', 'queue: 33p\n    loss: 0.001')));
    expect(table(cubic, 'kFlows')[0]).toContain('"ns3::TcpCubic", 10000000LL, false}');
    expect(table(cubic, 'kLinks')[0]).toContain(', 33, 0.001, ');
    const bbr = ns3Program(load('examples/dumbbell.yaml', (t) => t.replace('cc: reno', 'cc: bbr')));
    expect(table(bbr, 'kFlows')[0]).toContain('"ns3::TcpBbr", 10000000LL, true}');
  });

  it('gives a router forwarding, its two NICs and the hosts\' static routes on the right interface', () => {
    const router = ns3Program(load('examples/router.yaml', (t) => t.replace(/actions:[^]*$/, '')));
    expect(table(router, 'kHosts')).toEqual(['{"sender", false},', '{"router", true},', '{"receiver", false},']);
    expect(table(router, 'kNics')).toContain('{1, 1, "10.0.2.254", "255.255.255.0"},');
    expect(table(router, 'kLinks')[1]).toMatch(/^\{"right", 1, 1, 2, 0, 10000000ULL, 10000000LL, 20, 0,/);
    expect(table(router, 'kRoutes')).toEqual(['{0, "0.0.0.0", "0.0.0.0", "10.0.1.254", 0},', '{2, "10.0.1.0", "255.255.255.0", "10.0.2.254", 0},']);
  });

  it('is the same text for the same scenario, and another for another', () => {
    expect(ns3Program(load('examples/dumbbell.yaml'))).toBe(dumbbell);
    expect(ns3Program(load('examples/dumbbell.yaml', (t) => t.replace('duration: 30s', 'duration: 4s')))).not.toBe(dumbbell);
  });
});
