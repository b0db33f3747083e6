// The bottleneck's queue kinds with real guests: one Reno flow from a 6.1
// sender over 10 Mbit/s, 20 ms, for 4 s, with the queue trace on. CoDel
// holds the standing sojourn near its 5 ms target where a large drop-tail
// queue lets it stand at hundreds of ms; RED marks the frames of guests
// that negotiated ECN; FQ-CoDel keeps two flows' sojourn low. Every
// queue key of docs/scenario-spec.md runs here.

import { describe, expect, it } from 'vitest';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';
import { experimentStartS, mean, median, readQueueTrace, runScenarioText, sojournsMs } from './helpers.js';

const dir = tempDir('aqm');
const DOWN = 'wan:sender->receiver';

function dumbbell(name: string, queue: string, extra = { sysctls: '', flows: '' }): string {
  return `name: ${name}
seed: 3
duration: 4s
hosts:
  - {name: sender, kernel: "6.1", ip: 10.0.0.1/24${extra.sysctls}}
  - {name: receiver, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - name: wan
    between: [sender, receiver]
    rate: 10Mbit
    delay: 20ms
    queue: ${queue}
    queue_trace: true
flows:
  - {id: bulk, from: sender, to: receiver, cc: reno}
${extra.flows}`;
}

describe('queue kinds at a real bottleneck', () => {
  requireQemu();
  requireImage('6.1');

  it('CoDel holds the sojourn near its 5 ms target; drop-tail lets a standing queue build', async () => {
    const codelOut = await runScenarioText(dir, 'codel', dumbbell('codel', '{kind: codel, limit: 1000p, target: 5ms, interval: 100ms, ecn: false}'));
    const tailOut = await runScenarioText(dir, 'tail', dumbbell('tail', '{kind: drop_tail, limit: 1000p}'));
    const codel = readQueueTrace(codelOut, 'wan');
    const tail = readQueueTrace(tailOut, 'wan');
    expect(codel.header).toBe('time_s,queue,event,frame_bytes,ecn,depth_packets,depth_bytes,sojourn_s,reason');
    // From 1 s into the experiment, past slow start.
    const c = sojournsMs(codel.rows, DOWN, experimentStartS(codelOut) + 1);
    const t = sojournsMs(tail.rows, DOWN, experimentStartS(tailOut) + 1);
    console.log(`CoDel: mean ${mean(c).toFixed(2)} ms, median ${median(c).toFixed(2)} ms over ${c.length} frames; drop-tail: mean ${mean(t).toFixed(1)} ms, median ${median(t).toFixed(1)} ms`);
    expect(c.length).toBeGreaterThan(1500);
    expect(mean(c)).toBeLessThan(10);
    expect(Math.max(...c)).toBeLessThan(50);
    expect(codel.rows.some((r) => r.event === 'drop' && r.reason === 'codel')).toBe(true);
    expect(median(t)).toBeGreaterThan(200);
    // The trace's depth follows its own events: enqueue adds a frame, dequeue and drop take one.
    let depth = 0;
    for (const r of tail.rows.filter((x) => x.queue === DOWN)) {
      depth += r.event === 'enqueue' ? 1 : r.event === 'mark' ? 0 : -1;
      if (r.event !== 'drop' || r.reason !== 'queue-full') expect(r.depthPackets).toBe(depth);
      else depth += 1;
    }
  });

  it('RED marks the frames of guests that negotiated ECN, and drops early only frames without ECT', async () => {
    const out = await runScenarioText(
      dir,
      'red',
      dumbbell('red', '{kind: red, limit: 100p, min_th: 5, max_th: 15, max_p: 0.1, weight: 0.002, gentle: true, ecn: true}', {
        sysctls: ', sysctls: {net.ipv4.tcp_ecn: 1}',
        flows: '',
      }),
    );
    const { rows } = readQueueTrace(out, 'wan');
    const marks = rows.filter((r) => r.queue === DOWN && r.event === 'mark');
    expect(marks.length).toBeGreaterThan(5);
    expect(new Set(marks.map((r) => r.reason))).toEqual(new Set(['red-early']));
    expect(new Set(marks.map((r) => r.ecn))).toEqual(new Set([3]));
    // Linux sends retransmissions and pure ACKs without ECT: those RED still drops.
    const early = rows.filter((r) => r.event === 'drop' && r.reason === 'red-early');
    expect(new Set(early.map((r) => r.ecn))).toEqual(new Set(early.length ? [0] : []));
    // Data frames arrive ECT(0) once the handshake negotiated ECN.
    expect(rows.filter((r) => r.queue === DOWN && r.event === 'enqueue' && r.frameBytes === 1514 && r.ecn === 2).length).toBeGreaterThan(1000);
  });

  it('FQ-CoDel keeps two flows sharing the bottleneck at a low sojourn', async () => {
    const out = await runScenarioText(
      dir,
      'fq',
      dumbbell('fq', '{kind: fq_codel, limit: 10240p, flows: 64, quantum: 1514, target: 5ms, interval: 100ms, ecn: false}', {
        sysctls: '',
        flows: '  - {id: second, from: sender, to: receiver, port: 6000, cc: cubic}\n',
      }),
    );
    const { rows } = readQueueTrace(out, 'wan');
    const s = sojournsMs(rows, DOWN, experimentStartS(out) + 1);
    console.log(`FQ-CoDel: mean ${mean(s).toFixed(2)} ms over ${s.length} frames`);
    expect(mean(s)).toBeLessThan(10);
    expect(rows.some((r) => r.event === 'mark')).toBe(false);
  });
});
