import { describe, expect, it } from 'vitest';
import { serverDefaultLines } from '../../../orchestrator/src/cli/commands/check.js';
import { SERVER_SYSCTLS } from '../../../orchestrator/src/run/server-sysctls.js';

describe('cosim check', () => {
  it('lists every server default with the stock value, and the hosts that set their own', () => {
    const hosts = [
      { name: 'a', sysctls: [['net.ipv4.tcp_rmem', '4096 131072 1674240']] },
      { name: 'b', sysctls: [['net.ipv4.tcp_ecn', '1']] },
    ];
    const lines = serverDefaultLines({ hosts } as never);
    expect(lines.length).toBe(1 + SERVER_SYSCTLS.length);
    expect(lines[0]).toMatch(/server defaults .*unless a host sets its own/);
    expect(lines[1]).toBe('    net.ipv4.tcp_rmem=4096 131072 6291456 (stock 4096 131072 1674240 on 256 MiB); own value on a');
    expect(lines.find((l) => l.includes('tcp_max_orphans'))).toMatch(/VM-wide\)$/);
  });
});
