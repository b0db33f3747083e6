// A study file: a base scenario (a path, or inline) and axes that set
// scenario values by path (the same paths as `cosim run --set`). The run set
// is the cross product of the axes, times `repetitions` with derived seeds.
// Every variant is compiled here, so a bad axis value is reported at once
// with its place in the study file, before anything runs.
//
//   name: kernels
//   scenario: ../dumbbell.yaml
//   repetitions: 3
//   axes:
//     hosts.sender.kernel: ["5.10", "6.1", "6.12"]
//     links.bottleneck.queue: [33p, 66p]

import { createHash } from 'node:crypto';
import { basename, dirname, resolve } from 'node:path';
import { z } from 'zod';
import { formatIssuePath, ScenarioError, type ScenarioIssue } from '../errors.js';
import { readInputFile } from '../scenario/input-file.js';
import { IssueList } from '../scenario/issues.js';
import { loadScenarioValue, readYamlValue } from '../scenario/load-scenario.js';
import { applyOverride, type Override, overrideTarget } from '../scenario/overrides.js';
import type { KernelChoice, ResolvedScenario } from '../scenario/types.js';

const NAME = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;
const AxisValue = z.union([z.string(), z.number(), z.boolean(), z.record(z.string(), z.unknown())]);

/** The study file's shape; its TypeScript type is derived from this schema. */
export const StudyFileSchema = z.strictObject({
  name: z.string().regex(NAME, 'name must be letters, digits, - and _ (at most 32, starting with a letter)'),
  scenario: z.union([z.string().min(1), z.record(z.string(), z.unknown())], { error: 'scenario must be a path to a scenario file or a scenario mapping' }),
  repetitions: z.number({ error: 'repetitions must be a whole number' }).int('repetitions must be a whole number').min(1, 'repetitions must be at least 1').max(1000, 'repetitions must be at most 1000').default(1),
  axes: z.record(z.string().regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/, 'an axis is a dotted path like links.bottleneck.rate'), z.array(AxisValue).min(1, 'an axis needs at least one value')).default({}),
});
export type StudyFile = z.infer<typeof StudyFileSchema>;

export interface StudyAxis {
  path: string;
  values: z.infer<typeof AxisValue>[];
}

/** One run of the study: its axis values, repetition and seed, and the scenario they give. */
export interface StudyRun {
  /** Position in the run set (axes in file order, last axis fastest, then repetitions). */
  index: number;
  /** Folder name: stable across invocations, so a study resumes. */
  id: string;
  /** Axis path -> value, in axis order. */
  cell: { path: string; value: unknown }[];
  repetition: number;
  seed: number;
  /** The base scenario's plain value with this run's values set (what `scenarios/<id>.yaml` holds). */
  raw: unknown;
  scenario: ResolvedScenario;
}

export interface Study {
  name: string;
  file: string;
  repetitions: number;
  axes: StudyAxis[];
  runs: StudyRun[];
}

/** Seed of repetition r: the scenario's own for r = 0, so one repetition is the scenario as written. */
/** The most runs a study may have: listing 10,000 takes about 10 s and 150 MB (each run's scenario is compiled up front). */
export const MAX_STUDY_RUNS = 10_000;

export function repetitionSeed(baseSeed: number, repetition: number): number {
  if (repetition === 0) return baseSeed;
  return createHash('sha256').update(`cosim-study-seed:${baseSeed}:${repetition}`).digest().readUInt32BE(0) & 0x7fffffff;
}

export function loadStudy(file: string, kernels: readonly KernelChoice[]): Study {
  let text: string;
  try {
    text = readInputFile(file);
  } catch (err) {
    throw new ScenarioError(basename(file), [{ code: 'invalid_yaml', path: [], message: `cannot read ${file}: ${(err as Error).message}` }], { cause: err, what: 'study' });
  }
  return loadStudyText(text, file, kernels);
}

