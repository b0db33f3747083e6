import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { bootMac, hostEntropy, machineSteps, networkScript, stepFailure } from '../../../orchestrator/src/run/configure-hosts.js';

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

  it('seeds a VM first, then its host\'s network, then each sysctl', () => {
    const host = { name: 'h', index: 0, nics: nics.slice(0, 1), routes: [], sysctls: [['net.ipv4.tcp_ecn', '1']] };
    const steps = machineSteps({ name: 'h', host: 0, hosts: [0] } as never, { seed: 1, hosts: [host] as never });
    expect(steps.map((s) => Object.keys(s.op)[0])).toEqual(['addEntropy', 'exec', 'sysctlSet']);
    expect(steps[2]!.what).toBe('sysctl net.ipv4.tcp_ecn=1');
  });

  it('seeds a VM of virtual hosts once, then makes each host\'s namespace, VLANs, addresses and sysctls in it', () => {
    const v = (name: string, index: number, vlan: number) => ({ name, index, nics: nics.slice(0, 1), routes: [], sysctls: [['net.ipv4.tcp_ecn', '1']], virtual: { vlanIds: [vlan] } });
    const steps = machineSteps({ name: 'vm', host: undefined, hosts: [0, 1] } as never, { seed: 1, hosts: [v('a', 0, 2), v('b', 1, 3)] as never });
    expect(steps.map((s) => `${s.host}:${Object.keys(s.op)[0]}`)).toEqual([
      'vm:addEntropy',
      'a:netnsCreate', 'a:vlanCreate', 'a:exec', 'a:sysctlSet',
      'b:netnsCreate', 'b:vlanCreate', 'b:exec', 'b:sysctlSet',
    ]);
    expect(steps[6]!.op).toMatchObject({ vlanCreate: { parent: 'eth0', vlanId: 3, name: 'eth0', netns: 'b', mac: nics[0]!.mac } });
    expect(steps[8]!.op).toMatchObject({ sysctlSet: { netns: 'b' } });
  });

  it('reads failures from errors and from exit statuses with the last stderr line', () => {
    expect(stepFailure({ body: 'done', done: { fd: 0, value: 0, text: '', data: new Uint8Array(), bytes: 0 } })).toBeUndefined();
    expect(stepFailure({ body: 'error', error: { errnoName: 'EINVAL', message: 'bad key', op: 'sysctl_set' } })).toBe('EINVAL: bad key');
    const stderr = new TextEncoder().encode('noise\nfailed: ip link set dev eth0 up\n');
    expect(stepFailure({ body: 'exec', exec: { exitCode: 1, signal: 0, stdout: new Uint8Array(), stderr } })).toBe('exit status 1: failed: ip link set dev eth0 up');
  });

  it('boots every guest\'s NIC k with the same MAC', () => {
    expect(bootMac(0)).toBe('52:54:00:00:00:00');
    expect(bootMac(11)).toBe('52:54:00:00:00:0b');
  });
});
