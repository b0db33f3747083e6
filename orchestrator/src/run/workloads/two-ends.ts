// The two hosts of a workload that runs between two of them: a flow's sender
// and receiver, a request/response client and its server. It issues each
// side's requests through that host's relay, and turns a failed one into the
// run's failure, naming the workload, the operation and the host, so every
// workload reports a failure the same way.

import { Family, opName, type ReplyBody, type RequestOp, SocketType, type TrafficReport } from '../../relay/relay-messages.js';
import type { HostRelay } from '../host-relay.js';
import type { WorkloadContext } from './workload.js';

/** 0: the sending side (a flow's sender, a client); 1: the other. */
export type Side = 0 | 1;

export class TwoEnds {
  readonly names: [string, string];
  readonly #relays: [HostRelay, HostRelay];
  /** How failures name the workload: "flow f", "UDP flow u", ... */
  readonly #label: string;
  readonly #ctx: WorkloadContext;
  /** Whether a reset seen by the sender names the receiver as its likely cause (TCP). */
  readonly #blamePeerOnReset: boolean;

  constructor(label: string, ends: { from: number; to: number }, ctx: WorkloadContext, options: { blamePeerOnReset?: boolean } = {}) {
    this.#label = label;
    this.#ctx = ctx;
    this.#relays = [ctx.relayOf(ends.from), ctx.relayOf(ends.to)];
    this.names = [ctx.nameOf(ends.from), ctx.nameOf(ends.to)];
    this.#blamePeerOnReset = options.blamePeerOnReset ?? false;
  }

  /**
   * Issue `op` on `side`; its reply goes to `next`, an error reply fails the
   * run. `reacts` is false when `next` issues nothing. Returns the request id.
   */
  step(side: Side, op: RequestOp, next: (r: ReplyBody) => void, reacts = true): number {
    return this.#relays[side].issue(op, (r) => (r.body === 'error' ? this.failed(side, op, r) : next(r)), { reacts });
  }

  /**
   * The receiving side's TCP server: socket, bind to `port`, listen, accept;
   * `accepted` gets the connection's descriptor.
   */
  acceptOne(port: number, accepted: (fd: number) => void): void {
    this.step(1, { socket: { type: SocketType.TCP, family: Family.INET } }, (r) => {
      const lfd = fdOf(r);
      this.step(1, { bind: { fd: lfd, addr: '0.0.0.0', port } }, () =>
        this.step(1, { listen: { fd: lfd, backlog: 16 } }, () => this.step(1, { accept: { fd: lfd } }, (a) => accepted(fdOf(a)))),
      );
    });
  }

  /** A traffic request: progress reports go to `progress`, the final one to `final` (the same by default); its reply leads nowhere. */
  traffic(side: Side, op: RequestOp, progress: (t: TrafficReport) => void, final: (t: TrafficReport) => void = progress): void {
    this.#relays[side].issue(op, (r) => (r.body === 'traffic' ? final(r.traffic) : this.failed(side, op, r)), { reacts: false, onProgress: progress });
  }

  /** Stop the run: `op` on `side` answered `r`, an error or a reply of the wrong kind. */
  failed(side: Side, op: RequestOp, r: ReplyBody): void {
    const what = r.body === 'error' ? `${r.error.errnoName}: ${r.error.message}` : `unexpected ${r.body} reply`;
    const name = r.body === 'error' && r.error.op ? r.error.op : opName(op);
    // The sender's socket reset: the cause is at the other end (a receiver
    // whose agent died takes its sockets with it), so name that host too.
    const reset = r.body === 'error' && (r.error.errnoName === 'EPIPE' || r.error.errnoName === 'ECONNRESET');
    const peer = this.#blamePeerOnReset && side === 0 && reset ? `; ${this.names[1]} reset the connection (is its relay agent still running?)` : '';
    this.#ctx.fail(`${this.#label}: ${name} on ${this.names[side]} failed: ${what}${peer}`);
  }
}

/** The descriptor a `done` reply carries (-1 for any other). */
export function fdOf(r: ReplyBody): number {
  return r.body === 'done' ? r.done.fd : -1;
}
