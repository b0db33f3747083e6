// The agent's poll set (relay-agent/pollset.c) as descriptors come and go in
// bulk: hundreds of sockets with TCP_INFO samplers, all closed in one channel
// read and opened again on the same descriptor numbers, while a transfer on
// another pair keeps its pending operations. Run on the host.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { type HostAgent, startHostAgent } from './host-agent.js';

let agent: HostAgent;
afterEach(() => agent?.stop());

const PORT = 41000 + (process.pid % 10000);
const SOCKETS = 300;

describe('relay agent poll set (real binary on the host)', () => {
  it('serves every descriptor after hundreds of samplers are closed at once and made again', async () => {
    agent = startHostAgent();
    const c = agent.client;
    const lfd = await c.socket();
    await c.bind(lfd, '127.0.0.1', PORT);
    await c.listen(lfd);
    const accepted = c.accept(lfd);
    const cfd = await c.socket();
    await c.connect(cfd, '127.0.0.1', PORT);
    const { fd: sfd } = await accepted;
    const received = c.readDiscard(sfd);

    for (let round = 0; round < 2; round++) {
      const fds = await Promise.all(Array.from({ length: SOCKETS }, () => c.socket()));
      const samplers = await Promise.all(fds.map((fd) => c.sampleTcpInfo(fd, 5_000_000)));
      // Sent back to back, so the agent closes them within one or a few channel reads.
      await Promise.all(fds.map((fd) => c.close(fd)));
      // Replies come in order: every sample of a closed sampler arrived before its close's reply.
      const old = agent.samples.filter((s) => samplers.includes(s.id)).length;
      // A socket's sampler goes with it: the descriptor numbers take a new one.
      const again = await Promise.all(Array.from({ length: SOCKETS }, () => c.socket()));
      expect(new Set(again)).toEqual(new Set(fds));
      const last = await c.sampleTcpInfo(again[SOCKETS - 1]!, 1_000_000);
      await vi.waitFor(() => expect(agent.samples.filter((s) => s.id === last).length).toBeGreaterThan(2), { timeout: 10_000 });
      expect(agent.samples.filter((s) => samplers.includes(s.id)).length).toBe(old);
      await Promise.all(again.map((fd) => c.close(fd)));
    }

    expect(await c.writeGenerated(cfd, 2_000_000)).toBe(2_000_000);
    await c.shutdown(cfd, 'write');
    expect(await received).toBe(2_000_000);
    expect(agent.agentErrors).toEqual([]);
  });
});
