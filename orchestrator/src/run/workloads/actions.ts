// The scenario's timed `exec` and `sysctl` actions. Each is recorded with
// what the guest answered; one that never replied is a named warning, even
// for a run cut short (a server an action started may rightly run to the end).

import type { ActionRecord } from '../../results/outcome-records.js';
import { scheduleActions } from '../action-runner.js';
import { unfinishedActions } from '../run-health.js';
import type { Workload, WorkloadContext } from './workload.js';

export function actions(ctx: WorkloadContext): Workload | undefined {
  const { scenario } = ctx;
  let records: ActionRecord[] = [];
  return {
    start: (epochNs) => {
      const relays = scenario.hosts.map((h) => ctx.relayOf(h.index));
      records = scheduleActions(scenario.actions, epochNs, ctx.calendar, ctx.scheduler, relays, scenario.hosts.map((h) => h.name));
    },
    report: (into) => {
      into.actions = records;
    },
    judge: (span) => ({ failures: [], warnings: unfinishedActions(records, span.endNs - span.epochNs) }),
  };
}
