import { describe, expect, it } from 'vitest';
import { GuestError } from '../../../orchestrator/src/errors.js';
import { RelayClient } from '../../../orchestrator/src/relay/relay-client.js';

describe('RelayClient.failAll', () => {
  it('fails every request still waiting, naming the guest, the request and why', async () => {
    const sent: Uint8Array[] = [];
    const client = new RelayClient('receiver', (b) => sent.push(b));
    const socket = client.socket();
    const sysctl = client.sysctlGet('net.ipv4.tcp_congestion_control');
    expect(client.outstanding).toBe(2);
    client.failAll('receiver: QEMU was killed by SIGKILL (not by this run)');
    await expect(socket).rejects.toBeInstanceOf(GuestError);
    await expect(socket).rejects.toThrow('Guest receiver failed socket: receiver: QEMU was killed by SIGKILL (not by this run)');
    await expect(sysctl).rejects.toThrow(/^Guest receiver failed sysctlGet: /);
    expect(client.outstanding).toBe(0);
    expect(sent).toHaveLength(2);
  });
});

describe('RelayClient.mayReact', () => {
  it('holds while a hello may still come, and while a reply with a reacting handler is outstanding', async () => {
    const { relaySchema } = await import('../../../orchestrator/src/relay/relay-schema.js');
    const { Reply } = relaySchema();
    const reply = (obj: Record<string, unknown>) => Reply.encodeDelimited(Reply.fromObject(obj)).finish();
    const client = new RelayClient('h0', () => undefined, { hello: () => undefined });
    expect(client.mayReact).toBe(true);
    client.receive(reply({ id: 0, hello: { kernelRelease: '6.1.0' } }));
    expect(client.mayReact).toBe(false);
    const quiet = client.issue({ sysctlSet: { key: 'a', value: '1' } }, () => undefined, { reacts: false });
    expect(client.mayReact).toBe(false);
    const chained = client.issue({ sysctlSet: { key: 'b', value: '1' } }, () => undefined);
    expect(client.mayReact).toBe(true);
    client.receive(reply({ id: chained, done: {} }));
    expect(client.mayReact).toBe(false);
    client.receive(reply({ id: quiet, done: {} }));
    expect(client.outstanding).toBe(0);
    // A promise's continuation runs later: the engine gives it a turn first.
    const p = client.sysctlSet('c', '1');
    expect(client.mayReact).toBe(true);
    client.receive(reply({ id: 3, done: {} }));
    expect(client.takeTurnWanted()).toBe(true);
    expect(client.takeTurnWanted()).toBe(false);
    await p;
  });
});
