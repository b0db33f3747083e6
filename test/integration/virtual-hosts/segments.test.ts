// A broadcast reaches only the virtual hosts on its segment (issue 16). Four
// virtual hosts in one VM and one subnet, on two switches that nothing
// joins: a and b on s1, c and d on s2. Each host's link has a pcap. An ARP
// broadcast from a (its ping to c) reaches b's link and no link of s2, and
// no frame of a or b ever appears on c's or d's link, nor one of c or d on
// a's or b's: inside the guest they share only the kernel, and every frame
// between them crosses the simulated network.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownKernels } from '../../../orchestrator/src/images/kernel-catalog.js';
import { runScenario } from '../../../orchestrator/src/run/run-scenario.js';
import { loadScenarioText } from '../../../orchestrator/src/scenario/load-scenario.js';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';

const SCENARIO = `name: segments
duration: 3s
vms:
  - {name: box, kernel: "6.1"}
hosts:
  - {name: a, vm: box, ip: 10.0.0.1/24}
  - {name: b, vm: box, ip: 10.0.0.2/24}
  - {name: c, vm: box, ip: 10.0.0.3/24}
  - {name: d, vm: box, ip: 10.0.0.4/24}
switches:
  - {name: s1}
  - {name: s2}
links:
  - {name: la, between: [a, s1], rate: 100Mbit, delay: 1ms, pcap: true}
  - {name: lb, between: [b, s1], rate: 100Mbit, delay: 1ms, pcap: true}
  - {name: lc, between: [c, s2], rate: 100Mbit, delay: 1ms, pcap: true}
  - {name: ld, between: [d, s2], rate: 100Mbit, delay: 1ms, pcap: true}
actions:
  - {at: 100ms, host: a, exec: ping -c 1 -W 1 10.0.0.3}
  - {at: 1500ms, host: a, exec: ping -c 1 -W 1 10.0.0.2}
  - {at: 1500ms, host: c, exec: ping -c 1 -W 1 10.0.0.4}
`;

/** Source MAC and, for ARP, the address asked for, of every frame in a pcap. */
function frames(pcap: string): { src: string; arpFor: string }[] {
  const out = execFileSync('tshark', ['-r', pcap, '-T', 'fields', '-E', 'separator=,', '-e', 'eth.src', '-e', 'arp.dst.proto_ipv4'], { encoding: 'utf8' });
  return out
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const [src, arpFor] = l.split(',');
      return { src: src!, arpFor: arpFor ?? '' };
    });
}

describe('virtual hosts on two segments of one VM', () => {
  it('keeps each broadcast, and every other frame, on its own segment', async () => {
    requireQemu();
    requireImage('6.1');
    const here = tempDir('segments');
    const r = await runScenario(loadScenarioText(SCENARIO, join(here, 'segments.yaml'), knownKernels()), { outDir: join(here, 'out'), progress: null, log: () => undefined });
    expect(r.outcome.status, r.outcome.reason).toBe('completed');
    const [toC, toB, cToD] = r.outcome.actions;
    expect(toC!.stdout).toContain('0 packets received');
    expect(toB!.stdout).toContain('1 packets received');
    expect(cToD!.stdout).toContain('1 packets received');

    const resolved = JSON.parse(readFileSync(join(here, 'out', 'resolved-scenario.json'), 'utf8')) as { hosts: { name: string; nics: { mac: string }[] }[] };
    const mac = Object.fromEntries(resolved.hosts.map((h) => [h.name, h.nics[0]!.mac]));
    const seen = Object.fromEntries(['la', 'lb', 'lc', 'ld'].map((l) => [l, frames(join(here, 'out', 'pcap', `${l}.pcap`))]));
    // a's broadcast for c's address is flooded to b, and nowhere on s2.
    expect(seen.lb!.some((f) => f.src === mac.a && f.arpFor === '10.0.0.3')).toBe(true);
    for (const l of ['lc', 'ld']) expect(seen[l]!.filter((f) => f.src === mac.a && f.arpFor === '10.0.0.3')).toEqual([]);
    // Nothing of one segment's hosts on the other's links, though all four share one VM and one NIC.
    for (const l of ['lc', 'ld']) expect(seen[l]!.filter((f) => f.src === mac.a || f.src === mac.b)).toEqual([]);
    for (const l of ['la', 'lb']) expect(seen[l]!.filter((f) => f.src === mac.c || f.src === mac.d)).toEqual([]);
    // Each segment did carry its own hosts' frames.
    expect(seen.ld!.some((f) => f.src === mac.c)).toBe(true);
    expect(seen.la!.some((f) => f.src === mac.b)).toBe(true);
  }, 300_000);
});
