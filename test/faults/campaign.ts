// `npm run faults -- --count 50 --seed 1`: the fault campaign. Draws the
// faults from the seed, runs them one after another (each boots two guests),
// checks every invariant after each, and writes campaign.json and
// campaign.md into the campaign folder. Exits 1 if any fault broke an
// invariant. See test/faults/README.md.

import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { drawFault, FAULT_KINDS, type FaultKind, type FaultSpec, describeFault } from './fault-kinds.js';
import { buildReport, type CampaignReport, renderMarkdown, reproduce } from './report.js';
import { cleanUpCurrent, type FaultResult, REPO, runFault } from './run-fault.js';

export interface CampaignOptions {
  seed: number;
  faults: FaultSpec[];
  dir: string;
  say?: (line: string) => void;
}

/** Run `faults` in order under `dir`, writing the report after each so an interrupted campaign keeps its figures. */
export async function runCampaign(o: CampaignOptions): Promise<CampaignReport> {
  const say = o.say ?? (() => undefined);
  mkdirSync(o.dir, { recursive: true });
  const t0 = Date.now();
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).stdout.trim() || 'unknown';
  const results: FaultResult[] = [];
  let report = buildReport(results, { seed: o.seed, date: new Date().toISOString(), commit, wallSeconds: 0, dir: o.dir });
  for (const f of o.faults) {
    const name = `f${String(f.index).padStart(3, '0')}-${f.kind}`;
    say(`[${results.length + 1}/${o.faults.length}] fault ${f.index}: ${f.kind} (${describeFault(f)})`);
    const r = await runFault(f, join(o.dir, name), say);
    results.push(r);
    const exit = r.exit.signal ?? `exit ${r.exit.code}`;
    say(`    ${r.failures.length === 0 ? 'ok' : 'FAILED'}: ${exit}, landed in ${r.landedIn ?? '-'}, ${(r.wallMs / 1000).toFixed(1)} s; ${r.messageLine.slice(0, 160)}`);
    for (const x of r.failures) say(`    ✖ ${x.invariant}: ${x.detail}`);
    report = buildReport(results, { seed: o.seed, date: report.date, commit, wallSeconds: (Date.now() - t0) / 1000, dir: o.dir });
    writeFileSync(join(o.dir, 'campaign.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(o.dir, 'campaign.md'), renderMarkdown(report));
  }
  return report;
}

function parseList<T extends string>(s: string | undefined, allowed: readonly T[], what: string): T[] | undefined {
  if (s === undefined) return undefined;
  const items = s.split(',').map((x) => x.trim()).filter(Boolean);
  for (const i of items) if (!allowed.includes(i as T)) throw new Error(`unknown ${what} ${JSON.stringify(i)}; one of ${allowed.join(', ')}`);
  return items as T[];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '50' },
      seed: { type: 'string', default: '1' },
      only: { type: 'string' },
      kinds: { type: 'string' },
      dir: { type: 'string' },
      ci: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(
      [
        'npm run faults -- [--count 50] [--seed 1] [--only 3,17] [--kinds orch-sigint,full-disk] [--ci] [--dir D] [--dry-run]',
        '',
        '  --count    faults to draw (indices 0 .. count-1)',
        '  --seed     the campaign seed; fault i of a seed is always the same fault',
        '  --only     run just these fault indices of the seed (a replay)',
        '  --kinds    draw only these kinds (changes which kind each index gets)',
        '  --ci       the CI test\'s draw: one of each main kind, at the quick end (replays a CI failure)',
        '  --dir      campaign folder (default $TMPDIR/cosim-faults-seed<seed>-<time>)',
        '  --dry-run  print the drawn faults and exit',
        '',
        `kinds: ${FAULT_KINDS.join(', ')}`,
        '',
      ].join('\n'),
    );
    return;
  }
  const seed = Number(values.seed);
  const count = Number(values.count);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`--seed must be a non-negative integer, not ${values.seed}`);
  if (!Number.isSafeInteger(count) || count < 1) throw new Error(`--count must be a positive integer, not ${values.count}`);
  const kinds = parseList<FaultKind>(values.kinds, FAULT_KINDS, 'kind') ?? FAULT_KINDS;
  const only = values.only?.split(',').map(Number);
  if (only?.some((i) => !Number.isSafeInteger(i) || i < 0)) throw new Error(`--only takes fault indices, not ${values.only}`);
  const profile = values.ci ? 'ci' : 'full';
  const faults = (only ?? Array.from({ length: count }, (_, i) => i)).map((i) => drawFault(seed, i, kinds, profile));
  if (values['dry-run']) {
    for (const f of faults) process.stdout.write(`${f.index}\t${f.kind}\t${describeFault(f)}\n`);
    return;
  }
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
  const dir = values.dir ?? join(tmpdir(), `cosim-faults-seed${seed}-${stamp}`);
  const onSignal = (signal: NodeJS.Signals) => {
    process.stderr.write(`${signal}: ending the fault under way; the figures so far are in ${dir}\n`);
    cleanUpCurrent();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const say = (line: string) => process.stdout.write(`${line}\n`);
  say(`fault campaign: seed ${seed}, ${faults.length} faults, folder ${dir}`);
  const report = await runCampaign({ seed, faults, dir, say });
  say('');
  say(renderMarkdown(report));
  say(`written: ${join(dir, 'campaign.json')} and ${join(dir, 'campaign.md')}`);
  const failed = report.faults.filter((r) => r.failures.length > 0);
  for (const r of failed) say(`replay fault ${r.spec.index}: ${reproduce(r)}`);
  process.exitCode = failed.length > 0 ? 1 : 0;
}

if (process.argv[1] && /campaign\.ts$/.test(process.argv[1])) {
  main().catch((err: unknown) => {
    cleanUpCurrent();
    process.stderr.write(`fault campaign: ${(err as Error).message}\n`);
    process.exitCode = 2;
  });
}
