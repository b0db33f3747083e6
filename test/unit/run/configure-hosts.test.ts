import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { bootMac, hostEntropy, machineSteps, networkScript, stepFailure } from '../../../orchestrator/src/run/configure-hosts.js';
import { SERVER_SYSCTLS } from '../../../orchestrator/src/run/server-sysctls.js';

const nics = [
  { name: 'eth0', ip: '10.0.0.1', prefixLength: 24, mac: '52:54:00:00:01:01' },
  { name: 'eth1', ip: '10.1.0.1', prefixLength: 16, mac: '52:54:00:01:01:01' },
];

describe('host configuration through the agent', () => {
  it('sets each NIC\'s MAC before its address and brings it up, then adds the routes', () => {
    const script = networkScript({ nics, routes: [{ to: 'default', via: '10.0.0.254' }] });
    const order = ['address 52:54:00:00:01:01', 'ip addr add 10.0.0.1/24 dev eth0', 'dev eth0 up', 'dev eth1 address', '10.1.0.1/16 dev eth1', 'dev eth1 up', 'ip route add default via 10.0.0.254'];
    const at = order.map((s) => script.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('is a shell script that stops at the first failing command and names it', () => {
    // Run it with an `ip` that fails on routes and a /sys that has the NICs.
    const script = networkScript({ nics: nics.slice(0, 1), routes: [{ to: 'default', via: '10.0.0.254' }] })
      .replaceAll('/sys/class/net/eth0', '/');
    const fakeIp = 'ip() { [ "$1" != route ]; }';
    let err = '';
    try {
      execFileSync('/bin/sh', ['-c', `${fakeIp}\n${script}`], { stdio: 'pipe' });
    } catch (e) {
      err = String((e as { stderr: Buffer }).stderr);
    }
    expect(err.trim()).toBe('failed: ip route add default via 10.0.0.254');
  });

  it('gives every host its own entropy from the seed, and the same for the same seed', () => {
    expect(Buffer.from(hostEntropy(3, 'a'))).toEqual(Buffer.from(hostEntropy(3, 'a')));
    expect(Buffer.from(hostEntropy(3, 'a'))).not.toEqual(Buffer.from(hostEntropy(4, 'a')));
    expect(Buffer.from(hostEntropy(3, 'a'))).not.toEqual(Buffer.from(hostEntropy(3, 'b')));
    expect(hostEntropy(3, 'a').length).toBeLessThanOrEqual(64);
  });

  it('seeds a VM first, then its host\'s network, then the server defaults, then its own sysctls', () => {
    const host = { name: 'h', index: 0, nics: nics.slice(0, 1), routes: [], sysctls: [['net.ipv4.tcp_ecn', '1']] };
    const steps = machineSteps({ name: 'h', host: 0, hosts: [0] } as never, { seed: 1, hosts: [host] as never });
    expect(steps.map((s) => Object.keys(s.op)[0])).toEqual(['addEntropy', 'exec', ...SERVER_SYSCTLS.map(() => 'sysctlSet'), 'sysctlSet']);
    expect(steps.slice(2).map((s) => s.what)).toEqual([...SERVER_SYSCTLS.map((d) => `sysctl ${d.key}=${d.value}`), 'sysctl net.ipv4.tcp_ecn=1']);
    expect(steps.slice(2).every((s) => s.op.sysctlSet?.netns === '')).toBe(true);
  });

  it('applies a host\'s own value of a default instead of the default, once', () => {
    const host = { name: 'h', index: 0, nics: nics.slice(0, 1), routes: [], sysctls: [['net.ipv4.tcp_rmem', '4096 87380 1000000']] };
    const set = machineSteps({ name: 'h', host: 0, hosts: [0] } as never, { seed: 1, hosts: [host] as never }).flatMap((s) => (s.op.sysctlSet ? [s.op.sysctlSet] : []));
    expect(set.filter((o) => o.key === 'net.ipv4.tcp_rmem')).toEqual([{ key: 'net.ipv4.tcp_rmem', value: '4096 87380 1000000', netns: '' }]);
    expect(set.find((o) => o.key === 'net.ipv4.tcp_wmem')?.value).toBe('4096 16384 4194304');
    expect(set.at(-1)!.key).toBe('net.ipv4.tcp_rmem');
  });

  it('seeds a VM of virtual hosts once and sets its kernel-wide defaults, then makes each host\'s namespace, VLANs, addresses and sysctls in it', () => {
    const v = (name: string, index: number, vlan: number) => ({ name, index, nics: nics.slice(0, 1), routes: [], sysctls: [['net.ipv4.tcp_ecn', '1']], virtual: { vlanIds: [vlan] } });
    const steps = machineSteps({ name: 'vm', host: undefined, hosts: [0, 1] } as never, { seed: 1, hosts: [v('a', 0, 2), v('b', 1, 3)] as never });
    const perNs = SERVER_SYSCTLS.filter((d) => d.perNamespace);
    const vmWide = SERVER_SYSCTLS.filter((d) => !d.perNamespace);
    const ns = (h: string) => [`${h}:netnsCreate`, `${h}:vlanCreate`, `${h}:exec`, ...perNs.map(() => `${h}:sysctlSet`), `${h}:sysctlSet`];
    expect(steps.map((s) => `${s.host}:${Object.keys(s.op)[0]}`)).toEqual(['vm:addEntropy', ...vmWide.map(() => 'vm:sysctlSet'), ...ns('a'), ...ns('b')]);
    expect(steps.filter((s) => s.host === 'vm' && s.op.sysctlSet).map((s) => s.op.sysctlSet)).toEqual(vmWide.map((d) => ({ key: d.key, value: d.value, netns: '' })));
    const b = steps.filter((s) => s.host === 'b');
    expect(b[1]!.op).toMatchObject({ vlanCreate: { parent: 'eth0', vlanId: 3, name: 'eth0', netns: 'b', mac: nics[0]!.mac } });
    expect(b.slice(3).map((s) => s.op.sysctlSet)).toEqual([...perNs.map((d) => ({ key: d.key, value: d.value, netns: 'b' })), { key: 'net.ipv4.tcp_ecn', value: '1', netns: 'b' }]);
  });

  it('reads failures from errors and from exit statuses with the last stderr line', () => {
    expect(stepFailure({ body: 'done', done: { fd: 0, value: 0, text: '', data: new Uint8Array(), bytes: 0 } })).toBeUndefined();
    expect(stepFailure({ body: 'error', error: { errnoName: 'EINVAL', message: 'bad key', op: 'sysctl_set' } })).toBe('EINVAL: bad key');
    const stderr = new TextEncoder().encode('noise\nfailed: ip link set dev eth0 up\n');
    expect(stepFailure({ body: 'exec', exec: { exitCode: 1, signal: 0, stdout: new Uint8Array(), stderr, truncated: false, timedOut: false, cancelled: false } })).toBe('exit status 1: failed: ip link set dev eth0 up');
  });

  it('boots every guest\'s NIC k with the same MAC', () => {
    expect(bootMac(0)).toBe('52:54:00:00:00:00');
    expect(bootMac(11)).toBe('52:54:00:00:00:0b');
  });

  it('sets a NIC\'s MTU before its address only when it is not 1500', () => {
    expect(networkScript({ nics, routes: [] })).not.toContain('mtu');
    const script = networkScript({ nics: [{ ...nics[0]!, mtu: 9000 }, nics[1]!], routes: [] });
    expect(script).toContain('ip link set dev eth0 mtu 9000 ||');
    expect(script.indexOf('dev eth0 mtu 9000')).toBeLessThan(script.indexOf('ip addr add 10.0.0.1/24'));
    expect(script).not.toContain('dev eth1 mtu');
  });

  it('gives a VM\'s eth0 the largest MTU of its virtual hosts, and each VLAN its own', () => {
    const v = (name: string, index: number, mtu: number | undefined) => ({ name, index, nics: [{ ...nics[0]!, ...(mtu ? { mtu } : {}) }], routes: [], sysctls: [], virtual: { vlanIds: [index + 1] } });
    const steps = machineSteps({ name: 'vm', host: undefined, hosts: [0, 1] } as never, { seed: 1, hosts: [v('a', 0, 9000), v('b', 1, undefined)] as never });
    expect(steps[1]).toMatchObject({ host: 'vm', what: 'setting the MTU of its eth0 to 9000' });
    const script = (s: (typeof steps)[number]) => s.op.exec?.argv?.[2] ?? '';
    expect(script(steps[1]!)).toContain('ip link set dev eth0 mtu 9000 ||');
    const scripts = steps.filter((s) => s.host !== 'vm' && s.op.exec).map(script);
    // a's VLAN has its parent's 9000 already; b's is set back to 1500.
    expect(scripts[0]).not.toContain('mtu');
    expect(scripts[1]).toContain('ip link set dev eth0 mtu 1500 ||');
    const stock = machineSteps({ name: 'vm', host: undefined, hosts: [0, 1] } as never, { seed: 1, hosts: [v('a', 0, undefined), v('b', 1, undefined)] as never });
    expect(stock.some((s) => script(s).includes('mtu'))).toBe(false);
  });
});
