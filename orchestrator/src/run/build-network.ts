// Turns a scenario's links and switches into network entities. Each link
// direction is: an optional policer (net/token-bucket.ts) -> a queue
// (net/queue-factory.ts builds its kind) -> link
// (serialization, propagation, optional jitter and loss: a receive error
// model, as in ns-3, so a lost frame was still on the wire) -> whatever is at
// the far end: a host's NIC or a switch port. A switch's egress port is the
// queue of the link direction leaving it, which is where a real switch
// buffers too. One pcap per link records both directions as frames start
// onto the wire.
//
// A host's NICs are given (run/vm-lane.ts's GuestNic): each is the far end
// of the link into it, which hands it each frame as soon as the frame's
// arrival is known, and the near end of the link out of it, whose queue it
// feeds. The network is also an input source for the engine: from the links
// into a VM's NICs it knows how soon a frame not yet handed over could reach
// it.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { OutputError } from '../errors.js';
import { BernoulliLoss } from '../net/bernoulli-loss.js';
import { DelayJitter } from '../net/delay-jitter.js';
import { DeliveryTrace, parseMahimahiTrace } from '../net/delivery-trace.js';
import type { FrameSink, L2Device, TimedFrameSink } from '../net/frame.js';
import { GilbertElliottLoss } from '../net/gilbert-elliott-loss.js';
import { Hub } from '../net/hub.js';
import { LearningSwitch } from '../net/learning-switch.js';
import { Link } from '../net/link.js';
import { LinkSchedule } from '../net/link-schedule.js';
import type { LossModel } from '../net/loss-model.js';
import { PcapMeter } from '../net/pcap-meter.js';
import { QueueMeter } from '../net/queue-meter.js';
import { ScheduledDirection } from '../net/scheduled-direction.js';
import type { Queue } from '../net/queue.js';
import { createQueue } from '../net/queue-factory.js';
import { ThroughputMeter } from '../net/throughput-meter.js';
import { TokenBucket } from '../net/token-bucket.js';
import { LineWriter } from '../results/line-writer.js';
import { PcapWriter } from '../results/pcap-writer.js';
import { queueChangeRow, queueTraceHeader, queueTraceRow } from '../results/queue-trace.js';
import { NetworkTimeline } from '../results/timeline.js';
import { outputFile } from '../scenario/output-files.js';
import { DEFAULT_MTU, maxFrameBytes } from '../scenario/sections/mtu.js';
import type { ResolvedDirection, ResolvedLoss, ResolvedScenario, ResolvedTrace } from '../scenario/types.js';
import type { Calendar } from '../sim/calendar.js';
import type { InputSource, SyncView } from '../sim/conservative-sync.js';
import { type RandomStream, streamFor } from '../sim/random.js';
import { captureLink, type CaptureEnv, capturePorts } from './network-captures.js';

/** A host's NIC as the network sees it: the far end of its inbound link and the near end of its outbound one. */
export interface HostNic extends TimedFrameSink {
  /** The VM the NIC is in. */
  readonly vm: number;
  /** The queue in front of the link leaving the NIC. */
  connect(uplink: FrameSink): void;
}

export interface QueueReport {
  id: string;
  queue: Queue;
  lossDrops: () => number;
}

export interface LinkThroughput {
  link: string;
  /** One meter per direction, in the link's direction order, with its schedule when it has one. */
  meters: { id: string; meter: ThroughputMeter; schedule?: LinkSchedule }[];
}

export interface ScenarioNetwork extends InputSource {
  queues: QueueReport[];
  throughput: LinkThroughput[];
  /** The experiment starts: link schedules count from `epochNs`. */
  start(epochNs: number): void;
  close(): void;
}

