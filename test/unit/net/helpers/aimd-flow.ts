// A responsive bulk flow for queue tests without guests: a window of frames
// in flight, acknowledged one base RTT after they cross the bottleneck;
// slow start, then +1 frame per window; halved at most once per round trip
// on a loss (learnt one RTT after the queue drops the frame) or an echoed
// CE mark. Reno's shape, enough to build and hold a standing queue.

import { ecnOf, ECN_CE, ECN_ECT0 } from '../../../../orchestrator/src/net/ecn.js';
import type { Frame } from '../../../../orchestrator/src/net/frame.js';
import { Link } from '../../../../orchestrator/src/net/link.js';
import type { Queue } from '../../../../orchestrator/src/net/queue.js';
import { Calendar } from '../../../../orchestrator/src/sim/calendar.js';
import { ipFrame } from './packets.js';

export interface Bottleneck {
  cal: Calendar;
  queue: Queue;
  link: Link;
  /** Sojourn times (ns) of every frame leaving the queue, by flow port, from `measureFromNs` on. */
  sojourns: Map<number, number[]>;
  /** Frames delivered per port. */
  delivered: Map<number, number>;
  measureFromNs: number;
}

let nextId = 0;
const portOf = new Map<number, number>();

export function bottleneck(queueOf: (cal: Calendar) => Queue, rateBps: number, measureFromNs: number): Bottleneck {
  const cal = new Calendar();
  const queue = queueOf(cal);
  const link = new Link(cal, { rateBps }, 'bottleneck').pullFrom(queue);
  const b: Bottleneck = { cal, queue, link, sojourns: new Map(), delivered: new Map(), measureFromNs };
  queue.dequeueTrace.subscribe(({ frame, sojournNs }) => {
    if (cal.now < measureFromNs) return;
    const port = portOf.get(frame.id)!;
    if (!b.sojourns.has(port)) b.sojourns.set(port, []);
    b.sojourns.get(port)!.push(sojournNs);
  });
  link.connect({ receive: (f: Frame) => b.delivered.set(portOf.get(f.id)!, (b.delivered.get(portOf.get(f.id)!) ?? 0) + 1) });
  return b;
}

/** Frames of `bytes` from `port`, sent into the bottleneck's queue. */
function send(b: Bottleneck, port: number, spec: { bytes?: number; ecn?: number; proto?: number }): Frame {
  const f = ipFrame(nextId++, { srcPort: port, ...spec });
  portOf.set(f.id, port);
  return f;
}

export class AimdFlow {
  cwnd = 2;
  ssthresh = Infinity;
  inflight = 0;
  halvings = 0;
  #recoverUntilNs = 0;
  readonly #mine = new Set<number>();

  constructor(
    readonly b: Bottleneck,
    readonly port: number,
    readonly rttNs: number,
    readonly ecn = false,
  ) {
    b.queue.drop.subscribe(({ frame }) => {
      if (this.#mine.delete(frame.id)) b.cal.after(rttNs, () => this.#onLoss());
    });
    b.link.rx.subscribe((f) => {
      if (this.#mine.delete(f.id)) {
        const ce = ecnOf(f.bytes) === ECN_CE;
        b.cal.after(rttNs, () => this.#onAck(ce));
      }
    });
  }

  start(atNs: number): this {
    this.b.cal.schedule(atNs, () => this.#send());
    return this;
  }

  #send(): void {
    while (this.inflight < Math.floor(this.cwnd)) {
      const f = send(this.b, this.port, { ecn: this.ecn ? ECN_ECT0 : 0 });
      this.#mine.add(f.id);
      this.inflight++;
      this.b.queue.receive(f);
    }
  }

  #backOff(): void {
    if (this.b.cal.now < this.#recoverUntilNs) return;
    this.cwnd = Math.max(this.cwnd / 2, 1);
    this.ssthresh = this.cwnd;
    this.halvings++;
    const queueNs = (this.b.queue.depthBytes * 8 * 1e9) / this.b.link.rateBps;
    this.#recoverUntilNs = this.b.cal.now + this.rttNs + Math.round(queueNs);
  }

  #onAck(ce: boolean): void {
    this.inflight--;
    if (ce) this.#backOff();
    else if (this.cwnd < this.ssthresh) this.cwnd += 1;
    else this.cwnd += 1 / this.cwnd;
    this.#send();
  }

  #onLoss(): void {
    this.inflight--;
    this.#backOff();
    this.#send();
  }
}

/** A sparse flow: one small UDP frame every `gapNs` from `port`. */
export function sparseFlow(b: Bottleneck, port: number, gapNs: number, bytes = 100): void {
  const tick = () => {
    b.queue.receive(send(b, port, { bytes, proto: 17 }));
    b.cal.after(gapNs, tick);
  };
  b.cal.schedule(gapNs, tick);
}

export function mean(xs: number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, c) => a - c);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}
