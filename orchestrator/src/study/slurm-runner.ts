// Running a study on a Slurm cluster: one job array (`sbatch --array`), one
// task per run that is not already complete, each running `cosim run
// <out>/scenarios/<id>.yaml --out <out>/runs/<id>` on its node. The study
// folder, cosim and Node.js must be at the same paths on the nodes (a shared
// file system). The runner waits with `squeue` alone (clusters without
// accounting have no `sacct`), reads each run's own summary.json, and writes
// the same outputs as the local runner. Aborting cancels the array
// (`scancel`), lets the runs under way write their partial results, and keeps
// every finished run; running the study again resumes.

import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SetupError } from '../errors.js';
import { ensureHostImage } from '../images/host-image.js';
import { makeDirs } from '../results/results-dir.js';
import { QEMU_OVERHEAD_MIB } from '../run/resource-check.js';
import type { Study, StudyRun } from './load-study.js';
import { readRunMetrics } from './run-metrics.js';
import { collectStudy, isComplete, prepareStudy, recordFailure, type StudyResult } from './run-study.js';
import { withStudyLock } from './study-lock.js';

export interface SlurmStudyOptions {
  /** The study folder; it must be shared with the nodes at the same path. */
  outDir: string;
  /** Tasks of the array running at once (`--array=0-N%jobs`); default: as many as Slurm gives. */
  jobs?: number;
  /** Aborting cancels the array and keeps every finished run. */
  signal?: AbortSignal;
  /** false: tasks boot their guests (`cosim run --no-snapshot`); otherwise they start from snapshots, cached on each node. */
  snapshots?: boolean;
  log?: (line: string) => void;
  /** Pass --force to each `cosim run`: run even when the guests need more memory than the node has. */
  ignoreMemoryLimit?: boolean;
  /** How often the queue is read (default 10 s). */
  pollMs?: number;
  /** The command a node runs as `cosim` (default: this Node.js and this cosim's CLI). */
  cosim?: string[];
}

/** Job states after which a task's run has ended (a task listed in any other state is still to run or running). */
const ENDED = new Set(['COMPLETED', 'FAILED', 'CANCELLED', 'TIMEOUT', 'NODE_FAIL', 'PREEMPTED', 'OUT_OF_MEMORY', 'BOOT_FAIL', 'DEADLINE']);

/** Polls a finished task's results may take to appear (NFS caches a file's absence for up to 60 s). */
const LOST_AFTER_POLLS = 6;

/** Run the study as a Slurm job array, holding the study folder's lock until the array has ended (study-lock.ts). */
export function runStudyOnSlurm(study: Study, options: SlurmStudyOptions): Promise<StudyResult> {
  return withStudyLock(options.outDir, () => runOnSlurmLocked(study, options));
}

async function runOnSlurmLocked(study: Study, options: SlurmStudyOptions): Promise<StudyResult> {
  const log = options.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const out = resolve(options.outDir);
  const slurmDir = join(out, 'slurm');
  const t0 = Date.now();
  prepareStudy(out, study);
  makeDirs(join(slurmDir, 'logs'));

  const pending = study.runs.filter((run) => !isComplete(join(out, 'runs', run.id), run, (why) => log(`run ${run.id} runs again: ${why}`)));
  const reused = study.runs.length - pending.length;
  let interrupted = false;
  if (pending.length > 0 && !options.signal?.aborted) {
    // Built here once, not by several tasks at once on a node (with a shared cache, not on every node).
    for (const run of pending) for (const h of run.scenario.hosts) ensureHostImage(h, run.scenario.file);
    const jobId = await submit(study, pending, out, options);
    log(`study ${study.name}: ${pending.length} runs submitted as Slurm job array ${jobId}${options.jobs ? ` (${options.jobs} at once)` : ''}; logs in ${join(slurmDir, 'logs')}`);
    interrupted = await waitForArray(jobId, pending, out, reused, study, options, log);
  }

  const results = collectStudy(out, study);
  log(`study ${study.name}: ${results.filter((r) => r.metrics.status === 'completed').length} of ${results.length} runs completed in ${((Date.now() - t0) / 1000).toFixed(1)} s of wall time; report in ${join(out, 'report.html')}`);
  return { results, reused, interrupted: interrupted || (options.signal?.aborted ?? false) };
}