export function buildNetwork(
  scenario: ResolvedScenario,
  calendar: Calendar,
  /** Each host's NICs, in its `nics` order. */
  hostNics: readonly (readonly HostNic[])[],
  /** The results folder; pcaps go to its pcap/ folder, which must exist. */
  outDir: string,
  onOutputError: (err: OutputError) => void,
): ScenarioNetwork {
  const writers: { close(): void }[] = [];
  const capture: CaptureEnv = { calendar, outDir, onOutputError, writers };
  const timelineFile = scenario.timeline ? new LineWriter(join(outDir, outputFile.timeline), onOutputError) : undefined;
  if (timelineFile) writers.push(timelineFile);
  const timeline = timelineFile && new NetworkTimeline(timelineFile, calendar);
  const devices: L2Device[] = scenario.switches.map((w) =>
    capturePorts(capture, scenario, w, w.kind === 'hub' ? new Hub(w.name) : new LearningSwitch(calendar, { agingNs: w.agingNs }, w.name)),
  );
  const queues: QueueReport[] = [];
  const throughput: LinkThroughput[] = [];
  const scheduled: ScheduledDirection[] = [];
  const traces: DeliveryTrace[] = [];
  /** The links into each VM's NICs, and the VM at their near end when a host is there (its outputs are all they carry). */
  const inbound: { wire: Link; fromVm: number | undefined }[][] = [];
  const nicOf = (end: { index: number; nic: number }): HostNic => hostNics[end.index]![end.nic]!;

  for (const link of scenario.links) {
    const writer = link.pcap ? new PcapWriter(join(outDir, outputFile.linkPcap(link.name)), onOutputError) : undefined;
    if (writer) writers.push(writer);
    const queueTrace = link.queueTrace ? new LineWriter(join(outDir, outputFile.queueTrace(link.name)), onOutputError) : undefined;
    if (queueTrace) writers.push(queueTrace);
    queueTrace?.line(queueTraceHeader());
    const meters: LinkThroughput['meters'] = [];
    const built = link.directions.map((d) => {
      const queue = createQueue(d.queue, d.id, { clock: calendar, seed: scenario.seed, rateBps: d.rateBps, maxFrameBytes: maxFrameBytes(link.mtu ?? DEFAULT_MTU) });
      if (d.policer) queue.policer = new TokenBucket(d.policer, d.id);
      const channel = channelOf(scenario.seed, d);
      const trace = d.trace && deliveryTrace(scenario.file, d.trace, maxFrameBytes(link.mtu ?? DEFAULT_MTU), d.id);
      if (trace) traces.push(trace);
      const wire = new Link(calendar, { rateBps: d.rateBps, delayNs: d.delayNs, ...channel, ...(d.aggregate ? { aggregation: d.aggregate } : {}), ...(trace ? { trace } : {}) }, d.id).pullFrom(queue);
      const plan = channel.schedule && new ScheduledDirection(calendar, channel.schedule, queue);
      if (plan) scheduled.push(plan);
      if (writer) new PcapMeter(calendar, wire.txStart, writer, `pcap:${d.id}`);
      if (link.throughputIntervalNs > 0) meters.push({ id: d.id, meter: new ThroughputMeter(calendar, d.aggregate ? wire.release : wire.rx, link.throughputIntervalNs, `throughput:${d.id}`), ...(channel.schedule ? { schedule: channel.schedule } : {}) });
      if (queueTrace) new QueueMeter(calendar, queue, (e) => queueTrace.line(queueTraceRow(e)));
      if (queueTrace && plan) plan.change.subscribe((e) => queueTrace.line(queueChangeRow(calendar.now, queue, e)));
      timeline?.link(d.id, wire, plan);
      timeline?.queue(queue);
      return { d, queue, wire };
    });
    if (meters.length > 0) throughput.push({ link: link.name, meters });
    if (link.capture) writers.push(captureLink(capture, link.name, link.capture, built));
    for (const [i, { d, queue, wire }] of built.entries()) {
      // The sink at this direction's far end; a switch port's egress is the
      // queue of the opposite direction, which leaves the switch.
      const back = built[1 - i]!.queue;
      const farEnd: FrameSink | TimedFrameSink = d.to.kind === 'host' ? nicOf(d.to) : devices[d.to.index]!.attach(back);
      wire.connect(farEnd);
      if (d.to.kind === 'host') (inbound[nicOf(d.to).vm] ??= []).push({ wire, fromVm: d.from.kind === 'host' ? nicOf(d.from).vm : undefined });
      if (d.from.kind === 'host') nicOf(d.from).connect(queue);
      queues.push({ id: d.id, queue, lossDrops: () => wire.lossDrops });
    }
  }

  return {
    queues,
    throughput,
    start: (epochNs) => {
      scheduled.forEach((p) => p.start(epochNs));
      traces.forEach((t) => t.start(epochNs));
    },
    close: () => writers.forEach((w) => w.close()),
    // A frame not handed over yet starts on its link no sooner than the safe
    // time, or than the next output of the host at the link's near end.
    earliestNewInputNs: (lane: number, view: SyncView) => {
      let earliest = Infinity;
      for (const { wire, fromVm } of inbound[lane] ?? []) {
        const startNs = fromVm === undefined ? view.safeNs : Math.max(view.safeNs, view.nextOutputNs(fromVm));
        earliest = Math.min(earliest, wire.earliestUnsentArrivalNs(startNs));
      }
      return earliest;
    },
  };
}

