// Real programs inside guests: Debian's iperf3 and iproute2 (packages:, for
// every host, and a host's own packages:), a user's script and file
// (files:), run by exec actions through a 10 Mbit/s bottleneck, 4 s of
// simulated time. It shows:
//   - iperf3's receiver throughput agrees with the link's throughput meter
//     within 2% (the client's JSON parsed into summary.json by output: json);
//   - `ss -tin` in the sender shows the flow's cwnd and RTT mid-run;
//   - `tc qdisc replace dev eth0 root fq`, then a BBR flow that fq paces;
//   - `ip netns add` with a veth pair inside a guest;
//   - exec actions have PATH, HOME, /tmp, /run, /dev/shm, /proc and /sys;
//   - the same scenario run twice gives the same digest, iperf3's output
//     included; and the stock image's bytes open the layered initramfs.

import { readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureImage, knownKernels } from '../../../orchestrator/src/images/kernel-catalog.js';
import { type RunResult, runScenario } from '../../../orchestrator/src/run/run-scenario.js';
import { loadScenario } from '../../../orchestrator/src/scenario/load-scenario.js';
import { requireQemu, tempDir } from '../helpers/guest.js';
import { buildLayeredImages } from '../helpers/layered-images.js';

const SCENARIO = `name: packages
seed: 7
duration: 4s
packages: [iperf3, iproute2]
files: {/usr/local/bin/netns-demo: netns-demo.sh}
hosts:
  - name: sender
    kernel: "6.1"
    ip: 10.0.0.1/24
  - name: receiver
    kernel: "6.1"
    ip: 10.0.0.2/24
    packages: [iperf3]
    files: {/etc/cosim-note: note.txt}
links:
  - {name: bottleneck, between: [sender, receiver], rate: 10Mbit, delay: 10ms, queue: 50p, throughput: 10ms}
actions:
  - {at: 0s, host: receiver, exec: iperf3 --server --one-off --json}
  - {at: 0s, host: sender, exec: tc qdisc replace dev eth0 root fq}
  - {at: 0.1s, host: sender, exec: iperf3 --client 10.0.0.2 --time 3 --congestion bbr --json, output: json}
  - {at: 1.5s, host: sender, exec: ss -tin dst 10.0.0.2}
  - {at: 1.6s, host: sender, exec: netns-demo}
  - {at: 3.5s, host: sender, exec: tc -s qdisc show dev eth0}
  - {at: 3.6s, host: receiver, exec: 'cat /etc/cosim-note; echo "PATH=$PATH HOME=$HOME"; touch /tmp/t /run/t /dev/shm/t && ls /proc/self/status /sys/class/net/eth0/address'}
`;

// A virtual host in a network namespace, joined to the guest by a veth pair.
const NETNS_DEMO = `#!/bin/sh
set -e
ip netns add vh1
ip link add ve0 type veth peer name ve1
ip link set ve1 netns vh1
ip addr add 192.168.7.1/24 dev ve0
ip link set ve0 up
ip -n vh1 addr add 192.168.7.2/24 dev ve1
ip -n vh1 link set ve1 up
ip -n vh1 link set lo up
ip netns exec vh1 ping -c 2 192.168.7.1
ip netns list
`;

/** Mean TCP payload rate on the meter while bulk data crossed it (bins over 1 Mbit/s: a full frame per 10 ms). */
function meterPayloadBps(csvText: string, column: string): number {
  const [header, ...rows] = csvText.trim().split('\n');
  const col = header!.split(',').indexOf(column);
  const bps = rows.map((r) => Number(r.split(',')[col]));
  const first = bps.findIndex((v) => v > 1e6);
  const last = bps.length - 1 - [...bps].reverse().findIndex((v) => v > 1e6);
  const span = bps.slice(first, last + 1);
  // Full-size frames carry 1448 payload bytes in 1514 (Ethernet, IPv4, TCP with timestamps).
  return (span.reduce((a, b) => a + b, 0) / span.length) * (1448 / 1514);
}

