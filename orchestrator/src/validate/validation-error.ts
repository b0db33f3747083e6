/** A validation that cannot go on: the cosim run did not complete, or --cosim-results does not fit the scenario. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  /** The results folder concerned. */
  readonly folder: string;
  /** The signal that stopped the cosim run (Ctrl-C), when one did. */
  readonly signal: NodeJS.Signals | undefined;

  constructor(folder: string, detail: string, signal?: NodeJS.Signals) {
    super(`validation stopped: ${detail}`);
    this.folder = folder;
    this.signal = signal;
  }
}
