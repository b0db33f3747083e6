// `cosim run`: from a compiled scenario to a results folder, in five steps.
//
// 1. prepare (prepare-run.ts): refuse what cannot run, find or build the
//    images, make the results folder;
// 2. wire (scenario-run.ts): lanes and their NICs, the network, the relay
//    clients, the workloads and the bring-up;
// 3. start the guests (launch-guests.ts), booted or from snapshots;
// 4. drive them with the engine to the end (engine.ts); the experiment's
//    clock starts when the last guest is configured (bring-up.ts);
// 5. shut every VM down and write the results, whatever happened --
//    completion, Ctrl-C, a guest that panics or stops answering: the
//    results so far are kept.
//
// As a library call it touches nothing it was not asked to: the results
// folder must be new or empty unless `existing` allows more, and signal
// handlers are installed only with `handleSignals` (the CLI asks for both).

import { OutputError } from '../errors.js';
import { lockResultsDir, resultsOwner } from '../results/results-dir.js';
import { writeResults } from '../results/write-results.js';
import type { ResolvedScenario } from '../scenario/types.js';
import { prepareRun } from './prepare-run.js';
import type { RunOptions, RunResult } from './run-options.js';
import { ScenarioRun } from './scenario-run.js';

export { BOOT_LIMIT_NS } from './bring-up.js';
export type { RunOptions, RunResult } from './run-options.js';

/** Run `scenario` into `options.outDir`, holding the folder's lock throughout: a second writer is refused, naming this one's pid. */
export async function runScenario(scenario: ResolvedScenario, options: RunOptions): Promise<RunResult> {
  const lock = lockResultsDir(options.outDir, options.existing ?? 'new-or-empty', resultsOwner(options.owner ?? scenario.file));
  try {
    return await runLocked(scenario, options);
  } finally {
    lock.release();
  }
}

async function runLocked(scenario: ResolvedScenario, options: RunOptions): Promise<RunResult> {
  const log = options.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const prepared = prepareRun(scenario, options);
  const run = new ScenarioRun(scenario, prepared, options, log);
  try {
    await run.startGuests();
    await run.drive();
  } catch (err) {
    run.failWith(err);
  } finally {
    await run.shutdown();
  }
  const outcome = run.outcome();
  try {
    const { digest, summary } = writeResults(options.outDir, outcome);
    return { outcome, digest, summary };
  } catch (err) {
    if (!(err instanceof OutputError)) throw err;
    const ended = run.status === 'completed' ? 'the run completed' : `the run ${run.status} (${run.reason ?? 'no reason given'})`;
    throw new OutputError(err.path, err.cause, { before: `${ended}, but its results could not be finished`, after: `what was written is kept in ${options.outDir}` });
  }
}
