// The snapshot benchmark: how long guests take to be ready, booted or
// restored from snapshots (issue 15). It runs the golden dumbbell (two 6.1
// guests, 3 s) through the CLI, one run at a time: with --no-snapshot, then
// with snapshots into an empty snapshot folder (the run that makes them),
// then twice more from them. For each it prints the wall time until every
// guest's agent is up (summary.json's boot_wall_s), per VM, the whole run's
// wall time and the digest, which must be the same for all four.
//
//   npm run bench -- snapshot

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCosim } from '../integration/helpers/cosim-cli.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SCENARIO = join(root, 'test/repro/golden/dumbbell.yaml');

interface Summary {
  wall_s: number;
  digest: string;
  performance: { boot_wall_s: number | null };
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<Summary> {
  const out = mkdtempSync(join(tmpdir(), 'cosim-bench-'));
  rmSync(out, { recursive: true });
  const run = startCosim(['run', SCENARIO, '--out', out, ...args], { env });
  return run.exited.then((code) => {
    if (code !== 0) throw new Error(`cosim run ${args.join(' ')} exited ${code}:\n${run.stderr().slice(-2000)}`);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as Summary;
    rmSync(out, { recursive: true, force: true });
    return summary;
  });
}

export async function benchSnapshot(): Promise<void> {
  const snapshots = mkdtempSync(join(tmpdir(), 'cosim-bench-snapshots-'));
  const env = { ...process.env, COSIM_SNAPSHOT_DIR: snapshots };
  const vms = 2;
  console.log(`\n== snapshots: ${SCENARIO.replace(root, '')} (${vms} guests), agent-ready wall time`);
  const rows: [string, Summary][] = [];
  rows.push(['boot (--no-snapshot)', await run(['--no-snapshot'], env)]);
  rows.push(['making the snapshots', await run([], env)]);
  rows.push(['restored', await run([], env)]);
  rows.push(['restored again', await run([], env)]);
  for (const [what, s] of rows) {
    const ready = s.performance.boot_wall_s ?? NaN;
    console.log(`${what.padEnd(22)} ready ${ready.toFixed(2)} s (${(ready / vms).toFixed(2)} s per VM)  run ${s.wall_s.toFixed(1)} s  digest ${s.digest.slice(0, 16)}`);
  }
  const digests = new Set(rows.map(([, s]) => s.digest));
  console.log(digests.size === 1 ? 'same digest booted and restored' : `DIGESTS DIFFER: ${[...digests].join(' ')}`);
  rmSync(snapshots, { recursive: true, force: true });
}
