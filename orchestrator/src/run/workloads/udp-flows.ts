// The scenario's paced UDP flows (`udp_flows:`), one UdpFlowRunner each; the
// agents pace and count the datagrams and report progress as they go.

import { UdpFlowRunner } from '../udp-flow-runner.js';
import type { Workload, WorkloadContext } from './workload.js';

export function udpFlows(ctx: WorkloadContext): Workload | undefined {
  const { scenario } = ctx;
  if (!scenario.udpFlows?.length) return undefined;
  const runners = scenario.udpFlows.map(
    (f) => new UdpFlowRunner(f, scenario.seed, ctx.calendar, ctx.scheduler, ctx.relayOf(f.from), ctx.relayOf(f.to), [ctx.nameOf(f.from), ctx.nameOf(f.to)], ctx.fail),
  );
  return {
    start: (epochNs) => runners.forEach((r) => r.start(epochNs)),
    report: (into) => {
      into.udpFlows = runners.map((f) => ({ id: f.flow.id, sent: f.sent, received: f.received, sentFinal: f.sentFinal, receivedFinal: f.receivedFinal, sendErrors: f.sendErrors, firstSendError: f.firstSendError }));
    },
    judge: () => ({ failures: [], warnings: [] }),
  };
}
