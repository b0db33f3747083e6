// The results folder of a run: the resolved scenario, per-flow traces, plots,
// the summary (JSON for pandas and scripts, a table for people) and the
// digest over every simulation-only file. pcaps and console logs are written
// during the run by their own writers.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { OutputError } from '../errors.js';
import { join } from 'node:path';
import type { ThroughputSample } from '../net/throughput-meter.js';
import type { ActionRecord, RunIdentity } from './outcome-records.js';
import { outputFile } from '../scenario/output-files.js';
import type { ResolvedScenario } from '../scenario/types.js';
import { actionOutputs } from './action-outputs.js';
import { digestDir } from './digest.js';
import { recordResultsFiles } from './results-marker.js';
import { type FlowSample, flowTraceCsv, formatSeconds } from './flow-trace.js';
import { renderLinePlot } from './svg-plot.js';
import { finishTimeline } from './timeline.js';
import { flowMetrics } from './flow-metrics.js';
import { resolvedScenarioJson } from './resolved-scenario.js';
import { type RequestResponseOutcome, requestResponseMetrics, requestResponseTraceCsv } from './request-response-trace.js';
import { type UdpFlowOutcome, udpFlowSummary, udpFlowTraceCsv } from './udp-flow-trace.js';

export interface FlowOutcome {
  id: string;
  samples: FlowSample[];
  sentBytes: number | undefined;
  receivedBytes: number | undefined;
}

export interface QueueOutcome {
  id: string;
  enqueued: number;
  drops: number;
  lossDrops: number;
  maxDepthPackets: number;
  /** Of `drops`, those of the policer in front of the queue; absent without one. */
  policerDrops?: number;
}

export interface RunOutcome {
  scenario: ResolvedScenario;
  status: 'completed' | 'stopped' | 'failed';
  reason: string | undefined;
  /** The signal that stopped the run, when one did. */
  signal?: NodeJS.Signals | undefined;
  /** Things a completed run did not do as asked (an action that never finished), each named. */
  warnings?: string[];
  /** The QEMU build and images used; in summary.json, not in the digest. */
  identity?: RunIdentity;
  /** Simulated time reached, and when the experiment's clock started (every guest ready). */
  simulatedNs: number;
  epochNs: number | undefined;
  wallSeconds: number;
  rounds: number;
  /** How the run went on this machine (summary.json only): for benchmarks and for a user asking where the time went. */
  performance?: RunPerformance;
  kernelReleases: (string | undefined)[];
  /** Per host: guest frames dropped because they were over 64 KiB (none from a guest at a normal MTU). */
  framesDropped?: number[];
  flows: FlowOutcome[];
  /** Absent for scenarios without UDP flows. */
  udpFlows?: UdpFlowOutcome[];
  /** Absent for scenarios without request/response workloads. */
  requestResponse?: RequestResponseOutcome[];
  queues: QueueOutcome[];
  /** Scenario actions in file order, with what the guest answered. */
  actions: ActionRecord[];
  /** Links with a throughput trace, binned from the experiment's time 0. */
  throughput: LinkThroughputOutcome[];
}

export interface RunPerformance {
  /** Wall seconds until every guest was ready (the experiment's time 0). */
  bootWallSeconds: number | undefined;
  /** Per host: sync points its VM reported. */
  /** The VMs the next two lists are by; the hosts' names when every host is a VM of its own. */
  vmNames?: string[];
  syncPoints: number[];
  /** Per host: CPU seconds its QEMU used (undefined if it was gone before it could be read). */
  qemuCpuSeconds: (number | undefined)[];
  orchestratorCpuSeconds: number;
}

export interface LinkThroughputOutcome {
  link: string;
  binNs: number;
  /** With a schedule, `scheduledBps`: the rate in force over each bin, on average. */
  directions: { id: string; samples: ThroughputSample[]; scheduledBps?: number[] }[];
}

