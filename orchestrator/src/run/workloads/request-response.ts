// One request/response workload, scripted through the relay agents like a
// TCP flow (tcp-flows.ts): each step is issued in the previous reply's
// callback, at the exact simulated time the reply arrived.
//
// At start the server opens, binds, listens and accepts, then serves the
// connection (rr_serve) until the client is done. 10 ms later the client
// opens a socket, picks the congestion control, connects and hands the whole
// schedule (sizes and gaps, drawn here from the workload's own stream) to
// its agent (rr_client), which sends the requests on time and reports the
// completed ones every sample interval: no relay round trip per request.

import type { TrafficReport } from '../../relay/relay-messages.js';
import { Family, SocketType } from '../../relay/relay-messages.js';
import { IPPROTO_TCP, TCP_CONGESTION } from '../../relay/socket-options.js';
import type { RequestRecord } from '../../results/request-response-trace.js';
import type { ResolvedRequestResponse } from '../../scenario/types.js';
import { streamFor } from '../../sim/random.js';
import { type RequestSchedule, requestSchedule } from '../../sim/traffic-schedule.js';
import { fdOf, TwoEnds } from './two-ends.js';
import { perItem, SENDER_OFFSET_NS, type Workload, type WorkloadContext } from './workload.js';

export class RequestResponseRunner {
  readonly workload: ResolvedRequestResponse;
  readonly schedule: RequestSchedule;
  /** Completed requests in order, due and completed on the client's clock (records() converts them). */
  readonly #completed: RequestRecord[] = [];
  /** Simulated minus guest time, least over the client's reports: the one that left the guest the quickest. */
  #offsetNs = Infinity;
  /** Requests the server answered, once it saw the client's end of stream. */
  served: number | undefined;
  clientDone = false;
  readonly #ctx: WorkloadContext;
  readonly #ends: TwoEnds;

  constructor(workload: ResolvedRequestResponse, ctx: WorkloadContext) {
    this.workload = workload;
    this.schedule = requestSchedule(workload.count, workload.requestSize, workload.responseSize, workload.meanGapNs, streamFor(ctx.scenario.seed, `request_response:${workload.id}`));
    this.#ctx = ctx;
    this.#ends = new TwoEnds(`request/response ${workload.id}`, workload, ctx);
  }

  start(epochNs: number): void {
    const w = this.workload;
    this.#ctx.scheduler.at(epochNs + w.startNs, () => {
      this.#ends.acceptOne(w.port, (fd) =>
        this.#ends.traffic(1, { rrServe: { fd } }, (t) => {
          if (t.final) this.served = t.count;
        }),
      );
    });
    this.#ctx.scheduler.at(epochNs + w.startNs + SENDER_OFFSET_NS, () => {
      this.#ends.step(0, { socket: { type: SocketType.TCP, family: Family.INET } }, (r) => {
        const fd = fdOf(r);
        const connect = () =>
          this.#ends.step(0, { connect: { fd, addr: w.toIp, port: w.port } }, () =>
            this.#ends.traffic(0, {
                rrClient: {
                  fd,
                  requestBytes: this.schedule.requestBytes,
                  responseBytes: this.schedule.responseBytes,
                  gapNs: this.schedule.gapsNs,
                  closedLoop: w.arrival === 'closed_loop',
                  sampleIntervalNs: w.sampleIntervalNs,
                },
              },
              (t) => this.#report(t),
            ),
          );
        if (w.cc) this.#ends.step(0, { setsockopt: { fd, level: IPPROTO_TCP, name: TCP_CONGESTION, stringValue: w.cc } }, connect);
        else connect();
      });
    });
  }

  /**
   * Completed requests in simulated time. The client's clock becomes
   * simulated time through its reports: each left the guest (at its
   * monotonic_ns) a few microseconds before the simulated time it arrived;
   * one offset for all, the least, keeps every request's order.
   */
  records(): RequestRecord[] {
    return this.#completed.map((r) => ({ ...r, dueNs: r.dueNs + this.#offsetNs, completedNs: r.completedNs + this.#offsetNs }));
  }

  /** Completions from a client report, kept on the client's clock. */
  #report(t: TrafficReport): void {
    this.#offsetNs = Math.min(this.#offsetNs, this.#ctx.calendar.now - t.monotonicNs);
    t.completedNs.forEach((doneNs, k) => {
      const index = t.firstIndex + k;
      const dueNs = t.dueNs[k]!;
      this.#completed.push({
        index,
        dueNs,
        completedNs: doneNs,
        completionNs: doneNs - dueNs,
        requestBytes: this.schedule.requestBytes[index]!,
        responseBytes: this.schedule.responseBytes[index]!,
      });
    });
    if (t.final) this.clientDone = true;
  }
}

/** The scenario's request/response workloads (`request_response:`), one RequestResponseRunner each. */
export function requestResponse(ctx: WorkloadContext): Workload | undefined {
  return perItem(ctx.scenario.requestResponse, (w) => new RequestResponseRunner(w, ctx), (runners, into) => {
    into.requestResponse = runners.map((w) => ({ id: w.workload.id, requests: w.workload.count, completed: w.records(), served: w.served }));
  });
}
