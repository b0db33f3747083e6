// The scenario's TCP bulk flows (`flows:`, and `short_flows:` expanded into
// them), one FlowRunner each. A flow's TCP_INFO samples come back by the id
// of its sampler request. At the end of a completed run, a flow whose samples
// stopped long before the end means its sender's agent went silent: the run
// failed (run-health.ts).

import { FlowRunner } from '../flow-runner.js';
import { assessRunHealth } from '../run-health.js';
import type { Workload, WorkloadContext } from './workload.js';

export function tcpFlows(ctx: WorkloadContext): Workload | undefined {
  const { scenario } = ctx;
  const runners = scenario.flows.map(
    (f) =>
      new FlowRunner(f, ctx.calendar, ctx.scheduler, ctx.relayOf(f.from), ctx.relayOf(f.to), [ctx.nameOf(f.from), ctx.nameOf(f.to)], ctx.fail, (samplerId, take) =>
        ctx.routeSamples(f.from, samplerId, take),
      ),
  );
  return {
    start: (epochNs) => runners.forEach((r) => r.start(epochNs)),
    report: (into) => {
      into.flows = runners.map((f) => ({ id: f.flow.id, samples: f.samples, sentBytes: f.sentBytes, receivedBytes: f.receivedBytes }));
    },
    judge: (span) =>
      span.completed
        ? assessRunHealth({
            endNs: span.endNs,
            epochNs: span.epochNs,
            flows: runners.map((f) => ({ id: f.flow.id, sender: ctx.nameOf(f.flow.from), sampleIntervalNs: f.flow.sampleIntervalNs, lastSampleNs: f.samples.at(-1)?.timeNs })),
            actions: [],
          })
        : { failures: [], warnings: [] },
  };
}
