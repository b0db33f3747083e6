// The merged timeline of a real run: two 6.1 guests negotiating ECN over a
// RED bottleneck (so there are marks and drops), a bulk flow, a sysctl and
// an exec action. timeline.json must parse as the Trace Event Format that
// Perfetto and chrome://tracing open (checked event by event against a
// schema), and hold every kind of event: frames on each link direction,
// each queue's depth, drops and marks with their reason, the flow's cwnd,
// RTT and retransmits, the actions as slices, names for every process and
// thread, and the experiment's start. Each line of the file is one event.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { traceFile } from '../../unit/results/helpers/trace-event-schema.js';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';
import { runScenarioText } from './helpers.js';

const SCENARIO = `name: timeline
seed: 4
duration: 3s
timeline: true
hosts:
  - {name: sender, kernel: "6.1", ip: 10.0.0.1/24, sysctls: {net.ipv4.tcp_ecn: 1}}
  - {name: receiver, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - name: wan
    between: [sender, receiver]
    rate: 10Mbit
    delay: 20ms
    queue: {kind: red, limit: 30p, min_th: 5, max_th: 15, max_p: 0.1, ecn: true}
flows:
  - {id: bulk, from: sender, to: receiver, cc: reno, sample_interval: 20ms}
actions:
  - {at: 500ms, host: receiver, sysctl: {net.ipv4.tcp_rmem: 4096 131072 6291456}}
  - {at: 1s, host: sender, exec: "cat /proc/sys/net/ipv4/tcp_ecn"}
`;

describe('the merged timeline', () => {
  it('is trace-event JSON with every kind of event', async () => {
    requireQemu();
    requireImage('6.1');
    const out = await runScenarioText(tempDir('timeline'), 'timeline', SCENARIO);
    const text = readFileSync(join(out, 'timeline.json'), 'utf8');
    const events = traceFile.parse(JSON.parse(text));
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('[');
    expect(lines.at(-1)).toBe(']');
    expect(lines.length).toBe(events.length + 2);

    const names = (ph: string) => new Set(events.filter((e) => e.ph === ph).map((e) => e.name));
    const meta = events.filter((e) => e.ph === 'M').map((e) => `${e.pid}/${e.tid ?? '-'} ${(e.args as { name: string }).name}`);
    expect(meta).toEqual(
      expect.arrayContaining([
        '1/- network',
        '1/1 frames wan:sender->receiver',
        '1/2 queue wan:sender->receiver',
        '1/3 frames wan:receiver->sender',
        '1/4 queue wan:receiver->sender',
        '100/- host sender',
        '101/- host receiver',
        '100/0 actions',
        '100/1 flow bulk',
      ]),
    );
    // Frames: one slice per frame, as long as its serialization at 10 Mbit/s.
    const frames = events.filter((e) => e.ph === 'X' && e.name === 'frame');
    expect(frames.length).toBeGreaterThan(1000);
    for (const f of frames.slice(0, 200)) expect(f.ph === 'X' && f.dur).toBeCloseTo((((f.args as Record<string, number>).bytes! * 8) / 10), 3);
    expect(names('C')).toEqual(new Set(['queue wan:sender->receiver', 'queue wan:receiver->sender', 'cwnd bulk', 'rtt bulk', 'retransmits bulk']));
    const instants = events.filter((e) => e.ph === 'i');
    const reasons = (name: string) => new Set(instants.filter((e) => e.name === name).map((e) => (e.args as Record<string, string>).reason));
    expect(reasons('mark')).toEqual(new Set(['red-early']));
    expect(reasons('drop').size).toBeGreaterThan(0);
    expect(instants.some((e) => e.name === 'experiment start' && e.ph === 'i' && e.s === 'g')).toBe(true);
    const cwnd = events.filter((e) => e.name === 'cwnd bulk');
    expect(cwnd.length).toBeGreaterThan(100);
    expect(Math.max(...cwnd.map((e) => (e.args as Record<string, number>).cwnd!))).toBeGreaterThan(10);
    const actions = events.filter((e) => e.cat === 'action');
    expect(actions.map((e) => [e.ph, e.pid, e.name])).toEqual([
      ['X', 101, 'net.ipv4.tcp_rmem=4096 131072 6291456'],
      ['X', 100, expect.stringContaining('cat /proc/sys/net/ipv4/tcp_ecn')],
    ]);
    // Times are one clock: the exec's slice starts 1 s after the experiment's start.
    const start = instants.find((e) => e.name === 'experiment start')!.ts;
    expect(actions[1]!.ts - start).toBeCloseTo(1e6, 3);
    console.log(`${events.length} events: ${frames.length} frames, ${cwnd.length} cwnd samples, ${instants.filter((e) => e.name === 'drop').length} drops, ${instants.filter((e) => e.name === 'mark').length} marks`);
  });
});
