// What a caller of runScenario chooses, and what it gets back.

import type { ExistingDirRule } from '../results/results-dir.js';
import type { RunOutcome } from '../results/write-results.js';

export interface RunOptions {
  outDir: string;
  /** What may happen to an existing, non-empty `outDir` (default: it is refused). */
  existing?: ExistingDirRule;
  /** Take over SIGINT/SIGTERM: the first stops the run cleanly, a second kills at once (default false). */
  handleSignals?: boolean;
  /** Run even when the guests need more memory than this machine has (default false). */
  ignoreMemoryLimit?: boolean;
  /** Aborting stops the run at its next sync point (or during boot), keeping partial results: status `stopped`. */
  signal?: AbortSignal;
  sync?: 'parallel' | 'lockstep';
  /** Where progress lines go (default stderr); null for none. */
  progress?: NodeJS.WriteStream | null;
  log?: (line: string) => void;
  /** Wall-clock limit for a guest to reach its next sync point before the run stops it as hung (default 120 s). */
  syncTimeoutMs?: number;
  /**
   * Start each guest from a snapshot of it at agent-ready, made on first use
   * and cached (same results as a boot; docs/testing-determinism.md). The
   * CLI asks for it unless given `--no-snapshot`; the default here is false,
   * every guest boots.
   */
  snapshots?: boolean;
  /**
   * The scenario file whose results the folder holds, recorded in it: a
   * folder of another file's results is replaced only with `existing:
   * 'force'` (default: the scenario's own file; a study's run: its
   * scenarios/<id>.yaml, which a Slurm task runs).
   */
  owner?: string;
}

export interface RunResult {
  outcome: RunOutcome;
  digest: string;
  summary: Record<string, unknown>;
}
