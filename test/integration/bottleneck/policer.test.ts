// Token-bucket policers with real guests: two 6.1 guests on a 100 Mbit/s
// link, policed to 5 Mbit/s (a 15 KB bucket) from a to b and 2 Mbit/s (a
// 10 KB bucket) from b to a. A constant 15 Mbit/s of 1200-byte datagrams
// from a for 2 s gets through exactly what the bucket allows, burst plus
// rate times the span, and the rest is dropped at the policer (the queue's
// drops, reason `policer`), never queued. A cubic flow from b stays under
// its policer's rate.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UdpFlowSummary } from '../../../orchestrator/src/results/udp-flow-trace.js';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';
import { readQueueTrace, runScenarioText } from './helpers.js';

const SCENARIO = `name: policer
seed: 3
duration: 3s
hosts:
  - {name: a, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: b, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - name: l
    between: [a, b]
    rate: 100Mbit
    delay: 10ms
    policer: {rate: 5Mbit, burst: 15KB}
    reverse: {policer: {rate: 2Mbit, burst: 10KB}}
    throughput: 250ms
    queue_trace: true
udp_flows:
  - {id: cbr, from: a, to: b, port: 9100, start: 0s, rate: 15Mbit, datagram: 1200B, duration: 2s}
flows:
  - {id: up, from: b, to: a, cc: cubic, sample_interval: 10ms}
`;

/** A 1200-byte datagram is a 1242-byte frame (UDP 8, IPv4 20, Ethernet 14). */
const FRAME = 1242;

describe('a policer', () => {
  it('passes exactly its bucket and drops the rest, not queued', async () => {
    requireQemu();
    requireImage('6.1');
    const out = await runScenarioText(tempDir('policer'), 'policer', SCENARIO);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { flows: { id: string; goodput_bps: number }[]; queues: { id: string; drops: number; policer_drops?: number; max_depth_packets: number }[] };
    const outcome = JSON.parse(readFileSync(join(out, 'outcome.json'), 'utf8')) as { udp_flows: UdpFlowSummary[] };
    const cbr = outcome.udp_flows.find((f) => f.id === 'cbr')!;
    const down = summary.queues.find((q) => q.id === 'l:a->b')!;
    const up = summary.flows.find((f) => f.id === 'up')!;
    console.log(`cbr: sent ${cbr.sent_datagrams}, received ${cbr.received_datagrams}, lost ${cbr.lost_datagrams}; a->b drops ${down.drops} (policer ${down.policer_drops}); up goodput ${(up.goodput_bps / 1e6).toFixed(3)} Mbit/s`);

    // 3125 datagrams, one every 640 us from 10 ms: the last leaves 1.99936 s after the first. The bucket
    // passes 15000 bytes at once and 5 Mbit/s after, shared with the ACKs of the flow from b.
    expect(cbr.sent_datagrams).toBe(3125);
    expect(cbr.received_datagrams * FRAME).toBeLessThanOrEqual(15_000 + (5e6 * 1.99936) / 8);
    // While the flood lasts the bucket is empty: from 250 ms to 2 s (after the first burst, and the
    // ARP exchange the flood waits for), a->b passes exactly 5 Mbit/s, the ACKs of the flow from b
    // included: 1,093,750 bytes, less what the bucket held at either end (under one frame each).
    const rows = readFileSync(join(out, 'traces', 'link-l.csv'), 'utf8').trimEnd().split('\n').slice(1).map((r) => r.split(',').map(Number));
    const passed = rows.slice(1, 8).reduce((sum, b) => sum + (b[1]! * 250) / 8000, 0);
    console.log(`a->b bytes arriving from 250 ms to 2 s: ${passed}`);
    expect(Math.abs(passed - (5e6 * 1.75) / 8)).toBeLessThan(2 * 1514);
    // Every lost datagram was a policer drop (a few ARP frames through the same bucket may be too); none queued.
    expect(down.drops).toBe(down.policer_drops);
    expect(cbr.lost_datagrams).toBeLessThanOrEqual(down.policer_drops!);
    expect(cbr.lost_datagrams).toBeGreaterThanOrEqual(down.policer_drops! - 5);
    // The queue behind the policer (100 Mbit/s) holds at most what the bucket lets through at once.
    expect(down.max_depth_packets).toBeLessThanOrEqual(Math.ceil(15_000 / FRAME) + 1);
    const drops = readQueueTrace(out, 'l').rows.filter((r) => r.event === 'drop' && r.queue === 'l:a->b');
    expect(new Set(drops.map((r) => r.reason))).toEqual(new Set(['policer']));

    // Per 250 ms bin after the first, while the flood lasts: 5 Mbit/s of frames, within one frame.
    for (const b of rows.slice(1, 8)) expect(Math.abs(b[1]! - 5e6)).toBeLessThanOrEqual((FRAME * 8) / 0.25);

    // TCP through the 2 Mbit/s policer: never above it (1448 of each 1514 bytes are payload).
    expect(up.goodput_bps).toBeLessThan(2e6 * (1448 / 1514) + (10_000 * 8) / 3);
    expect(up.goodput_bps).toBeGreaterThan(0.5e6);
  });
});
