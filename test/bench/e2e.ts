// The end-to-end benchmark: real guests under the patched QEMU, run through
// the CLI one at a time (so each run has the machine to itself), and read
// back from summary.json. For each scenario it prints wall time and slowdown
// with and without boot, rounds and sync points per VM, CPU seconds of each
// QEMU and of the orchestrator, each guest's busy fraction (from the guest's
// own /proc/stat, read by exec actions at the start and end of the
// experiment), and the parallel-to-lockstep ratio, measured on a shortened
// copy of the scenario run both ways side by side (its guests restored from
// snapshots, made by the first of the two if missing). Goodput is shown
// against the line's TCP ceiling, and drops per queue; the incast pair
// (DCTCP with ECN marks, CUBIC with drops) ends with both side by side:
// the switch port's maximum depth, its depth over time (from the queue
// trace) and the blocks' completion-time percentiles.
//
//   npm run bench -- e2e            every scenario
//   npm run bench -- e2e dumbbell   the ones whose name contains "dumbbell"

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { startCosim } from '../integration/helpers/cosim-cli.js';
import { busyFractions, linkCeilingBps, probeHosts, readLinkRates, readQueueTraces, type Summary, tcpCeilingBps } from './e2e-figures.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface BenchScenario {
  name: string;
  file: string;
  /** Simulated seconds, when shorter than the file's. */
  durationS?: number;
  /** The bottleneck's rate, for goodput against the TCP ceiling. */
  lineBps?: number;
  /** Also run a shortened copy both ways for the parallel-to-lockstep ratio. */
  ratio?: boolean;
  /** One of the incast runs, compared side by side at the end. */
  incast?: boolean;
  /** Rates set on links by name, as `--set links.<name>.rate=` would. */
  linkRates?: Record<string, string>;
}

const SCENARIOS: BenchScenario[] = [
  { name: 'dumbbell 10 Mbit/s, 30 s', file: join(root, 'examples/dumbbell.yaml'), lineBps: 10e6, ratio: true },
  { name: 'dumbbell 100 Mbit/s, 30 s', file: join(root, 'test/bench/scenarios/dumbbell-100mbit.yaml'), lineBps: 100e6, ratio: true },
  { name: '4-VM chain, 30 s', file: join(root, 'test/bench/scenarios/chain-4vm.yaml'), lineBps: 10e6, ratio: true },
  // Without the ratio: lockstep at these rates (and a 10 us lookahead) would take most of the bench's time.
  { name: 'dumbbell 1 Gbit/s cubic, 10 ms RTT, 5 s', file: join(root, 'examples/dumbbell-1gbit.yaml'), lineBps: 1e9 },
  { name: 'dumbbell 10 Gbit/s cubic, 100 us RTT, 5 s', file: join(root, 'examples/dumbbell-10gbit.yaml'), lineBps: 10e9 },
  { name: 'incast 16 to 1 at 10 Gbit/s, DCTCP with ECN, 2 s', file: join(root, 'examples/incast-dctcp.yaml'), incast: true },
  { name: 'incast 16 to 1 at 10 Gbit/s, CUBIC with drops, 2 s', file: join(root, 'examples/incast-cubic.yaml'), incast: true },
  // Today's guests (one instruction per ns, no offloads) cannot fill a 10 Gbit/s port; at 1 Gbit/s they queue, mark and drop.
  { name: 'incast, the port at 1 Gbit/s, DCTCP with ECN, 2 s', file: join(root, 'examples/incast-dctcp.yaml'), incast: true, linkRates: { bottleneck: '1Gbit' } },
  { name: 'incast, the port at 1 Gbit/s, CUBIC with drops, 2 s', file: join(root, 'examples/incast-cubic.yaml'), incast: true, linkRates: { bottleneck: '1Gbit' } },
];
/** Simulated seconds of the shortened copy each schedule runs for the ratio. */
const RATIO_SECONDS = 3;

