// One run's merged timeline in the Trace Event Format (JSON array form),
// which Perfetto (ui.perfetto.dev) and chrome://tracing open as is: the
// network's side streamed during the run (frames on each link direction,
// each queue's depth, drops and marks), then at the end the guests' side
// (each flow's TCP_INFO samples: cwnd, ssthresh, RTT, retransmits; each
// action, as a slice from issue to reply). Scroll one timeline to see why
// a flow stalled: its cwnd drop lines up with the queue's drop.
//
// Layout: process 1 is the network, one thread per link direction's frames
// and one per queue; process 100 + i is host i, one thread per flow of
// which it is the sender, thread 0 its actions. Times ("ts", "dur") are in
// microseconds of simulated time since the guests started, as in the pcaps.
// The file is an array written event by event; until the run writes its
// results it lacks the closing "]", which both viewers accept.

import { appendFileSync, readFileSync } from 'node:fs';
import { OutputError } from '../errors.js';
import type { Link } from '../net/link.js';
import type { Queue } from '../net/queue.js';
import type { ScheduledDirection } from '../net/scheduled-direction.js';
import type { ActionRecord } from './outcome-records.js';
import type { Clock } from '../net/queue.js';
import type { ResolvedScenario } from '../scenario/types.js';
import type { FlowSample } from './flow-trace.js';
import type { LineWriter } from './line-writer.js';

export const NETWORK_PID = 1;
export const HOST_PID_BASE = 100;

export interface TraceEvent {
  name: string;
  ph: 'X' | 'i' | 'C' | 'M';
  ts: number;
  pid: number;
  tid?: number;
  cat?: string;
  dur?: number;
  s?: 'g' | 'p' | 't';
  args?: Record<string, string | number>;
}

/** ns to the format's microseconds, exact to the nanosecond. */
export function us(ns: number): number {
  return Number((ns / 1000).toFixed(3));
}

function line(e: TraceEvent): string {
  return `${JSON.stringify(e)},`;
}

function meta(pid: number, tid: number | undefined, what: 'process_name' | 'thread_name', name: string): TraceEvent {
  return { name: what, ph: 'M', ts: 0, pid, ...(tid === undefined ? {} : { tid }), args: { name } };
}

/** The network's side, streamed as it happens into `out` (the file's first line is "["). */
export class NetworkTimeline {
  #nextTid = 1;

  constructor(
    readonly out: LineWriter,
    readonly clock: Clock,
  ) {
    out.line('[');
    out.line(line(meta(NETWORK_PID, undefined, 'process_name', 'network')));
  }

  /**
   * Frames on the wire of one link direction, each a slice from its first
   * bit to its last; with a schedule, each change as an instant on the same
   * thread and the settings as the counter `link <id>`.
   */
  link(id: string, wire: Link, plan?: ScheduledDirection): void {
    const tid = this.#nextTid++;
    this.out.line(line(meta(NETWORK_PID, tid, 'thread_name', `frames ${id}`)));
    plan?.change.subscribe((c) => {
      const ts = us(this.clock.now);
      const args = { rate_bps: c.rateBps, delay_us: us(c.delayNs), loss: c.loss, limit_packets: c.limitPackets };
      this.out.line(line({ name: 'change', cat: 'link', ph: 'i', s: 't', ts, pid: NETWORK_PID, tid, args: { step: c.step, ...args } }));
      this.out.line(line({ name: `link ${id}`, cat: 'link', ph: 'C', ts, pid: NETWORK_PID, args }));
    });
    let startNs = 0;
    wire.txStart.subscribe(() => (startNs = this.clock.now));
    wire.txEnd.subscribe((f) => {
      const e: TraceEvent = { name: 'frame', cat: 'frame', ph: 'X', ts: us(startNs), dur: us(this.clock.now - startNs), pid: NETWORK_PID, tid, args: { bytes: f.bytes.length, id: f.id } };
      this.out.line(line(e));
    });
  }

