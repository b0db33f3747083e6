// A link whose rate steps down mid-flow, with real guests: two 6.1 guests,
// a cubic bulk flow for 4 s over 10 Mbit/s that becomes 5 Mbit/s at 2 s.
// The flow's goodput follows within a bin of 250 ms (about ten RTTs at
// the new rate with its queue): the bins before carry about 10 Mbit/s of
// frames, those after about 5. The link's throughput trace shows the
// scheduled rate beside the measured one, the queue trace a `change` row
// at 2 s, and the timeline the change as an instant and a counter. The
// ACK path repeats its own pattern (a delay of 10 ms, then 12 ms, every
// 2 s, with a loss of 0 and a 40-packet queue), which the flow barely feels.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';
import { experimentStartS, readQueueTrace, runScenarioText } from './helpers.js';

const SCENARIO = `name: ratestep
seed: 3
duration: 4s
timeline: true
hosts:
  - {name: sender, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: receiver, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - name: wan
    between: [sender, receiver]
    rate: 10Mbit
    delay: 10ms
    queue: 50p
    schedule: [{at: 2s, rate: 5Mbit}]
    reverse: {schedule: {steps: [{at: 0s, delay: 10ms, loss: 0, queue: 40p}, {at: 1s, delay: 12ms}], repeat: 2s}}
    throughput: 250ms
    queue_trace: true
flows:
  - {id: bulk, from: sender, to: receiver, cc: cubic, sample_interval: 10ms}
`;

const BIN_S = 0.25;

/**
 * Goodput (acknowledged payload, bit/s) per `binS` of the flow trace, from
 * the sample nearest each edge. Acknowledged bytes come in lumps after a
 * loss recovery (a SACKed hole filled), so bins of 500 ms say the rate.
 */
function goodputBins(out: string, binS: number): number[] {
  const rows = readFileSync(join(out, 'traces', 'bulk.csv'), 'utf8').trimEnd().split('\n').slice(1).map((r) => r.split(',').map(Number));
  const ackedAt = (t: number) => rows.reduce((best, r) => (Math.abs(r[0]! - t) < Math.abs(best[0]! - t) ? r : best))[5]!;
  return Array.from({ length: Math.round(4 / binS) }, (_, i) => ((ackedAt((i + 1) * binS) - ackedAt(i * binS)) * 8) / binS);
}

describe('a link schedule', () => {
  it('steps the rate from 10 to 5 Mbit/s at 2 s, and the flow follows', async () => {
    requireQemu();
    requireImage('6.1');
    const out = await runScenarioText(tempDir('ratestep'), 'ratestep', SCENARIO);

    const goodput = goodputBins(out, 0.5);
    console.log(`goodput per 250 ms bin (Mbit/s): ${goodputBins(out, BIN_S).map((g) => (g / 1e6).toFixed(2)).join(' ')}`);
    console.log(`goodput per 500 ms bin (Mbit/s): ${goodput.map((g) => (g / 1e6).toFixed(2)).join(' ')}`);
    // A 1514-byte frame carries 1448 bytes of payload (timestamps on): 9.56 and 4.78 Mbit/s at most.
    // From the first bin after the step, the flow has the new rate (within 6%: the queue's last
    // frames of the old rate and the acknowledgement lumps of a loss recovery land in bins).
    for (const g of goodput.slice(1, 4)) expect(g / (10e6 * (1448 / 1514))).toBeGreaterThan(0.94);
    for (const g of goodput.slice(1, 4)) expect(g / (10e6 * (1448 / 1514))).toBeLessThan(1.01);
    for (const g of goodput.slice(4)) expect(g / (5e6 * (1448 / 1514))).toBeGreaterThan(0.94);
    for (const g of goodput.slice(4)) expect(g / (5e6 * (1448 / 1514))).toBeLessThan(1.06);

    // The link's trace: measured frames per bin, then the scheduled rates (the ACK path's stays 10 Mbit/s).
    const [header, ...rows] = readFileSync(join(out, 'traces', 'link-wan.csv'), 'utf8').trimEnd().split('\n');
    expect(header).toBe('time_s,wan:sender->receiver_bps,wan:receiver->sender_bps,wan:sender->receiver_scheduled_bps,wan:receiver->sender_scheduled_bps');
    const bins = rows.map((r) => r.split(',').map(Number));
    expect(bins.map((b) => b[3])).toEqual(bins.map((b) => (b[0]! < 2 ? 10e6 : 5e6)));
    expect(new Set(bins.map((b) => b[4]))).toEqual(new Set([10e6]));
    const oneFrame = (1514 * 8) / BIN_S;
    for (const b of bins.slice(1)) {
      // The bin after the step also gets the 10 ms of frames sent at 10 Mbit/s just before it, in flight then.
      expect(b[1]).toBeLessThanOrEqual(b[3]! + oneFrame + (b[0] === 2 ? (10e6 * 0.01 - 5e6 * 0.01) / BIN_S : 0));
      expect(b[1]).toBeGreaterThan(b[3]! * 0.95);
    }

    // The queue trace: the first settings at the start, then each step, the ACK path's every second.
    const start = experimentStartS(out);
    const changes = readQueueTrace(out, 'wan').rows.filter((r) => r.event === 'change');
    const at = (q: string) => changes.filter((r) => r.queue === q).map((r) => [Number((r.timeS - start).toFixed(9)), r.reason]);
    expect(at('wan:sender->receiver')).toEqual([
      [0, 'step=-1;rate_bps=10000000;delay_ns=10000000;loss=0;limit_packets=50'],
      [2, 'step=0;rate_bps=5000000;delay_ns=10000000;loss=0;limit_packets=50'],
    ]);
    const ack = (step: number, delayMs: number) => `step=${step};rate_bps=10000000;delay_ns=${delayMs * 1e6};loss=0;limit_packets=${step < 0 ? 50 : 40}`;
    expect(at('wan:receiver->sender').slice(0, 5)).toEqual([
      [0, ack(-1, 10)],
      [0, ack(0, 10)],
      [1, ack(1, 12)],
      [2, ack(0, 10)],
      [3, ack(1, 12)],
    ]);

    // The timeline: the change as an instant on the direction's frames thread and the settings as a counter.
    const events = JSON.parse(readFileSync(join(out, 'timeline.json'), 'utf8')) as { name: string; ph: string; ts: number; args?: Record<string, number> }[];
    const counter = events.filter((e) => e.name === 'link wan:sender->receiver' && e.ph === 'C');
    expect(counter.map((e) => [Number((e.ts / 1e6 - start).toFixed(6)), e.args!.rate_bps])).toEqual([
      [0, 10e6],
      [2, 5e6],
    ]);
    expect(events.filter((e) => e.name === 'change' && e.ph === 'i').length).toBeGreaterThanOrEqual(2 + 5);
  });
});
