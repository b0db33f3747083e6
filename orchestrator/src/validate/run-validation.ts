// `cosim validate <scenario> --against ns3`, as a library call: refuse what
// ns-3 cannot model (naming each feature and where it is), build and run the
// ns-3 program, run the scenario in cosim (or take an earlier run's results),
// measure both sides with the same code and write the report.
//
// The validation folder:
//   cosim/            the cosim results folder (unless --cosim-results named one)
//   ns3/              program.cc, traces/<flow>.csv, outcome.json, digest.txt
//   comparison.csv    one row per flow and metric (pandas.read_csv)
//   comparison.json   the same, with both digests, ns-3's settings and the differences
//   plots/            cwnd.svg and throughput.svg, both sides overlaid
//   report.html       all of it on one page

import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { OutputError, ScenarioError } from '../errors.js';
import { digestDir } from '../results/digest.js';
import { lstatIfAny, makeDirs, readEntries, removeEmptyDirs, statIfAny } from '../results/results-dir.js';
import { runScenario } from '../run/run-scenario.js';
import { IssueList } from '../scenario/issues.js';
import { readYamlValue } from '../scenario/load-scenario.js';
import { outputFile } from '../scenario/output-files.js';
import type { ResolvedScenario } from '../scenario/types.js';
import { modelDifferences } from './differences.js';
import { flowFigures, parseFlowTrace } from './flow-figures.js';
import { compileProgram, ensureNs3, runProgram } from './ns3-build.js';
import { ns3Program, tcpDefaults } from './ns3-program.js';
import { unsupportedFeatures } from './ns3-support.js';
import { ValidationError } from './validation-error.js';
import { comparisonCsv, comparisonJson, comparisonRows, type SideResults, validationHtml, validationPlots } from './validation-report.js';

/** Marks a folder as a validation's, so running again may replace it. */
export const VALIDATION_MARKER = '.cosim-validation';
const ENTRIES = new Set([VALIDATION_MARKER, 'cosim', 'ns3', 'plots', 'comparison.csv', 'comparison.json', 'report.html']);

export interface ValidateOptions {
  outDir: string;
  /** ns-3's RngRun (default: the scenario's seed, at least 1). */
  rngRun?: number;
  /** An earlier `cosim run` of this scenario to compare instead of running it again. */
  cosimResults?: string;
  /** Install ns-3 with scripts/ns3.sh when it is missing (needs root). */
  installNs3?: boolean;
  /** Stop on Ctrl-C as `cosim run` does. */
  handleSignals?: boolean;
  log?: (line: string) => void;
}

export interface ValidationResult {
  rows: ReturnType<typeof comparisonRows>;
  cosimDigest: string;
  ns3Digest: string;
  report: string;
}

/** Refuse a scenario with features ns-3 cannot model: one issue per feature, with its line when the file is at hand. */
export function refuseUnsupported(scenario: ResolvedScenario): void {
  const issues = unsupportedFeatures(scenario);
  if (issues.length === 0) return;
  let lines: IssueList | undefined;
  try {
    const { doc, lines: counter } = readYamlValue(readFileSync(scenario.file, 'utf8'), scenario.file);
    lines = new IssueList(doc, counter);
  } catch {
    lines = undefined;
  }
  const located = issues.map((i) => {
    const line = lines?.lineOf(i.path);
    return line === undefined ? i : { ...i, line };
  });
  throw new ScenarioError(scenario.file, located);
}

/**
 * Check, before anything is built or run, that `out` may hold the validation:
 * new (it is created now; the folders made are returned so that a failure
 * before the run can remove them), empty, or an earlier validation. Path
 * mistakes (a file on the way, /proc, /sys) are OutputErrors naming it.
 */
function claimFolder(shown: string, out: string): string[] {
  if (lstatIfAny(out, shown) === undefined) return makeDirs(out);
  if (!statIfAny(out, shown)?.isDirectory()) throw new OutputError(shown, 'it exists and is not a folder', { after: 'choose another --out' });
  const entries = readEntries(shown, out);
  if (entries.length > 0 && !entries.includes(VALIDATION_MARKER)) {
    throw new OutputError(shown, 'the folder is not empty and is not a cosim validation folder', { after: 'choose a new --out or empty it' });
  }
  const foreign = entries.filter((e) => !ENTRIES.has(e));
  if (foreign.length > 0) throw new OutputError(shown, `the validation folder also holds ${foreign.join(', ')}, which cosim did not write`, { after: 'move them away or choose a new --out' });
  return [];
}

/** Empty the claimed folder of an earlier validation (keeping cosim/ when it is reused) and mark it. */
function prepareFolder(out: string, keepCosim: boolean): void {
  for (const e of readEntries(out, out)) {
    if (e === VALIDATION_MARKER || (keepCosim && e === 'cosim')) continue;
    try {
      rmSync(join(out, e), { recursive: true, force: true });
    } catch (err) {
      throw new OutputError(join(out, e), err, { before: 'cannot clear the validation folder' });
    }
  }
  put(join(out, VALIDATION_MARKER), 'cosim validation folder: cosim validate may replace its contents\n');
}

