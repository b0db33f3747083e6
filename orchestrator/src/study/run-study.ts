// Running a study on this machine: every run of the run set, up to `jobs` at
// once, each into <out>/runs/<id>/ as `cosim run` would write it. A run whose
// results are complete and whose resolved scenario and images are unchanged
// is not run again, so a study interrupted or extended resumes where it was.
// A failed run is recorded with its reason and the study goes on; aborting
// stops the runs under way (keeping their partial results) and starts no more.
// The study's own outputs are then written from the results folders.

import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { OutputError } from '../errors.js';
import { ensureHostImage } from '../images/host-image.js';
import { type KernelSums, resolvedScenarioJson } from '../results/resolved-scenario.js';
import { FolderLockedError, LOCK_FILE } from '../results/folder-lock.js';
import { digestMismatch } from '../results/digest.js';
import { makeDirs, RESULTS_MARKER } from '../results/results-dir.js';
import { readResultsRecord } from '../results/results-marker.js';
import { runScenario } from '../run/run-scenario.js';
import { QEMU_OVERHEAD_MIB } from '../run/resource-check.js';
import type { Study, StudyRun } from './load-study.js';
import { readRunMetrics, readRunSummary } from './run-metrics.js';
import { reportHtml, runsCsv, type StudyRunResult, studyPlots, summaryCsv } from './study-report.js';
import { withStudyLock } from './study-lock.js';

/** Marks a study's folder; a folder without it (and not empty) is refused. */
export const STUDY_MARKER = '.cosim-study';

export interface StudyOptions {
  outDir: string;
  /** Runs at once (default: from cores and memory, see defaultJobs). */
  jobs?: number;
  /** Aborting stops runs under way at their next sync point and starts no more. */
  signal?: AbortSignal;
  /** One line per event (run started, finished, failed, progress). */
  log?: (line: string) => void;
  /** Run even when a run's guests need more memory than the machine has. */
  ignoreMemoryLimit?: boolean;
  /** Start guests from snapshots at agent-ready (runScenario's `snapshots`; default false). */
  snapshots?: boolean;
}

export interface StudyResult {
  results: StudyRunResult[];
  /** Runs skipped because their complete results were already there. */
  reused: number;
  interrupted: boolean;
}

/**
 * Runs at once: each run's VMs mostly wait on each other, so a core per run
 * (not per VM) keeps the machine busy; memory bounds it too.
 */
export function defaultJobs(study: Study, machineBytes = totalmem(), cores = cpus().length): number {
  return Math.max(1, Math.min(cores, memoryJobs(study, machineBytes)));
}

/** Runs this machine's memory holds at once (each run's guests and QEMU's overhead). */
export function memoryJobs(study: Study, machineBytes = totalmem()): number {
  const perRunMiB = Math.max(1, ...study.runs.map((r) => r.scenario.hosts.reduce((sum, h) => sum + h.memoryMiB + QEMU_OVERHEAD_MIB, 0)));
  return Math.max(1, Math.floor(machineBytes / 2 ** 20 / perRunMiB));
}

/** `--jobs`, but never more runs at once than memory holds (issue 26, finding 19: 1000 were started), unless forced. */
function capJobs(study: Study, options: StudyOptions, log: (line: string) => void): number {
  if (options.jobs === undefined) return Math.max(1, defaultJobs(study));
  const fit = memoryJobs(study);
  if (options.jobs <= fit || options.ignoreMemoryLimit) return Math.max(1, options.jobs);
  log(`--jobs ${options.jobs}: only ${fit} runs fit in this machine's memory at once; running ${fit} at once (--force to run ${options.jobs})`);
  return fit;
}

/**
 * Seconds left: the runs left, `jobs` at a time (but never more at once than
 * there are runs), each taking the mean so far. Dividing by `jobs` alone read
 * "1 s" through a 74 s study run with --jobs 1000.
 */
export function studyEtaSeconds(left: number, meanMs: number, jobs: number): number {
  return Math.ceil((Math.ceil(left / Math.max(1, Math.min(jobs, left))) * meanMs) / 1000);
}

/** Run the study into `options.outDir`, holding the folder's lock throughout (study-lock.ts). */
export function runStudy(study: Study, options: StudyOptions): Promise<StudyResult> {
  return withStudyLock(options.outDir, () => runStudyLocked(study, options));
}

