// An asymmetric access link with real guests: 10 Mbit/s down (isp -> home)
// and, through `reverse:`, 1 Mbit/s up with its own delay, jitter, queue
// and loss. One 6.1 guest at each end, a bulk flow each way for 4 s: each
// direction carries at most its own rate, and the download keeps most of
// its rate although its ACKs queue behind the upload on the narrow uplink.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';
import { runScenarioText } from './helpers.js';

const SCENARIO = `name: asymmetric
seed: 5
duration: 4s
hosts:
  - {name: isp, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: home, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - name: access
    between: [isp, home]
    rate: 10Mbit
    delay: 10ms
    queue: 50p
    reverse: {rate: 1Mbit, delay: 15ms, jitter: 1ms, queue: 20p, loss: 0.001}
    throughput: 500ms
flows:
  - {id: down, from: isp, to: home, cc: cubic}
  - {id: up, from: home, to: isp, port: 6000, cc: cubic}
`;

describe('an asymmetric link', () => {
  it('carries 10 Mbit/s down and 1 Mbit/s up, each direction with its own settings', async () => {
    requireQemu();
    requireImage('6.1');
    const out = await runScenarioText(tempDir('asym'), 'asymmetric', SCENARIO);
    const resolved = JSON.parse(readFileSync(join(out, 'resolved-scenario.json'), 'utf8')) as { links: { directions: { id: string; rateBps: number; delayNs: number; jitterNs: number; queue: object; loss: unknown }[] }[] };
    const [down, up] = resolved.links[0]!.directions;
    expect(down).toMatchObject({ id: 'access:isp->home', rateBps: 10_000_000, delayNs: 10_000_000, jitterNs: 0, queue: { limitPackets: 50 } });
    expect(down!.loss).toBeUndefined();
    expect(up).toMatchObject({ id: 'access:home->isp', rateBps: 1_000_000, delayNs: 15_000_000, jitterNs: 1_000_000, queue: { limitPackets: 20 }, loss: { kind: 'bernoulli', lossProbability: 0.001 } });

    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { flows: { id: string; goodput_bps: number }[] };
    const goodput = Object.fromEntries(summary.flows.map((f) => [f.id, f.goodput_bps / 1e6]));
    console.log(`goodput down ${goodput.down!.toFixed(2)} Mbit/s, up ${goodput.up!.toFixed(3)} Mbit/s`);
    expect(goodput.down).toBeGreaterThan(6);
    expect(goodput.down).toBeLessThan(10);
    expect(goodput.up).toBeGreaterThan(0.4);
    expect(goodput.up).toBeLessThan(1);

    // Per 500 ms bin, frames arriving at each end: never above the direction's rate, close to it once busy.
    // A bin counts each frame whole when it arrives, so a frame serialized across a bin's start (and,
    // with jitter, one that arrives a little early) lands in one bin: at most one full frame over the rate.
    const [header, ...rows] = readFileSync(join(out, 'traces', 'link-access.csv'), 'utf8').trimEnd().split('\n');
    expect(header).toBe('time_s,access:isp->home_bps,access:home->isp_bps');
    const bins = rows.map((r) => r.split(',').map(Number));
    const oneFrame = (1514 * 8) / 0.5;
    expect(Math.max(...bins.map((b) => b[1]!))).toBeLessThanOrEqual(10_000_000 + oneFrame);
    expect(Math.max(...bins.map((b) => b[2]!))).toBeLessThanOrEqual(1_000_000 + oneFrame);
    // The upload fills its 1 Mbit/s from the first bins; the download, sharing that uplink with its ACKs, from 1.5 s:
    // over 8 Mbit/s on average, and no bin below 7.5 Mbit/s. Its ACKs wait behind 12 ms upload frames in the
    // uplink's queue, so with server-sized buffers (no longer receive-window bound) seed 5 gives bins of
    // 8.49 to 9.36 Mbit/s, 8.83 on average; with a cubic loss recovery in a bin it went down to 7.75 before.
    const downFromBusy = bins.slice(3).map((b) => b[1]!);
    expect(downFromBusy.reduce((a, b) => a + b, 0) / downFromBusy.length).toBeGreaterThan(8_000_000);
    expect(Math.min(...downFromBusy)).toBeGreaterThan(7_500_000);
    expect(Math.min(...bins.slice(1).map((b) => b[2]!))).toBeGreaterThan(800_000);
  });
});
