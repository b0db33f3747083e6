// The timeline without guests: a CoDel queue in front of a link, overloaded
// so it marks and drops, recorded by NetworkTimeline; then the guests' side
// from made-up flow samples and actions. The file must parse as the Trace
// Event Format (schema in helpers/) and hold each kind of event once.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodelQueue } from '../../../orchestrator/src/net/codel-queue.js';
import { ECN_ECT0 } from '../../../orchestrator/src/net/ecn.js';
import { Link } from '../../../orchestrator/src/net/link.js';
import { LineWriter } from '../../../orchestrator/src/results/line-writer.js';
import { finishTimeline, NetworkTimeline, us } from '../../../orchestrator/src/results/timeline.js';
import { loadScenarioText } from '../../../orchestrator/src/scenario/load-scenario.js';
import { Calendar } from '../../../orchestrator/src/sim/calendar.js';
import { ipFrame } from '../net/helpers/packets.js';
import { traceFile } from './helpers/trace-event-schema.js';
import { kernels } from '../helpers/kernels.js';

const SCENARIO = `name: t
duration: 2s
timeline: true
hosts:
  - {name: a, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: b, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - {name: l, between: [a, b], rate: 10Mbit}
flows:
  - {id: f, from: a, to: b}
`;

describe('timeline', () => {
  it('writes trace-event JSON with frames, queue depth, drops, marks, TCP state and actions', () => {
    const scenario = loadScenarioText(SCENARIO, 't.yaml', kernels('6.1'));
    expect(scenario.timeline).toBe(true);
    const cal = new Calendar();
    const path = join(mkdtempSync(join(tmpdir(), 'timeline-')), 'timeline.json');
    const w = new LineWriter(path);
    const tl = new NetworkTimeline(w, cal);
    const q = new CodelQueue({ limitPackets: 1000, ecn: true }, 'l:a->b', cal);
    const wire = new Link(cal, { rateBps: 10_000_000 }, 'l:a->b').pullFrom(q);
    wire.connect({ receive: () => undefined });
    tl.link('l:a->b', wire);
    tl.queue(q);
    // 15 Mbit/s into 10: CoDel acts; every other frame is ECN-capable.
    let id = 0;
    const tick = () => {
      q.receive(ipFrame(id, { ecn: id % 2 ? ECN_ECT0 : 0 }));
      id++;
      cal.after(807_467, tick);
    };
    cal.schedule(0, tick);
    cal.runUntil(600_000_000);
    w.close();
    const samples = [0, 1, 2].map((k) => ({ timeNs: 100_000_000 * (k + 1), cwndSegments: 10 + k, ssthreshSegments: k === 0 ? 0x7fffffff : 8, rttUs: 20_000, rttvarUs: 500, bytesAcked: 0, totalRetrans: k, deliveryRateBps: 0 }));
    const actions = [{ index: 0, host: 'b', atNs: 50_000_000, doneNs: 52_000_000, kind: 'exec' as const, what: 'ss -ti', status: 0, stdout: '', stderr: '', error: undefined }];
    finishTimeline(path, { scenario, epochNs: 10_000_000, flows: [{ id: 'f', samples }], actions });
    finishTimeline(path, { scenario, epochNs: 10_000_000, flows: [{ id: 'f', samples }], actions });

    const events = traceFile.parse(JSON.parse(readFileSync(path, 'utf8')));
    const kinds = new Set(events.map((e) => `${e.ph} ${e.name.replace(/ .*/, '')}`));
    expect([...kinds].sort()).toEqual(['C cwnd', 'C queue', 'C retransmits', 'C rtt', 'M process_name', 'M thread_name', 'X frame', 'X ss', 'i drop', 'i experiment', 'i mark', 'i retransmit'].sort());
    const frame = events.find((e) => e.name === 'frame')!;
    expect(frame).toEqual({ name: 'frame', cat: 'frame', ph: 'X', ts: 0, dur: 1211.2, pid: 1, tid: 1, args: { bytes: 1514, id: 0 } });
    expect(events.find((e) => e.name === 'cwnd f')).toEqual({ name: 'cwnd f', cat: 'tcp', ph: 'C', ts: 100_000, pid: 100, args: { cwnd: 10 } });
    expect(events.filter((e) => e.name === 'retransmit').map((e) => e.args)).toEqual([
      { new: 1, total: 1 },
      { new: 1, total: 2 },
    ]);
    expect(events.find((e) => e.name === 'ss -ti')).toEqual({ name: 'ss -ti', cat: 'action', ph: 'X', ts: 60_000, dur: 2000, pid: 101, tid: 0, args: { kind: 'exec', status: 0 } });
    // Depth counters follow the queue; drops carry their reason and sojourn.
    const drop = events.find((e) => e.name === 'drop')!;
    expect(drop.args).toMatchObject({ reason: 'codel', bytes: 1514 });
    expect(events.find((e) => e.name === 'mark')!.args).toEqual({ reason: 'codel', bytes: 1514 });
    expect(us(1_234_567_891)).toBe(1_234_567.891);
  });
});
