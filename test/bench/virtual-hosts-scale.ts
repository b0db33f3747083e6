// npx tsx test/bench/virtual-hosts-scale.ts [N...]   (default 16 64 256)
//
// Scale of virtual IP hosts, after the Virtual IP Machines paper's
// scalability analysis: N clients as virtual hosts in one 6.1 VM (one vCPU),
// each with its own 100 Mbit/s access link to a switch and one cubic bulk
// flow to a server (a VM of its own) through a 50 Mbit/s, 5 ms FQ-CoDel bottleneck,
// for 5 s from 1 s on (after each client pinged the server once). Prints, per N: wall time and slowdown of the whole run and of the
// experiment alone, the simulated time configuration took, the clients VM's
// guest CPU busy fraction over the experiment (/proc/stat) and its memory in
// use (MemTotal - MemAvailable) at the start and the end, and the bytes
// all flows got acknowledged, as Mbit/s over the experiment.
// Boots from scratch (no snapshot), so wall time includes boot.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { knownKernels } from '../../orchestrator/src/images/kernel-catalog.js';
import { runScenario } from '../../orchestrator/src/run/run-scenario.js';
import { loadScenarioText } from '../../orchestrator/src/scenario/load-scenario.js';

const DURATION_S = 5;
/** VIP_NO_IPV6=1: each client turns IPv6 off (at its configuration, after its VLAN came up), which stops most of its multicast. */
const NO_IPV6 = process.env.VIP_NO_IPV6 === '1';

function scenarioText(n: number): string {
  const ip = (k: number) => `10.${1 + (k >> 8)}.${k & 255}.1`;
  const lines = [
    `name: vip-scale-${n}`,
    `duration: ${DURATION_S}s`,
    'vms:',
    `  - {name: clients, kernel: "6.1", memory: ${n > 64 ? '1GiB' : '512MiB'}}`,
    'hosts:',
    '  - {name: server, kernel: "6.1", memory: 512MiB, ip: 10.0.0.1/8}',
    ...Array.from({ length: n }, (_, k) => `  - {name: c${k}, vm: clients, ip: ${ip(k)}/8${NO_IPV6 ? ', sysctls: {net.ipv6.conf.all.disable_ipv6: 1}' : ''}}`),
    'switches:',
    '  - {name: sw}',
    'links:',
    // FQ-CoDel: with a drop-tail queue full of 256 flows' data, a late client's ARP requests were all dropped (EHOSTUNREACH).
    '  - {name: bottleneck, between: [sw, server], rate: 50Mbit, delay: 5ms, queue: {kind: fq_codel}}',
    ...Array.from({ length: n }, (_, k) => `  - {name: c${k}, between: [c${k}, sw], rate: 100Mbit, delay: 1ms}`),
    'flows:',
    ...Array.from({ length: n }, (_, k) => `  - {id: c${k}, from: c${k}, to: server, port: ${5001 + k}, start: ${1000 + Math.floor((k * 1000) / n)}ms, cc: cubic, sample_interval: 100ms}`),
    'actions:',
    // Every client resolves the server's MAC before the flows fill the bottleneck: with 256 flows sharing 50 Mbit/s a
    // client's ARP requests waited behind them and were all lost (EHOSTUNREACH), whatever the queue (drop-tail or FQ-CoDel).
    ...Array.from({ length: n }, (_, k) => `  - {at: ${Math.floor((k * 900) / n)}ms, host: c${k}, exec: ping -c 1 -W 1 10.0.0.1}`),
    '  - {at: 0s, host: c0, exec: "head -1 /proc/stat; grep -E \'^(MemTotal|MemAvailable):\' /proc/meminfo"}',
    `  - {at: ${DURATION_S * 1000 - 50}ms, host: c0, exec: "head -1 /proc/stat; grep -E '^(MemTotal|MemAvailable):' /proc/meminfo"}`,
    // The VM's own NIC (the root namespace's, through init's /proc): frames and drops.
    '  - {at: 3s, host: c0, exec: "grep eth0 /proc/1/net/dev"}',
    // Who uses the vCPU: the kernel (softirq), the relay agent, the programs it runs.
    '  - {at: 3500ms, host: c0, exec: "top -b -n 1 | head -12"}',
  ];
  return `${lines.join('\n')}\n`;
}

