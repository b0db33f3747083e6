// What a run that reached its end may still have lost on the way. A relay
// agent that died (killed by an action, crashed, out of memory) answers
// nothing more, but the guest keeps running, so the engine alone would call
// the run completed. The signs are in what the agents stopped sending: a
// flow's TCP_INFO samples that stop long before the end, and actions that
// never replied. The first makes the run failed (its goodput would be
// computed from a fraction of the run); the second is a named warning, since
// a server started by an action may rightly run until the end.

import { formatSeconds } from '../results/flow-trace.js';
import type { ActionRecord } from '../results/outcome-records.js';

export interface FlowProgress {
  id: string;
  sender: string;
  sampleIntervalNs: number;
  /** Times of the samples received, absolute simulated ns. */
  lastSampleNs: number | undefined;
}

export interface RunHealth {
  /** Each makes the run failed. */
  failures: string[];
  /** Each is reported with a completed run. */
  warnings: string[];
}

/** Samples may be late by this many intervals before the agent counts as silent. */
export const SILENT_INTERVALS = 5;

export function assessRunHealth(input: { endNs: number; epochNs: number; flows: readonly FlowProgress[]; actions: readonly ActionRecord[] }): RunHealth {
  const failures: string[] = [];
  const warnings: string[] = [];
  for (const f of input.flows) {
    if (f.lastSampleNs === undefined) {
      warnings.push(`flow ${f.id} sent no TCP_INFO sample: it never connected`);
      continue;
    }
    const silentNs = input.endNs - f.lastSampleNs;
    if (silentNs > SILENT_INTERVALS * f.sampleIntervalNs) {
      failures.push(
        `the relay agent on ${f.sender} went silent: flow ${f.id}'s TCP_INFO samples stopped at ${formatSeconds(f.lastSampleNs - input.epochNs)} s ` +
          `of the experiment (one every ${formatSeconds(f.sampleIntervalNs)} s was due until ${formatSeconds(input.endNs - input.epochNs)} s)`,
      );
    }
  }
  warnings.push(...unfinishedActions(input.actions, input.endNs - input.epochNs));
  return { failures, warnings };
}

/** Actions issued before `untilNs` (experiment time) that never replied: also worth naming when a run failed. */
export function unfinishedActions(actions: readonly ActionRecord[], untilNs: number): string[] {
  return actions
    .filter((a) => a.atNs < untilNs && a.doneNs === undefined)
    .map((a) => `action ${a.index} (${a.kind} ${JSON.stringify(a.what)} on ${a.host} at ${formatSeconds(a.atNs)} s) had not finished when the run ended`);
}
