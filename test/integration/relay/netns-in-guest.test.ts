// Virtual IP hosts inside a real guest, through the relay agent only: two
// network namespaces in one 6.1 guest ("vm"), each with an 802.1Q
// sub-interface of eth0 named eth0 inside it, and one in a second guest
// ("peer") on VLAN 11, across a 5 ms wire that carries the tagged frames.
// One boot; every check reads what the guest itself said.

import { describe, expect, it } from 'vitest';
import { GuestError } from '../../../orchestrator/src/errors.js';
import type { ExecResult } from '../../../orchestrator/src/relay/relay-messages.js';
import { bootGuests } from '../helpers/guest-network.js';

const S = 1_000_000_000;
const text = (b: Uint8Array) => Buffer.from(b).toString();

describe('virtual IP hosts in a guest', () => {
  it('gives each namespace its own interface, routes, neighbours, sysctls and ports; viprun enters them', async () => {
    const net = await bootGuests(
      [
        { name: 'vm', ip: '10.0.0.1' },
        { name: 'peer', ip: '10.0.0.2' },
      ],
      5_000_000,
    );
    const [vm, peer] = net.relays as [NonNullable<(typeof net.relays)[0]>, NonNullable<(typeof net.relays)[1]>];
    const out: Record<string, ExecResult> = {};
    const got: Record<string, unknown> = {};
    const failures: unknown[] = [];
    const sh = async (who: typeof vm, key: string, cmd: string, netns = '') => {
      out[key] = await who.exec(['sh', '-c', cmd], { netns });
    };

    net.at(3.5 * S, () =>
      void (async () => {
        await vm.netnsCreate('h1');
        await vm.netnsCreate('h2');
        got.again = await vm.netnsCreate('h1').catch((e: unknown) => e);
        await vm.vlanCreate({ parent: 'eth0', vlanId: 11, name: 'eth0', netns: 'h1', mac: '52:54:00:aa:00:01' });
        await vm.vlanCreate({ parent: 'eth0', vlanId: 12, name: 'eth0', netns: 'h2', mac: '52:54:00:aa:00:02' });
        got.unknownNs = await vm.vlanCreate({ parent: 'eth0', vlanId: 13, name: 'eth0', netns: 'nope' }).catch((e: unknown) => e);
        await sh(vm, 'cfg1', 'ip addr add 10.1.0.1/24 dev eth0 && ip route add 10.9.0.0/16 via 10.1.0.254', 'h1');
        await sh(vm, 'cfg2', 'ip addr add 10.2.0.1/24 dev eth0 && ip route add 10.8.0.0/16 via 10.2.0.254', 'h2');
        // The same port in both: each namespace has its own port space.
        for (const ns of ['h1', 'h2']) {
          const fd = await vm.socket('tcp', 'inet', ns);
          await vm.bind(fd, '0.0.0.0', 80);
          await vm.listen(fd);
          got[`listen-${ns}`] = fd;
        }
        const again = await vm.socket('tcp', 'inet', 'h1');
        got.sameNsSamePort = await vm.bind(again, '0.0.0.0', 80).catch((e: unknown) => e);
        await vm.sysctlSet('net.ipv4.ip_forward', '1', 'h1');
        got.fwdH1 = await vm.sysctlGet('net.ipv4.ip_forward', 'h1');
        got.fwdH2 = await vm.sysctlGet('net.ipv4.ip_forward', 'h2');
        got.fwdRoot = await vm.sysctlGet('net.ipv4.ip_forward');
        const { fd } = await vm.accept(got['listen-h1'] as number);
        got.accepted = fd;
      })().catch((e: unknown) => failures.push(e)),
    );
    net.at(3.5 * S, () =>
      void (async () => {
        await peer.netnsCreate('p1');
        await peer.vlanCreate({ parent: 'eth0', vlanId: 11, name: 'eth0', netns: 'p1', mac: '52:54:00:bb:00:01' });
        await sh(peer, 'cfgp', 'ip addr add 10.1.0.2/24 dev eth0', 'p1');
      })().catch((e: unknown) => failures.push(e)),
    );
    net.at(3.7 * S, () =>
      void (async () => {
        await sh(peer, 'ping', 'ping -c 2 10.1.0.1', 'p1');
        const fd = await peer.socket('tcp', 'inet', 'p1');
        await peer.connect(fd, '10.1.0.1', 80);
        got.connected = true;
        // h2 is on VLAN 12: the peer's VLAN 11 cannot reach it, whatever the address.
        await sh(peer, 'pingH2', 'ip route add 10.2.0.0/24 dev eth0 && ping -c 1 -W 1 10.2.0.1', 'p1');
      })().catch((e: unknown) => failures.push(e)),
    );
    net.at(4.5 * S, () =>
      void (async () => {
        for (const h of ['h1', 'h2']) {
          await sh(vm, `route-${h}`, `viprun ${h} ip route`);
          await sh(vm, `neigh-${h}`, `viprun ${h} ip neigh`);
          await sh(vm, `link-${h}`, `viprun ${h} ip link`);
          await sh(vm, `sys-${h}`, `viprun ${h} ls /sys/class/net`);
        }
        await sh(vm, 'rootRoute', 'ip route');
        await sh(vm, 'list', 'viprun');
        await sh(vm, 'unknown', 'viprun nope ip route');
        // One virtual host cannot reach the other inside the guest: no shared interface.
        await sh(vm, 'h2ToH1', 'ping -c 1 -W 1 10.1.0.1', 'h2');
      })().catch((e: unknown) => failures.push(e)),
    );
    await net.run(7 * S);

    expect(failures).toEqual([]);
    expect((got.again as GuestError).errno).toBe('EEXIST');
    expect((got.unknownNs as GuestError).errno).toBe('ENOENT');
    expect((got.unknownNs as GuestError).message).toContain('no network namespace nope');
    for (const k of ['cfg1', 'cfg2', 'cfgp']) expect(out[k]!.exitCode, text(out[k]!.stderr)).toBe(0);
    expect((got.sameNsSamePort as GuestError).errno).toBe('EADDRINUSE');
    expect([got.fwdH1, got.fwdH2, got.fwdRoot]).toEqual(['1', '0', '0']);

    expect(out.ping!.exitCode, text(out.ping!.stdout)).toBe(0);
    expect(text(out.ping!.stdout)).toContain('2 packets received');
    expect(got.connected).toBe(true);
    expect(got.accepted).toBeGreaterThan(0);
    expect(out.pingH2!.exitCode).not.toBe(0);
    expect(out.h2ToH1!.exitCode).not.toBe(0);

    const route1 = text(out['route-h1']!.stdout);
    const route2 = text(out['route-h2']!.stdout);
    expect(route1).toContain('10.1.0.0/24 dev eth0');
    expect(route1).toContain('10.9.0.0/16 via 10.1.0.254 dev eth0');
    expect(route1).not.toContain('10.2.0.');
    expect(route2).toContain('10.2.0.0/24 dev eth0');
    expect(route2).toContain('10.8.0.0/16 via 10.2.0.254 dev eth0');
    expect(route2).not.toContain('10.1.0.');
    expect(text(out.rootRoute!.stdout)).not.toMatch(/10\.[12]\.0\./);
    // The peer's address was learnt in h1 only.
    expect(text(out['neigh-h1']!.stdout)).toMatch(/10\.1\.0\.2 dev eth0 lladdr 52:54:00:bb:00:01/);
    expect(text(out['neigh-h2']!.stdout)).not.toContain('10.1.0.2');
    expect(text(out['link-h1']!.stdout)).toContain('link/ether 52:54:00:aa:00:01');
    expect(text(out['link-h2']!.stdout)).toContain('link/ether 52:54:00:aa:00:02');
    expect(text(out['sys-h1']!.stdout).split(/\s+/).filter(Boolean).sort()).toEqual(['eth0', 'lo']);
    expect(text(out.list!.stdout).split('\n').filter(Boolean)).toEqual(['h1', 'h2']);
    expect(out.unknown!.exitCode).toBe(127);
    expect(text(out.unknown!.stderr)).toContain('viprun: no virtual host named nope in this guest');
  }, 120_000);
});
