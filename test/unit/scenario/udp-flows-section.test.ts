import { describe, expect, it } from 'vitest';
import { compileSection, sectionIssues } from './helpers/compile-section.js';

const text = (flows: string, extra = '') => `name: u
duration: 5s
hosts:
  - {name: a, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: b, kernel: "6.1", ip: 10.0.0.2/24}
  - {name: c, kernel: "6.1", ip: 10.0.1.3/24}
links:
  - {name: l, between: [a, b], rate: 10Mbit}
${extra}udp_flows:
${flows}
`;
const load = (t: string) => compileSection(t);

const issuesOf = (t: string) => sectionIssues(t);

describe('udp_flows', () => {
  it('resolves constant-rate and on/off flows with their defaults', () => {
    const s = load(text('  - {id: v, from: a, to: b, rate: 5Mbit, start: 1s}\n  - {id: w, from: b, to: a, rate: 1Mbit, datagram: 500B, duration: 2s, on_off: {on: 100ms, off: 50ms, distribution: exponential}, sample_interval: 10ms}'));
    expect(s.udpFlows).toEqual([
      { id: 'v', from: 0, to: 1, toIp: '10.0.0.2', port: 9000, startNs: 1e9, durationNs: 4e9, rateBps: 5e6, datagramBytes: 1200, sampleIntervalNs: 1e8 },
      { id: 'w', from: 1, to: 0, toIp: '10.0.0.1', port: 9001, startNs: 0, durationNs: 2e9, rateBps: 1e6, datagramBytes: 500, onOff: { onNs: 1e8, offNs: 5e7, distribution: 'exponential' }, sampleIntervalNs: 1e7 },
    ]);
  });

  it('leaves scenarios without UDP flows as they were', () => {
    expect(Object.keys(load(text('  []'))).includes('udpFlows')).toBe(false);
  });

  it('reports bad values with their paths', () => {
    expect(
      issuesOf(text('  - {id: v, from: a, to: a, rate: fast, datagram: 70000B, duration: 0s, on_off: {on: 10us, off: 1s, distribution: pareto}, sample_interval: 100us, colour: red}')),
    ).toEqual([
      'udp_flows.0.colour: unknown field "colour" (expected one of: id, from, to, port, start, duration, rate, datagram, on_off, sample_interval)',
      'udp_flows.0.to: a UDP flow goes to another host',
      'udp_flows.0.duration: duration must be longer than 0',
      'udp_flows.0.rate: rate must be a positive rate like 10Mbit, 1Gbps or 500kbit',
      'udp_flows.0.datagram: datagram must be from 1B to 65507B (the UDP payload over IPv4)',
      'udp_flows.0.on_off.on: on must be at least 1ms',
      'udp_flows.0.on_off.distribution: distribution must be "fixed" or "exponential"',
      'udp_flows.0.sample_interval: sample_interval must be at least 1ms',
    ]);
    expect(issuesOf(text('  - {id: v, from: a, to: c, rate: 1Gbit, datagram: 100B}'))).toEqual([
      'udp_flows.0.to: no links join a to c',
      'udp_flows.0.rate: rate would need a datagram every 800 ns; the agent paces at most one every 50 us (use larger datagrams)',
    ]);
    expect(issuesOf(text('  - {id: v, from: a, to: b, rate: 1Mbit, port: 5000}\n  - {id: v, from: a, to: b, rate: 1Mbit, port: 5000}'))).toEqual([
      'udp_flows.1.id: there is already a UDP flow v',
      'udp_flows.1.port: port 5000 on b is another UDP flow\'s',
    ]);
    expect(issuesOf(text('  - {id: v, from: a, to: b, rate: 1Mbit}', 'flows:\n  - {id: v, from: a, to: b}\n'))).toEqual([
      'udp_flows.0.id: UDP flow v would write traces/v.csv, which flow v already writes; rename one of them',
    ]);
    expect(issuesOf(text('  - {id: v, from: a, to: b, rate: 1Mbit, duration: 20s, on_off: {on: 1ms, off: 1ms}}'))).toEqual([
      'udp_flows.0.on_off: on and off spans this short make over 10000 spans in 20 s; make them longer',
    ]);
  });
});
