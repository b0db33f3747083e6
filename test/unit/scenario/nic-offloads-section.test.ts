// `offloads:` of a host and of each of its `nics:` (docs/scenario-spec.md).

import { describe, expect, it } from 'vitest';
import { compileSection, sectionIssues } from './helpers/compile-section.js';

const text = (hosts: string, vms = '') => `name: o
duration: 5s
${vms}hosts:
${hosts}
links:
  - {name: l, between: [a, b], rate: 1Gbit, delay: 1ms}
flows:
  - {id: f, from: a, to: b}
`;

describe('NIC offloads', () => {
  it('are off by default, and a stock NIC resolves without the key', () => {
    const s = compileSection(text('  - {name: a, kernel: "6.1", ip: 10.0.0.1/24}\n  - {name: b, kernel: "6.1", ip: 10.0.0.2/24}'));
    expect(s.hosts.map((h) => h.nics[0])).toEqual([
      { name: 'eth0', ip: '10.0.0.1', prefixLength: 24, mac: '52:54:00:00:00:01' },
      { name: 'eth0', ip: '10.0.0.2', prefixLength: 24, mac: '52:54:00:00:00:02' },
    ]);
  });

  it('take true for checksum offload and TSO, or a mapping; TSO brings checksum offload with it', () => {
    const s = compileSection(text('  - {name: a, kernel: "6.1", ip: 10.0.0.1/24, offloads: true}\n  - {name: b, kernel: "6.1", ip: 10.0.0.2/24, offloads: {tso: true}}'));
    expect(s.hosts.map((h) => h.nics[0]!.offloads)).toEqual([
      { checksum: true, tso: true, lro: false },
      { checksum: true, tso: true, lro: false },
    ]);
    const c = compileSection(text('  - {name: a, kernel: "6.1", ip: 10.0.0.1/24, offloads: {checksum: true}}\n  - {name: b, kernel: "6.1", ip: 10.0.0.2/24, offloads: false}'));
    expect(c.hosts.map((h) => h.nics[0]!.offloads)).toEqual([{ checksum: true, tso: false, lro: false }, undefined]);
  });

  it('give a host\'s offloads to each of its NICs unless a NIC says otherwise', () => {
    const s = compileSection(
      text('  - {name: a, kernel: "6.1", offloads: true, nics: [{ip: 10.0.0.1/24}, {ip: 10.0.1.1/24, offloads: false}]}\n  - {name: b, kernel: "6.1", ip: 10.0.0.2/24}').replace('between: [a, b]', 'between: ["a:eth0", b]'),
    );
    expect(s.hosts[0]!.nics.map((n) => n.offloads)).toEqual([{ checksum: true, tso: true, lro: false }, undefined]);
  });

  it('take LRO, which brings checksum offload with it', () => {
    const s = compileSection(text('  - {name: a, kernel: "6.1", ip: 10.0.0.1/24, offloads: {lro: true}}\n  - {name: b, kernel: "6.1", ip: 10.0.0.2/24, offloads: {tso: true, lro: true}}'));
    expect(s.hosts.map((h) => h.nics[0]!.offloads)).toEqual([
      { checksum: true, tso: false, lro: true },
      { checksum: true, tso: true, lro: true },
    ]);
    expect(sectionIssues(text('  - {name: a, kernel: "6.1", ip: 10.0.0.1/24, offloads: {lro: true, checksum: false}}\n  - {name: b, kernel: "6.1", ip: 10.0.0.2/24}'))).toEqual([
      'hosts.0.offloads.lro: lro needs checksum offload (a NIC merges only segments whose checksums it checked); leave checksum out or set it true',
    ]);
  });

  it('refuse TSO without checksum offload, unknown keys and wrong types, with paths', () => {
    expect(
      sectionIssues(
        text('  - {name: a, kernel: "6.1", ip: 10.0.0.1/24, offloads: {tso: true, checksum: false, gro: true}}\n  - {name: b, kernel: "6.1", ip: 10.0.0.2/24, offloads: yes}'),
      ),
    ).toEqual([
      'hosts.0.offloads.gro: unknown field "gro" (expected one of: checksum, tso, lro)',
      'hosts.0.offloads.tso: tso needs checksum offload (a NIC cutting segments computes their checksums); leave checksum out or set it true',
      'hosts.1.offloads: offloads must be true, false or a mapping like {checksum: true, tso: true}',
    ]);
  });

  it('are refused on a virtual host, whose NICs are VLANs of its VM\'s NIC', () => {
    expect(sectionIssues(text('  - {name: a, vm: box, ip: 10.0.0.1/24, offloads: true}\n  - {name: b, kernel: "6.1", ip: 10.0.0.2/24}', 'vms:\n  - {name: box, kernel: "6.1"}\n'))).toEqual([
      "hosts.0.offloads: a host placed in a VM (vm:) has no offloads: its NICs are VLANs of the VM's NIC",
    ]);
  });
});
