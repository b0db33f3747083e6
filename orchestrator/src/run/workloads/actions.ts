// Scenario actions: an exec or a sysctl through a guest's relay agent at an
// exact moment of the experiment. Each is issued from a calendar event, so it
// reaches the guest at the same simulated instant on every run, and its reply
// (exit status, output) is recorded as the guest produced it.

import type { RequestOp } from '../../relay/relay-messages.js';
import type { ActionRecord } from '../../results/outcome-records.js';
import type { ResolvedAction } from '../../scenario/types.js';
import { actionWarnings, unfinishedActions } from '../run-health.js';
import type { Workload, WorkloadContext } from './workload.js';


/** Schedule every action after `epochNs`; the records fill in as the guests answer. */
export function scheduleActions(actions: readonly ResolvedAction[], epochNs: number, ctx: WorkloadContext): ActionRecord[] {
  const records: ActionRecord[] = [];
  const decoder = new TextDecoder();
  for (const a of actions) {
    const rec: ActionRecord = {
      index: a.index,
      host: ctx.nameOf(a.host),
      atNs: a.atNs,
      doneNs: undefined,
      kind: a.op.kind,
      what: a.op.kind === 'exec' ? a.op.argv.join(' ') : `${a.op.key}=${a.op.value}`,
      status: undefined,
      stdout: '',
      stderr: '',
      error: undefined,
    };
    records.push(rec);
    const op: RequestOp =
      a.op.kind === 'exec' ? { exec: { argv: a.op.argv, env: [], netns: '', timeoutNs: a.op.timeoutNs ?? 0 } } : { sysctlSet: { key: a.op.key, value: a.op.value } };
    ctx.scheduler.at(epochNs + a.atNs, () => {
      ctx.relayOf(a.host).issue(
        op,
        (r) => {
        rec.doneNs = ctx.calendar.now - epochNs;
        if (r.body === 'error') rec.error = `${r.error.errnoName}: ${r.error.message}`;
        else if (r.body === 'exec') {
          rec.status = r.exec.signal ? 128 + r.exec.signal : r.exec.exitCode;
          rec.stdout = decoder.decode(r.exec.stdout);
          rec.stderr = decoder.decode(r.exec.stderr);
          if (r.exec.truncated) rec.truncated = true;
          if (r.exec.timedOut) rec.timedOut = true;
        } else rec.status = 0;
        },
        { reacts: false },
      );
    });
  }
  return records;
}

/**
 * The scenario's timed actions. One that failed (an exec that could not
 * start: EAGAIN with 16 programs running, EMSGSIZE for an argument over 4096
 * bytes), was cut at 64 KiB, was killed at its timeout or never replied is a
 * named warning, also for a run cut short (a server an action started may
 * rightly run to the end).
 */
export function actions(ctx: WorkloadContext): Workload | undefined {
  let records: ActionRecord[] = [];
  return {
    start: (epochNs) => {
      records = scheduleActions(ctx.scenario.actions, epochNs, ctx);
    },
    report: (into) => {
      into.actions = records;
    },
    judge: (span) => ({ failures: [], warnings: [...actionWarnings(records), ...unfinishedActions(records, span.endNs - span.epochNs)] }),
  };
}
