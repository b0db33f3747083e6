// Ctrl-C and friends. The first SIGINT/SIGTERM asks the engine to stop at its
// next round, so the run ends cleanly and keeps its partial results; a second
// one kills every child at once and exits. Children (QEMU) are registered here
// so no path out of the orchestrator leaves one running.

import type { ChildProcess } from 'node:child_process';

export class StopController {
  #reason: string | undefined;
  readonly #children = new Set<ChildProcess>();
  readonly #onSignal = (signal: NodeJS.Signals): void => this.#signal(signal);
  readonly #onExit = (): void => this.killAll();
  readonly #log: (line: string) => void;

  constructor(log: (line: string) => void) {
    this.#log = log;
  }

  /** Why the run should stop, once something asked. */
  get reason(): string | undefined {
    return this.#reason;
  }

  request(reason: string): void {
    this.#reason ??= reason;
  }

  install(): void {
    process.on('SIGINT', this.#onSignal);
    process.on('SIGTERM', this.#onSignal);
    process.on('exit', this.#onExit);
  }

  uninstall(): void {
    process.off('SIGINT', this.#onSignal);
    process.off('SIGTERM', this.#onSignal);
    process.off('exit', this.#onExit);
  }

  track(child: ChildProcess): void {
    this.#children.add(child);
    child.once('exit', () => this.#children.delete(child));
  }

  killAll(): void {
    for (const child of this.#children) child.kill('SIGKILL');
  }

  #signal(signal: NodeJS.Signals): void {
    if (this.#reason === undefined) {
      this.request(`interrupted by ${signal}`);
      this.#log(`${signal}: stopping at the next sync point and keeping partial results (again to kill at once)`);
      return;
    }
    this.#log(`${signal} again: killing every VM now`);
    this.killAll();
    process.exit(130);
  }
}
