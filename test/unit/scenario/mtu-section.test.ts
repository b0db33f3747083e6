// `mtu:` of hosts, NICs and links (jumbo frames): what a scenario resolves
// to, and the mismatches it is refused for, naming both ends.

import { describe, expect, it } from 'vitest';
import { compileSection, sectionIssues } from './helpers/compile-section.js';

const text = (hosts: string, links: string) => `name: m
duration: 5s
hosts:
${hosts}
links:
${links}
`;
const PAIR = (a: string, b: string, link = '') =>
  text(`  - {name: a, kernel: "6.1", ip: 10.0.0.1/24${a}}\n  - {name: b, kernel: "6.1", ip: 10.0.0.2/24${b}}`, `  - {name: l, between: [a, b], rate: 1Gbit${link}}`);

describe('MTU of NICs and links', () => {
  it('leaves a scenario without mtu as it was: no mtu in its resolved form', () => {
    const s = compileSection(PAIR('', ''));
    expect(s.hosts.every((h) => h.nics.every((n) => !('mtu' in n)))).toBe(true);
    expect('mtu' in s.links[0]!).toBe(false);
  });

  it('gives a link its ends\' MTU, and an end without its own the link\'s', () => {
    const s = compileSection(PAIR(', mtu: 9000', ''));
    expect(s.links[0]!.mtu).toBe(9000);
    expect(s.hosts.map((h) => h.nics[0]!.mtu)).toEqual([9000, 9000]);
    const t = compileSection(PAIR('', '', ', mtu: 9000'));
    expect(t.hosts.map((h) => h.nics[0]!.mtu)).toEqual([9000, 9000]);
  });

  it('takes a NIC\'s own mtu over its host\'s', () => {
    const s = compileSection(
      text(
        '  - {name: r, kernel: "6.1", mtu: 9000, nics: [{ip: 10.0.0.1/24}, {ip: 10.0.1.1/24, mtu: 1500}]}\n  - {name: b, kernel: "6.1", ip: 10.0.1.2/24}',
        '  - {name: l, between: ["r:eth1", b], rate: 1Gbit}',
      ),
    );
    expect(s.hosts[0]!.nics.map((n) => n.mtu)).toEqual([9000, 1500]);
    expect('mtu' in s.links[0]!).toBe(false);
    expect('mtu' in s.hosts[1]!.nics[0]!).toBe(false);
  });

  it('refuses a link whose ends disagree, naming both', () => {
    expect(sectionIssues(PAIR(', mtu: 9000', ', mtu: 1500'))).toEqual([
      'links.0.between: the ends of link l disagree: a:eth0 has mtu 9000, b:eth0 has mtu 1500; give them the same (or give the link an mtu and the NICs none)',
    ]);
  });

  it('refuses a link whose mtu is not its end\'s, naming both', () => {
    expect(sectionIssues(PAIR('', ', mtu: 4000', ', mtu: 9000'))).toEqual(['links.0.mtu: link l has mtu 9000 but its end b:eth0 has mtu 4000; give them the same']);
  });

  it('takes 68 to 9000 bytes', () => {
    expect(sectionIssues(PAIR(', mtu: 9001', ''))).toEqual(['hosts.0.mtu: mtu must be an integer from 68 to 9000']);
    expect(sectionIssues(PAIR('', '', ', mtu: 67'))).toEqual(['links.0.mtu: mtu must be an integer from 68 to 9000']);
    expect(sectionIssues(PAIR(', mtu: 68', ''))).toEqual([]);
  });

  it('lets hosts of different MTUs meet behind a switch', () => {
    const s = compileSection(`name: m
duration: 5s
switches: [{name: sw}]
hosts:
  - {name: a, kernel: "6.1", ip: 10.0.0.1/24, mtu: 9000}
  - {name: b, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - {name: la, between: [a, sw], rate: 1Gbit}
  - {name: lb, between: [b, sw], rate: 1Gbit}
`);
    expect(s.links.map((l) => l.mtu)).toEqual([9000, undefined]);
  });
});
