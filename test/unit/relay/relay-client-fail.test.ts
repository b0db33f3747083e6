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