/** Writes the task script and the run list, submits the array, and returns its job id. */
async function submit(study: Study, runs: readonly StudyRun[], out: string, options: SlurmStudyOptions): Promise<string> {
  const slurmDir = join(out, 'slurm');
  const tasks = join(slurmDir, 'tasks.txt');
  writeFileSync(tasks, `${runs.map((r) => r.id).join('\n')}\n`);
  for (const run of runs) rmSync(join(slurmDir, 'logs', `${run.id}.log`), { force: true });
  const script = join(slurmDir, 'task.sh');
  const memMiB = Math.max(...runs.map((r) => r.scenario.hosts.reduce((sum, h) => sum + h.memoryMiB + QEMU_OVERHEAD_MIB, 0))) + 256;
  const cosim = (options.cosim ?? defaultCosimCommand()).map(shellQuote).join(' ');
  writeFileSync(
    script,
    `#!/bin/sh
# One run of the study ${study.name} per task of a Slurm job array, written by
# \`cosim study --on slurm\`. Its argument lists the run of each task, one per
# line. The #SBATCH lines are defaults: sbatch's options and SBATCH_*
# environment variables (SBATCH_PARTITION, SBATCH_TIMELIMIT, ...) override them.
#SBATCH --job-name=cosim-${study.name}
#SBATCH --output=${join(slurmDir, 'logs', 'array-%A_%a.log')}
#SBATCH --mem=${memMiB}M
#SBATCH --chdir=${out}
set -eu
id=$(sed -n "$((SLURM_ARRAY_TASK_ID + 1))p" "$1")
[ -n "$id" ] || { echo "no run for task $SLURM_ARRAY_TASK_ID in $1" >&2; exit 2; }
exec >${shellQuote(join(slurmDir, 'logs'))}/"$id.log" 2>&1
exec ${cosim} run ${shellQuote(join(out, 'scenarios'))}/"$id.yaml" --out ${shellQuote(join(out, 'runs'))}/"$id"${options.ignoreMemoryLimit ? ' --force' : ''}${options.snapshots === false ? ' --no-snapshot' : ''}
`,
    { mode: 0o755 },
  );
  const array = `0-${runs.length - 1}${options.jobs ? `%${options.jobs}` : ''}`;
  const stdout = await slurm('sbatch', ['--parsable', `--array=${array}`, script, tasks]);
  const jobId = stdout.trim().split(';')[0] ?? '';
  if (!/^\d+$/.test(jobId)) throw new SetupError(`sbatch gave no job id (it printed "${stdout.trim()}")`, 'check the cluster with sinfo and sbatch --test-only');
  writeFileSync(join(slurmDir, 'job'), `${jobId}\n`);
  return jobId;
}

/**
 * Polls the queue until no task of the array is left, logging progress when it
 * changes. On abort, cancels the array and waits for its tasks to end (they
 * write partial results). Returns whether it was aborted.
 */
async function waitForArray(jobId: string, runs: readonly StudyRun[], out: string, reused: number, study: Study, options: SlurmStudyOptions, log: (line: string) => void): Promise<boolean> {
  const started = Date.now();
  const ended = new Set<number>();
  /** Polls since a task left the queue without its summary.json (a shared file system may show it late). */
  const unseen = new Map<number, number>();
  let failed = 0;
  let cancelled = false;
  let last = '';
  let queueFailures = 0;
  for (;;) {
    if (options.signal?.aborted && !cancelled) {
      cancelled = true;
      log(`cancelling Slurm job array ${jobId}; runs under way stop and keep their partial results`);
      await slurm('scancel', [jobId]);
    }
    let active: Map<number, string>;
    try {
      active = await activeTasks(jobId);
      queueFailures = 0;
    } catch (err) {
      // A controller restarting or busy: keep waiting a while before giving up on the array.
      if (++queueFailures > 30) throw err;
      log(`${(err as Error).message}; trying again`);
      await sleep(options.pollMs ?? 10_000, undefined);
      continue;
    }
    for (const [i, run] of runs.entries()) {
      if (active.has(i) || ended.has(i)) continue;
      if (!cancelled && !existsSync(join(out, 'runs', run.id, 'summary.json'))) {
        unseen.set(i, (unseen.get(i) ?? 0) + 1);
        if (unseen.get(i)! < LOST_AFTER_POLLS) continue;
      }
      ended.add(i);
      recordLostTask(out, jobId, i, run, cancelled);
      const m = readRunMetrics(join(out, 'runs', run.id));
      if (m.status === 'completed') continue;
      failed++;
      if (!cancelled) log(`run ${run.id} ${m.status === 'missing' ? 'failed' : m.status}: ${m.reason || 'see its log'}`);
    }
    const left = runs.length - ended.size;
    const running = [...active.values()].filter((s) => s === 'RUNNING').length;
    const eta = ended.size > 0 && left > 0 ? `, ETA ${Math.ceil(((Date.now() - started) / ended.size) * left / 1000)} s` : '';
    const line = `study ${study.name}: ${reused + ended.size}/${study.runs.length} runs done, ${failed} failed, ${reused} reused, ${running} running${eta}`;
    if (line.replace(/, ETA.*/, '') !== last.replace(/, ETA.*/, '')) log(line);
    last = line;
    if (left === 0) return cancelled;
    await sleep(options.pollMs ?? 10_000, options.signal);
  }
}

