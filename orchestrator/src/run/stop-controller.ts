// Ctrl-C and friends. The first SIGINT/SIGTERM asks the run to stop at its
// next round (or, during boot, at once), so it ends cleanly and keeps its
// partial results; a second one kills every child at once and exits with
// 128 + the signal's number. Children (QEMU) are registered here so no path
// out of the orchestrator leaves one running. Signal handlers are installed
// only when the caller asks (the CLI does; a library call does not).

import type { ChildProcess } from 'node:child_process';
import { constants } from 'node:os';

/** The exit status a shell gives a process ended by `signal`: 130 for SIGINT, 143 for SIGTERM. */
export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + (constants.signals[signal] ?? 0);
}

export class StopController {
  #reason: string | undefined;
  #signal: NodeJS.Signals | undefined;
  #interrupted = false;
  readonly #children = new Set<ChildProcess>();
  readonly #onSignal = (signal: NodeJS.Signals): void => this.#handleSignal(signal);
  readonly #onExit = (): void => this.#forcedExit();
  readonly #log: (line: string) => void;
  readonly #atForcedExit: (() => void)[] = [];
  readonly #requested: Promise<string>;
  #resolveRequested: (reason: string) => void = () => undefined;
  #signals = false;

  constructor(log: (line: string) => void) {
    this.#log = log;
    this.#requested = new Promise((resolve) => (this.#resolveRequested = resolve));
  }

  /** Why the run should stop, once something asked. */
  get reason(): string | undefined {
    return this.#reason;
  }

  /** The signal that asked, when one did. */
  get signal(): NodeJS.Signals | undefined {
    return this.#signal;
  }

  /** Whether the stop was asked for from outside (a signal, an abort), not by a failure. */
  get interrupted(): boolean {
    return this.#interrupted && this.#reason !== undefined;
  }

  /** Settles with the reason when a stop is first asked for. */
  get requested(): Promise<string> {
    return this.#requested;
  }

  /** Stop because something failed; the first reason given is kept. */
  request(reason: string): void {
    if (this.#reason !== undefined) return;
    this.#reason = reason;
    this.#resolveRequested(reason);
  }

  /** Stop because someone asked (Ctrl-C, a library caller's AbortSignal): the run ends as stopped. */
  interrupt(reason: string, signal?: NodeJS.Signals): void {
    if (this.#reason !== undefined) return;
    this.#interrupted = true;
    this.#signal = signal;
    this.request(reason);
  }

  /** Kill tracked children if the process exits; with `signals`, also take over SIGINT and SIGTERM. */
  install(options: { signals: boolean }): void {
    this.#signals = options.signals;
    if (this.#signals) {
      process.on('SIGINT', this.#onSignal);
      process.on('SIGTERM', this.#onSignal);
    }
    process.on('exit', this.#onExit);
  }

  uninstall(): void {
    if (this.#signals) {
      process.off('SIGINT', this.#onSignal);
      process.off('SIGTERM', this.#onSignal);
    }
    process.off('exit', this.#onExit);
  }

  track(child: ChildProcess): void {
    this.#children.add(child);
    child.once('exit', () => this.#children.delete(child));
  }

  /** Run `fn` (synchronously) if the process has to exit at once: e.g. flush what a writer holds. */
  atForcedExit(fn: () => void): void {
    this.#atForcedExit.push(fn);
  }

  killAll(): void {
    for (const child of this.#children) child.kill('SIGKILL');
  }

  #forcedExit(): void {
    this.killAll();
    for (const fn of this.#atForcedExit.splice(0)) {
      try {
        fn();
      } catch {
        // Exiting anyway: a full disk here must not hide the signal's exit status.
      }
    }
  }

  #handleSignal(signal: NodeJS.Signals): void {
    // slurmstepd (scancel, a time limit) sends its SIGTERM to QEMU too: a guest killed by that signal
    // an instant before is the same stop, the first, not a failure (issue 26, finding 16).
    if (this.#reason !== undefined && !this.#interrupted && this.#reason.includes(`killed by ${signal}`)) {
      this.#interrupted = true;
      this.#signal = signal;
      this.#reason = `interrupted by ${signal}`;
      this.#log(`${signal}: stopping (a guest got it too) and keeping partial results (again to kill at once)`);
      return;
    }
    if (this.#reason === undefined) {
      this.interrupt(`interrupted by ${signal}`, signal);
      this.#log(`${signal}: stopping at the next sync point and keeping partial results (again to kill at once)`);
      return;
    }
    this.#log(`${signal} again: killing every VM now`);
    this.#forcedExit();
    process.exit(signalExitCode(this.#signal ?? signal));
  }
}