  /** A queue's depth as a counter, and its drops and marks as instants with their reason. */
  queue(q: Queue): void {
    const tid = this.#nextTid++;
    this.out.line(line(meta(NETWORK_PID, tid, 'thread_name', `queue ${q.name}`)));
    const depth = () => {
      this.out.line(line({ name: `queue ${q.name}`, cat: 'queue', ph: 'C', ts: us(this.clock.now), pid: NETWORK_PID, args: { packets: q.depthPackets, bytes: q.depthBytes } }));
    };
    q.enqueue.subscribe(depth);
    q.dequeueTrace.subscribe(depth);
    q.drop.subscribe(({ frame, reason, sojournNs }) => {
      const args: Record<string, string | number> = { reason, bytes: frame.bytes.length };
      if (sojournNs !== undefined) args.sojourn_us = us(sojournNs);
      this.out.line(line({ name: 'drop', cat: 'queue', ph: 'i', s: 't', ts: us(this.clock.now), pid: NETWORK_PID, tid, args }));
      depth();
    });
    q.mark.subscribe(({ frame, reason }) => {
      this.out.line(line({ name: 'mark', cat: 'queue', ph: 'i', s: 't', ts: us(this.clock.now), pid: NETWORK_PID, tid, args: { reason, bytes: frame.bytes.length } }));
    });
  }
}

export interface GuestTimelineInput {
  scenario: ResolvedScenario;
  epochNs: number | undefined;
  flows: { id: string; samples: FlowSample[] }[];
  actions: ActionRecord[];
}

/** The guests' side of the timeline, and the closing event and "]". */
export function guestTimelineEvents(r: GuestTimelineInput): TraceEvent[] {
  const events: TraceEvent[] = [];
  r.scenario.hosts.forEach((h, i) => {
    events.push(meta(HOST_PID_BASE + i, undefined, 'process_name', `host ${h.name}`));
    events.push(meta(HOST_PID_BASE + i, 0, 'thread_name', 'actions'));
  });
  r.scenario.flows.forEach((f, k) => {
    const pid = HOST_PID_BASE + f.from;
    const tid = k + 1;
    events.push(meta(pid, tid, 'thread_name', `flow ${f.id}`));
    const samples = r.flows.find((x) => x.id === f.id)?.samples ?? [];
    let retrans = 0;
    for (const s of samples) {
      const ts = us(s.timeNs);
      const cwnd: Record<string, number> = { cwnd: s.cwndSegments };
      if (s.ssthreshSegments < 0x7fffffff) cwnd.ssthresh = s.ssthreshSegments;
      events.push({ name: `cwnd ${f.id}`, cat: 'tcp', ph: 'C', ts, pid, args: cwnd });
      events.push({ name: `rtt ${f.id}`, cat: 'tcp', ph: 'C', ts, pid, args: { rtt_us: s.rttUs, rttvar_us: s.rttvarUs } });
      events.push({ name: `retransmits ${f.id}`, cat: 'tcp', ph: 'C', ts, pid, args: { total: s.totalRetrans } });
      if (s.totalRetrans > retrans) events.push({ name: 'retransmit', cat: 'tcp', ph: 'i', s: 't', ts, pid, tid, args: { new: s.totalRetrans - retrans, total: s.totalRetrans } });
      retrans = s.totalRetrans;
    }
  });
  if (r.epochNs !== undefined) {
    for (const a of r.actions) {
      const host = r.scenario.hosts.findIndex((h) => h.name === a.host);
      const ts = us(r.epochNs + a.atNs);
      const args: Record<string, string | number> = { kind: a.kind };
      if (a.status !== undefined) args.status = a.status;
      if (a.error !== undefined) args.error = a.error;
      const e: TraceEvent =
        a.doneNs === undefined
          ? { name: a.what, cat: 'action', ph: 'i', s: 't', ts, pid: HOST_PID_BASE + host, tid: 0, args }
          : { name: a.what, cat: 'action', ph: 'X', ts, dur: us(a.doneNs - a.atNs), pid: HOST_PID_BASE + host, tid: 0, args };
      events.push(e);
    }
    events.push({ name: 'experiment start', cat: 'run', ph: 'i', s: 'g', ts: us(r.epochNs), pid: NETWORK_PID, tid: 0 });
  }
  return events;
}

/** Appends the guests' side and closes the array the network side opened at `path`. */
export function finishTimeline(path: string, r: GuestTimelineInput): void {
  // Closed already (results written once on a forced exit, then again): leave it.
  if (readFileSync(path, 'utf8').endsWith(']\n')) return;
  const events = guestTimelineEvents(r);
  const last = events.pop() ?? meta(NETWORK_PID, 0, 'thread_name', 'run');
  const text = `${[...events.map(line), JSON.stringify(last)].join('\n')}\n]\n`;
  try {
    appendFileSync(path, text);
  } catch (err) {
    throw new OutputError(path, err);
  }
}
