// Programs the agent runs start with default signal dispositions and an empty
// signal mask, whatever the agent itself set: the agent ignores SIGPIPE (a
// closed socket must be an EPIPE reply, not its death), and a child that
// inherited that would never be stopped by SIGPIPE. A pipeline whose writer
// outlives its reader then ends only if the writer gives up on EPIPE by
// itself (GNU yes does and complains; many programs loop forever).

import { afterEach, describe, expect, it } from 'vitest';
import { type HostAgent, startHostAgent } from './host-agent.js';

let agent: HostAgent;
afterEach(() => agent?.stop());

/** A signal set from /proc/<pid>/status (hex bit mask, bit n-1 = signal n) as signal numbers. */
function signals(status: string, field: string): number[] {
  const hex = new RegExp(`^${field}:\\s*([0-9a-f]+)$`, 'm').exec(status)?.[1];
  if (hex === undefined) throw new Error(`no ${field} line in:\n${status}`);
  const mask = BigInt(`0x${hex}`);
  return Array.from({ length: 64 }, (_, i) => i + 1).filter((n) => (mask >> BigInt(n - 1)) & 1n);
}

describe('programs run by the agent', () => {
  it('finish a pipeline whose reader stops early: the writer dies of SIGPIPE, silently', async () => {
    agent = startHostAgent();
    await agent.hello;
    const r = await agent.client.exec(['sh', '-c', 'yes A | head -c 200000 | wc -c']);
    expect(Buffer.from(r.stdout).toString().trim()).toBe('200000');
    // With SIGPIPE ignored, yes sees EPIPE and says "yes: standard output: Broken pipe".
    expect(Buffer.from(r.stderr).toString()).toBe('');
    expect(r.exitCode).toBe(0);
  }, 20_000);

  it('finish a pipeline whose writer ignores write errors (it never ended before)', async () => {
    agent = startHostAgent();
    await agent.hello;
    // timeout(1) kills its whole process group, so a regression fails here instead of spinning on.
    const r = await agent.client.exec(['timeout', '20', 'sh', '-c', 'while :; do echo A; done | head -c 200000 | wc -c']);
    expect(Buffer.from(r.stdout).toString().trim()).toBe('200000');
    expect(r.exitCode).toBe(0);
  }, 30_000);

  it('start with no signal ignored or blocked', async () => {
    agent = startHostAgent();
    await agent.hello;
    const r = await agent.client.exec(['cat', '/proc/self/status']);
    const status = Buffer.from(r.stdout).toString();
    expect(r.exitCode).toBe(0);
    expect(signals(status, 'SigIgn')).toEqual([]);
    expect(signals(status, 'SigBlk')).toEqual([]);
  });
});
