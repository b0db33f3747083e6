// Trace-driven links with real guests: from a to b the synthetic LTE-like
// trace of examples/traces (scripts/make-lte-trace.mjs), from b to a the
// constant one (one opportunity a millisecond), each flooded with UDP
// datagrams of 1472 bytes, so every frame is a full 1514 and the queue is
// never empty. Then each opportunity carries exactly one frame: the bytes
// arriving per 100 ms bin are 1514 times the opportunities the trace has
// in that bin (shifted by the link's 5 ms delay), exactly.

import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';
import { runScenarioText } from './helpers.js';

const SCENARIO = `name: tracelink
seed: 3
duration: 3s
hosts:
  - {name: a, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: b, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - name: cell
    between: [a, b]
    rate: 100Mbit
    delay: 5ms
    trace: lte-synthetic.trace
    reverse: {trace: constant-12mbit.trace}
    throughput: 100ms
udp_flows:
  - {id: down, from: a, to: b, port: 9100, rate: 50Mbit, datagram: 1472B}
  - {id: up, from: b, to: a, port: 9101, rate: 20Mbit, datagram: 1472B}
`;

const BIN_MS = 100;
const DELAY_MS = 5;

describe('a trace-driven link', () => {
  it('delivers one full frame per opportunity of its trace, exactly', async () => {
    requireQemu();
    requireImage('6.1');
    const dir = tempDir('tracelink');
    for (const t of ['lte-synthetic.trace', 'constant-12mbit.trace']) copyFileSync(join('examples', 'traces', t), join(dir, t));
    const out = await runScenarioText(dir, 'tracelink', SCENARIO);

    const resolved = JSON.parse(readFileSync(join(out, 'resolved-scenario.json'), 'utf8')) as { links: { directions: { trace?: { source: string; sha256: string } }[] }[] };
    expect(resolved.links[0]!.directions.map((d) => d.trace?.source)).toEqual(['lte-synthetic.trace', 'constant-12mbit.trace']);
    expect(resolved.links[0]!.directions[0]!.trace!.sha256).toMatch(/^[0-9a-f]{64}$/);

    // Opportunities of the LTE trace (it is 10 s long: no loop within 3 s) per bin, as they reach b.
    const opportunities = readFileSync(join('examples', 'traces', 'lte-synthetic.trace'), 'utf8').trim().split('\n').map(Number);
    const expected = (k: number) => opportunities.filter((ms) => ms + DELAY_MS >= k * BIN_MS && ms + DELAY_MS < (k + 1) * BIN_MS).length;
    const bins = readFileSync(join(out, 'traces', 'link-cell.csv'), 'utf8').trimEnd().split('\n').slice(1).map((r) => r.split(',').map(Number));
    // From 200 ms (both floods running, ARP done) to the end: frames = opportunities.
    const frames = (bps: number) => (bps * BIN_MS) / 8000 / 1514;
    const down = bins.slice(2, 30).map((b) => frames(b[1]!));
    console.log(`a->b frames per 100 ms: ${down.join(' ')}`);
    expect(down).toEqual(bins.slice(2, 30).map((_, i) => expected(i + 2)));
    // The constant trace: 100 opportunities per 100 ms, 12.112 Mbit/s of frames.
    expect(new Set(bins.slice(2, 30).map((b) => frames(b[2]!)))).toEqual(new Set([100]));
  });
});
