// One fault, end to end: start `cosim run` from the sources in its own
// process group (as a shell starts a job), inject the fault, wait for the
// orchestrator to end, then check what a user is promised: the right exit
// status, one clear last line naming the cause and no stack trace, no QEMU
// left (looked for a few seconds after the exit), and a results folder that
// keeps what was written (summary.json with status and reason, pcaps that
// capinfos reads, console logs).

import { type ChildProcess, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCosim } from '../integration/helpers/cosim-cli.js';
import { describeFault, expectationFor, type FaultSpec, orchestratorKilled } from './fault-kinds.js';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BASE_SCENARIO = join(REPO, 'test/faults/scenarios/two-guests.yaml');

/** How long after the orchestrator's exit a QEMU still running counts as an orphan. */
export const ORPHAN_GRACE_MS = 3_000;
/** A run that has not ended this long after its fault is itself a failure (the default hang timeout is 120 s). */
const EXIT_LIMIT_MS = 200_000;

export type Invariant = 'exit' | 'message' | 'stack' | 'orphan' | 'results' | 'injection';

export interface PcapCheck {
  file: string;
  ok: boolean;
  packets?: number;
  error?: string;
}

export interface FaultResult {
  spec: FaultSpec;
  params: string;
  dir: string;
  out: string;
  qemu: string;
  /** Whether the fault reached the run (a signal sent while it was still running; a guest fault after the experiment started). */
  injected: boolean;
  /** Where the run was when the fault landed: boot or experiment (it may differ from the planned phase). */
  landedIn?: 'boot' | 'experiment';
  injectedAtMs?: number;
  exit: { code: number | null; signal: string | null };
  wallMs: number;
  messageLine: string;
  orphans: string[];
  summary?: { status: unknown; reason: unknown };
  pcaps: PcapCheck[];
  consoles: string[];
  resultsKept: boolean;
  failures: { invariant: Invariant; detail: string }[];
  notes: string[];
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Lines of `pgrep -af` for QEMU processes whose command line mentions `marker` (a results folder). */
export function qemuProcesses(marker: string): string[] {
  const r = spawnSync('pgrep', ['-af', `qemu-system.*${marker}`], { encoding: 'utf8' });
  return r.stdout.split('\n').filter((l) => l.trim() !== '');
}

/** The patched QEMU's path; waits (up to `limitMs`) while it is being rebuilt. */
export async function waitForQemu(limitMs = 45 * 60_000, say: (line: string) => void = () => undefined): Promise<string> {
  const t0 = Date.now();
  for (;;) {
    const r = spawnSync(join(REPO, 'qemu-patches/build.sh'), ['--check'], { encoding: 'utf8', cwd: REPO });
    if (r.status === 0 && r.stdout.trim() !== '') return r.stdout.trim();
    if (Date.now() - t0 > limitMs) throw new Error(`the patched QEMU is not built (${r.stderr.trim()}); run scripts/setup.sh`);
    say(`waiting for the patched QEMU (${r.stderr.trim() || 'not built'}); retrying in 30 s`);
    await sleep(30_000);
  }
}

/** The scenario of fault `f`: the campaign's two guests, plus the action of a guest fault. */
export function scenarioText(f: FaultSpec): string {
  const base = readFileSync(BASE_SCENARIO, 'utf8');
  if (f.kind === 'guest-panic') return `${base}actions:\n  - {at: ${f.atMs}ms, host: ${f.host}, exec: "echo c > /proc/sysrq-trigger"}\n`;
  if (f.kind === 'agent-kill') return `${base}actions:\n  - {at: ${f.atMs}ms, host: ${f.host}, exec: "kill $PPID"}\n`;
  return base;
}

interface Child {
  proc: ChildProcess;
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: string | null }>;
  running: () => boolean;
}

function startRun(args: string[], dir: string): Child {
  // detached: its own process group, as a shell job, so a terminal-style Ctrl-C can go to the group.
  const run = startCosim(args, { cwd: REPO, detached: true });
  let running = true;
  // Not running from its exit on (a signal sent after it would hit a zombie); its output is complete at 'close'.
  void run.exited.then(() => (running = false));
  const exit = run.closed.then((r) => {
    running = false;
    writeFileSync(join(dir, 'stderr.txt'), run.stderr());
    writeFileSync(join(dir, 'stdout.txt'), run.stdout());
    return r;
  });
  return { proc: run.child, stderr: run.stderr, exit, running: () => running };
}

