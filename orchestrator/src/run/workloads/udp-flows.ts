// One paced UDP flow, scripted through the relay agents like a TCP flow
// (tcp-flows.ts): each step is issued in the previous reply's callback, at
// the exact simulated time the reply arrived.
//
// At start the receiver opens and binds a UDP socket and starts counting
// (udp_receive), reporting every sample interval and for the last time a
// little after the sender's schedule ends. 10 ms later the sender opens a
// socket, connects it and starts its schedule (udp_send): the datagram
// interval and on/off spans, computed here from the flow and its own random
// stream, are paced by the agent itself, never a relay round trip per
// datagram.

import type { TrafficReport } from '../../relay/relay-messages.js';
import { Family, SocketType } from '../../relay/relay-messages.js';
import type { UdpSample } from '../../results/udp-flow-trace.js';
import type { ResolvedUdpFlow } from '../../scenario/types.js';
import { streamFor } from '../../sim/random.js';
import { datagramIntervalNs, onOffPeriodsNs } from '../../sim/traffic-schedule.js';
import { fdOf, TwoEnds } from './two-ends.js';
import { perItem, SENDER_OFFSET_NS, type Workload, type WorkloadContext } from './workload.js';

/** How long the receiver keeps counting after the sender's schedule ends: datagrams still queued or in flight. */
export const UDP_DRAIN_NS = 500_000_000;

export class UdpFlowRunner {
  readonly flow: ResolvedUdpFlow;
  /** Cumulative counts over time (progress reports), each stamped with the simulated time it arrived. */
  readonly sent: UdpSample[] = [];
  readonly received: UdpSample[] = [];
  sentFinal: UdpSample | undefined;
  receivedFinal: UdpSample | undefined;
  sendErrors = 0;
  firstSendError = '';
  readonly #ctx: WorkloadContext;
  readonly #ends: TwoEnds;

  constructor(flow: ResolvedUdpFlow, ctx: WorkloadContext) {
    this.flow = flow;
    this.#ctx = ctx;
    this.#ends = new TwoEnds(`UDP flow ${flow.id}`, flow, ctx);
  }

  start(epochNs: number): void {
    const f = this.flow;
    const periodsNs = onOffPeriodsNs(f.durationNs, f.onOff, streamFor(this.#ctx.scenario.seed, `udp_flows:${f.id}`));
    const intervalNs = datagramIntervalNs(f.rateBps, f.datagramBytes);
    this.#ctx.scheduler.at(epochNs + f.startNs, () => {
      this.#ends.step(1, { socket: { type: SocketType.UDP, family: Family.INET } }, (r) => {
        const fd = fdOf(r);
        this.#ends.step(1, { bind: { fd, addr: '0.0.0.0', port: f.port } }, () =>
          this.#ends.traffic(1, { udpReceive: { fd, sampleIntervalNs: f.sampleIntervalNs, durationNs: SENDER_OFFSET_NS + f.durationNs + UDP_DRAIN_NS } },
            (t) => this.received.push(this.#sample(t)),
            (t) => (this.receivedFinal = this.#sample(t)),
          ),
        );
      });
    });
    this.#ctx.scheduler.at(epochNs + f.startNs + SENDER_OFFSET_NS, () => {
      this.#ends.step(0, { socket: { type: SocketType.UDP, family: Family.INET } }, (r) => {
        const fd = fdOf(r);
        this.#ends.step(0, { connect: { fd, addr: f.toIp, port: f.port } }, () =>
          this.#ends.traffic(0, { udpSend: { fd, datagramBytes: f.datagramBytes, intervalNs, periodsNs, sampleIntervalNs: f.sampleIntervalNs } },
            (t) => this.#sent(t, false),
            (t) => this.#sent(t, true),
          ),
        );
      });
    });
  }

  #sent(t: TrafficReport, final: boolean): void {
    const s = this.#sample(t);
    if (final) this.sentFinal = s;
    else this.sent.push(s);
    this.sendErrors = t.errors;
    this.firstSendError = t.firstError;
  }

  #sample(t: TrafficReport): UdpSample {
    return { timeNs: this.#ctx.calendar.now, datagrams: t.count, bytes: t.bytes };
  }
}

/** The scenario's paced UDP flows (`udp_flows:`), one UdpFlowRunner each. */
export function udpFlows(ctx: WorkloadContext): Workload | undefined {
  return perItem(ctx.scenario.udpFlows, (f) => new UdpFlowRunner(f, ctx), (runners, into) => {
    into.udpFlows = runners.map((f) => ({ id: f.flow.id, sent: f.sent, received: f.received, sentFinal: f.sentFinal, receivedFinal: f.receivedFinal, sendErrors: f.sendErrors, firstSendError: f.firstSendError }));
  });
}