describe('Debian packages and user files in guests', () => {
  const dir = tempDir('packages');
  const file = join(dir, 'packages.yaml');
  const runs: RunResult[] = [];
  const outs = [join(dir, 'out1'), join(dir, 'out2')];

  beforeAll(async () => {
    requireQemu();
    writeFileSync(file, SCENARIO);
    writeFileSync(join(dir, 'netns-demo.sh'), NETNS_DEMO);
    chmodSync(join(dir, 'netns-demo.sh'), 0o755);
    writeFileSync(join(dir, 'note.txt'), 'a user file\n');
    await buildLayeredImages(loadScenario(file, knownKernels()));
    for (const out of outs) runs.push(await runScenario(loadScenario(file, knownKernels()), { outDir: out, progress: null, log: () => undefined }));
  });

  const action = (i: number) => runs[0]!.outcome.actions.find((a) => a.index === i)!;

  it('runs to the end, twice with the same digest, the programs\' output included', () => {
    expect(runs.map((r) => r.outcome.status)).toEqual(['completed', 'completed']);
    expect(runs[1]!.digest).toBe(runs[0]!.digest);
    expect(readFileSync(join(outs[1]!, 'actions.json'), 'utf8')).toBe(readFileSync(join(outs[0]!, 'actions.json'), 'utf8'));
    expect(runs[0]!.outcome.actions.map((a) => [a.index, a.status, a.error])).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => [i, 0, undefined]));
  });

  it("agrees with the link's throughput meter within 2%", () => {
    const summary = JSON.parse(readFileSync(join(outs[0]!, 'summary.json'), 'utf8')) as { action_outputs: { index: number; json: IperfReport }[] };
    const report = summary.action_outputs.find((o) => o.index === 2)!.json;
    expect(report.end.sender_tcp_congestion).toBe('bbr');
    const iperf = report.end.sum_received.bits_per_second;
    const meter = meterPayloadBps(readFileSync(join(outs[0]!, 'traces', 'link-bottleneck.csv'), 'utf8'), 'bottleneck:sender->receiver_bps');
    expect(iperf).toBeGreaterThan(8e6);
    expect(Math.abs(iperf / meter - 1)).toBeLessThan(0.02);
    // The server ran from 0 s until its one test ended; its own report is kept, and agrees.
    const server = JSON.parse(action(0).stdout) as { end: { sum_received: { bytes: number } } };
    expect(server.end.sum_received.bytes).toBe(report.end.sum_received.bytes);
  });

  it('shows the flow in ss -tin with cwnd, RTT and BBR pacing', () => {
    const ss = action(3).stdout;
    expect(ss).toMatch(/ESTAB.*10\.0\.0\.2:5201/);
    expect(ss).toMatch(/ bbr /);
    expect(ss).toMatch(/ cwnd:\d+ /);
    expect(ss).toMatch(/ rtt:\d+(\.\d+)?\/\d+(\.\d+)? /);
    expect(ss).toMatch(/ pacing_rate \d/);
  });

  it('replaces the root qdisc with fq, which paces the BBR flow', () => {
    const tc = action(5).stdout;
    expect(tc).toMatch(/^qdisc fq 8001: root /m);
    const throttled = Number(/ gc \d+ highprio \d+ throttled (\d+)/.exec(tc)?.[1]);
    expect(throttled).toBeGreaterThan(0);
  });

  it('runs a virtual host in a network namespace over a veth pair', () => {
    expect(action(4).stdout).toMatch(/2 packets transmitted, 2 (packets )?received/);
    expect(action(4).stdout).toMatch(/^vh1/m);
  });

  it('gives programs a normal environment, and a host its own packages and files', () => {
    expect(action(6).stdout).toBe(
      'a user file\nPATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root\n/proc/self/status\n/sys/class/net/eth0/address\n',
    );
    const [sender, receiver] = runs[0]!.outcome.identity!.images;
    expect(sender!.image).not.toBe(receiver!.image);
  });

  it('keeps the stock image byte for byte as the first archive of the layered one', () => {
    const stock = readFileSync(ensureImage('6.1').initrdPath);
    const image = runs[0]!.outcome.identity!.images[0]!;
    const layered = readFileSync(join(process.env.COSIM_CACHE ?? join(process.env.HOME ?? '/root', '.cache', 'cosim'), 'images', image.image, 'initramfs.cpio.gz'));
    expect(layered.subarray(0, stock.length).equals(stock)).toBe(true);
    expect(layered.length).toBeGreaterThan(stock.length);
  });
});

interface IperfReport {
  end: { sender_tcp_congestion: string; sum_received: { bits_per_second: number; bytes: number } };
}
