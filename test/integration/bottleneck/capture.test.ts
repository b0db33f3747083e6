// Capture on both sides of a queue with real guests: a 1 MB Reno transfer
// from a 6.1 sender overshoots a 20-packet drop-tail queue in slow start.
// The link's pcapng has one interface per direction and tap; tshark counts
// the frames each interface saw, and the difference between the taps before
// and after the queue is exactly the queue's drops (outcome.json), which
// the after-queue interface's statistics also carry. The classic pcap of
// the same link still holds what left the queue.

import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';
import { runScenarioText } from './helpers.js';

const run = promisify(execFile);

const SCENARIO = `name: capture
seed: 7
duration: 3s
hosts:
  - {name: sender, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: receiver, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - name: wan
    between: [sender, receiver]
    rate: 10Mbit
    delay: 20ms
    queue: 20p
    capture: [before_queue, after_queue]
    pcap: true
flows:
  - {id: mb, from: sender, to: receiver, bytes: 1MB, cc: reno}
`;

async function framesPerInterface(file: string): Promise<Map<string, number>> {
  const { stdout } = await run('tshark', ['-r', file, '-T', 'fields', '-e', 'frame.interface_name'], { maxBuffer: 64 << 20 });
  const counts = new Map<string, number>();
  for (const name of stdout.trim().split('\n')) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

describe('taps before and after a queue', () => {
  it('let tshark count the queue drops as the difference between them', async () => {
    requireQemu();
    requireImage('6.1');
    const out = await runScenarioText(tempDir('capture'), 'capture', SCENARIO);
    const outcome = JSON.parse(readFileSync(join(out, 'outcome.json'), 'utf8')) as { queues: { id: string; drops: number; enqueued: number }[]; flows: { id: string }[] };
    const counts = await framesPerInterface(join(out, 'pcap', 'wan.pcapng'));
    expect([...counts.keys()].sort()).toEqual(['wan:receiver->sender after_queue', 'wan:receiver->sender before_queue', 'wan:sender->receiver after_queue', 'wan:sender->receiver before_queue']);
    for (const q of outcome.queues) {
      const before = counts.get(`${q.id} before_queue`)!;
      const after = counts.get(`${q.id} after_queue`)!;
      console.log(`${q.id}: ${before} before the queue, ${after} after, ${q.drops} dropped`);
      // The transfer ends well before the run: nothing is left queued.
      expect(before - after).toBe(q.drops);
      expect(after).toBe(q.enqueued);
    }
    expect(outcome.queues.find((q) => q.id === 'wan:sender->receiver')!.drops).toBeGreaterThan(0);
    // The classic pcap is the after-queue tap of both directions.
    const { stdout } = await run('capinfos', ['-c', '-M', join(out, 'pcap', 'wan.pcap')]);
    const classic = Number(/Number of packets:\s+(\d+)/.exec(stdout)![1]);
    expect(classic).toBe(counts.get('wan:sender->receiver after_queue')! + counts.get('wan:receiver->sender after_queue')!);
    // The statistics blocks: capinfos sees one per interface.
    const info = (await run('capinfos', ['-M', join(out, 'pcap', 'wan.pcapng')])).stdout;
    expect(info.match(/Number of stat entries = 1/g)).toHaveLength(4);
  });
});
