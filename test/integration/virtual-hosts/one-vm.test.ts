// Virtual IP hosts in one real 6.1 guest, end to end through `cosim run`:
// a and b share VM box and a 5 ms link between them; c is in the same VM
// and the same subnet but on no link. One boot for every check:
// - the VM runs at 2 GHz (cpu:), which every virtual host shares;
// - a and b both listen on TCP port 5001 (two flows, one each way);
// - viprun shows each one's own routes and, after traffic, neighbours;
// - c reaches neither: inside the guest they share nothing but the kernel;
// - a ping from a to b takes 2 x 5 ms plus processing, and the link's pcap
//   shows it, untagged, with each host's own MAC;
// - the VM's packages and files serve every virtual host: Debian's iproute2
//   lists the virtual hosts (`ip netns list`) and a user's script runs in b.

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownKernels } from '../../../orchestrator/src/images/kernel-catalog.js';
import { runScenario } from '../../../orchestrator/src/run/run-scenario.js';
import { loadScenarioText } from '../../../orchestrator/src/scenario/load-scenario.js';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';

export const ONE_VM = `name: one-vm
duration: 4s
vms:
  - {name: box, kernel: "6.1", memory: 256MiB, cpu: {speed: 2GHz}, icount_shift: 0, packages: [iproute2], files: {/usr/local/bin/whoami-vip: whoami-vip.sh}}
hosts:
  - {name: a, vm: box, ip: 10.0.0.1/24, routes: [{to: 10.9.0.0/16, via: 10.0.0.2}]}
  - {name: b, vm: box, ip: 10.0.0.2/24, mac: "52:54:00:00:0b:02", sysctls: {net.ipv4.tcp_congestion_control: reno}}
  - {name: c, vm: box, ip: 10.0.0.3/24}
links:
  - {name: ab, between: [a, b], rate: 10Mbit, delay: 5ms, pcap: true}
flows:
  - {id: ab, from: a, to: b, port: 5001, start: 1s, bytes: 200KB}
  - {id: ba, from: b, to: a, port: 5001, start: 1s, bytes: 200KB}
actions:
  - {at: 200ms, host: a, exec: ping -c 3 -i 0.2 10.0.0.2}
  - {at: 200ms, host: c, exec: ping -c 1 -W 1 10.0.0.1}
  - {at: 3s, host: a, exec: "viprun a ip route; echo ---; viprun b ip route"}
  - {at: 3s, host: a, exec: "viprun a ip neigh; echo ---; viprun b ip neigh; echo ---; viprun c ip neigh"}
  - {at: 3s, host: b, exec: "netstat -tn; echo ---; viprun a netstat -tn"}
  - {at: 3s, host: c, exec: "viprun; ip link show eth0; cat /sys/class/net/eth0/address"}
  - {at: 3500ms, host: b, sysctl: {net.ipv4.tcp_congestion_control: cubic}}
  - {at: 3500ms, host: b, exec: "ip netns list; whoami-vip"}
`;

