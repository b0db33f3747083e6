// One TCP bulk flow, scripted through the relay agents as a chain of
// requests. Each step is issued inside the previous reply's callback, at the
// exact simulated time the reply arrived, so the chain is the same on every
// run whatever the grant schedule (promise continuations would not be).
//
// At start: the receiver opens, binds and listens, then accepts and reads
// until end of stream. 10 ms later the sender opens a socket, picks the
// congestion control, connects, starts the TCP_INFO sampler and writes its
// bytes, then shuts its side down; a flow that runs until the end just
// writes. Steps whose replies lead nowhere say so (`reacts: false`), so the
// guests are not held within the relay's reaction time while they wait.

import type { TcpInfo } from '../../relay/relay-messages.js';
import { Family, ShutdownHow, SocketType } from '../../relay/relay-messages.js';
import { IPPROTO_TCP, TCP_CONGESTION } from '../../relay/socket-options.js';
import type { FlowSample } from '../../results/flow-trace.js';
import type { ResolvedFlow } from '../../scenario/types.js';
import { assessRunHealth } from '../run-health.js';
import { fdOf, TwoEnds } from './two-ends.js';
import { SENDER_OFFSET_NS, type Workload, type WorkloadContext } from './workload.js';

const UNTIL_END_BYTES = 2 ** 50;

export class FlowRunner {
  readonly flow: ResolvedFlow;
  readonly samples: FlowSample[] = [];
  receivedBytes: number | undefined;
  sentBytes: number | undefined;
  /** Sampler ticks without a sample, as the agent last counted them. */
  missedTicks = 0;
  readonly #ctx: WorkloadContext;
  readonly #ends: TwoEnds;

  constructor(flow: ResolvedFlow, ctx: WorkloadContext) {
    this.flow = flow;
    this.#ctx = ctx;
    this.#ends = new TwoEnds(`flow ${flow.id}`, flow, ctx, { blamePeerOnReset: true });
  }

  /** A TCP_INFO sample from this flow's sampler, at the current simulated time. */
  #takeSample(info: TcpInfo): void {
    this.missedTicks = info.missedTicks;
    this.samples.push({
      timeNs: this.#ctx.calendar.now,
      cwndSegments: info.sndCwnd,
      ssthreshSegments: info.sndSsthresh,
      rttUs: info.rtt,
      rttvarUs: info.rttvar,
      bytesAcked: info.bytesAcked,
      totalRetrans: info.totalRetrans,
      deliveryRateBps: info.deliveryRate * 8,
    });
  }

  start(epochNs: number): void {
    const f = this.flow;
    this.#ctx.scheduler.at(epochNs + f.startNs, () => {
      this.#ends.acceptOne(f.port, (fd) =>
        this.#ends.step(
          1,
          { readDiscard: { fd } },
          (d) => {
            this.receivedBytes = d.body === 'done' ? d.done.bytes : undefined;
          },
          false,
        ),
      );
    });
    this.#ctx.scheduler.at(epochNs + f.startNs + SENDER_OFFSET_NS, () => {
      this.#ends.step(0, { socket: { type: SocketType.TCP, family: Family.INET } }, (r) => {
        const fd = fdOf(r);
        const connect = () =>
          this.#ends.step(0, { connect: { fd, addr: f.toIp, port: f.port } }, () => {
            const samplerId = this.#ends.step(0, { sampleTcpInfo: { fd, intervalNs: f.sampleIntervalNs } }, () => undefined, false);
            this.#ctx.routeSamples(f.from, samplerId, (info) => this.#takeSample(info));
            const untilEnd = f.bytes === 'until_end';
            this.#ends.step(0, { writeGenerated: { fd, bytes: f.bytes === 'until_end' ? UNTIL_END_BYTES : f.bytes } },
              (w) => {
                this.sentBytes = w.body === 'done' ? w.done.bytes : undefined;
                if (!untilEnd) this.#ends.step(0, { shutdown: { fd, how: ShutdownHow.WRITE } }, () => undefined, false);
              },
              !untilEnd,
            );
          });
        if (f.cc) this.#ends.step(0, { setsockopt: { fd, level: IPPROTO_TCP, name: TCP_CONGESTION, stringValue: f.cc } }, connect);
        else connect();
      });
    });
  }
}

/**
 * The scenario's TCP bulk flows (`flows:`, and `short_flows:` expanded into
 * them), one FlowRunner each. At the end of a completed run, a flow whose
 * samples stopped long before the end means its sender's agent went
 * silent: the run failed (run-health.ts).
 */
export function tcpFlows(ctx: WorkloadContext): Workload | undefined {
  const { scenario } = ctx;
  const runners = scenario.flows.map((f) => new FlowRunner(f, ctx));
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
            flows: runners.map((f) => ({ id: f.flow.id, sender: ctx.nameOf(f.flow.from), sampleIntervalNs: f.flow.sampleIntervalNs, lastSampleNs: f.samples.at(-1)?.timeNs, missedTicks: f.missedTicks })),
            actions: [],
          })
        : { failures: [], warnings: [] },
  };
}
