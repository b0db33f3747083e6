// Figures the end-to-end benchmark reads off one run's results folder: the
// guests' busy fractions (from /proc/stat read by exec actions), goodput
// against the line's TCP ceiling, drops, and for a queue trace the depth
// over time and the ECN marks.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Summary {
  wall_s: number;
  experiment_s: number;
  rounds: number;
  status: string;
  flows: { id: string; goodput_bps: number; retransmits: number; bytes_acked: number }[];
  queues: { id: string; drops: number; enqueued: number; max_depth_packets: number }[];
  flow_metrics: { fct_s: { p50: number; p99: number; max: number } | null; completed: number; sized: number };
  digest: string;
  actions?: { host: string; stdout: string }[];
  /** Per queue direction with a queue trace, read before the results folder goes. */
  queue_traces?: QueueTrace[];
  /** Per link direction with a throughput trace, read before the results folder goes. */
  link_rates?: { direction: string; bps: number }[];
  performance: { boot_wall_s: number | null; sync_points: Record<string, number>; qemu_cpu_s: Record<string, number | null>; orchestrator_cpu_s: number };
}

/**
 * TCP's payload rate on a line of `rateBps` with full-size frames at MTU 1500
 * with timestamps: 1448 payload bytes per 1538 bytes on real Ethernet
 * (preamble, FCS and gap included). cosim's links carry no preamble, FCS or
 * gap, so there the ceiling is 1448/1514: a little above this one.
 */
export const tcpCeilingBps = (rateBps: number): number => (rateBps * 1448) / 1538;
export const linkCeilingBps = (rateBps: number): number => (rateBps * 1448) / 1514;

/** Each VM's probe host: the host itself, or the first host placed in it. */
export function probeHosts(doc: { vms?: { name: string }[]; hosts: { name: string; vm?: string }[] }): Map<string, string> {
  const out = new Map<string, string>();
  for (const h of doc.hosts) {
    const vm = h.vm ?? h.name;
    if (![...out.values()].includes(vm)) out.set(h.name, vm);
  }
  return out;
}

/** Busy fraction per VM between its two /proc/stat reads: 1 - idle/total jiffies of the `cpu` line. */
export function busyFractions(s: Summary, vmOf: Map<string, string>): Record<string, number> {
  const reads = new Map<string, number[][]>();
  for (const a of s.actions ?? []) {
    const cpu = a.stdout.split('\n').find((l) => l.startsWith('cpu '));
    const vm = vmOf.get(a.host);
    if (!cpu || vm === undefined) continue;
    const f = cpu.trim().split(/\s+/).slice(1).map(Number);
    reads.set(vm, [...(reads.get(vm) ?? []), f]);
  }
  const out: Record<string, number> = {};
  for (const [vm, [a, b]] of reads) {
    if (!a || !b) continue;
    const total = b.reduce((x, y) => x + y, 0) - a.reduce((x, y) => x + y, 0);
    const idle = b[3]! + (b[4] ?? 0) - (a[3]! + (a[4] ?? 0));
    out[vm] = total > 0 ? 1 - idle / total : 0;
  }
  return out;
}

export interface QueueTrace {
  queue: string;
  marks: number;
  drops: number;
  maxDepthPackets: number;
  /** The span of data frames (over 1000 bytes; all frames if none), seconds since the guests started. */
  firstS: number;
  lastS: number;
  /** Max depth per bin of `binS` from firstS. */
  binS: number;
  depthBins: number[];
}

interface TraceRow {
  t: number;
  event: string;
  bytes: number;
  depth: number;
}

/** Every queue direction of every `traces/queue-*.csv` in `out` that saw a frame, depth over its data frames' span in `bins` bins. */
export function readQueueTraces(out: string, bins = 20): QueueTrace[] {
  const dir = join(out, 'traces');
  if (!existsSync(dir)) return [];
  const rows = new Map<string, TraceRow[]>();
  for (const f of readdirSync(dir).filter((n) => n.startsWith('queue-') && n.endsWith('.csv'))) {
    const [header, ...lines] = readFileSync(join(dir, f), 'utf8').trimEnd().split('\n');
    const col = Object.fromEntries((header ?? '').split(',').map((c, i) => [c, i]));
    for (const l of lines) {
      const c = l.split(',');
      const q = c[col.queue!]!;
      if (!rows.has(q)) rows.set(q, []);
      rows.get(q)!.push({ t: Number(c[col.time_s!]), event: c[col.event!]!, bytes: Number(c[col.frame_bytes!]), depth: Number(c[col.depth_packets!]) });
    }
  }
  return [...rows].map(([queue, rs]) => {
    // ARP and the handshakes would stretch the span far beyond the burst.
    const data = rs.filter((r) => r.bytes > 1000);
    const span = data.length > 0 ? data : rs;
    const firstS = span[0]!.t;
    const lastS = span.at(-1)!.t;
    const binS = Math.max((lastS - firstS) / bins, 1e-6);
    const depthBins = new Array<number>(bins).fill(0);
    for (const r of rs) {
      if (r.t < firstS || r.t > lastS) continue;
      const i = Math.min(bins - 1, Math.floor((r.t - firstS) / binS));
      depthBins[i] = Math.max(depthBins[i]!, r.depth);
    }
    return {
      queue,
      marks: rs.filter((r) => r.event === 'mark').length,
      drops: rs.filter((r) => r.event === 'drop').length,
      maxDepthPackets: rs.reduce((m, r) => Math.max(m, r.depth), 0),
      firstS,
      lastS,
      binS,
      depthBins,
    };
  });
}

/**
 * Mean bit/s of frames per link direction, from each `traces/link-*.csv`
 * (a link with `throughput:`), over the bins from the first busy one to the
 * last: the wire's view, which needs no TCP_INFO sample from the guest.
 */
export function readLinkRates(out: string): { direction: string; bps: number }[] {
  const dir = join(out, 'traces');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.startsWith('link-') && n.endsWith('.csv'))
    .flatMap((f) => {
      const [header, ...lines] = readFileSync(join(dir, f), 'utf8').trimEnd().split('\n');
      const cols = (header ?? '').split(',');
      const rows = lines.map((l) => l.split(',').map(Number));
      return cols.slice(1).map((c, k) => {
        const v = rows.map((r) => r[k + 1] ?? 0);
        const first = v.findIndex((x) => x > 0);
        const last = v.length - 1 - [...v].reverse().findIndex((x) => x > 0);
        const busy = first < 0 ? [] : v.slice(first, last + 1);
        return { direction: c.replace(/_bps$/, ''), bps: busy.length ? busy.reduce((a, x) => a + x, 0) / busy.length : 0 };
      });
    });
}