describe('virtual hosts in one VM', () => {
  it('isolates a, b and c, and carries a ping between a and b through their link', async () => {
    requireQemu();
    requireImage('6.1');
    const here = tempDir('one-vm-scenario');
    writeFileSync(join(here, 'whoami-vip.sh'), '#!/bin/sh\necho "I am $(cat /sys/class/net/eth0/address)"\n', { mode: 0o755 });
    const scenario = loadScenarioText(ONE_VM, join(here, 'one-vm.yaml'), knownKernels());
    const out = tempDir('one-vm');
    const r = await runScenario(scenario, { outDir: out, progress: null, log: () => undefined });
    expect(r.outcome.status, r.outcome.reason).toBe('completed');
    expect(r.outcome.warnings).toEqual([]);
    const act = r.outcome.actions;

    // Both flows complete, each on port 5001 of its receiver.
    expect(r.outcome.flows.map((f) => [f.id, f.receivedBytes])).toEqual([
      ['ab', 200_000],
      ['ba', 200_000],
    ]);
    // c is in the same VM and subnet, but on no link: nothing gets through.
    expect(act[1]!.status).not.toBe(0);
    expect(act[1]!.stdout).toContain('0 packets received');

    const [routesA, routesB] = act[2]!.stdout.split('---\n');
    expect(routesA).toContain('10.0.0.0/24 dev eth0');
    expect(routesA).toContain('10.9.0.0/16 via 10.0.0.2 dev eth0');
    expect(routesB).toContain('10.0.0.0/24 dev eth0');
    expect(routesB).not.toContain('10.9.0.0');
    const [neighA, neighB, neighC] = act[3]!.stdout.split('---\n');
    expect(neighA).toMatch(/10\.0\.0\.2 dev eth0 lladdr 52:54:00:00:0b:02/);
    expect(neighB).toMatch(/10\.0\.0\.1 dev eth0 lladdr 52:54:00:00:00:01/);
    expect(neighA).not.toContain('10.0.0.3');
    expect(neighC).not.toMatch(/lladdr/);
    // The two ends of one connection on port 5001 each, seen from each host.
    const [connB, connA] = act[4]!.stdout.split('---\n');
    expect(connB).toMatch(/10\.0\.0\.2:5001\s+10\.0\.0\.1:\d+/);
    expect(connA).toMatch(/10\.0\.0\.1:5001\s+10\.0\.0\.2:\d+/);
    expect(act[5]!.stdout.split('\n').slice(0, 3)).toEqual(['a', 'b', 'c']);
    expect(act[5]!.stdout).toContain('link/ether 52:54:00:00:00:03');
    expect(act[6]!.status).toBe(0);
    expect(act[7]!.stdout.split('\n').filter(Boolean)).toEqual(['c', 'b', 'a', 'I am 52:54:00:00:0b:02']);

    // ping's own RTTs: 2 x 5 ms of delay, 2 x 78 us of serialization, and the guest's processing;
    // the first also waits for a's ARP request and b's reply, one more round trip.
    const rtts = [...act[0]!.stdout.matchAll(/time=([\d.]+) ms/g)].map((m) => Number(m[1]));
    console.log(`ping RTTs (ms): ${rtts.join(', ')}`);
    expect(rtts).toHaveLength(3);
    expect(rtts[0]).toBeGreaterThan(20.2);
    expect(rtts[0]).toBeLessThan(22);
    for (const t of rtts.slice(1)) {
      expect(t).toBeGreaterThan(10.15);
      expect(t).toBeLessThan(11);
    }
    // The link's pcap: untagged frames with each host's own MAC; request and reply 5 ms apart plus b's processing.
    const pcap = join(out, 'pcap', 'ab.pcap');
    expect(execFileSync('tshark', ['-r', pcap, '-Y', 'vlan'], { encoding: 'utf8' }).trim()).toBe('');
    const icmp = execFileSync('tshark', ['-r', pcap, '-Y', 'icmp', '-T', 'fields', '-e', 'frame.time_relative', '-e', 'eth.src', '-e', 'icmp.type'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((l) => l.split('\t'));
    expect(icmp.map((f) => `${f[1]} ${f[2]}`)).toEqual(Array(3).fill(['52:54:00:00:00:01 8', '52:54:00:00:0b:02 0']).flat());
    for (let k = 0; k < 3; k++) {
      const gap = Number(icmp[2 * k + 1]![0]) - Number(icmp[2 * k]![0]);
      console.log(`request to reply on the link's pcap: ${(gap * 1000).toFixed(3)} ms`);
      // Request onto the wire at a, reply onto the wire at b: one way's delay and serialization, then b's kernel.
      expect(gap).toBeGreaterThan(0.005078);
      expect(gap).toBeLessThan(0.0055);
      expect(rtts[k]! / 1000).toBeGreaterThan(gap + 0.005);
    }
  }, 300_000);
});