/** Busy and total jiffies from /proc/stat's cpu line, and memory in use (kB). */
function parse(out: string): { busy: number; total: number; usedKb: number } {
  const line = /^cpu\s+(.*)$/m.exec(out);
  if (!line) return { busy: NaN, total: NaN, usedKb: NaN };
  const cpu = line[1]!.trim().split(/\s+/).map(Number);
  const total = cpu.reduce((a, b) => a + b, 0);
  const idle = cpu[3]! + (cpu[4] ?? 0);
  const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(out)![1]);
  return { busy: total - idle, total, usedKb: kb('MemTotal') - kb('MemAvailable') };
}

function median(xs: number[]): number | null {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? null : Number(s[Math.floor(s.length / 2)]!.toFixed(1));
}

const sizes = process.argv.slice(2).map(Number);
for (const n of sizes.length > 0 ? sizes : [16, 64, 256]) {
  const dir = mkdtempSync(join(tmpdir(), `cosim-vip-scale-${n}-`));
  const scenario = loadScenarioText(scenarioText(n), join(dir, 'scale.yaml'), knownKernels());
  let startWall = 0;
  const t0 = Date.now();
  const r = await runScenario(scenario, {
    outDir: join(dir, 'out'),
    progress: null,
    ignoreMemoryLimit: true,
    log: (l) => {
      if (l.includes('experiment starts')) startWall = Date.now();
    },
  });
  const wall = (Date.now() - t0) / 1000;
  const expWall = (Date.now() - startWall) / 1000;
  const o = r.outcome;
  const [a, b] = [o.actions[n]!, o.actions[n + 1]!];
  const s0 = parse(a.stdout);
  const s1 = parse(b.stdout);
  // Every flow's bytes acknowledged at its last sample, over the experiment: the bottleneck's share used.
  const acked = o.flows.reduce((x, f) => x + (f.samples.at(-1)?.bytesAcked ?? 0), 0);
  const agentReadyNs = 2.006e9;
  console.log(
    JSON.stringify({
      n,
      ipv6: !NO_IPV6,
      status: o.status,
      reason: o.reason,
      wall_s: wall,
      slowdown_run: Number((wall / (o.simulatedNs / 1e9)).toFixed(2)),
      experiment_wall_s: expWall,
      slowdown_experiment: Number((expWall / DURATION_S).toFixed(2)),
      configure_sim_s: Number((((o.epochNs ?? 0) - agentReadyNs) / 1e9).toFixed(3)),
      guest_cpu_busy: Number(((s1.busy - s0.busy) / (s1.total - s0.total)).toFixed(3)),
      guest_mem_used_mib: [Math.round(s0.usedKb / 1024), Math.round(s1.usedKb / 1024)],
      aggregate_mbps: Number(((acked * 8) / DURATION_S / 1e6).toFixed(2)),
      flows_with_bytes: o.flows.filter((f) => (f.samples.at(-1)?.bytesAcked ?? 0) > 0).length,
      sync_points: o.performance?.syncPoints,
      qemu_cpu_s: o.performance?.qemuCpuSeconds,
      nic_at_3s: o.actions[n + 2]?.stdout,
      // A ping the agent refused (it runs at most 16 programs at once) is not a lost ping.
      pings_refused: o.actions.slice(0, n).filter((x) => x.error?.startsWith('EAGAIN')).length,
      pings_failed: o.actions.slice(0, n).filter((x) => x.status !== 0 && !x.error?.startsWith('EAGAIN')).length,
      ping_exec_median_ms: median(o.actions.slice(0, n).filter((x) => x.status === 0 && x.doneNs !== undefined).map((x) => (x.doneNs! - x.atNs) / 1e6)),
      top_at_3_5s: o.actions[n + 3]?.stdout,
      digest: r.digest,
      out: join(dir, 'out'),
    }),
  );
}