/** One run through the CLI; `boot` cold-boots the guests instead of restoring their snapshots. */
function run(file: string, sync: 'parallel' | 'lockstep', boot = false): Promise<Summary> {
  const out = mkdtempSync(join(tmpdir(), 'cosim-bench-'));
  rmSync(out, { recursive: true });
  const run = startCosim(['run', file, '--out', out, '--sync', sync, ...(boot ? ['--no-snapshot'] : [])]);
  return run.exited.then((code) => {
    if (code !== 0) throw new Error(`cosim run ${file} --sync ${sync} exited ${code}:\n${run.stderr().slice(-2000)}`);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as Summary;
    summary.actions = JSON.parse(readFileSync(join(out, 'actions.json'), 'utf8')) as Summary['actions'];
    summary.queue_traces = readQueueTraces(out);
    summary.link_rates = readLinkRates(out);
    rmSync(out, { recursive: true, force: true });
    return summary;
  });
}

type ScenarioDoc = {
  duration: string;
  vms?: { name: string }[];
  hosts: { name: string; vm?: string }[];
  links: { name: string; rate: string }[];
  actions?: unknown[];
};

/** The scenario with /proc/stat read in every VM at the start and end of the experiment, written to a temp file. */
function withCpuProbes(file: string, durationS?: number, linkRates: Record<string, string> = {}): { path: string; vmOf: Map<string, string> } {
  const doc = parse(readFileSync(file, 'utf8')) as ScenarioDoc;
  if (durationS !== undefined) doc.duration = `${durationS}s`;
  for (const l of doc.links) l.rate = linkRates[l.name] ?? l.rate;
  // Early enough that the exec is answered before the run ends.
  const endMs = Math.round(Number.parseFloat(doc.duration) * 1000) - 100;
  const vmOf = probeHosts(doc);
  doc.actions = [
    ...(doc.actions ?? []),
    ...[...vmOf.keys()].flatMap((host) => [
      { at: '0s', host, exec: ['/bin/cat', '/proc/stat'] },
      { at: `${endMs}ms`, host, exec: ['/bin/cat', '/proc/stat'] },
    ]),
  ];
  const dir = mkdtempSync(join(tmpdir(), 'cosim-bench-scenario-'));
  const path = join(dir, 'scenario.yaml');
  writeFileSync(path, stringify(doc));
  return { path, vmOf };
}

const fmt = (x: number, d = 2) => x.toFixed(d);
const perHost = (r: Record<string, number | null>, d = 1) =>
  Object.entries(r)
    .map(([h, v]) => `${h} ${v === null ? '-' : fmt(v, d)}`)
    .join(', ');

function printRun(p: Summary, vmOf: Map<string, string>, lineBps: number | undefined): void {
  const boot = p.performance.boot_wall_s ?? 0;
  const after = p.wall_s - boot;
  const simulatedTotal = p.experiment_s;
  console.log(`wall ${fmt(p.wall_s, 1)} s (boot ${fmt(boot, 1)} s, after boot ${fmt(after, 1)} s); slowdown ${fmt(p.wall_s / simulatedTotal)} with boot, ${fmt(after / simulatedTotal)} after boot`);
  if (lineBps !== undefined) {
    for (const f of p.flows) {
      const c = tcpCeilingBps(lineBps);
      console.log(
        `goodput ${f.id} ${fmt(f.goodput_bps / 1e6, 1)} Mbit/s = ${fmt((100 * f.goodput_bps) / c, 1)}% of the TCP ceiling ${fmt(c / 1e6, 1)} Mbit/s ` +
          `(1448/1538 of the line; cosim's link carries up to ${fmt(linkCeilingBps(lineBps) / 1e6, 1)}); ${f.retransmits} retransmits`,
      );
    }
  }
  for (const l of p.link_rates ?? []) {
    if (l.bps > 0) console.log(`link ${l.direction}: ${fmt(l.bps / 1e6, 1)} Mbit/s of frames (x 1448/1514 = ${fmt((l.bps * 1448) / 1514 / 1e6, 1)} Mbit/s if all were full-size)`);
  }
  const dropping = p.queues.filter((q) => q.drops > 0);
  console.log(`drops: ${dropping.length === 0 ? 'none' : dropping.map((q) => `${q.id} ${q.drops}`).join(', ')}`);
  const points = Object.values(p.performance.sync_points);
  console.log(`rounds ${p.rounds}; sync points per VM: ${perHost(p.performance.sync_points, 0)} (max ${Math.max(...points)})`);
  console.log(`CPU s: ${perHost(p.performance.qemu_cpu_s)} (QEMU), orchestrator ${fmt(p.performance.orchestrator_cpu_s, 1)}`);
  console.log(`guest busy fraction: ${perHost(busyFractions(p, vmOf), 3)}`);
}

