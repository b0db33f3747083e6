// `vms:` and `hosts[].vm`: virtual IP hosts placed in a shared VM. Bad
// input is refused with its path before any VM starts (loading only).

import { describe, expect, it } from 'vitest';
import { MAX_VIRTUAL_HOSTS_PER_VM, MAX_VLANS_PER_VM } from '../../../orchestrator/src/scenario/sections/hosts.js';
import { compileSection, sectionIssues } from './helpers/compile-section.js';

const text = (vms: string, hosts: string, extra = '') => `name: v
duration: 5s
vms:
${vms}
hosts:
${hosts}
${extra}`;
const KERNELS = ['6.1', '6.12'];
const load = (t: string) => compileSection(t, KERNELS);

const issuesOf = (t: string) => sectionIssues(t, KERNELS);

const TWO = text(
  '  - {name: box, kernel: "6.12", memory: 512MiB}',
  `  - {name: a, vm: box, ip: 10.0.0.1/24, routes: [{to: default, via: 10.0.0.254}]}
  - {name: r, vm: box, nics: [{ip: 10.0.0.254/24}, {ip: 10.0.1.254/24, mac: "52:54:00:aa:bb:cc"}], sysctls: {net.ipv4.ip_forward: 1}}
  - {name: b, kernel: "6.1", ip: 10.0.1.2/24, routes: [{to: default, via: 10.0.1.254}]}`,
  `links:
  - {name: l1, between: [a, "r:eth0"], rate: 10Mbit, delay: 1ms}
  - {name: l2, between: ["r:eth1", b], rate: 10Mbit, delay: 1ms}
flows:
  - {id: f, from: a, to: b}
`,
);

describe('virtual hosts (vms: and vm:)', () => {
  it('places hosts in a VM, each NIC on its own VLAN, with the VM\'s kernel and memory', () => {
    const s = load(TWO);
    expect(s.vms).toEqual([{ name: 'box', index: 0, kernel: '6.12', customKernel: undefined, memoryMiB: 512, icountShift: 0, hosts: [0, 1] }]);
    expect(s.hosts.map((h) => [h.name, h.kernel, h.memoryMiB, h.virtual])).toEqual([
      ['a', '6.12', 512, { vm: 0, vlanIds: [1] }],
      ['r', '6.12', 512, { vm: 0, vlanIds: [2, 3] }],
      ['b', '6.1', 256, undefined],
    ]);
    expect(s.hosts[1]!.nics.map((n) => n.mac)).toEqual(['52:54:00:00:00:02', '52:54:00:aa:bb:cc']);
    expect(s.hosts[1]!.sysctls).toEqual([['net.ipv4.ip_forward', '1']]);
    expect(s.flows[0]).toMatchObject({ from: 0, to: 2, toIp: '10.0.1.2' });
  });

  it('leaves scenarios without VMs as they were', () => {
    const s = compileSection('name: p\nduration: 1s\nhosts:\n  - {name: a, kernel: "6.1", ip: 10.0.0.1/24}\n');
    expect('vms' in s).toBe(false);
    expect('virtual' in s.hosts[0]!).toBe(false);
  });

  it('refuses an unknown VM, naming the ones there are', () => {
    expect(issuesOf(text('  - {name: box, kernel: "6.1"}', '  - {name: a, vm: bx, ip: 10.0.0.1/24}\n  - {name: b, vm: box, ip: 10.0.0.2/24}'))).toEqual([
      'hosts.0.vm: no VM named "bx"; VMs: box',
    ]);
  });

  it('refuses name clashes among hosts, VMs and switches', () => {
    expect(
      issuesOf(
        text(
          '  - {name: box, kernel: "6.1"}\n  - {name: box, kernel: "6.1"}',
          '  - {name: box, kernel: "6.1", ip: 10.0.0.9/24}\n  - {name: a, vm: box, ip: 10.0.0.1/24}\n  - {name: a, vm: box, ip: 10.0.0.2/24}',
          'switches:\n  - {name: box}\n',
        ),
      ),
    ).toEqual([
      'vms.1.name: there is already a VM named box',
      'hosts.0.name: there is already a VM named box (vms:); hosts and VMs share one name space',
      'hosts.2.name: there is already a host named a',
      'switches.0.name: there is already a host, VM or switch named box',
    ]);
  });

  it('refuses guest keys on a virtual host, a host with neither kernel nor vm, and an empty VM', () => {
    expect(
      issuesOf(text('  - {name: box, kernel: "6.1"}\n  - {name: idle, kernel: "6.1"}', '  - {name: a, vm: box, kernel: "6.1", memory: 1GiB, ip: 10.0.0.1/24}\n  - {name: b, ip: 10.0.0.2/24}')),
    ).toEqual([
      'hosts.0.kernel: a host placed in a VM (vm: box) takes its kernel from the VM; give kernel under vms:',
      'hosts.0.memory: a host placed in a VM (vm: box) takes its memory from the VM; give memory under vms:',
      'hosts.1.kernel: kernel is required (or vm: to place the host in a VM of vms:)',
      'vms.1: no host is placed in VM idle (vm: idle); remove it or place one',
    ]);
  });

  it(`refuses more than ${MAX_VLANS_PER_VM} virtual interfaces in one VM`, () => {
    const nics = (k: number) => `[${Array.from({ length: 8 }, (_, j) => `{ip: 10.${k >> 8}.${k & 255}.${j + 1}/32}`).join(', ')}]`;
    const hosts = Array.from({ length: 513 }, (_, k) => `  - {name: h${k}, vm: box, nics: ${nics(k)}}`).join('\n');
    const issues = issuesOf(text('  - {name: box, kernel: "6.1"}', hosts));
    // 512 hosts of 8 NICs is 4096 VLANs: host 511's NICs go past 4094 (the host limit, 256, comes first).
    expect(issues).toEqual([
      `hosts.256.vm: too many virtual hosts in VM box: at most ${MAX_VIRTUAL_HOSTS_PER_VM}, where configuration was measured to finish in reasonable time (docs/virtual-hosts.md, Scale); place some hosts in another VM`,
      `hosts.511.nics: too many interfaces in VM box: its NIC carries each virtual host's NIC on its own 802.1Q VLAN, at most ${MAX_VLANS_PER_VM}; place some hosts in another VM`,
    ]);
  });

  it(`refuses more than ${MAX_VIRTUAL_HOSTS_PER_VM} virtual hosts in one VM (issue 26, finding 15)`, () => {
    const hosts = (n: number) => Array.from({ length: n }, (_, k) => `  - {name: h${k}, vm: box, ip: 10.${k >> 8}.${k & 255}.1/8}`).join('\n');
    expect(issuesOf(text('  - {name: box, kernel: "6.1", memory: 1GiB}', hosts(MAX_VIRTUAL_HOSTS_PER_VM)))).toEqual([]);
    expect(issuesOf(text('  - {name: box, kernel: "6.1", memory: 1GiB}', hosts(4094)))).toEqual([
      `hosts.256.vm: too many virtual hosts in VM box: at most ${MAX_VIRTUAL_HOSTS_PER_VM}, where configuration was measured to finish in reasonable time (docs/virtual-hosts.md, Scale); place some hosts in another VM`,
    ]);
  });
});