async function runStudyLocked(study: Study, options: StudyOptions): Promise<StudyResult> {
  const log = options.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const out = options.outDir;
  prepareStudy(out, study);
  const jobs = capJobs(study, options, log);
  const t0 = Date.now();
  let done = 0;
  let failed = 0;
  let reused = 0;
  const durations: number[] = [];
  const queue = [...study.runs];
  const progress = () => {
    const left = study.runs.length - done;
    const mean = durations.length ? durations.reduce((a, b) => a + b, 0) / durations.length : undefined;
    const eta = mean === undefined || left === 0 ? '' : `, ETA ${studyEtaSeconds(left, mean, jobs)} s`;
    log(`study ${study.name}: ${done}/${study.runs.length} runs done, ${failed} failed, ${reused} reused${eta}`);
  };

  // A worker that fails (a run folder that cannot even record a failure) stops the others' runs, so no guest outlives the study's error.
  const stop = new AbortController();
  const onAbort = () => stop.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort);
  const worker = async (): Promise<void> => {
    for (let run = queue.shift(); run !== undefined && !stop.signal.aborted; run = queue.shift()) {
      const dir = join(out, 'runs', run.id);
      if (isComplete(dir, run, (why) => log(`run ${run!.id} runs again: ${why}`))) {
        reused++;
      } else {
        const started = Date.now();
        try {
          const r = await runScenario(run.scenario, {
            outDir: dir,
            existing: 'replace-results',
            // What a Slurm task's `cosim run` records too, so either runner may replace the other's run.
            owner: resolve(out, 'scenarios', `${run.id}.yaml`),
            progress: null,
            log: () => undefined,
            signal: stop.signal,
            ...(options.ignoreMemoryLimit ? { ignoreMemoryLimit: true } : {}),
            ...(options.snapshots ? { snapshots: true } : {}),
          });
          if (r.outcome.status !== 'completed') log(`run ${run.id} ${r.outcome.status}: ${r.outcome.reason ?? ''}`);
        } catch (err) {
          // A run that could not start at all: recorded so the study's outputs say why (unless another process writes its folder).
          if (!(err instanceof FolderLockedError)) recordFailure(dir, (err as Error).message);
          log(`run ${run.id} failed: ${(err as Error).message}`);
        }
        durations.push(Date.now() - started);
      }
      done++;
      if (readRunMetrics(dir).status !== 'completed') failed++;
      progress();
    }
  };
  const ends = await Promise.allSettled(Array.from({ length: Math.min(jobs, study.runs.length) }, () =>
    worker().catch((err: unknown) => {
      stop.abort(err);
      throw err;
    }),
  ));
  options.signal?.removeEventListener('abort', onAbort);
  const broken = ends.find((e): e is PromiseRejectedResult => e.status === 'rejected');
  if (broken) throw broken.reason;

  const results = collectStudy(out, study);
  log(`study ${study.name}: ${results.filter((r) => r.metrics.status === 'completed').length} of ${results.length} runs completed in ${((Date.now() - t0) / 1000).toFixed(1)} s of wall time; report in ${join(out, 'report.html')}`);
  return { results, reused, interrupted: options.signal?.aborted ?? false };
}

/**
 * Whether `dir` holds this run's complete results, made from the same
 * resolved scenario and images, every file its digest covers present and
 * verified. Results that are there but damaged (a summary.json that does
 * not parse, a file deleted or changed) are not reused, and `damaged` says why.
 */
export function isComplete(dir: string, run: StudyRun, damaged: (why: string) => void = () => undefined): boolean {
  const resolvedPath = join(dir, 'resolved-scenario.json');
  const { summary, problem } = readRunSummary(dir);
  if (problem !== undefined) damaged(problem);
  if (summary === undefined || !existsSync(resolvedPath)) return false;
  if (summary.status !== 'completed') return false;
  const images = (summary.identity as { images?: (KernelSums & { image: string })[] } | null | undefined)?.images;
  // The file as this run would write it now; a custom kernel is named by the sums its results were made with.
  if (readFileSync(resolvedPath, 'utf8') !== resolvedScenarioJson(run.scenario, images)) return false;
  if (!sameImages(images?.map((i) => i.image) ?? [], run)) return false;
  // Last, as the costliest: every file the digest covers is there and verifies (deleted traces/ used to give RTTs of 0, `completed`).
  const mismatch = digestMismatch(dir, summary.digest, readResultsRecord(dir).files);
  if (mismatch !== undefined) damaged(`${dir}: ${mismatch}`);
  return mismatch === undefined;
}