/** The incast runs side by side: the busiest queue direction (the switch port), its depth over time, the blocks' completion times. */
function printIncast(runs: { name: string; s: Summary }[]): void {
  console.log('\n== incast side by side');
  const ms = (x: number | undefined) => (x === undefined ? '-' : fmt(x * 1e3, 1));
  console.log('scenario                                              max depth (p)  marks  drops  retransmits  FCT p50 / p99 / max (ms)  completed');
  for (const { name, s } of runs) {
    const q = [...(s.queue_traces ?? [])].sort((a, b) => b.maxDepthPackets - a.maxDepthPackets)[0];
    const fct = s.flow_metrics.fct_s;
    const retransmits = s.flows.reduce((a, f) => a + f.retransmits, 0);
    console.log(
      `${name.padEnd(54)}${String(q?.maxDepthPackets ?? '-').padStart(13)}  ${String(q?.marks ?? '-').padStart(5)}  ${String(q?.drops ?? '-').padStart(5)}  ${String(retransmits).padStart(11)}  ` +
        `${`${ms(fct?.p50)} / ${ms(fct?.p99)} / ${ms(fct?.max)}`.padStart(24)}  ${s.flow_metrics.completed}/${s.flow_metrics.sized}`,
    );
  }
  for (const { name, s } of runs) {
    const q = [...(s.queue_traces ?? [])].sort((a, b) => b.maxDepthPackets - a.maxDepthPackets)[0];
    if (!q) continue;
    console.log(`${name}: ${q.queue} depth (max per ${fmt(q.binS * 1e3, 3)} ms from ${fmt(q.firstS, 4)} s): ${q.depthBins.join(' ')}`);
  }
}

export async function benchE2e(filter?: string): Promise<void> {
  const incast: { name: string; s: Summary }[] = [];
  for (const sc of SCENARIOS.filter((s) => !filter || s.name.includes(filter) || s.file.includes(filter))) {
    console.log(`\n== ${sc.name} (${sc.file.replace(root, '')})`);
    const probe = withCpuProbes(sc.file, sc.durationS, sc.linkRates);
    // Cold boot, as a first run or --no-snapshot pays it; the schedules' ratio below starts from snapshots.
    const p = await run(probe.path, 'parallel', true);
    printRun(p, probe.vmOf, sc.lineBps);
    if (sc.incast) incast.push({ name: sc.name, s: p });
    if (!sc.ratio) continue;
    // The schedules side by side on a shortened copy: lockstep is the slow reference.
    const short = withCpuProbes(sc.file, RATIO_SECONDS, sc.linkRates).path;
    const sp = await run(short, 'parallel');
    const sl = await run(short, 'lockstep');
    const spAfter = sp.wall_s - (sp.performance.boot_wall_s ?? 0);
    const slAfter = sl.wall_s - (sl.performance.boot_wall_s ?? 0);
    console.log(
      `parallel/lockstep over ${RATIO_SECONDS} s: wall after boot ${fmt(spAfter, 1)} s / ${fmt(slAfter, 1)} s = ${fmt(spAfter / slAfter, 3)}; ` +
        `sync points ${Math.max(...Object.values(sp.performance.sync_points))} / ${Math.max(...Object.values(sl.performance.sync_points))}`,
    );
  }
  if (incast.length > 0) printIncast(incast);
}
