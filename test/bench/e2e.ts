// The end-to-end benchmark: real guests under the patched QEMU, run through
// the CLI one at a time (so each run has the machine to itself), and read
// back from summary.json. For each scenario it prints wall time and slowdown
// with and without boot, rounds and sync points per VM, CPU seconds of each
// QEMU and of the orchestrator, each guest's busy fraction (from the guest's
// own /proc/stat, read by exec actions at the start and end of the
// experiment), and the parallel-to-lockstep ratio, measured on a shortened
// copy of the scenario run both ways side by side (its guests restored from
// snapshots, made by the first of the two if missing).
//
//   npm run bench -- e2e            every scenario
//   npm run bench -- e2e dumbbell   the ones whose name contains "dumbbell"

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { startCosim } from '../integration/helpers/cosim-cli.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

const SCENARIOS: { name: string; file: string }[] = [
  { name: 'dumbbell 10 Mbit/s, 30 s', file: join(root, 'examples/dumbbell.yaml') },
  { name: 'dumbbell 100 Mbit/s, 30 s', file: join(root, 'test/bench/scenarios/dumbbell-100mbit.yaml') },
  { name: '4-VM chain, 30 s', file: join(root, 'test/bench/scenarios/chain-4vm.yaml') },
];
/** Simulated seconds of the shortened copy each schedule runs for the ratio. */
const RATIO_SECONDS = 3;

interface Summary {
  wall_s: number;
  experiment_s: number;
  rounds: number;
  status: string;
  actions?: { host: string; stdout: string }[];
  performance: { boot_wall_s: number | null; sync_points: Record<string, number>; qemu_cpu_s: Record<string, number | null>; orchestrator_cpu_s: number };
}

/** One run through the CLI; `boot` cold-boots the guests instead of restoring their snapshots. */
function run(file: string, sync: 'parallel' | 'lockstep', boot = false): Promise<Summary> {
  const out = mkdtempSync(join(tmpdir(), 'cosim-bench-'));
  rmSync(out, { recursive: true });
  const run = startCosim(['run', file, '--out', out, '--sync', sync, ...(boot ? ['--no-snapshot'] : [])]);
  return run.exited.then((code) => {
    if (code !== 0) throw new Error(`cosim run ${file} --sync ${sync} exited ${code}:\n${run.stderr().slice(-2000)}`);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as Summary;
    summary.actions = JSON.parse(readFileSync(join(out, 'actions.json'), 'utf8')) as Summary['actions'];
    rmSync(out, { recursive: true, force: true });
    return summary;
  });
}

/** The scenario with /proc/stat read on every host at the start and end of the experiment, written to a temp file. */
function withCpuProbes(file: string, durationS?: number): string {
  const doc = parse(readFileSync(file, 'utf8')) as { duration: string; hosts: { name: string }[]; actions?: unknown[] };
  if (durationS !== undefined) doc.duration = `${durationS}s`;
  // Early enough that the exec is answered before the run ends.
  const endMs = Math.round(Number.parseFloat(doc.duration) * 1000) - 100;
  doc.actions = [
    ...(doc.actions ?? []),
    ...doc.hosts.flatMap((h) => [
      { at: '0s', host: h.name, exec: ['/bin/cat', '/proc/stat'] },
      { at: `${endMs}ms`, host: h.name, exec: ['/bin/cat', '/proc/stat'] },
    ]),
  ];
  const dir = mkdtempSync(join(tmpdir(), 'cosim-bench-scenario-'));
  const path = join(dir, 'scenario.yaml');
  writeFileSync(path, stringify(doc));
  return path;
}

/** Busy fraction per host between its two /proc/stat reads: 1 - idle/total jiffies of the `cpu` line. */
function busyFractions(s: Summary): Record<string, number> {
  const reads = new Map<string, number[][]>();
  for (const a of s.actions ?? []) {
    const cpu = a.stdout.split('\n').find((l) => l.startsWith('cpu '));
    if (!cpu) continue;
    const f = cpu.trim().split(/\s+/).slice(1).map(Number);
    reads.set(a.host, [...(reads.get(a.host) ?? []), f]);
  }
  const out: Record<string, number> = {};
  for (const [host, [a, b]] of reads) {
    if (!a || !b) continue;
    const total = b.reduce((x, y) => x + y, 0) - a.reduce((x, y) => x + y, 0);
    const idle = b[3]! + (b[4] ?? 0) - (a[3]! + (a[4] ?? 0));
    out[host] = total > 0 ? 1 - idle / total : 0;
  }
  return out;
}

const fmt = (x: number, d = 2) => x.toFixed(d);
const perHost = (r: Record<string, number | null>, d = 1) =>
  Object.entries(r)
    .map(([h, v]) => `${h} ${v === null ? '-' : fmt(v, d)}`)
    .join(', ');

export async function benchE2e(filter?: string): Promise<void> {
  for (const sc of SCENARIOS.filter((s) => !filter || s.name.includes(filter) || s.file.includes(filter))) {
    console.log(`\n== ${sc.name} (${sc.file.replace(root, '')})`);
    const probe = withCpuProbes(sc.file);
    // Cold boot, as a first run or --no-snapshot pays it; the schedules' ratio below starts from snapshots.
    const p = await run(probe, 'parallel', true);
    const boot = p.performance.boot_wall_s ?? 0;
    const after = p.wall_s - boot;
    const simulatedTotal = p.experiment_s;
    console.log(`wall ${fmt(p.wall_s, 1)} s (boot ${fmt(boot, 1)} s, after boot ${fmt(after, 1)} s); slowdown ${fmt(p.wall_s / simulatedTotal)} with boot, ${fmt(after / simulatedTotal)} after boot`);
    const points = Object.values(p.performance.sync_points);
    console.log(`rounds ${p.rounds}; sync points per VM: ${perHost(p.performance.sync_points, 0)} (max ${Math.max(...points)})`);
    console.log(`CPU s: ${perHost(p.performance.qemu_cpu_s)} (QEMU), orchestrator ${fmt(p.performance.orchestrator_cpu_s, 1)}`);
    console.log(`guest busy fraction: ${perHost(busyFractions(p), 3)}`);
    // The schedules side by side on a shortened copy: lockstep is the slow reference.
    const short = withCpuProbes(sc.file, RATIO_SECONDS);
    const sp = await run(short, 'parallel');
    const sl = await run(short, 'lockstep');
    const spAfter = sp.wall_s - (sp.performance.boot_wall_s ?? 0);
    const slAfter = sl.wall_s - (sl.performance.boot_wall_s ?? 0);
    console.log(
      `parallel/lockstep over ${RATIO_SECONDS} s: wall after boot ${fmt(spAfter, 1)} s / ${fmt(slAfter, 1)} s = ${fmt(spAfter / slAfter, 3)}; ` +
        `sync points ${Math.max(...Object.values(sp.performance.sync_points))} / ${Math.max(...Object.values(sl.performance.sync_points))}`,
    );
  }
}