/**
 * A task that ended without its run's summary.json (cosim could not start,
 * the node died): recorded as failed with the last line of its log. A task
 * cancelled before it started stays missing, as a run the local runner
 * never started does.
 */
function recordLostTask(out: string, jobId: string, index: number, run: StudyRun, cancelled: boolean): void {
  const dir = join(out, 'runs', run.id);
  if (existsSync(join(dir, 'summary.json'))) return;
  const logs = join(out, 'slurm', 'logs');
  const reason = lastLine(join(logs, `${run.id}.log`)) ?? lastLine(join(logs, `array-${jobId}_${index}.log`));
  if (reason !== undefined || !cancelled) recordFailure(dir, `the Slurm task ${jobId}_${index} left no results${reason ? `: ${reason}` : ''}`);
}

/** The array's tasks still in the queue (index -> state), from `squeue` alone. */
async function activeTasks(jobId: string): Promise<Map<number, string>> {
  const tasks = new Map<number, string>();
  const text = await slurm('squeue', ['--noheader', '--array', `--jobs=${jobId}`, '--states=all', '--format=%K %T'], (stderr) => /Invalid job id/i.test(stderr));
  for (const line of text.split('\n')) {
    const [index, state] = line.trim().split(/\s+/);
    if (index === undefined || state === undefined || ENDED.has(state)) continue;
    // A pending remainder can still be listed as a range ("3-7%2") by some versions.
    const range = /^(\d+)(?:-(\d+))?/.exec(index);
    if (!range) continue;
    for (let i = Number(range[1]); i <= Number(range[2] ?? range[1]); i++) tasks.set(i, state);
  }
  return tasks;
}

/**
 * A study whose earlier array still runs would run twice; say which job to
 * wait for. `noSlurm: 'ignore'` (a local study): without a Slurm client
 * here, no array of this machine's cluster can be writing the folder.
 */
export async function refuseActiveArray(slurmDir: string, options: { noSlurm?: 'ignore' } = {}): Promise<void> {
  const file = join(slurmDir, 'job');
  if (!existsSync(file)) return;
  const jobId = readFileSync(file, 'utf8').trim();
  if (!/^\d+$/.test(jobId)) return;
  let active: Map<number, string>;
  try {
    active = await activeTasks(jobId);
  } catch (err) {
    if (options.noSlurm === 'ignore' && err instanceof SetupError && /was not found on PATH/.test(err.message)) return;
    throw err;
  }
  if (active.size === 0) return;
  throw new SetupError(`the job array ${jobId} this study submitted earlier is still in the Slurm queue (${file})`, `wait for it to end or cancel it (scancel ${jobId}), then run the study again`);
}

/** The Node.js and the CLI entry of the cosim running now: dist/ normally, the sources under tsx in tests. */
export function defaultCosimCommand(): string[] {
  const here = fileURLToPath(import.meta.url);
  const entry = join(dirname(here), '..', 'cli', here.endsWith('.ts') ? 'entry.ts' : 'entry.js');
  if (!here.endsWith('.ts')) return [process.execPath, entry];
  const tsx = typeof import.meta.resolve === 'function' ? import.meta.resolve('tsx') : 'tsx';
  return [process.execPath, '--import', tsx, entry];
}

/** Runs a Slurm command; `empty` says which failures mean "nothing to list". Errors name the command. */
function slurm(command: string, args: string[], empty?: (stderr: string) => boolean): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile(command, args, { timeout: 120_000, maxBuffer: 16 * 2 ** 20 }, (err, stdout, stderr) => {
      if (!err) return resolvePromise(stdout);
      if (empty?.(stderr)) return resolvePromise('');
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return reject(new SetupError(`${command} was not found on PATH`, 'run the study on a Slurm submit host, or install the client (Debian: apt-get install slurm-client)'));
      reject(new SetupError(`${command} ${args.join(' ')} failed: ${stderr.trim().split('\n').pop() || err.message}`, 'check the cluster with sinfo and squeue (SLURM_CONF names its configuration)', { cause: err }));
    });
  });
}

/** The last line of a task's log that says what went wrong (cosim's hint lines, "  → ...", say what to do). */
function lastLine(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('→'));
  return lines.pop();
}

function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolvePromise) => {
    if (signal?.aborted) return resolvePromise();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolvePromise();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
