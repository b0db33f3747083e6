import { describe, expect, it } from 'vitest';
import { GuestError } from '../../../orchestrator/src/errors.js';
import { RelayClient } from '../../../orchestrator/src/relay/relay-client.js';
import type { cosim } from '../../../orchestrator/src/relay/generated/relay.js';
import { Reply, Request } from '../../../orchestrator/src/relay/relay-messages.js';

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
    const reply = (obj: cosim.relay.Reply.$Properties) => Reply.encodeDelimited(Reply.fromObject(obj)).finish();
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

describe('RelayClient.sampleTcpInfo', () => {
  it('resolves with the id of the request it issued, which its samples carry', async () => {
    const sent: Uint8Array[] = [];
    const samples: number[] = [];
    const client = new RelayClient('h0', (b) => sent.push(b), { sample: (id) => samples.push(id) });
    const reply = (obj: cosim.relay.Reply.$Properties) => Reply.encodeDelimited(Reply.fromObject(obj)).finish();
    const other = client.sysctlGet('net.core.rmem_max');
    const sampler = client.sampleTcpInfo(4, 10_000_000);
    // Issued while another request is outstanding, and answered after it.
    const id = Request.decodeDelimited(sent[1]!).id;
    client.receive(reply({ id: id - 1, done: { text: '212992' } }));
    client.receive(reply({ id, done: {} }));
    await expect(other).resolves.toBe('212992');
    await expect(sampler).resolves.toBe(id);
    client.receive(reply({ id, tcpInfo: { sndCwnd: 10 } }));
    expect(samples).toEqual([id]);
  });
});