/** The process group of the run now under way, so an interrupted campaign can end it. */
let current: { pid: number; out: string; mount?: string } | undefined;

/** End what the current fault started (its process group and its QEMUs) and unmount its disk. */
export function cleanUpCurrent(): void {
  if (!current) return;
  try {
    process.kill(-current.pid, 'SIGKILL');
  } catch {
    // already gone
  }
  killQemus(current.out);
  if (current.mount) spawnSync('umount', ['-l', current.mount]);
  current = undefined;
}

function killQemus(out: string): void {
  for (const line of qemuProcesses(out)) {
    try {
      process.kill(Number(line.split(' ')[0]), 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

async function waitUntil(check: () => boolean, limitMs: number): Promise<boolean> {
  const t0 = Date.now();
  while (!check()) {
    if (Date.now() - t0 > limitMs) return false;
    await sleep(50);
  }
  return true;
}

function capinfos(file: string): PcapCheck {
  const r = spawnSync('capinfos', ['-c', file], { encoding: 'utf8' });
  const packets = Number(/Number of packets:\s+(\d+)/.exec(r.stdout)?.[1]);
  const check: PcapCheck = { file, ok: r.status === 0 };
  if (Number.isFinite(packets)) check.packets = packets;
  if (r.status !== 0) check.error = (r.stderr || r.stdout).trim().split('\n')[0] ?? `exit ${r.status}`;
  return check;
}

const STACK = [/^\s+at\s/m, /Unexpected error/, /node:internal/, /^\w*Error: /m, /Unhandled/i, /\n\s*\^\s*\n/];

/** Run fault `f` in `dir` (a new folder) and check every invariant. */
export async function runFault(f: FaultSpec, dir: string, say: (line: string) => void = () => undefined): Promise<FaultResult> {
  mkdirSync(dir, { recursive: true });
  const qemu = await waitForQemu(undefined, say);
  const expectDisk = f.kind === 'full-disk';
  const mount = expectDisk ? join(dir, 'disk') : undefined;
  const out = mount ? join(mount, 'results') : join(dir, 'results');
  const scenario = join(dir, 'scenario.yaml');
  writeFileSync(scenario, scenarioText(f));
  const result: FaultResult = {
    spec: f,
    params: describeFault(f),
    dir,
    out,
    qemu,
    injected: false,
    exit: { code: null, signal: null },
    wallMs: 0,
    messageLine: '',
    orphans: [],
    pcaps: [],
    consoles: [],
    resultsKept: false,
    failures: [],
    notes: [],
  };
  const fail = (invariant: Invariant, detail: string) => result.failures.push({ invariant, detail });

  if (mount) {
    if (process.getuid?.() !== 0) throw new Error('the full-disk fault mounts a tmpfs and needs root');
    mkdirSync(mount);
    const m = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${f.diskKiB}k`, 'tmpfs', mount], { encoding: 'utf8' });
    if (m.status !== 0) throw new Error(`cannot mount a tmpfs at ${mount}: ${m.stderr.trim()}`);
  }

  // Booted, not restored: the campaign's faults are timed against a boot of several seconds (fault-kinds.ts).
  const args = ['run', scenario, '--out', out, '--no-snapshot'];
  if (f.hangTimeoutS !== undefined) args.push('--hang-timeout', String(f.hangTimeoutS));
  const t0 = Date.now();
  const run = startRun(args, dir);
  current = { pid: run.proc.pid!, out, ...(mount ? { mount } : {}) };
  const started = () => run.stderr().includes('experiment starts');
  const since = () => Date.now() - t0;
  try {
    await inject(f, run, out, started, since, result);
    const ended = await Promise.race([run.exit, sleep(EXIT_LIMIT_MS).then(() => undefined)]);
    if (!ended) {
      fail('exit', `still running ${EXIT_LIMIT_MS / 1000} s after the fault; killed`);
      process.kill(-run.proc.pid!, 'SIGKILL');
    }
    result.exit = await run.exit;
    result.wallMs = since();
    if (f.kind === 'guest-panic' || f.kind === 'agent-kill' || f.kind === 'full-disk') {
      result.injected = f.kind === 'full-disk' || started();
      result.landedIn = f.kind === 'full-disk' ? (started() ? 'experiment' : 'boot') : 'experiment';
    }

    // No QEMU may remain, also a stopped one: look a few seconds after the exit, then clear them away.
    await sleep(ORPHAN_GRACE_MS);
    result.orphans = qemuProcesses(out);
    if (result.orphans.length > 0) {
      fail('orphan', `${result.orphans.length} QEMU process(es) still running ${ORPHAN_GRACE_MS / 1000} s after the orchestrator's exit: ${result.orphans.map((l) => `${l.split(' ')[0]} (${stateOf(Number(l.split(' ')[0]))})`).join(', ')}`);
      killQemus(out);
    }

    checkOutcome(f, run.stderr(), result, fail);
    if (!result.injected) fail('injection', 'the run ended before the fault could be injected');
  } finally {
    if (mount) {
      // Keep the results past the unmount, for inspection.
      if (existsSync(out)) cpSync(out, join(dir, 'results'), { recursive: true });
      spawnSync('umount', ['-l', mount]);
    }
    current = undefined;
  }
  return result;
}

function stateOf(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
    return state === 'T' ? 'stopped' : state === 'Z' ? 'zombie' : `state ${state}`;
  } catch {
    return 'gone';
  }
}

async function inject(f: FaultSpec, run: Child, out: string, started: () => boolean, since: () => number, result: FaultResult): Promise<void> {
  if (!f.phase) return; // guest faults and the full disk act from inside the run
  const anchored =
    f.phase === 'boot'
      ? await waitUntil(() => !run.running() || qemuProcesses(out).length === 2, 90_000)
      : await waitUntil(() => !run.running() || started(), 180_000);
  if (!anchored || !run.running()) return;
  await sleep(f.delayMs ?? 0);
  if (!run.running()) return;
  const pid = run.proc.pid!;
  result.landedIn = started() ? 'experiment' : 'boot';
  result.injectedAtMs = since();
  const qemuPid = () => Number(qemuProcesses(`${out}/console/${f.host}\\.log`)[0]?.split(' ')[0]);
  const signalQemu = (signal: NodeJS.Signals): boolean => {
    const q = qemuPid();
    if (!q) {
      result.notes.push(`no QEMU of ${f.host} to signal`);
      return false;
    }
    process.kill(q, signal);
    return true;
  };
  switch (f.kind) {
    case 'orch-sigint':
    case 'orch-sigterm':
    case 'orch-sigkill':
      process.kill(pid, f.kind === 'orch-sigint' ? 'SIGINT' : f.kind === 'orch-sigterm' ? 'SIGTERM' : 'SIGKILL');
      result.injected = true;
      break;
    case 'ctrl-c-group':
      process.kill(-pid, 'SIGINT');
      result.injected = true;
      break;
    case 'orch-double-sigint':
      process.kill(pid, 'SIGINT');
      result.injected = true;
      await sleep(f.gapMs ?? 0);
      // A process that has exited but is not yet reaped takes a signal silently: look at its state too.
      if (run.running() && !['zombie', 'gone'].includes(stateOf(pid))) {
        process.kill(pid, 'SIGINT');
        result.notes.push(`second SIGINT sent ${f.gapMs} ms after the first`);
      } else result.notes.push('the run had ended before the second SIGINT');
      break;
    case 'qemu-sigkill':
      result.injected = signalQemu('SIGKILL');
      break;
    case 'qemu-sigterm':
      result.injected = signalQemu('SIGTERM');
      break;
    case 'qemu-hang':
      result.injected = signalQemu('SIGSTOP');
      break;
    case 'qemu-stop-orch-kill':
      if (!signalQemu('SIGSTOP')) break;
      result.injected = true;
      await sleep(f.gapMs ?? 0);
      if (run.running() && !['zombie', 'gone'].includes(stateOf(pid))) process.kill(pid, 'SIGKILL');
      else result.notes.push('the run had ended before the SIGKILL');
      break;
    default:
      break;
  }
}

function checkOutcome(f: FaultSpec, stderr: string, result: FaultResult, fail: (i: Invariant, d: string) => void): void {
  const out = result.out;
  const expect = expectationFor(f, out);
  const killed = orchestratorKilled(f.kind) && result.notes.every((n) => !n.includes('before the SIGKILL'));

  const lines = stderr.split('\n').filter((l) => l.trim() !== '');
  result.messageLine = lines.at(-1) ?? '';

  // Exit status.
  const { code, signal } = result.exit;
  const verdictPrinted = expect.message !== undefined && lines.some((l) => expect.message!.test(l));
  if (f.kind === 'orch-double-sigint' && signal === 'SIGINT' && verdictPrinted) {
    // The second SIGINT came after cosim had written its results and given back SIGINT's default action:
    // it died of SIGINT, which a shell also reports as 130. Nothing was lost, so it passes, noted.
    result.notes.push('the second SIGINT arrived after the results were written and the handler was removed: ended by SIGINT, not exit 130');
  } else if ('code' in expect.exit ? code !== expect.exit.code : signal !== expect.exit.signal) {
    fail('exit', `expected ${'code' in expect.exit ? `exit ${expect.exit.code}` : `killed by ${expect.exit.signal}`}, got ${signal ? `killed by ${signal}` : `exit ${code}`}`);
  }

  // One clear last line, no stack trace.
  if (expect.message && !killed) {
    if (!expect.message.test(result.messageLine)) fail('message', `last stderr line does not name the cause as expected (${expect.message.source}): ${JSON.stringify(result.messageLine)}`);
    const verdicts = lines.filter((l) => /^(run (failed|stopped):|Unexpected error)/.test(l));
    if (verdicts.length > 1) fail('message', `${verdicts.length} verdict lines on stderr: ${JSON.stringify(verdicts)}`);
  }
  const stack = STACK.find((re) => re.test(stderr));
  if (stack) fail('stack', `stderr looks like a stack trace or crash (${stack.source}): ${JSON.stringify(lines.find((l) => stack.test(l)) ?? lines.slice(-3).join(' | '))}`);

  // What was written is kept.
  // A guest killed in its first moments may not have printed yet; once the experiment started, both had.
  const consoleDir = join(out, 'console');
  const printed = stderr.includes('experiment starts');
  result.consoles = existsSync(consoleDir) ? readdirSync(consoleDir).filter((n) => !printed || statSync(join(consoleDir, n)).size > 0) : [];
  for (const h of ['h0.log', 'h1.log']) if (!result.consoles.includes(h)) fail('results', `console/${h} is missing${printed ? ' or empty' : ''}`);
  const pcapDir = join(out, 'pcap');
  const pcaps = existsSync(pcapDir) ? readdirSync(pcapDir).filter((n) => n.endsWith('.pcap')) : [];
  if (!pcaps.includes('wan.pcap')) fail('results', 'pcap/wan.pcap is missing');
  result.pcaps = pcaps.map((n) => capinfos(join(pcapDir, n)));
  for (const p of result.pcaps) if (!p.ok) fail('results', `capinfos cannot read ${p.file}: ${p.error}`);

  const summaryFile = join(out, 'summary.json');
  let summary: { status?: unknown; reason?: unknown; simulated_ns?: unknown; experiment_start_ns?: unknown } | undefined;
  if (existsSync(summaryFile)) {
    try {
      summary = JSON.parse(readFileSync(summaryFile, 'utf8')) as typeof summary;
      result.summary = { status: summary!.status, reason: summary!.reason };
    } catch (err) {
      fail('results', `summary.json does not parse: ${(err as Error).message}`);
    }
  }
  if (expect.summary && !killed) {
    if (!summary) {
      const diskFull = f.kind === 'full-disk' && /could not be finished/.test(result.messageLine);
      if (diskFull) result.notes.push('summary.json did not fit on the full disk (the message says so)');
      else fail('results', 'summary.json is missing');
    } else {
      if (summary.status !== expect.summary.status) fail('results', `summary.json status is ${JSON.stringify(summary.status)}, expected ${expect.summary.status}`);
      if (typeof summary.reason !== 'string' || !expect.summary.reason.test(summary.reason)) fail('results', `summary.json reason ${JSON.stringify(summary.reason)} does not match ${expect.summary.reason.source}`);
    }
  }
  // A run stopped well into its experiment has frames in its pcap.
  if (summary && typeof summary.simulated_ns === 'number' && typeof summary.experiment_start_ns === 'number' && summary.simulated_ns - summary.experiment_start_ns > 200_000_000) {
    const wan = result.pcaps.find((p) => p.file.endsWith('wan.pcap'));
    if (wan?.ok && !wan.packets) fail('results', `pcap/wan.pcap has no packets although the experiment ran ${((summary.simulated_ns - summary.experiment_start_ns) / 1e9).toFixed(3)} s`);
  }
  result.resultsKept = result.failures.every((x) => x.invariant !== 'results');
}
