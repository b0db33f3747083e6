/** A validation that cannot go on: the cosim run did not complete, or --cosim-results does not fit the scenario. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  /** The results folder concerned. */
  readonly folder: string;

  constructor(folder: string, detail: string) {
    super(`validation stopped: ${detail}`);
    this.folder = folder;
  }
}