function readSide(label: string, dir: string, outDir: string, scenario: ResolvedScenario, digest: string, drops: number): SideResults {
  return {
    label,
    digest,
    folder: relative(outDir, dir) || '.',
    drops,
    flows: scenario.flows.map((f) => {
      const path = join(dir, outputFile.flowTrace(f.id));
      if (!existsSync(path)) throw new ValidationError(dir, `${label}'s results in ${dir} have no ${outputFile.flowTrace(f.id)}`);
      const points = parseFlowTrace(readFileSync(path, 'utf8'));
      return { id: f.id, points, metrics: flowFigures(points) };
    }),
  };
}

interface QueueCounts {
  drops: number;
  loss_drops: number;
}

function put(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (err) {
    throw new OutputError(path, err);
  }
}

const dropsOf = (queues: QueueCounts[]) => queues.reduce((s, q) => s + q.drops + q.loss_drops, 0);

/** The scenario as `cosim run` wrote it into resolved-scenario.json (without the file's path). */
function sameScenario(dir: string, scenario: ResolvedScenario): boolean {
  const { file: _file, ...rest } = scenario;
  try {
    return JSON.stringify(JSON.parse(readFileSync(join(dir, 'resolved-scenario.json'), 'utf8'))) === JSON.stringify(rest);
  } catch {
    return false;
  }
}

async function cosimSide(scenario: ResolvedScenario, out: string, options: ValidateOptions): Promise<{ dir: string; digest: string; drops: number }> {
  const log = options.log ?? (() => undefined);
  let dir: string;
  if (options.cosimResults) {
    dir = options.cosimResults;
    if (!sameScenario(dir, scenario)) {
      throw new ValidationError(dir, `--cosim-results ${dir} was not made from this scenario (its resolved-scenario.json is missing or differs: another file, --set values or defaults); run without --cosim-results, or name the results of this very scenario`);
    }
    log(`cosim: using the results in ${dir}`);
  } else {
    dir = join(out, 'cosim');
    log(`cosim: running ${scenario.name} (${scenario.durationNs / 1e9} s simulated) into ${dir}`);
    const { outcome } = await runScenario(scenario, { outDir: dir, existing: 'replace-results', handleSignals: options.handleSignals ?? false });
    if (outcome.status !== 'completed') throw new ValidationError(dir, `the cosim run ${outcome.status}: ${outcome.reason ?? 'unknown reason'} (partial results kept in ${dir})`, outcome.signal);
  }
  let summary: { status: string; reason: string | null; digest: string; queues: QueueCounts[] };
  try {
    summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as typeof summary;
  } catch (err) {
    throw new ValidationError(dir, `cannot read ${join(dir, 'summary.json')}: ${(err as Error).message}`);
  }
  if (summary.status !== 'completed') throw new ValidationError(dir, `the cosim run in ${dir} ${summary.status}: ${summary.reason ?? 'unknown reason'}`);
  return { dir, digest: summary.digest, drops: dropsOf(summary.queues) };
}

export async function runValidation(scenario: ResolvedScenario, options: ValidateOptions): Promise<ValidationResult> {
  const log = options.log ?? (() => undefined);
  refuseUnsupported(scenario);
  const out = resolve(options.outDir);
  const created = claimFolder(options.outDir, out);
  let version: string;
  let compiled: ReturnType<typeof compileProgram>;
  const program = ns3Program(scenario);
  try {
    version = ensureNs3({ install: options.installNs3 ?? true, log });
    compiled = compileProgram(program, version);
  } catch (err) {
    removeEmptyDirs(created);
    throw err;
  }
  log(`ns-3 ${version}: program ${compiled.sha256.slice(0, 16)} ${compiled.compiled ? 'compiled' : 'taken from the cache'}`);
  prepareFolder(out, options.cosimResults !== undefined && resolve(options.cosimResults) === join(out, 'cosim'));
  const rngRun = options.rngRun ?? Math.max(1, scenario.seed);
  const ns3Dir = join(out, 'ns3');
  makeDirs(ns3Dir);
  put(join(ns3Dir, 'program.cc'), program);
  runProgram(compiled.binary, ns3Dir, rngRun);
  const ns3Digest = digestDir(ns3Dir);
  put(join(ns3Dir, 'digest.txt'), `${ns3Digest}\n`);
  log(`ns-3: ran with RngRun ${rngRun}, digest ${ns3Digest}`);
  const ns3Outcome = JSON.parse(readFileSync(join(ns3Dir, 'outcome.json'), 'utf8')) as { queues: QueueCounts[] };

  const c = await cosimSide(scenario, out, options);
  const cosim = readSide('cosim', c.dir, out, scenario, c.digest, c.drops);
  const ns3 = readSide('ns-3', ns3Dir, out, scenario, ns3Digest, dropsOf(ns3Outcome.queues));
  const settings = { version, programSha256: compiled.sha256, rngSeed: 1, rngRun, defaults: tcpDefaults(scenario) };
  const rows = comparisonRows(cosim, ns3);
  const differences = modelDifferences(scenario);
  const plots = validationPlots(scenario, [cosim, ns3]);
  makeDirs(join(out, 'plots'));
  for (const p of plots) put(join(out, p.file), p.svg);
  put(join(out, 'comparison.csv'), comparisonCsv(rows));
  put(join(out, 'comparison.json'), comparisonJson(scenario, cosim, ns3, settings, rows, differences));
  const report = join(out, 'report.html');
  put(report, validationHtml(scenario, cosim, ns3, settings, rows, plots, differences));
  return { rows, cosimDigest: c.digest, ns3Digest, report };
}
