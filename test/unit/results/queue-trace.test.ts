import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodelQueue } from '../../../orchestrator/src/net/codel-queue.js';
import { ECN_ECT0 } from '../../../orchestrator/src/net/ecn.js';
import { Link } from '../../../orchestrator/src/net/link.js';
import { QueueMeter } from '../../../orchestrator/src/net/queue-meter.js';
import { LineWriter } from '../../../orchestrator/src/results/line-writer.js';
import { queueTraceHeader, queueTraceRow } from '../../../orchestrator/src/results/queue-trace.js';
import { Calendar } from '../../../orchestrator/src/sim/calendar.js';
import { ipFrame } from '../net/helpers/packets.js';

describe('queue trace', () => {
  it('writes one CSV row per enqueue, dequeue, drop and mark, with depth after the event', () => {
    const cal = new Calendar();
    const q = new CodelQueue({ limitPackets: 3, ecn: true }, 'l:a->b', cal);
    new Link(cal, { rateBps: 10_000_000 }, 'l').pullFrom(q).connect({ receive: () => undefined });
    const file = join(mkdtempSync(join(tmpdir(), 'qtrace-')), 'traces', 'queue-l.csv');
    const w = new LineWriter(file);
    w.line(queueTraceHeader());
    new QueueMeter(cal, q, (e) => w.line(queueTraceRow(e)));
    cal.schedule(1_000_000_000, () => {
      for (let i = 0; i < 5; i++) q.receive(ipFrame(i, { ecn: i === 1 ? ECN_ECT0 : 0 }));
    });
    cal.runUntil(2_000_000_000);
    w.close();
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines.slice(0, 8)).toEqual([
      'time_s,queue,event,frame_bytes,ecn,depth_packets,depth_bytes,sojourn_s,reason',
      '1.000000000,l:a->b,enqueue,1514,0,1,1514,,',
      // The link takes the first frame at once.
      '1.000000000,l:a->b,dequeue,1514,0,0,0,0.000000000,',
      '1.000000000,l:a->b,enqueue,1514,2,1,1514,,',
      '1.000000000,l:a->b,enqueue,1514,0,2,3028,,',
      '1.000000000,l:a->b,enqueue,1514,0,3,4542,,',
      '1.000000000,l:a->b,drop,1514,0,3,4542,,queue-full',
      '1.001211200,l:a->b,dequeue,1514,2,2,3028,0.001211200,',
    ]);
    expect(lines).toHaveLength(1 + 5 + 4);
  });
});