/**
 * The direction's jitter, loss and schedule. Jitter draws from its own
 * stream; the loss models (the first, and each step's) share one, so a
 * step changes the law of the draws, not where they come from.
 */
function channelOf(seed: number, d: ResolvedDirection): { jitter?: DelayJitter; loss?: LossModel; schedule?: LinkSchedule } {
  const rng = d.loss || d.schedule?.steps.some((s) => s.loss) ? streamFor(seed, `loss:${d.id}`) : undefined;
  const loss = d.loss && lossModel(d.loss, rng!, d.id);
  const jitter = d.jitterNs > 0 ? new DelayJitter({ maxJitterNs: d.jitterNs, allowReorder: d.reorder }, streamFor(seed, `jitter:${d.id}`), d.id) : undefined;
  const schedule =
    d.schedule &&
    new LinkSchedule(
      { rateBps: d.rateBps, delayNs: d.delayNs, loss },
      {
        steps: d.schedule.steps.map(({ atNs, rateBps, delayNs, loss: l, queue }) => ({ atNs, rateBps, delayNs, loss: l && lossModel(l, rng!, d.id), queue })),
        ...(d.schedule.repeatNs ? { periodNs: d.schedule.repeatNs } : {}),
      },
      d.id,
    );
  return { ...(jitter ? { jitter } : {}), ...(loss ? { loss } : {}), ...(schedule ? { schedule } : {}) };
}

function lossModel(l: ResolvedLoss, rng: RandomStream, name: string): BernoulliLoss | GilbertElliottLoss {
  return l.kind === 'bernoulli' ? new BernoulliLoss({ lossProbability: l.lossProbability }, rng, name) : new GilbertElliottLoss({ p: l.p, r: l.r, lossInGood: l.lossInGood, lossInBad: l.lossInBad }, rng, name);
}

/** The direction's Mahimahi trace, read again and refused if it changed since the scenario was compiled. */
function deliveryTrace(scenarioFile: string, t: ResolvedTrace, bytesPerOpportunity: number, name: string): DeliveryTrace {
  const path = resolve(dirname(resolve(scenarioFile)), t.source);
  const bytes = readFileSync(path);
  if (createHash('sha256').update(bytes).digest('hex') !== t.sha256) throw new Error(`the trace ${path} of ${name} changed since the scenario was checked; run it again`);
  const parsed = parseMahimahiTrace(bytes.toString('utf8'));
  if (!parsed.ok) throw new Error(`the trace ${path} of ${name}: ${parsed.message}`);
  return new DeliveryTrace({ opportunitiesMs: parsed.opportunitiesMs, bytesPerOpportunity }, name);
}
