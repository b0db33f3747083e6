// NIC offloads on real guests (issue 24 item 3): the sender's NIC has
// checksum offload and TSO, the receiver's checksum offload and LRO. The
// guests negotiate exactly those virtio-net features; the sender hands its
// NIC far fewer frames than the wire carries (TSO segments, cut by the
// simulated NIC), and the receiver gets far fewer than the wire carries
// (merged by its NIC: at 1 Gbit/s about four full frames reach it within
// LRO's 50 us); the link's pcap holds only wire-sized frames whose IPv4
// and TCP checksums tshark finds right, both directions. 30 MB keep the
// pcap small.

import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';
import { runScenarioText } from './helpers.js';

const run = promisify(execFile);

const SCENARIO = `name: offloads
seed: 7
duration: 3s
hosts:
  - {name: sender, kernel: "6.1", ip: 10.0.0.1/24, offloads: true}
  - {name: receiver, kernel: "6.1", ip: 10.0.0.2/24, offloads: {checksum: true, lro: true}}
links:
  - {name: wire, between: [sender, receiver], rate: 1Gbit, delay: 5ms, queue: 833p, pcap: true}
flows:
  - {id: bulk, from: sender, to: receiver, cc: cubic, bytes: 30MB}
actions:
  - {at: 0s, host: sender, exec: "cat /sys/class/net/eth0/device/features"}
  - {at: 0s, host: receiver, exec: "cat /sys/class/net/eth0/device/features"}
  - {at: 2900ms, host: sender, exec: "cat /sys/class/net/eth0/statistics/tx_packets"}
  - {at: 2900ms, host: receiver, exec: "cat /sys/class/net/eth0/statistics/rx_packets"}
`;

/** virtio-net feature bits (virtio spec 5.1.3). */
const F = { CSUM: 0, GUEST_CSUM: 1, GUEST_TSO4: 7, GUEST_TSO6: 8, HOST_TSO4: 11, HOST_TSO6: 12, HOST_ECN: 13, HOST_UFO: 14 } as const;
const bits = (features: string, names: (keyof typeof F)[]) => names.map((n) => features[F[n]]);

let out = '';
let actions: { host: string; status: number; stdout: string }[] = [];

async function tshark(args: string[]): Promise<string[]> {
  const { stdout } = await run('tshark', ['-r', join(out, 'pcap', 'wire.pcap'), ...args], { maxBuffer: 256 << 20 });
  return stdout.trim().split('\n').filter((l) => l !== '');
}

describe('NIC offloads', () => {
  beforeAll(async () => {
    requireQemu();
    requireImage('6.1');
    out = await runScenarioText(tempDir('offloads'), 'offloads', SCENARIO);
    actions = JSON.parse(readFileSync(join(out, 'actions.json'), 'utf8')) as typeof actions;
  });

  it('gives each guest the virtio-net features its scenario keys ask for', () => {
    const [sender, receiver] = actions.map((a) => a.stdout.trim());
    console.log(`features: sender ${sender}, receiver ${receiver}`);
    const names: (keyof typeof F)[] = ['CSUM', 'GUEST_CSUM', 'HOST_TSO4', 'HOST_ECN', 'HOST_TSO6', 'HOST_UFO', 'GUEST_TSO4', 'GUEST_TSO6'];
    expect(bits(sender!, names)).toEqual(['1', '1', '1', '1', '0', '0', '0', '0']);
    expect(bits(receiver!, names)).toEqual(['1', '1', '0', '0', '0', '0', '1', '0']);
  });

  it('puts only wire-sized frames with right checksums on the link, cut from fewer TSO segments and merged again', async () => {
    const lens = (await tshark(['-T', 'fields', '-e', 'frame.len'])).map(Number);
    const fromSender = await tshark(['-Y', 'ip.src == 10.0.0.1', '-T', 'fields', '-e', 'frame.number']);
    const bad = await tshark(['-o', 'tcp.check_checksum:TRUE', '-o', 'ip.check_checksum:TRUE', '-Y', 'tcp.checksum.status != 1 || ip.checksum.status != 1', '-T', 'fields', '-e', 'frame.number']);
    const good = await tshark(['-o', 'tcp.check_checksum:TRUE', '-o', 'ip.check_checksum:TRUE', '-Y', 'tcp.checksum.status == 1 && ip.checksum.status == 1', '-T', 'fields', '-e', 'frame.number']);
    const tcp = await tshark(['-Y', 'tcp', '-T', 'fields', '-e', 'frame.number']);
    const txPackets = Number(actions[2]!.stdout.trim());
    const rxPackets = Number(actions[3]!.stdout.trim());
    console.log(`${lens.length} frames, largest ${Math.max(...lens)} bytes; ${fromSender.length} from the sender, which handed its NIC ${txPackets} by 2.9 s, and the receiver's NIC handed it ${rxPackets}; ${tcp.length} TCP frames, ${good.length} checked good, ${bad.length} not`);
    expect(lens.length).toBeGreaterThan(10_000);
    expect(Math.max(...lens)).toBeLessThanOrEqual(1514);
    expect(bad).toEqual([]);
    // Every TCP frame's IPv4 and TCP checksums were checked and found right.
    expect(good.length).toBe(tcp.length);
    expect(tcp.length).toBeGreaterThan(lens.length - 20);
    // TSO: the guest's NIC driver counted far fewer frames than the wire carried.
    expect(txPackets * 3).toBeLessThan(fromSender.length);
    // LRO: the receiver's driver got far fewer frames than the wire carried to it.
    expect(rxPackets * 2).toBeLessThan(fromSender.length);
  });
});