/**
 * One row per bin, one column per direction, in bit/s: ready for pandas.
 * A direction with a schedule adds a column `<id>_scheduled_bps` at the end.
 */
export function linkThroughputCsv(t: LinkThroughputOutcome): string {
  const scheduled = t.directions.filter((d) => d.scheduledBps);
  const rows = [['time_s', ...t.directions.map((d) => `${d.id}_bps`), ...scheduled.map((d) => `${d.id}_scheduled_bps`)].join(',')];
  const n = Math.max(0, ...t.directions.map((d) => d.samples.length));
  for (let i = 0; i < n; i++) {
    rows.push([formatSeconds(i * t.binNs), ...t.directions.map((d) => String(d.samples[i]?.bps ?? 0)), ...scheduled.map((d) => String(d.scheduledBps![i] ?? ''))].join(','));
  }
  return `${rows.join('\n')}\n`;
}

export interface FlowSummary {
  id: string;
  goodput_bps: number;
  retransmits: number;
  bytes_acked: number;
  samples: number;
}

/** Goodput over the sampled span: acknowledged bytes per second. */
export function flowSummary(f: FlowOutcome): FlowSummary {
  const first = f.samples[0];
  const last = f.samples[f.samples.length - 1];
  const spanNs = first && last ? last.timeNs - first.timeNs : 0;
  return {
    id: f.id,
    goodput_bps: first && last && spanNs > 0 ? Math.round(((last.bytesAcked - first.bytesAcked) * 8 * 1e9) / spanNs) : 0,
    retransmits: last?.totalRetrans ?? 0,
    bytes_acked: last?.bytesAcked ?? 0,
    samples: f.samples.length,
  };
}

/** Throughput per interval from successive bytes_acked samples, in Mbit/s. */
function throughputSeries(samples: FlowSample[], originNs: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 1; i < samples.length; i++) {
    const a = samples[i - 1]!;
    const b = samples[i]!;
    const dt = b.timeNs - a.timeNs;
    if (dt > 0) out.push([(b.timeNs - originNs) / 1e9, ((b.bytesAcked - a.bytesAcked) * 8 * 1e3) / dt]);
  }
  return out;
}

function put(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (err) {
    throw new OutputError(path, err);
  }
}

function makeDir(path: string, options: { recursive: true }): void {
  try {
    mkdirSync(path, options);
  } catch (err) {
    throw new OutputError(path, err);
  }
}

