// Progress on long runs: simulated time reached, slowdown (wall/simulated),
// and what the VMs are doing. Wall-clock time appears here and in the summary
// only, never in anything the digest covers.

import { formatSeconds } from '../results/flow-trace.js';

export interface ProgressSnapshot {
  /** Experiment time shown (from the experiment's start once it began). */
  simulatedNs: number;
  /** All simulated time so far, boot included: the slowdown's denominator. */
  totalSimulatedNs?: number;
  endNs: number;
  wallMs: number;
  rounds: number;
  vmStates: string;
}

export function formatProgress(p: ProgressSnapshot): string {
  const simS = (p.totalSimulatedNs ?? p.simulatedNs) / 1e9;
  const pct = p.endNs > 0 ? Math.min(100, (100 * p.simulatedNs) / p.endNs) : 100;
  const slowdown = simS > 0 ? (p.wallMs / 1000 / simS).toFixed(2) : '-';
  return (
    `sim ${formatSeconds(p.simulatedNs).slice(0, -6)} s / ${formatSeconds(p.endNs).slice(0, -6)} s ` +
    `(${pct.toFixed(0)}%)  wall ${(p.wallMs / 1000).toFixed(1)} s  slowdown ${slowdown}x  ` +
    `rounds ${p.rounds}  ${p.vmStates}`
  );
}

/** Prints at most every `intervalMs` of wall time: a line per update on a pipe, one rewritten line on a terminal. */
export class ProgressReporter {
  readonly #stream: NodeJS.WriteStream;
  readonly #intervalMs: number;
  #lastMs = -Infinity;

  constructor(stream: NodeJS.WriteStream, intervalMs = 1000) {
    this.#stream = stream;
    this.#intervalMs = intervalMs;
  }

  update(p: ProgressSnapshot, force = false): void {
    if (!force && p.wallMs - this.#lastMs < this.#intervalMs) return;
    this.#lastMs = p.wallMs;
    const line = formatProgress(p);
    if (this.#stream.isTTY) this.#stream.write(`\r\x1b[K${line}`);
    else this.#stream.write(`${line}\n`);
  }

  done(): void {
    if (this.#stream.isTTY) this.#stream.write('\n');
  }
}
