// The relay agent inside real Debian guests, reached only through the sync
// point: two 6.1 guests on a 5 ms wire. One test boots them once and checks
// every request kind the experiments rely on (booting dominates the cost).

import { describe, expect, it } from 'vitest';
import { GuestError } from '../../../orchestrator/src/errors.js';
import type { TcpInfo } from '../../../orchestrator/src/relay/relay-messages.js';
import { bootGuests } from '../helpers/guest-network.js';

const S = 1_000_000_000;

describe('relay agent in guests', () => {
  it('serves sockets, bulk transfer, TCP_INFO samples, sysctl, exec and errors at simulated times', async () => {
    const net = await bootGuests(
      [
        { name: 'sender', ip: '10.0.0.1' },
        { name: 'receiver', ip: '10.0.0.2' },
      ],
      5_000_000,
    );
    const [tx, rx] = net.relays as [NonNullable<(typeof net.relays)[0]>, NonNullable<(typeof net.relays)[1]>];
    const N = 3_000_000;
    const results: Record<string, unknown> = {};
    const failures: unknown[] = [];
    const guard = (p: Promise<unknown>) => p.catch((e: unknown) => failures.push(e));
    let firstInfo: TcpInfo | undefined;

    net.at(3.5 * S, () =>
      guard(
        (async () => {
          const lfd = await rx.socket();
          await rx.bind(lfd, '0.0.0.0', 5001);
          await rx.listen(lfd);
          const { fd, peer } = await rx.accept(lfd);
          results.peer = peer;
          results.received = await rx.readDiscard(fd);
          await rx.close(fd);
        })(),
      ),
    );
    net.at(3.5 * S, () =>
      guard(
        (async () => {
          const ip = await tx.exec(['ip', 'addr', 'show', 'eth0']);
          results.ipAddr = Buffer.from(ip.stdout).toString();
          results.ipExit = ip.exitCode;
          await tx.sysctlSet('net.ipv4.tcp_congestion_control', 'reno');
          results.cc = await tx.sysctlGet('net.ipv4.tcp_congestion_control');
          results.badClose = await tx.close(999).catch((e: unknown) => e);
          // One number more than the key holds: the kernel takes 5 of the 6 bytes.
          results.shortSysctl = await tx.sysctlSet('net.core.somaxconn', '4096 5').catch((e: unknown) => e);
        })(),
      ),
    );
    net.at(3.6 * S, () =>
      guard(
        (async () => {
          const fd = await tx.socket();
          await tx.connect(fd, '10.0.0.2', 5001);
          firstInfo = await tx.tcpInfo(fd);
          results.ccOfSocket = await tx.congestionControl(fd);
          await tx.sampleTcpInfo(fd, 10_000_000);
          results.sent = await tx.writeGenerated(fd, N);
          await tx.shutdown(fd, 'write');
          results.lastInfo = await tx.tcpInfo(fd);
        })(),
      ),
    );
    await net.run(7 * S);

    expect(failures).toEqual([]);
    expect(net.hellos[0]?.kernelRelease).toBe('6.1.0-50-cloud-amd64');
    expect(results.ipExit).toBe(0);
    expect(results.ipAddr).toContain('inet 10.0.0.1/24');
    expect(results.cc).toBe('reno');
    expect(results.ccOfSocket).toBe('reno');
    expect(results.badClose).toBeInstanceOf(GuestError);
    expect((results.badClose as GuestError).errno).toBe('EBADF');
    // A short write is an error of its own, not whatever errno was left over.
    expect(results.shortSysctl).toBeInstanceOf(GuestError);
    expect((results.shortSysctl as GuestError).errno).toBe('EINVAL');
    expect((results.shortSysctl as GuestError).message).toContain('net.core.somaxconn = 4096 5: the kernel took 5 of 6 bytes');
    expect(results.peer).toMatch(/^10\.0\.0\.1:\d+$/);
    expect(results.sent).toBe(N);
    expect(results.received).toBe(N);
    const last = results.lastInfo as TcpInfo;
    expect(firstInfo!.bytesAcked).toBeLessThan(10);
    // Taken when the last byte was handed to the socket, not yet acknowledged.
    expect(last.bytesAcked).toBeGreaterThan(100_000);
    expect(last.bytesAcked).toBeLessThanOrEqual(N + 1);
    // RTT is the 10 ms wire round trip plus processing, in microseconds.
    expect(last.minRtt).toBeGreaterThanOrEqual(10_000);
    expect(last.minRtt).toBeLessThan(11_000);
    const sampled = net.samples.filter((s) => s.vm === 0);
    expect(sampled.length).toBeGreaterThan(5);
    const cwnds = new Set(sampled.map((s) => s.info.sndCwnd));
    expect(cwnds.size).toBeGreaterThan(1);
  });
});
