// UDP flows with real guests, one run of two 6.1 guests over a 10 Mbit/s
// link (a 50-packet drop-tail queue each way):
// - a constant 15 Mbit/s of 1200-byte datagrams from a to b for 2 s: the
//   receiver gets the bottleneck's rate (less the headers), and the rest is
//   lost at the queue, as summary.json's sent/received/lost and the queue's
//   drop count agree;
// - a 5 Mbit/s flow from b to a, on 300 ms and off 200 ms: its trace shows
//   the flow's rate in every on span and nothing in the off spans.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UdpFlowSummary } from '../../../orchestrator/src/results/udp-flow-trace.js';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';
import { runScenarioText } from './helpers.js';

const SCENARIO = `name: udp-flows
seed: 3
duration: 3s
hosts:
  - {name: a, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: b, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - {name: l, between: [a, b], rate: 10Mbit, delay: 10ms, queue: 50p}
udp_flows:
  - {id: cbr, from: a, to: b, port: 9100, start: 0s, rate: 15Mbit, datagram: 1200B, duration: 2s}
  - {id: onoff, from: b, to: a, rate: 5Mbit, datagram: 1000B, duration: 2s, on_off: {on: 300ms, off: 200ms}, sample_interval: 50ms}
`;

/** Each 1200-byte datagram is a 1242-byte frame (UDP 8, IPv4 20, Ethernet 14); the link counts frame bytes. */
const PAYLOAD_SHARE = 1200 / 1242;

describe('UDP flows', () => {
  it('lose what a narrower bottleneck cannot carry, and an on/off flow traces its spans', async () => {
    requireQemu();
    requireImage('6.1');
    const out = await runScenarioText(tempDir('udp-flows'), 'run', SCENARIO);
    const outcome = JSON.parse(readFileSync(join(out, 'outcome.json'), 'utf8')) as { udp_flows: UdpFlowSummary[]; queues: { id: string; drops: number }[] };
    const cbr = outcome.udp_flows.find((f) => f.id === 'cbr')!;
    const onoff = outcome.udp_flows.find((f) => f.id === 'onoff')!;
    console.log(`cbr: sent ${cbr.sent_datagrams} (${cbr.sent_bps} bit/s), received ${cbr.received_datagrams} (${cbr.received_bps} bit/s), lost ${cbr.lost_datagrams}; onoff: sent ${onoff.sent_datagrams}, received ${onoff.received_datagrams}`);

    // The sender kept its pace: 15 Mbit/s of 1200 B is one datagram every 640 us, 3125 in 2 s.
    expect(cbr.complete).toBe(true);
    expect(cbr.sent_datagrams).toBe(3125);
    expect(cbr.send_errors).toBe(0);
    // The receiver got the bottleneck's payload rate for 2 s, plus at most the queue's 50 packets drained after.
    const bottleneck = 10e6 * PAYLOAD_SHARE;
    expect(cbr.received_bps).toBeGreaterThan(bottleneck * 0.98);
    expect(cbr.received_bps).toBeLessThan(bottleneck * 1.02 + (50 * 1200 * 8) / 2);
    // What was lost was dropped at the queue, nowhere else. The queue also drops a few ARP frames
    // (a's answers to b, which share the full a->b queue), so its count may be a little higher.
    expect(cbr.lost_datagrams).toBe(cbr.sent_datagrams - cbr.received_datagrams);
    const drops = outcome.queues.find((q) => q.id === 'l:a->b')!.drops;
    expect(cbr.lost_datagrams).toBeLessThanOrEqual(drops);
    expect(cbr.lost_datagrams).toBeGreaterThanOrEqual(drops - 5);
    expect(cbr.loss_ratio).toBeGreaterThan(0.3);

    // The on/off flow fits the link: nothing lost. 2 s is four 500 ms cycles of 300 ms on: 1.2 s at 5 Mbit/s, 750 datagrams (+1 per span for the fencepost).
    expect(onoff.lost_datagrams).toBe(0);
    expect(onoff.sent_datagrams).toBeGreaterThanOrEqual(750);
    expect(onoff.sent_datagrams).toBeLessThanOrEqual(754);
    // Its trace: received_bps near 5 Mbit/s in the middle of each on span, 0 in the middle of each off span.
    const rows = readFileSync(join(out, 'traces', 'onoff.csv'), 'utf8').trim().split('\n');
    expect(rows[0]).toBe('time_s,received_datagrams,received_bytes,received_bps,sent_at_s,sent_datagrams,sent_bytes');
    const trace = rows.slice(1).map((l) => l.split(',').map(Number)).map(([t, , , bps]) => ({ t: t!, bps: bps! }));
    const at = (s: number) => trace.find((r) => r.t >= s)!.bps;
    // The sender starts 10 ms after the experiment's time 0; the link adds 10 ms and serialization.
    for (let cycle = 0; cycle < 4; cycle++) {
      const on = 0.5 * cycle + 0.01;
      expect(at(on + 0.15)).toBeGreaterThan(4.5e6);
      expect(at(on + 0.15)).toBeLessThan(5.5e6);
      expect(at(on + 0.3 + 0.12)).toBe(0);
    }
  });
});
