// The faults the campaign injects, and what a correct orchestrator does after
// each. A fault is drawn from a seed and its index alone (its own random
// stream), so fault 17 of seed 1 is the same fault whatever --count is, and
// `npm run faults -- --seed 1 --only 17` replays it.

import { streamFor } from '../../orchestrator/src/sim/random.js';

export const FAULT_KINDS = [
  'orch-sigint',
  'orch-sigterm',
  'orch-sigkill',
  'orch-double-sigint',
  'ctrl-c-group',
  'qemu-sigkill',
  'qemu-sigterm',
  'qemu-hang',
  'qemu-stop-orch-kill',
  'guest-panic',
  'agent-kill',
  'full-disk',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** What each kind does, for the report and the README. */
export const KIND_DESCRIPTIONS: Record<FaultKind, string> = {
  'orch-sigint': 'SIGINT to the orchestrator process at a random wall moment',
  'orch-sigterm': 'SIGTERM to the orchestrator process at a random wall moment',
  'orch-sigkill': 'SIGKILL to the orchestrator process at a random wall moment',
  'orch-double-sigint': 'SIGINT to the orchestrator, and again 5-60 ms later (while the first stop is under way)',
  'ctrl-c-group': 'SIGINT to the orchestrator\'s whole process group (QEMUs included), as a terminal\'s Ctrl-C sends it',
  'qemu-sigkill': 'SIGKILL to a random guest\'s QEMU',
  'qemu-sigterm': 'SIGTERM to a random guest\'s QEMU',
  'qemu-hang': 'SIGSTOP to a random guest\'s QEMU, with a --hang-timeout of 2-5 s',
  'qemu-stop-orch-kill': 'SIGSTOP to a random guest\'s QEMU, then SIGKILL to the orchestrator 0.1-1 s later',
  'guest-panic': 'exec action `echo c > /proc/sysrq-trigger` on a random guest at a random simulated time',
  'agent-kill': 'exec action `kill $PPID` (the relay agent) on a random guest at a random simulated time',
  'full-disk': '--out on a tmpfs of 32 KiB to 3 MiB, which fills during boot or the experiment',
};

/** The kinds the CI test runs: one of each main kind. */
export const CI_KINDS: readonly FaultKind[] = ['orch-sigterm', 'ctrl-c-group', 'qemu-stop-orch-kill', 'qemu-sigkill', 'qemu-hang', 'guest-panic', 'agent-kill', 'full-disk'];

/**
 * `full` draws from every kind over the whole range of moments; `ci` draws
 * one of each CI kind at the quick end (signals during boot, guest faults
 * early in the experiment, a disk that fills early), to keep CI's wall time short.
 */
export type Profile = 'full' | 'ci';

export const HOSTS = ['h0', 'h1'] as const;
export type Host = (typeof HOSTS)[number];

export interface FaultSpec {
  /** Position in the campaign (0-based) and the campaign's seed: together they fix every draw below. */
  index: number;
  seed: number;
  kind: FaultKind;
  /** For faults sent at a wall moment: from when the delay counts (both QEMUs running, or the experiment's start line). */
  phase?: 'boot' | 'experiment';
  delayMs?: number;
  /** The guest whose QEMU is signalled, or that panics or loses its agent. */
  host?: Host;
  /** Double SIGINT: the gap between the two; stop-then-kill: between SIGSTOP and SIGKILL. */
  gapMs?: number;
  /** Guest faults: the action's time after the experiment's start, in simulated ms. */
  atMs?: number;
  hangTimeoutS?: number;
  diskKiB?: number;
  /** The kinds drawn from, when not all of them (a replay needs the same list). */
  kinds?: FaultKind[];
  /** Set for the CI profile (a replay needs it). */
  profile?: 'ci';
}

const SIGNAL_KINDS: readonly FaultKind[] = ['orch-sigint', 'orch-sigterm', 'orch-sigkill', 'orch-double-sigint', 'ctrl-c-group', 'qemu-sigkill', 'qemu-sigterm', 'qemu-hang', 'qemu-stop-orch-kill'];

/**
 * Fault `index` of the campaign `seed`. Kinds go round in blocks: each block
 * of FAULT_KINDS.length faults is one seeded permutation of the kinds, so
 * every kind is hit evenly; everything else is drawn from the fault's own stream.
 */
export function drawFault(seed: number, index: number, kinds: readonly FaultKind[] = FAULT_KINDS, profile: Profile = 'full'): FaultSpec {
  if (profile === 'ci' && kinds === FAULT_KINDS) kinds = CI_KINDS;
  const ci = profile === 'ci';
  const block = Math.floor(index / kinds.length);
  const order = shuffle([...kinds], streamFor(seed, `faults-kinds-${block}`));
  const kind = order[index % kinds.length]!;
  const rng = streamFor(seed, `fault-${index}`);
  const uniform = (lo: number, hi: number) => lo + rng.next() * (hi - lo);
  const spec: FaultSpec = { index, seed, kind };
  if (ci) spec.profile = 'ci';
  else if (kinds.length !== FAULT_KINDS.length || kinds.some((k, i) => k !== FAULT_KINDS[i])) spec.kinds = [...kinds];
  if (SIGNAL_KINDS.includes(kind)) {
    // Boot lasts 8-17 s of wall time here; a boot-phase delay past it lands in the experiment (recorded as such).
    const boot = rng.next() < 0.5;
    spec.phase = boot || ci ? 'boot' : 'experiment';
    spec.delayMs = Math.round(spec.phase === 'boot' ? uniform(300, ci ? 4000 : 8000) : uniform(0, 1200));
  }
  if (kind.startsWith('qemu-') || kind === 'guest-panic' || kind === 'agent-kill') spec.host = HOSTS[Math.floor(rng.next() * HOSTS.length)]!;
  if (kind === 'orch-double-sigint') spec.gapMs = Math.round(uniform(5, 60));
  if (kind === 'qemu-stop-orch-kill') spec.gapMs = Math.round(uniform(100, 1000));
  if (kind === 'qemu-hang') spec.hangTimeoutS = Math.round(uniform(2, 5));
  if (kind === 'guest-panic' || kind === 'agent-kill') spec.atMs = Math.round(uniform(100, ci ? 600 : 2800));
  if (kind === 'full-disk') spec.diskKiB = Math.round(Math.exp(uniform(Math.log(32), Math.log(ci ? 256 : 3072))));
  return spec;
}

export function drawFaults(seed: number, count: number, kinds: readonly FaultKind[] = FAULT_KINDS, profile: Profile = 'full'): FaultSpec[] {
  return Array.from({ length: count }, (_, i) => drawFault(seed, i, kinds, profile));
}

function shuffle<T>(items: T[], rng: { next(): number }): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** One line describing a fault's parameters, for tables. */
export function describeFault(f: FaultSpec): string {
  const parts: string[] = [];
  if (f.host) parts.push(f.host);
  if (f.phase) parts.push(`${f.phase}+${f.delayMs} ms`);
  if (f.gapMs !== undefined) parts.push(`gap ${f.gapMs} ms`);
  if (f.hangTimeoutS !== undefined) parts.push(`--hang-timeout ${f.hangTimeoutS}`);
  if (f.atMs !== undefined) parts.push(`at ${f.atMs} ms sim`);
  if (f.diskKiB !== undefined) parts.push(`tmpfs ${f.diskKiB} KiB`);
  return parts.join(', ');
}

/** The orchestrator itself is SIGKILLed: it says nothing and writes no summary. */
export function orchestratorKilled(kind: FaultKind): boolean {
  return kind === 'orch-sigkill' || kind === 'qemu-stop-orch-kill';
}

export interface Expectation {
  /** Exit status, or the signal that must have ended the orchestrator. */
  exit: { code: number } | { signal: NodeJS.Signals };
  /** The last line of stderr: the one message that names the cause. Absent when the orchestrator is SIGKILLed. */
  message?: RegExp;
  /** summary.json's status and reason. */
  summary?: { status: 'stopped' | 'failed'; reason: RegExp };
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What a correct run does after fault `f` with results in `out`. */
export function expectationFor(f: FaultSpec, out: string): Expectation {
  const kept = `\\(partial results kept in ${esc(out)}, digest [0-9a-f]{64}\\)$`;
  const stopped = (signal: 'SIGINT' | 'SIGTERM', code: number): Expectation => ({
    exit: { code },
    message: new RegExp(`^run stopped: interrupted by ${signal} ${kept}`),
    summary: { status: 'stopped', reason: new RegExp(`^interrupted by ${signal}$`) },
  });
  const host = f.host ?? 'h?';
  const failed = (cause: string): Expectation => ({
    exit: { code: 1 },
    message: new RegExp(`^run failed: ${cause} ${kept}`),
    summary: { status: 'failed', reason: new RegExp(`^${cause}$`) },
  });
  switch (f.kind) {
    case 'orch-sigint':
    case 'ctrl-c-group':
      return stopped('SIGINT', 130);
    case 'orch-sigterm':
      return stopped('SIGTERM', 143);
    case 'orch-double-sigint':
      // The second SIGINT either finds the run already stopping cleanly or kills at once; both exit 130 and say SIGINT.
      return {
        exit: { code: 130 },
        message: new RegExp(`^(run stopped: interrupted by SIGINT ${kept}|SIGINT again: killing every VM now)`),
        summary: { status: 'stopped', reason: /^interrupted by SIGINT$/ },
      };
    case 'orch-sigkill':
    case 'qemu-stop-orch-kill':
      return { exit: { signal: 'SIGKILL' } };
    case 'qemu-sigkill':
      return failed(`${host}: QEMU was killed by SIGKILL \\(not by this run\\)`);
    case 'qemu-sigterm':
      return failed(`${host}: .*(SIGTERM|signal 15).*`);
    case 'qemu-hang':
      return failed(`${host}: stopped answering: no sync point within ${f.hangTimeoutS} s of wall time`);
    case 'guest-panic':
      return failed(`${host}: the guest kernel panicked: Kernel panic - not syncing: sysrq triggered crash`);
    case 'agent-kill':
      return failed(`.*\\b${host}\\b.*`);
    case 'full-disk':
      // The run stops on the first file it cannot write; if even the summary does not fit, the message says so.
      return {
        exit: { code: 1 },
        message: new RegExp(`cannot write ${esc(out)}/\\S+: the disk is full \\(ENOSPC\\)`),
        summary: { status: 'failed', reason: new RegExp(`cannot write ${esc(out)}/\\S+: the disk is full \\(ENOSPC\\)`) },
      };
  }
}
