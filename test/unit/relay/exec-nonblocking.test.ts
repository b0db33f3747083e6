// Programs never hold the agent up (issue 25): the exit is seen through a
// pidfd in the poll set and reaped without waiting, so a program that
// closed its output but runs on does not stop other requests; one that left
// a background program holding its pipes is answered after a bounded drain;
// a timeout or a cancel kills its process group; output past 64 KiB is
// flagged as truncated.

import { afterEach, describe, expect, it } from 'vitest';
import { type HostAgent, startHostAgent } from './host-agent.js';

let agent: HostAgent;
afterEach(() => agent?.stop());

const text = (b: Uint8Array): string => Buffer.from(b).toString();

describe('programs run by the agent never block it', () => {
  it('answers other requests while a program that closed its output still runs', async () => {
    agent = startHostAgent();
    await agent.hello;
    const { result } = agent.client.startExec(['sh', '-c', 'exec >/dev/null 2>&1 </dev/null; sleep 2']);
    let ended = false;
    void result.then(() => (ended = true));
    // Before the fix the agent sat in waitpid() until the sleep ended: this reply came after the exec's.
    const fd = await agent.client.socket('udp');
    expect(ended).toBe(false);
    await agent.client.close(fd);
    const r = await result;
    expect(r.exitCode).toBe(0);
    expect(r.signal).toBe(0);
  }, 15_000);

  it('answers a program whose background child keeps the pipes, after a short drain', async () => {
    agent = startHostAgent();
    await agent.hello;
    const r = await agent.client.exec(['sh', '-c', 'sleep 5 & echo $!']);
    expect(r.exitCode).toBe(0);
    const pid = text(r.stdout).trim();
    // The background sleep still runs: the slot was freed before it ended.
    const alive = await agent.client.exec(['kill', '-0', pid]);
    expect(alive.exitCode).toBe(0);
    await agent.client.exec(['kill', pid]);
  }, 15_000);

  it('reports a signal death as such, never as exit code 0', async () => {
    agent = startHostAgent();
    await agent.hello;
    const r = await agent.client.exec(['sh', '-c', 'kill -TERM $$']);
    expect(r.signal).toBe(15);
    expect(r.exitCode).toBe(-1);
  });

  it('kills a program and its process group at its timeout', async () => {
    agent = startHostAgent();
    await agent.hello;
    const r = await agent.client.exec(['sh', '-c', 'sleep 30 & sleep 30; echo never'], { timeoutNs: 200_000_000 });
    expect(r.timedOut).toBe(true);
    expect(r.cancelled).toBe(false);
    expect(r.signal).toBe(9);
    expect(text(r.stdout)).toBe('');
  }, 15_000);

  it('cancels a running program on request, and refuses to cancel one that is not running', async () => {
    agent = startHostAgent();
    await agent.hello;
    const { id, result } = agent.client.startExec(['sleep', '30']);
    await agent.client.execCancel(id);
    const r = await result;
    expect(r.cancelled).toBe(true);
    expect(r.timedOut).toBe(false);
    expect(r.signal).toBe(9);
    await expect(agent.client.execCancel(id)).rejects.toThrow(/ESRCH/);
  }, 15_000);

  it('flags output past 64 KiB as truncated, and only that', async () => {
    agent = startHostAgent();
    await agent.hello;
    const big = await agent.client.exec(['head', '-c', '70000', '/dev/zero']);
    expect(big.stdout.length).toBe(65536);
    expect(big.truncated).toBe(true);
    const exact = await agent.client.exec(['head', '-c', '65536', '/dev/zero']);
    expect(exact.stdout.length).toBe(65536);
    expect(exact.truncated).toBe(false);
  });

  it('refuses a 17th program with EAGAIN, and a cancel frees the slots', async () => {
    agent = startHostAgent();
    await agent.hello;
    const running = Array.from({ length: 16 }, () => agent.client.startExec(['sleep', '30']));
    await expect(agent.client.exec(['true'])).rejects.toThrow(/EAGAIN: already 16 programs running/);
    await Promise.all(running.map((r) => agent.client.execCancel(r.id)));
    expect((await Promise.all(running.map((r) => r.result))).every((r) => r.cancelled && r.signal === 9)).toBe(true);
    expect((await agent.client.exec(['true'])).exitCode).toBe(0);
  }, 15_000);
});
