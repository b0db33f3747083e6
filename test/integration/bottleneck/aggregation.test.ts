// Aggregation with real guests: three 6.1 guests on a switch. Frames to b
// are released every 20 ms, frames to c four together (with a 20 ms
// timeout). A constant 4 Mbit/s of 1200-byte datagrams from a to each of b
// and c, and a cubic flow from b to a whose ACKs come to b every 20 ms.
// The throughput traces, binned by the millisecond and counted when frames
// are released, show the bursts asked for: b's only every 20th bin, c's
// four frames at a time (mostly four datagrams, sometimes with one of the
// small multicast frames the switch floods).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';
import { runScenarioText } from './helpers.js';

const SCENARIO = `name: aggregation
seed: 3
duration: 3s
hosts:
  - {name: a, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: b, kernel: "6.1", ip: 10.0.0.2/24}
  - {name: c, kernel: "6.1", ip: 10.0.0.3/24}
switches:
  - {name: sw}
links:
  - {name: la, between: [a, sw], rate: 100Mbit, delay: 1ms}
  - {name: lb, between: [sw, b], rate: 100Mbit, delay: 5ms, aggregate: {every: 20ms}, reverse: {aggregate: null}, throughput: 1ms}
  - {name: lc, between: [sw, c], rate: 100Mbit, delay: 5ms, aggregate: {frames: 4, timeout: 20ms}, throughput: 1ms}
udp_flows:
  - {id: tob, from: a, to: b, port: 9100, rate: 4Mbit, datagram: 1200B, duration: 2s}
  - {id: toc, from: a, to: c, port: 9101, rate: 4Mbit, datagram: 1200B, duration: 2s}
flows:
  - {id: up, from: b, to: a, cc: cubic, sample_interval: 10ms}
`;

/** A 1200-byte datagram is a 1242-byte frame. */
const FRAME = 1242;

function bins(out: string, link: string): number[][] {
  return readFileSync(join(out, 'traces', `link-${link}.csv`), 'utf8').trimEnd().split('\n').slice(1).map((r) => r.split(',').map(Number));
}

describe('aggregation', () => {
  it('releases frames every 20 ms, or four together', async () => {
    requireQemu();
    requireImage('6.1');
    const out = await runScenarioText(tempDir('aggregation'), 'aggregation', SCENARIO);

    // To b: released at multiples of 20 ms, so only one bin in 20 carries anything (skip ARP's first 200 ms).
    const toB = bins(out, 'lb').slice(200, 2000);
    const busyB = toB.flatMap((b, i) => (b[1]! > 0 ? [i % 20] : []));
    console.log(`to b: ${busyB.length} bins with frames, phases ${[...new Set(busyB)].join(',')}`);
    expect(new Set(busyB).size).toBe(1);
    expect(busyB.length).toBe(90);
    // The flow from b, whose ACKs arrive every 20 ms, still moves: ten ACK bursts a second are enough for cubic.
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { flows: { id: string; goodput_bps: number }[] };
    const up = summary.flows.find((f) => f.id === 'up')!.goodput_bps;
    console.log(`up: ${(up / 1e6).toFixed(2)} Mbit/s`);
    expect(up).toBeGreaterThan(5e6);

    // To c: 4 Mbit/s of 1242-byte frames is one every 2.484 ms; four together every 9.9 ms, never a timeout.
    const toC = bins(out, 'lc').slice(200, 1900).map((b) => b[1]! / 8 / 1000); // bytes per 1 ms bin
    const bursts = toC.filter((bytes) => bytes > 0);
    // Each burst is four frames: four datagrams, or fewer with the guests' small IPv6 multicast
    // reports (MLD, 90 bytes) that the switch floods to c too.
    for (const bytes of bursts) {
      const datagrams = Math.floor(bytes / FRAME);
      const rest = bytes - datagrams * FRAME;
      expect(datagrams).toBeLessThanOrEqual(4);
      expect(rest).toBeGreaterThanOrEqual((4 - datagrams) * 60);
      expect(rest).toBeLessThanOrEqual((4 - datagrams) * 200);
    }
    expect(bursts.filter((bytes) => bytes === 4 * FRAME).length).toBeGreaterThan(160);
    // 1.7 s of one datagram every 2.484 ms is 684 datagrams, 171 bursts; the small frames make a few more (179 with seed 3).
    expect(bursts.length).toBeGreaterThanOrEqual(171);
    expect(bursts.length).toBeLessThan(190);
  });
});
