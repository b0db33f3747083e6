import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { serverDefaultLines } from '../../../orchestrator/src/cli/commands/check.js';
import { SERVER_SYSCTLS } from '../../../orchestrator/src/run/server-sysctls.js';
import { resetCliAfterEach, runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cosim-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
resetCliAfterEach();

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

  it('lists every workload: flows, short flows, UDP flows and request/response (issue 26, finding 9)', async () => {
    const file = join(dir, 'workloads.yaml');
    writeFileSync(
      file,
      `name: wl
duration: 5s
hosts:
  - {name: a, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: b, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - {name: l, between: [a, b], rate: 10Mbit, delay: 5ms}
flows:
  - {id: bulk, from: a, to: b, cc: reno}
short_flows:
  - {id: s, from: a, to: b, count: 2, mean_gap: 100ms, sizes: [10KB], port: 6000}
udp_flows:
  - {id: u, from: b, to: a, rate: 2Mbit}
request_response:
  - {id: rr, from: a, to: b, count: 50}
`,
    );
    let stdout = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout += String(chunk);
      return true;
    });
    const { exitCode } = await runCli(['check', file]);
    expect(exitCode).toBeUndefined();
    const workloads = stdout.split('\n').filter((l) => /^ {2}(flow|udp flow|request\/response) /.test(l));
    expect(workloads).toEqual([
      '  flow bulk: a -> 10.0.0.2:5001 from 0 s, reno',
      expect.stringMatching(/^ {2}flow s-0: a -> 10\.0\.0\.2:6000 from [\d.]+ s, 10000 B, default cc$/),
      expect.stringMatching(/^ {2}flow s-1: a -> 10\.0\.0\.2:6001 from [\d.]+ s, 10000 B, default cc$/),
      '  udp flow u: b -> 10.0.0.1:9000 from 0 s for 5 s, 2 Mbit/s, 1200-byte datagrams',
      '  request/response rr: a -> 10.0.0.2:8000 from 0 s, 50 requests (closed_loop), requests 100 B, responses 10000 B, default cc',
    ]);
  });
});
