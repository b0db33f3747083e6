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
  /** The sampler's ticks that passed without a sample (the agent was busy), as its last sample said. */
  missedTicks?: number;
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
  const silent = input.flows.filter((f) => f.lastSampleNs === undefined).map((f) => f.id);
  if (silent.length === 1) warnings.push(`flow ${silent[0]} sent no TCP_INFO sample: it never connected`);
  else if (silent.length > 1) {
    const named = `${silent.slice(0, 5).join(', ')}${silent.length > 5 ? `, … (${silent.length - 5} more)` : ''}`;
    warnings.push(`${silent.length} of ${input.flows.length} flows sent no TCP_INFO sample: they never connected (${named}); flow_metrics counts them as never_connected, outside fct_s`);
  }
  for (const f of input.flows) {
    if (f.lastSampleNs === undefined) continue;
    const silentNs = input.endNs - f.lastSampleNs;
    if (silentNs > SILENT_INTERVALS * f.sampleIntervalNs) {
      failures.push(
        `the relay agent on ${f.sender} went silent: flow ${f.id}'s TCP_INFO samples stopped at ${formatSeconds(f.lastSampleNs - input.epochNs)} s ` +
          `of the experiment (one every ${formatSeconds(f.sampleIntervalNs)} s was due until ${formatSeconds(input.endNs - input.epochNs)} s)`,
      );
    }
  }
  warnings.push(...missedSamples(input.flows));
  warnings.push(...unfinishedActions(input.actions, input.endNs - input.epochNs));
  return { failures, warnings };
}

/** Flows named one by one in missed-sample warnings; the rest are counted. */
const MISSED_NAMED = 5;

/**
 * Samplers that missed ticks: the agent was kept busy past an interval, so
 * the flow's trace has gaps there (issue 25: a bulk write starved them).
 */
export function missedSamples(flows: readonly FlowProgress[]): string[] {
  const missed = flows.filter((f) => (f.missedTicks ?? 0) > 0);
  const named = missed.slice(0, MISSED_NAMED).map(
    (f) => `flow ${f.id}'s TCP_INFO sampler on ${f.sender} missed ${f.missedTicks} of its ticks (one every ${formatSeconds(f.sampleIntervalNs)} s): its relay agent was busy, so the trace has gaps`,
  );
  if (missed.length > MISSED_NAMED) named.push(`and ${missed.length - MISSED_NAMED} more flows' TCP_INFO samplers missed ticks`);
  return named;
}

/** Commands quoted in warnings are cut to this many characters (actions.json has them whole). */
const QUOTED_MAX = 100;

function actionName(a: ActionRecord): string {
  const what = a.what.length > QUOTED_MAX ? `${a.what.slice(0, QUOTED_MAX)}...` : a.what;
  return `action ${a.index} (${a.kind} ${JSON.stringify(what)} on ${a.host} at ${formatSeconds(a.atNs)} s)`;
}

/** Actions that failed, whose output was cut, or that were killed at their timeout (issue 26, finding 7). */
export function actionWarnings(actions: readonly ActionRecord[]): string[] {
  const out: string[] = [];
  for (const a of actions) {
    if (a.error !== undefined) out.push(`${actionName(a)} failed: ${a.error}`);
    if (a.timedOut) out.push(`${actionName(a)} was killed at its timeout`);
    if (a.truncated) out.push(`${actionName(a)} wrote more than 64 KiB to stdout or stderr: actions.json keeps the first 64 KiB of each`);
  }
  return out;
}

/** Actions issued before `untilNs` (experiment time) that never replied: also worth naming when a run failed. */
export function unfinishedActions(actions: readonly ActionRecord[], untilNs: number): string[] {
  return actions
    .filter((a) => a.atNs < untilNs && a.doneNs === undefined)
    .map((a) => `${actionName(a)} had not finished when the run ended`);
}
