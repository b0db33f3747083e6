// The agent's traffic generators (relay-agent/traffic.c), run on the host
// over loopback: a paced UDP sender and a counting receiver, and the two
// ends of a request/response exchange. Host time is not simulated time, so
// these check counts and order, never durations.

import { afterEach, describe, expect, it } from 'vitest';
import type { ReplyBody, RequestOp, TrafficReport } from '../../../orchestrator/src/relay/relay-messages.js';
import { type HostAgent, startHostAgent } from './host-agent.js';

let agent: HostAgent;
afterEach(() => agent?.stop());

const PORT_BASE = 41000 + (process.pid % 10000);

/** Issue a traffic request; resolves with its final report, collecting progress reports. */
function traffic(a: HostAgent, op: RequestOp, progress: TrafficReport[] = []): Promise<TrafficReport> {
  return new Promise((resolve, reject) => {
    a.client.issue(
      op,
      (r: ReplyBody) => {
        if (r.body === 'traffic') resolve(r.traffic);
        else reject(new Error(JSON.stringify(r)));
      },
      { onProgress: (p) => progress.push(p) },
    );
  });
}

describe('relay agent traffic generators (real binary on the host)', () => {
  it('sends a paced UDP schedule of on and off spans, and the receiver counts every datagram', async () => {
    agent = startHostAgent();
    const c = agent.client;
    const port = PORT_BASE + 1;
    const rfd = await c.socket('udp');
    await c.bind(rfd, '127.0.0.1', port);
    const rxProgress: TrafficReport[] = [];
    const received = traffic(agent, { udpReceive: { fd: rfd, sampleIntervalNs: 5_000_000, durationNs: 400_000_000 } }, rxProgress);
    const sfd = await c.socket('udp');
    await c.connect(sfd, '127.0.0.1', port);
    // 1 ms apart: 50 in the first 50 ms on, none in 30 ms off, 20 in the last 20 ms on.
    const sent = await traffic(agent, { udpSend: { fd: sfd, datagramBytes: 700, intervalNs: 1_000_000, periodsNs: [50_000_000, 30_000_000, 20_000_000], sampleIntervalNs: 0 } });
    expect(sent.final).toBe(true);
    expect([sent.count, sent.bytes, sent.errors]).toEqual([70, 70 * 700, 0]);
    const rx = await received;
    expect([rx.count, rx.bytes]).toEqual([70, 70 * 700]);
    expect(rxProgress.length).toBeGreaterThan(0);
    expect(rxProgress.every((p) => !p.final && p.count <= 70)).toBe(true);
  });

  it('serves requests and completes each client request once its whole response arrived', async () => {
    agent = startHostAgent();
    const c = agent.client;
    const port = PORT_BASE + 2;
    const lfd = await c.socket('tcp');
    await c.bind(lfd, '127.0.0.1', port);
    await c.listen(lfd);
    const accepted = c.accept(lfd);
    const cfd = await c.socket('tcp');
    await c.connect(cfd, '127.0.0.1', port);
    const { fd: sfd } = await accepted;
    const served = traffic(agent, { rrServe: { fd: sfd } });
    const requestBytes = [0, 100, 200_000, 5];
    const responseBytes = [1, 300_000, 10, 70_000];
    {
      const progress: TrafficReport[] = [];
      const done = await traffic(agent, { rrClient: { fd: cfd, requestBytes, responseBytes, gapNs: [0, 0, 2_000_000, 0], closedLoop: true, sampleIntervalNs: 1_000_000 } }, progress);
      const all = [...progress, done];
      const due = all.flatMap((p) => p.dueNs);
      const completed = all.flatMap((p) => p.completedNs);
      expect(done.count).toBe(4);
      expect(done.bytes).toBe(responseBytes.reduce((a, b) => a + b, 0));
      expect(due).toHaveLength(4);
      expect(completed).toHaveLength(4);
      for (let k = 0; k < 4; k++) {
        expect(completed[k]!).toBeGreaterThan(due[k]!);
        // Closed loop: each request is due only after the previous one completed (plus its gap).
        if (k > 0) expect(due[k]!).toBeGreaterThanOrEqual(completed[k - 1]!);
      }
      expect(due[2]! - completed[1]!).toBeGreaterThanOrEqual(2_000_000);
    }
    const s = await served;
    expect([s.count, s.bytes]).toEqual([4, responseBytes.reduce((a, b) => a + b, 0)]);
  });

  it('runs an open loop: requests go out on their schedule whatever is outstanding', async () => {
    agent = startHostAgent();
    const c = agent.client;
    const port = PORT_BASE + 3;
    const lfd = await c.socket('tcp');
    await c.bind(lfd, '127.0.0.1', port);
    await c.listen(lfd);
    const accepted = c.accept(lfd);
    const cfd = await c.socket('tcp');
    await c.connect(cfd, '127.0.0.1', port);
    const { fd: sfd } = await accepted;
    const served = traffic(agent, { rrServe: { fd: sfd } });
    const n = 20;
    const done = await traffic(agent, {
      rrClient: { fd: cfd, requestBytes: Array(n).fill(50), responseBytes: Array(n).fill(1000), gapNs: Array(n).fill(500_000), closedLoop: false, sampleIntervalNs: 0 },
    });
    expect(done.count).toBe(n);
    expect(done.dueNs).toHaveLength(n);
    // Due times are exactly the schedule: 0.5 ms apart from the first.
    for (let k = 1; k < n; k++) expect(done.dueNs[k]! - done.dueNs[k - 1]!).toBe(500_000);
    expect((await served).count).toBe(n);
  });

  it('refuses malformed traffic requests with EINVAL', async () => {
    agent = startHostAgent();
    const c = agent.client;
    const fd = await c.socket('udp');
    const r = await c.request({ udpSend: { fd, datagramBytes: 70_000, intervalNs: 1_000_000, periodsNs: [1] } });
    expect(r.body === 'error' && r.error.errnoName).toBe('EINVAL');
    const r2 = await c.request({ rrClient: { fd, requestBytes: [1, 2], responseBytes: [1], gapNs: [0, 0] } });
    expect(r2.body === 'error' && r2.error.errnoName).toBe('EINVAL');
    const r3 = await c.request({ rrClient: { fd, requestBytes: [1], responseBytes: [0], gapNs: [0] } });
    expect(r3.body === 'error' && r3.error.errnoName).toBe('EINVAL');
  });
});
