// FQ-CoDel (RFC 8290, as Linux's sch_fq_codel): frames are hashed by flow
// (ecn.ts's flowHash, perturbed from the scenario seed) into `flows`
// queues, each run by its own CoDel (codel.ts) with shared parameters.
// Deficit round robin with a `quantum` of bytes serves them; a flow that
// becomes active goes on the new-flows list and is served before the old
// ones, so a sparse flow (a ping, a DNS query, a TCP handshake) waits for
// at most one quantum of each other new flow, not behind the bulk backlog.
// At the packet or memory limit it drops from the head of the flow with the
// largest backlog, up to 64 frames or half of its bytes.

import { FQ_CODEL_DEFAULTS, type FqCodelQueueOptions } from '../sim/queue-config.js';
import type { RandomStream } from '../sim/random.js';
import { codelDequeue, type CodelHost, type CodelParams, codelParams, CodelVars } from './codel.js';
import { flowHash } from './ecn.js';
import type { Frame } from './frame.js';
import { FrameFifo, type QueuedFrame } from './frame-fifo.js';
import { type Clock, QueueBase, type QueueLimits, queueLimits } from './queue.js';

export type { FqCodelQueueOptions } from '../sim/queue-config.js';

const DROP_BATCH = 64;

class FlowQueue {
  readonly fifo = new FrameFifo();
  readonly vars = new CodelVars();
  deficit = 0;
  /** Which list holds it: none (inactive), new or old. */
  list: 'none' | 'new' | 'old' = 'none';
  /** The queue's view for this flow's CoDel, made on first use. */
  host: CodelHost | undefined;

  constructor(readonly index: number) {}
}

export class FqCodelQueue extends QueueBase {
  readonly kind = 'fq_codel' as const;
  readonly quantumBytes: number;
  readonly params: CodelParams;
  readonly #flows: FlowQueue[];
  readonly #perturbation: number;
  #newFlows: FlowQueue[] = [];
  #oldFlows: FlowQueue[] = [];
  #packets = 0;
  #bytes = 0;
  #limits: Required<QueueLimits>;

  constructor(options: FqCodelQueueOptions, name: string, clock: Clock, random: RandomStream) {
    super(name, clock);
    this.#limits = queueLimits(options, 'fq_codel', name);
    this.quantumBytes = options.quantumBytes ?? FQ_CODEL_DEFAULTS.quantumBytes;
    const flows = options.flows ?? FQ_CODEL_DEFAULTS.flows;
    if (!(Number.isInteger(flows) && flows >= 1 && flows <= 65536)) throw new RangeError(`queue ${name}: flows must be an integer from 1 to 65536, got ${flows}`);
    if (!(Number.isInteger(this.quantumBytes) && this.quantumBytes >= 64)) throw new RangeError(`queue ${name}: quantum must be at least 64 bytes, got ${this.quantumBytes}`);
    this.params = codelParams(options, 'fq_codel', name);
    this.#flows = Array.from({ length: flows }, (_, i) => new FlowQueue(i));
    this.#perturbation = random.nextUint32();
  }

  get limitPackets(): number {
    return this.#limits.limitPackets;
  }

  get limitBytes(): number {
    return this.#limits.limitBytes;
  }

  /** New limits; a backlog above them is cut at the next arrival, from the fattest flow. */
  setLimits(limits: QueueLimits): void {
    this.#limits = queueLimits(limits, 'fq_codel', this.name);
  }

  get depthPackets(): number {
    return this.#packets;
  }

  get depthBytes(): number {
    return this.#bytes;
  }

  /** The flow queue a frame goes to. */
  flowOf(frame: Frame): number {
    return flowHash(frame.bytes, this.#perturbation) % this.#flows.length;
  }

  protected admit(frame: Frame): void {
    const flow = this.#flows[this.flowOf(frame)]!;
    flow.fifo.push(frame, this.clock.now);
    this.#packets++;
    this.#bytes += frame.bytes.length;
    if (flow.list === 'none') {
      flow.list = 'new';
      flow.deficit = this.quantumBytes;
      this.#newFlows.push(flow);
    }
    if (this.#packets > this.limitPackets || this.#bytes > this.limitBytes) {
      const victim = this.#dropFromFattest();
      // Linux counts the arrival as dropped when it came from the flow hit.
      if (victim === flow && flow.fifo.packets === 0) return;
    }
    this.accepted(frame);
  }

  dequeue(): Frame | undefined {
    for (;;) {
      const list = this.#newFlows.length > 0 ? this.#newFlows : this.#oldFlows;
      const flow = list[0];
      if (!flow) return undefined;
      if (flow.deficit <= 0) {
        flow.deficit += this.quantumBytes;
        list.shift();
        flow.list = 'old';
        this.#oldFlows.push(flow);
        continue;
      }
      const item = codelDequeue(this.clock.now, flow.vars, this.params, this.#hostFor(flow));
      if (!item) {
        list.shift();
        // An emptied new flow goes to the old list once, so it cannot jump the queue by going idle and back.
        if (list === this.#newFlows && this.#oldFlows.length > 0) {
          flow.list = 'old';
          this.#oldFlows.push(flow);
        } else {
          flow.list = 'none';
        }
        continue;
      }
      flow.deficit -= item.frame.bytes.length;
      return this.departed(item.frame, item.enqueuedNs);
    }
  }

  #take(flow: FlowQueue): QueuedFrame | undefined {
    const item = flow.fifo.shift();
    if (item) {
      this.#packets--;
      this.#bytes -= item.frame.bytes.length;
    }
    return item;
  }

  #hostFor(flow: FlowQueue): CodelHost {
    flow.host ??= {
      take: () => this.#take(flow),
      backlogBytes: () => this.#bytes,
      drop: (item) => this.dropped(item.frame, 'codel', this.clock.now - item.enqueuedNs),
      mark: (item) => this.setCe(item.frame, 'codel'),
    };
    return flow.host;
  }

  /** Linux's fq_codel_drop: from the head of the flow with most bytes, up to 64 frames or half its bytes. */
  #dropFromFattest(): FlowQueue {
    let fattest = this.#flows[0]!;
    for (const f of this.#flows) if (f.fifo.bytes > fattest.fifo.bytes) fattest = f;
    const threshold = fattest.fifo.bytes / 2;
    let droppedBytes = 0;
    for (let i = 0; i < DROP_BATCH && droppedBytes < threshold; i++) {
      const item = this.#take(fattest);
      if (!item) break;
      droppedBytes += item.frame.bytes.length;
      this.dropped(item.frame, 'fq-overflow');
    }
    return fattest;
  }
}
