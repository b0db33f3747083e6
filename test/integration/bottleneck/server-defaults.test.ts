// The server defaults on real guests (run/server-sysctls.ts, issue 24): a
// 1 Gbit/s, 10 ms RTT cubic flow between two stock 256 MiB 6.1 guests, no
// buffer sysctls given. With the sizes Linux picks for 256 MiB (tcp_rmem
// maximum 1.6 MB, below the 1.25 MB BDP once the kernel halves it for
// overhead) the sender was rwnd_limited 98.6% of the time at 589.5 Mbit/s;
// with a server's 6 MB it is limited by the link. `ss -ti` on the sender,
// at 2 s, says what held the flow back so far. The receiver sets one default
// back itself and reads both: its own value wins, the other default stays.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';
import { runScenarioText } from './helpers.js';

const SCENARIO = `name: server-defaults
seed: 7
duration: 3s
hosts:
  - {name: sender, kernel: "6.1", ip: 10.0.0.1/24, packages: [iproute2]}
  - name: receiver
    kernel: "6.1"
    ip: 10.0.0.2/24
    sysctls: {net.ipv4.tcp_max_syn_backlog: 256}
links:
  - {name: wire, between: [sender, receiver], rate: 1Gbit, delay: 5ms, queue: 833p}
flows:
  - {id: bulk, from: sender, to: receiver, cc: cubic, sample_interval: 100ms}
actions:
  - {at: 0s, host: receiver, exec: "cat /proc/sys/net/ipv4/tcp_rmem /proc/sys/net/ipv4/tcp_max_syn_backlog"}
  - {at: 2s, host: sender, exec: "ss -tinm dst 10.0.0.2; grep TCP /proc/net/sockstat"}
  - {at: 2s, host: receiver, exec: "grep TCP /proc/net/sockstat"}
`;

interface Summary {
  flows: { id: string; goodput_bps: number }[];
  queues: { id: string; drops: number; max_depth_packets: number }[];
}

describe('server defaults', () => {
  it('a 1 Gbit/s, 10 ms cubic flow is limited by the link, not by the receive window', async () => {
    requireQemu();
    requireImage('6.1');
    const out = await runScenarioText(tempDir('defaults'), 'server-defaults', SCENARIO);
    const actions = JSON.parse(readFileSync(join(out, 'actions.json'), 'utf8')) as { host: string; status: number; stdout: string }[];
    const [settings, ss, receiverMemory] = actions;
    expect(settings!.status).toBe(0);
    expect(settings!.stdout.split('\n').slice(0, 2).map((l) => l.split(/\s+/).join(' '))).toEqual(['4096 131072 6291456', '256']);

    expect(ss!.status).toBe(0);
    const info = ss!.stdout;
    console.log(`ss -ti on the sender at 2 s:\n${info}\nreceiver: ${receiverMemory!.stdout}`);
    expect(info).toMatch(/\bcubic\b/);
    // ss prints rwnd_limited only when it is non-zero; a few slow-start RTTs may be.
    const rwnd = /rwnd_limited:\d+ms\(([\d.]+)%\)/.exec(info);
    expect(Number(rwnd?.[1] ?? 0)).toBeLessThan(5);

    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as Summary;
    const goodputMbps = summary.flows.find((f) => f.id === 'bulk')!.goodput_bps / 1e6;
    const queue = summary.queues.find((q) => q.id === 'wire:sender->receiver')!;
    console.log(`goodput ${goodputMbps.toFixed(1)} Mbit/s, rwnd_limited ${rwnd?.[1] ?? 0}%, queue ${queue.max_depth_packets} packets at most, ${queue.drops} drops`);
    expect(goodputMbps).toBeGreaterThan(850);
  });
});