export function loadStudyText(text: string, file: string, kernels: readonly KernelChoice[]): Study {
  const { value, doc, lines } = readYamlValue(text, file);
  const located = new IssueList(doc, lines);
  const studyKeys = Object.keys(StudyFileSchema.shape);
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0 && !Object.keys(value).some((k) => studyKeys.includes(k))) {
    // Some other file (/etc/shadow parses as a mapping of its lines): quote none of it.
    located.add('invalid_value', [], `this is not a study: none of its ${Object.keys(value).length} top-level keys is one a study has (${studyKeys.join(', ')}); is it the right file?`);
    throw new ScenarioError(file, located.issues, { what: 'study' });
  }
  const parsed = StudyFileSchema.safeParse(value);
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      const path = i.path.filter((p): p is string | number => typeof p !== 'symbol');
      if (i.code === 'unrecognized_keys') {
        for (const key of i.keys) located.add('unrecognized_key', [...path, key], `unknown field "${key}" (expected one of: ${Object.keys(StudyFileSchema.shape).join(', ')})`);
      } else located.add(i.code === 'invalid_type' ? 'invalid_type' : 'invalid_value', path, i.message);
    }
    throw new ScenarioError(file, located.issues, { what: 'study' });
  }
  const study = parsed.data;
  const base = baseScenario(study.scenario, file, located);
  const axes = Object.entries(study.axes).map(([path, values]) => ({ path, values }));
  refuseSharedFields(axes, base.raw, located, file);
  // Where each axis lands, to blame the axis an issue is in (not merely one of the same section).
  const targets = axes.map((a) => {
    try {
      return overrideTarget(base.raw, a.path).join('.');
    } catch {
      return a.path;
    }
  });
  // Counted before any is made: 10^6 runs used to end in V8 running out of memory after 170 s.
  const count = axes.reduce((n, a) => n * a.values.length, study.repetitions);
  if (count > MAX_STUDY_RUNS) {
    const sizes = [...axes.map((a) => `${a.values.length} (${a.path})`), `${study.repetitions} repetitions`].join(' x ');
    located.add('invalid_value', ['axes'], `the study has ${count} runs (${sizes}), more than the ${MAX_STUDY_RUNS} a study may have; split it into several studies`);
    throw new ScenarioError(file, located.issues, { what: 'study' });
  }
  const runs: StudyRun[] = [];
  const issues: ScenarioIssue[] = [];
  const reported = new Set<string>();
  for (const cell of crossProduct(axes)) {
    for (let repetition = 0; repetition < study.repetitions; repetition++) {
      const overrides: Override[] = cell.map((c) => ({ path: c.path, value: c.value }));
      const baseSeed = Number(cell.find((c) => c.path === 'seed')?.value ?? seedOf(base.raw));
      const seed = repetitionSeed(baseSeed, repetition);
      overrides.push({ path: 'seed', value: seed });
      try {
        const scenario = loadScenarioValue(base.raw, base.file, kernels, { overrides });
        const index = runs.length;
        runs.push({ index, id: runId(index, cell, repetition), cell, repetition, seed, raw: overrides.reduce((r, o) => applyOverride(r, o), base.raw), scenario });
      } catch (err) {
        if (!(err instanceof ScenarioError)) throw err;
        // Say which axis values made the scenario invalid, once per problem.
        const where = cell.map((c, k) => ['axes', c.path, axes[k]!.values.findIndex((v) => v === c.value)] as const);
        for (const issue of err.issues) {
          const key = `${issue.message}@${issue.path.join('.')}`;
          if (reported.has(key)) continue;
          reported.add(key);
          const at = issue.path.join('.');
          const within = (t: string) => at === t || at.startsWith(`${t}.`) || t.startsWith(`${at}.`);
          const blamed = where.find((_, k) => within(targets[k]!) || within(axes[k]!.path)) ?? where.find((w) => at.startsWith(w[1].split('.')[0]!)) ?? where[0];
          const path = blamed ? [...blamed] : ['scenario'];
          issues.push({ code: issue.code, path, message: `${issue.message} (in the scenario${cell.length ? ` with ${cell.map((c) => `${c.path}=${String(c.value)}`).join(', ')}` : ''}, at ${issue.path.join('.') || 'its top level'})`, ...(located.lineOf(path) !== undefined ? { line: located.lineOf(path)! } : {}) });
        }
      }
    }
  }
  if (issues.length > 0) throw new ScenarioError(file, issues, { what: 'study' });
  return { name: study.name, file, repetitions: study.repetitions, axes, runs };
}

/**
 * Two axes that reach one field (`flows.f.cc` and `flows.0.cc`, or `flows.f`
 * and `flows.f.cc`) would each run with one axis's value and be labelled
 * with the other's: refused, naming both. An axis that reaches nothing is
 * reported later, with the run that shows it.
 */
function refuseSharedFields(axes: readonly StudyAxis[], raw: unknown, located: IssueList, file: string): void {
  const targets = axes.map((a) => {
    try {
      return overrideTarget(raw, a.path);
    } catch {
      return undefined;
    }
  });
  for (let j = 0; j < axes.length; j++) {
    for (let i = 0; i < j; i++) {
      const [a, b] = [targets[i], targets[j]];
      if (!a || !b) continue;
      const [short, long] = a.length <= b.length ? [a, b] : [b, a];
      if (!short.every((k, n) => k === long[n])) continue;
      const what = a.length === b.length ? `the same field, ${formatIssuePath(a)}` : `${formatIssuePath(long)} (inside ${formatIssuePath(short)})`;
      located.add('invalid_value', ['axes', axes[j]!.path], `axes ${axes[i]!.path} and ${axes[j]!.path} both set ${what}: each run would use one axis's value and be labelled with the other's; keep one of them`);
    }
  }
  if (located.issues.length > 0) throw new ScenarioError(file, located.issues, { what: 'study' });
}

function baseScenario(scenario: string | Record<string, unknown>, studyFile: string, located: IssueList): { raw: unknown; file: string } {
  if (typeof scenario !== 'string') return { raw: scenario, file: studyFile };
  const path = resolve(dirname(studyFile), scenario);
  let text: string;
  try {
    text = readInputFile(path);
  } catch (err) {
    located.add('invalid_value', ['scenario'], `cannot read the scenario ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    throw new ScenarioError(studyFile, located.issues, { what: 'study' });
  }
  return { raw: readYamlValue(text, path).value, file: path };
}

function seedOf(raw: unknown): number {
  const seed = (raw as { seed?: unknown } | null)?.seed;
  return typeof seed === 'number' ? seed : 1;
}

/** Every combination of one value per axis, the last axis changing fastest. */
function crossProduct(axes: readonly StudyAxis[]): { path: string; value: unknown }[][] {
  let cells: { path: string; value: unknown }[][] = [[]];
  for (const axis of axes) cells = cells.flatMap((cell) => axis.values.map((value) => [...cell, { path: axis.path, value }]));
  return cells;
}

/** `003-kernel=6.12-queue=33p-r1`: the index keeps order, the rest says what it is. */
export function runId(index: number, cell: readonly { path: string; value: unknown }[], repetition: number): string {
  const parts = cell.map((c) => `${c.path.split('.').pop()}=${slug(c.value)}`);
  return [String(index).padStart(3, '0'), ...parts, `r${repetition}`].join('-');
}

function slug(v: unknown): string {
  const text = typeof v === 'object' ? JSON.stringify(v) : String(v);
  return text.replace(/[^A-Za-z0-9._]+/g, '_').slice(0, 24);
}
