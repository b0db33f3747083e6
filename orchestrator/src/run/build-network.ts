// Turns a scenario's links into network entities: per direction a drop-tail
// queue feeding a link, then the loss model (a receive error model, as in
// ns-3: a lost frame was still on the wire), then the far host's NIC. One
// pcap per link records both directions as frames start onto the wire.

import { join } from 'node:path';
import { BernoulliLoss } from '../net/bernoulli-loss.js';
import { DropTailQueue } from '../net/drop-tail-queue.js';
import type { FrameSink } from '../net/frame.js';
import { GilbertElliottLoss } from '../net/gilbert-elliott-loss.js';
import { Link } from '../net/link.js';
import { PcapMeter } from '../net/pcap-meter.js';
import { PcapWriter } from '../results/pcap-writer.js';
import type { ResolvedScenario } from '../scenario/types.js';
import type { Calendar } from '../sim/calendar.js';
import { streamFor } from '../sim/random.js';

export interface QueueReport {
  id: string;
  queue: DropTailQueue;
  lossDrops: () => number;
}

export interface ScenarioNetwork {
  /** A frame host `host`'s NIC produced at the calendar's current time. */
  fromHost(host: number, bytes: Uint8Array): void;
  queues: QueueReport[];
  /** Frames from hosts with no link. */
  unroutedFrames: number;
  close(): void;
}

export function buildNetwork(
  scenario: ResolvedScenario,
  calendar: Calendar,
  toHost: (host: number, bytes: Uint8Array) => void,
  pcapDir: string,
): ScenarioNetwork {
  const entries = new Map<number, DropTailQueue>();
  const queues: QueueReport[] = [];
  const writers: PcapWriter[] = [];
  let frameId = 0;
  for (const link of scenario.links) {
    const writer = link.pcap ? new PcapWriter(join(pcapDir, `${link.name}.pcap`)) : undefined;
    if (writer) writers.push(writer);
    for (const d of link.directions) {
      const queue = new DropTailQueue(d.queue, d.id);
      const wire = new Link(calendar, { rateBps: d.rateBps, delayNs: d.delayNs }, d.id).pullFrom(queue);
      const nic: FrameSink = { receive: (f) => toHost(d.to, f.bytes) };
      let lossDrops = () => 0;
      if (d.loss) {
        const rng = streamFor(scenario.seed, `loss:${d.id}`);
        const loss =
          d.loss.kind === 'bernoulli'
            ? new BernoulliLoss({ lossProbability: d.loss.lossProbability }, rng, d.id)
            : new GilbertElliottLoss(d.loss, rng, d.id);
        loss.connect(nic);
        wire.connect(loss);
        lossDrops = () => loss.dropped;
      } else {
        wire.connect(nic);
      }
      if (writer) new PcapMeter(calendar, wire.txStart, writer, `pcap:${d.id}`);
      entries.set(d.from, queue);
      queues.push({ id: d.id, queue, lossDrops });
    }
  }
  const net: ScenarioNetwork = {
    fromHost: (host, bytes) => {
      const q = entries.get(host);
      if (q) q.receive({ bytes, id: frameId++ });
      else net.unroutedFrames++;
    },
    queues,
    unroutedFrames: 0,
    close: () => writers.forEach((w) => w.close()),
  };
  return net;
}
