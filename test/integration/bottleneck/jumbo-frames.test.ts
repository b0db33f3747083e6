// Jumbo frames end to end on real 6.1 guests, one boot of two VMs:
// - a (its own VM) sends 4 MB over TCP to b (a virtual host in VM box, so its
//   frames cross QEMU 802.1Q-tagged, 9018 bytes) over a link of MTU 9000: the
//   link's pcap holds 9014-byte frames, and both SYNs offer an MSS of 8960;
// - a's second NIC (MTU 9000, its link's) reaches c (box too, MTU 1500) through a
//   switch: a 1000-byte ping gets through, an 8000-byte one is dropped at
//   the switch's port to c (`over-mtu`) and counted there, as a real switch
//   would drop a frame its port cannot carry;
// - each guest's interfaces have the MTUs the scenario gives them, including
//   b's VLAN interface, which a VM's eth0 of MTU 1500 could not carry.

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownKernels } from '../../../orchestrator/src/images/kernel-catalog.js';
import { runScenario } from '../../../orchestrator/src/run/run-scenario.js';
import { loadScenarioText } from '../../../orchestrator/src/scenario/load-scenario.js';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';

const JUMBO = `name: jumbo
seed: 3
duration: 3s
vms:
  - {name: box, kernel: "6.1"}
switches:
  - {name: sw}
hosts:
  - {name: a, kernel: "6.1", nics: [{ip: 10.0.0.1/24, mtu: 9000}, {ip: 10.0.1.1/24}]}
  - {name: b, vm: box, ip: 10.0.0.2/24, mtu: 9000}
  - {name: c, vm: box, ip: 10.0.1.3/24}
links:
  - {name: ab, between: ["a:eth0", b], rate: 1Gbit, delay: 1ms, queue: 200p, pcap: true}
  - {name: as, between: ["a:eth1", sw], rate: 1Gbit, delay: 1ms, mtu: 9000}
  - {name: sc, between: [sw, c], rate: 1Gbit, delay: 1ms}
flows:
  - {id: ab, from: a, to: b, bytes: 4MB}
actions:
  - {at: 100ms, host: a, exec: "ping -c 2 -i 0.2 -W 1 -w 1 -s 1000 10.0.1.3 && ! ping -c 2 -i 0.2 -W 1 -w 1 -s 8000 10.0.1.3"}
  - {at: 2500ms, host: a, exec: "cat /sys/class/net/eth0/mtu /sys/class/net/eth1/mtu"}
  - {at: 2500ms, host: b, exec: "ip link show eth0; viprun c ip link show eth0"}
`;

const tshark = (pcap: string, ...args: string[]) => execFileSync('tshark', ['-r', pcap, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 }).trim().split('\n');

describe('jumbo frames', () => {
  it('carry a TCP flow at MTU 9000 end to end, and a switch drops what a smaller port cannot carry', async () => {
    requireQemu();
    requireImage('6.1');
    const scenario = loadScenarioText(JUMBO, join(tempDir('jumbo-scenario'), 'jumbo.yaml'), knownKernels());
    const out = tempDir('jumbo');
    const r = await runScenario(scenario, { outDir: out, progress: null, log: () => undefined });
    expect(r.outcome.status, r.outcome.reason).toBe('completed');
    const act = r.outcome.actions;
    console.log(act.map((a) => `${a.host}: ${a.stdout}${a.stderr}`).join('\n'));
    console.log(r.outcome.queues.map((q) => `${q.id}: ${q.enqueued} enqueued, ${q.drops} dropped`).join('\n'));
    expect(r.outcome.warnings).toEqual([]);
    expect(r.outcome.flows.map((f) => [f.id, f.receivedBytes])).toEqual([['ab', 4_000_000]]);

    expect(act[0]!.status, act[0]!.stderr).toBe(0);
    expect(act[0]!.stdout).toContain('2 packets transmitted, 2 packets received');
    expect(act[0]!.stdout).toContain('2 packets transmitted, 0 packets received');
    expect(act[1]!.stdout.split('\n').filter(Boolean)).toEqual(['9000', '9000']);
    // b's VLAN interface (whose MTU is at most the VM's eth0's), then c's.
    expect([...act[2]!.stdout.matchAll(/ mtu (\d+) /g)].map((m) => m[1])).toEqual(['9000', '1500']);
    const drops = Object.fromEntries(r.outcome.queues.map((q) => [q.id, q.drops]));
    expect(drops['sc:sw->c']).toBe(2);
    expect(drops['ab:a->b']).toBe(0);

    const pcap = join(out, 'pcap', 'ab.pcap');
    const lens = tshark(pcap, '-Y', 'eth.src == 52:54:00:00:00:01', '-T', 'fields', '-e', 'frame.len').map(Number);
    const jumbo = lens.filter((n) => n === 9014).length;
    console.log(`a->b: ${lens.length} frames, ${jumbo} of 9014 bytes, longest ${Math.max(...lens)}`);
    expect(Math.max(...lens)).toBe(9014);
    expect(jumbo).toBeGreaterThan(400);
    // Both ends offer an MSS of the MTU less 40 bytes of IP and TCP headers.
    expect(tshark(pcap, '-Y', 'tcp.flags.syn == 1', '-T', 'fields', '-e', 'tcp.options.mss_val')).toEqual(['8960', '8960']);
  });
});
