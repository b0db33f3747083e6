// The scenario's request/response workloads (`request_response:`), one
// RequestResponseRunner each: a server and a client on their own schedule,
// completion times measured by the client's agent.

import { RequestResponseRunner } from '../request-response-runner.js';
import type { Workload, WorkloadContext } from './workload.js';

export function requestResponse(ctx: WorkloadContext): Workload | undefined {
  const { scenario } = ctx;
  if (!scenario.requestResponse?.length) return undefined;
  const runners = scenario.requestResponse.map(
    (w) => new RequestResponseRunner(w, scenario.seed, ctx.calendar, ctx.scheduler, ctx.relayOf(w.from), ctx.relayOf(w.to), [ctx.nameOf(w.from), ctx.nameOf(w.to)], ctx.fail),
  );
  return {
    start: (epochNs) => runners.forEach((r) => r.start(epochNs)),
    report: (into) => {
      into.requestResponse = runners.map((w) => ({ id: w.workload.id, requests: w.workload.count, completed: w.records(), served: w.served }));
    },
    judge: () => ({ failures: [], warnings: [] }),
  };
}