/** The images a run would use now are the ones its results were made with (their folder names carry the key; a host with packages or files boots its layered image). */
function sameImages(used: readonly string[], run: StudyRun): boolean {
  return run.scenario.hosts.every((h, i) => used[i] === basename(ensureHostImage(h, run.scenario.file).dir));
}

/** A run that left no results: its folder says why (and, marked as results, is replaced when it runs again). */
export function recordFailure(dir: string, reason: string): void {
  makeDirs(dir);
  put(join(dir, RESULTS_MARKER), 'This folder holds the results of a cosim run; cosim may replace its contents.\n');
  put(join(dir, 'summary.json'), `${JSON.stringify({ status: 'failed', reason, digest: '', flows: [], queues: [] }, null, 2)}\n`);
}

/** The study's folder with its marker, runs/ and every run's scenario file: what both runners start from. */
export function prepareStudy(out: string, study: Study): void {
  prepareStudyDir(out, study.name);
  writeScenarios(out, study);
}

/** Every run's metrics read back from its folder, and the study's outputs written from them. */
export function collectStudy(out: string, study: Study): StudyRunResult[] {
  const results = study.runs.map((run) => ({ run, metrics: readRunMetrics(join(out, 'runs', run.id)) }));
  writeStudyOutputs(out, study, results);
  return results;
}

/** New, empty, or this study's own folder (it resumes there); anything else is refused. */
function prepareStudyDir(out: string, name: string): void {
  const marker = join(out, STUDY_MARKER);
  if (existsSync(out)) {
    const entries = readdirSync(out).filter((e) => e !== LOCK_FILE);
    if (entries.length > 0 && !entries.includes(STUDY_MARKER)) {
      throw new OutputError(out, 'the folder is not empty and is not a cosim study folder', { after: 'choose a new folder or empty it' });
    }
    if (entries.includes(STUDY_MARKER) && readFileSync(marker, 'utf8').trim() !== name) {
      throw new OutputError(out, `it holds the study ${readFileSync(marker, 'utf8').trim()}, not ${name}`, { after: 'choose another folder' });
    }
  } else {
    makeDirs(out);
  }
  put(marker, `${name}\n`);
  makeDirs(join(out, 'runs'));
}

/** Each run's scenario as a file `cosim run` reads: what a cluster node runs, and a record of what was run. */
function writeScenarios(out: string, study: Study): void {
  makeDirs(join(out, 'scenarios'));
  for (const run of study.runs) put(join(out, 'scenarios', `${run.id}.yaml`), stringify(absoluteKernelPaths(run)));
}

/** A custom kernel's paths are relative to the study's scenario; the copy lives elsewhere. */
function absoluteKernelPaths(run: StudyRun): unknown {
  const raw = structuredClone(run.raw) as { hosts?: { name?: unknown; kernel?: unknown }[] };
  for (const h of raw.hosts ?? []) {
    const resolved = run.scenario.hosts.find((x) => x.name === h.name)?.customKernel;
    if (resolved) h.kernel = { path: resolved.path, ...(resolved.modulesDir ? { modules: resolved.modulesDir } : {}) };
  }
  return raw;
}

export function writeStudyOutputs(out: string, study: Study, results: readonly StudyRunResult[]): void {
  // Only this invocation's plots: a plot an earlier version of the study drew (an axis since removed) would mislead.
  rmSync(join(out, 'plots'), { recursive: true, force: true });
  makeDirs(join(out, 'plots'));
  put(join(out, 'runs.csv'), runsCsv(study, results));
  put(join(out, 'summary.csv'), summaryCsv(study, results));
  const plots = studyPlots(study, results);
  for (const p of plots) put(join(out, p.file), p.svg);
  put(join(out, 'report.html'), reportHtml(study, results, plots));
}

function put(path: string, text: string): void {
  try {
    makeDirs(dirname(path));
    writeFileSync(path, text);
  } catch (err) {
    throw new OutputError(path, err);
  }
}