/** Writes every results file; an OutputError names the first that could not be written. */
export function writeResults(out: string, r: RunOutcome): { digest: string; summary: Record<string, unknown> } {
  const origin = r.epochNs ?? 0;
  makeDir(join(out, 'traces'), { recursive: true });
  makeDir(join(out, 'plots'), { recursive: true });
  put(join(out, 'resolved-scenario.json'), resolvedScenarioJson(r.scenario, r.identity?.images));
  for (const f of r.flows) put(join(out, outputFile.flowTrace(f.id)), flowTraceCsv(f.samples, origin));
  for (const f of r.udpFlows ?? []) put(join(out, outputFile.flowTrace(f.id)), udpFlowTraceCsv(f, origin));
  for (const w of r.requestResponse ?? []) put(join(out, outputFile.flowTrace(w.id)), requestResponseTraceCsv(w, origin));
  for (const t of r.throughput) put(join(out, outputFile.linkThroughput(t.link)), linkThroughputCsv(t));
  if (r.actions.length > 0) {
    const rows = r.actions.map((a) => ({
      index: a.index,
      host: a.host,
      at_ns: a.atNs,
      done_ns: a.doneNs ?? null,
      kind: a.kind,
      what: a.what,
      status: a.status ?? null,
      error: a.error ?? null,
      stdout: a.stdout,
      stderr: a.stderr,
      // Only when set, so other runs' actions.json (and digest) stays as it was.
      ...(a.truncated ? { truncated: true } : {}),
      ...(a.timedOut ? { timed_out: true } : {}),
    }));
    put(join(out, 'actions.json'), `${JSON.stringify(rows, null, 2)}\n`);
  }
  put(
    join(out, 'plots', 'cwnd.svg'),
    renderLinePlot({
      title: `${r.scenario.name}: congestion window`,
      xLabel: 'time since start (s)',
      yLabel: 'cwnd (segments)',
      series: r.flows.map((f) => ({ label: f.id, points: f.samples.map((s) => [(s.timeNs - origin) / 1e9, s.cwndSegments] as [number, number]) })),
    }),
  );
  put(
    join(out, 'plots', 'throughput.svg'),
    renderLinePlot({
      title: `${r.scenario.name}: throughput (acknowledged)`,
      xLabel: 'time since start (s)',
      yLabel: 'Mbit/s',
      series: r.flows.map((f) => ({ label: f.id, points: throughputSeries(f.samples, origin) })),
    }),
  );
  const sim = {
    status: r.status,
    reason: r.reason ?? null,
    simulated_ns: r.simulatedNs,
    experiment_start_ns: r.epochNs ?? null,
    flows: r.flows.map(flowSummary),
    // Only when there are some, so other scenarios' outcome.json (and digest) stays as it was.
    ...(r.udpFlows ? { udp_flows: r.udpFlows.map((f) => udpFlowSummary(r.scenario.udpFlows!.find((x) => x.id === f.id)!, f)) } : {}),
    ...(r.requestResponse ? { request_response: r.requestResponse.map((w) => ({ id: w.id, requests: w.requests, completed: w.completed.length, served: w.served ?? null })) } : {}),
    queues: r.queues.map((q) => ({ id: q.id, drops: q.drops, loss_drops: q.lossDrops, enqueued: q.enqueued, max_depth_packets: q.maxDepthPackets, ...(q.policerDrops === undefined ? {} : { policer_drops: q.policerDrops }) })),
    hosts: r.scenario.hosts.map((h, i) => ({ name: h.name, kernel: h.kernel, kernel_release: r.kernelReleases[i] ?? null, frames_dropped: r.framesDropped?.[i] ?? 0 })),
  };
  put(join(out, 'outcome.json'), `${JSON.stringify(sim, null, 2)}\n`);
  if (r.scenario.timeline && existsSync(join(out, outputFile.timeline))) finishTimeline(join(out, outputFile.timeline), r);
  const digest = digestDir(out);
  put(join(out, 'digest.txt'), `${digest}\n`);
  // Guest-made, bounded before parsing; refusals are warnings of this summary only (outcome.json and the digest are unchanged).
  const outputs = actionOutputs(r.scenario.actions, r.actions);
  const warnings = [...(r.warnings ?? []), ...outputs.warnings];
  const simulatedS = r.epochNs === undefined ? r.simulatedNs / 1e9 : (r.simulatedNs - r.epochNs) / 1e9;
  const summary = {
    scenario: r.scenario.name,
    digest,
    ...sim,
    warnings,
    // Not in outcome.json: derived figures, so adding them moved no digest.
    flow_metrics: {
      ...flowMetrics(r.scenario, r.epochNs, r.flows, sim.flows.map((f) => f.goodput_bps)),
      ...(r.requestResponse ? { request_response: r.requestResponse.map(requestResponseMetrics) } : {}),
    },
    ...outputs.fields,
    wall_s: Number(r.wallSeconds.toFixed(3)),
    slowdown: slowdownOf(r),
    experiment_s: Number(simulatedS.toFixed(9)),
    rounds: r.rounds,
    performance: r.performance
      ? {
          boot_wall_s: r.performance.bootWallSeconds === undefined ? null : Number(r.performance.bootWallSeconds.toFixed(3)),
          sync_points: Object.fromEntries((r.performance.vmNames ?? r.scenario.hosts.map((h) => h.name)).map((name, i) => [name, r.performance!.syncPoints[i] ?? 0])),
          qemu_cpu_s: Object.fromEntries((r.performance.vmNames ?? r.scenario.hosts.map((h) => h.name)).map((name, i) => [name, r.performance!.qemuCpuSeconds[i] ?? null])),
          orchestrator_cpu_s: Number(r.performance.orchestratorCpuSeconds.toFixed(3)),
        }
      : null,
    scenario_file: r.scenario.file,
    identity: r.identity ?? null,
  };
  put(join(out, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  put(join(out, 'summary.txt'), summaryTable(summary.flows, summary.queues, { ...r, warnings }, digest));
  // Last: every file now in the folder is cosim's, and a rerun may replace exactly these.
  recordResultsFiles(out);
  return { digest, summary };
}

/** Wall seconds per simulated second; undefined below a millisecond of simulated time, where it means nothing. */
function slowdownOf(r: RunOutcome): number | null {
  return r.simulatedNs >= 1_000_000 ? Number((r.wallSeconds / (r.simulatedNs / 1e9)).toFixed(3)) : null;
}

function summaryUdp(r: RunOutcome): string[] {
  if (!r.udpFlows) return [];
  const rows = r.udpFlows.map((f) => udpFlowSummary(r.scenario.udpFlows!.find((x) => x.id === f.id)!, f));
  return [
    'UDP flow          sent (Mbit/s)  received (Mbit/s)    sent  received    lost',
    ...rows.map((u) => `${u.id.padEnd(16)}${(u.sent_bps / 1e6).toFixed(3).padStart(15)}${(u.received_bps / 1e6).toFixed(3).padStart(19)}${String(u.sent_datagrams).padStart(8)}${String(u.received_datagrams).padStart(10)}${String(u.lost_datagrams).padStart(8)}`),
    '',
  ];
}

function summaryRequests(r: RunOutcome): string[] {
  if (!r.requestResponse) return [];
  const ms = (x: number | undefined) => (x === undefined ? '-' : (x * 1e3).toFixed(1)).padStart(9);
  return [
    'requests        completed/asked   p50 (ms)  p90 (ms)  p99 (ms)',
    ...r.requestResponse.map(requestResponseMetrics).map((m) => `${m.id.padEnd(16)}${`${m.completed}/${m.requests}`.padStart(15)}  ${ms(m.completion_s?.p50)} ${ms(m.completion_s?.p90)} ${ms(m.completion_s?.p99)}`),
    '',
  ];
}

function summaryTable(flows: FlowSummary[], queues: { id: string; drops: number; enqueued: number }[], r: RunOutcome, digest: string): string {
  const slowdown = slowdownOf(r);
  const lines = [
    `scenario ${r.scenario.name}: ${r.status}${r.reason ? ` (${r.reason})` : ''}`,
    `simulated ${formatSeconds(r.simulatedNs)} s in ${r.wallSeconds.toFixed(1)} s of wall time${slowdown === null ? '' : ` (slowdown ${slowdown.toFixed(2)}x)`}`,
    ...(r.warnings ?? []).map((w) => `warning: ${w}`),
    '',
    'flow            goodput (Mbit/s)  retransmits  acked (MB)',
    ...flows.map((f) => `${f.id.padEnd(16)}${(f.goodput_bps / 1e6).toFixed(3).padStart(16)}  ${String(f.retransmits).padStart(11)}  ${(f.bytes_acked / 1e6).toFixed(2).padStart(10)}`),
    '',
    ...summaryUdp(r),
    ...summaryRequests(r),
    'queue                              enqueued     drops',
    ...queues.map((q) => `${q.id.padEnd(32)}${String(q.enqueued).padStart(11)}${String(q.drops).padStart(10)}`),
    '',
    `digest ${digest}`,
  ];
  return `${lines.join('\n')}\n`;
}
