// The side-by-side outputs of a validation, pure functions of both sides'
// results: comparison.csv (one row per flow and metric, for pandas),
// comparison.json (the same plus digests, ns-3's settings and the
// differences), overlaid cwnd and throughput plots, and report.html in the
// study report's style.

import type { ResolvedScenario } from '../scenario/types.js';
import { csvCell, csvTable, escapeHtml, reportPage, svgFigure } from '../results/html-report.js';
import { renderLinePlot, type PlotSeries } from '../results/svg-plot.js';
import type { Difference } from './differences.js';
import type { FlowFigures, TracePoint } from './flow-figures.js';

export interface SideResults {
  /** "cosim" or "ns-3". */
  label: string;
  digest: string;
  /** Results folder, relative to the validation folder. */
  folder: string;
  flows: { id: string; points: TracePoint[]; metrics: FlowFigures }[];
  /** Queue and random-loss drops over every link direction. */
  drops: number;
}

export interface Ns3Settings {
  version: string;
  programSha256: string;
  rngSeed: number;
  rngRun: number;
  defaults: [string, string][];
}

export interface ComparisonRow {
  flow: string;
  metric: string;
  unit: string;
  cosim: number | null;
  ns3: number | null;
  differencePct: number | null;
  targetPct: number | null;
  within: boolean | null;
}

const FLOW_METRICS: { key: keyof FlowFigures; metric: string; unit: string; scale: number; targetPct: number | null }[] = [
  { key: 'goodputBps', metric: 'goodput', unit: 'Mbit/s', scale: 1e-6, targetPct: 5 },
  { key: 'steadyGoodputBps', metric: 'steady_goodput', unit: 'Mbit/s', scale: 1e-6, targetPct: 5 },
  { key: 'sawtoothPeriodS', metric: 'sawtooth_period', unit: 's', scale: 1, targetPct: 10 },
  { key: 'cwndPeak', metric: 'cwnd_peak', unit: 'segments', scale: 1, targetPct: 10 },
  { key: 'cwndFloor', metric: 'cwnd_floor', unit: 'segments', scale: 1, targetPct: 10 },
  { key: 'cycles', metric: 'sawtooth_cycles', unit: 'peaks', scale: 1, targetPct: null },
  { key: 'slowStartMaxCwnd', metric: 'slow_start_max_cwnd', unit: 'segments', scale: 1, targetPct: null },
  { key: 'rttP50Us', metric: 'rtt_p50', unit: 'ms', scale: 1e-3, targetPct: null },
  { key: 'rttP95Us', metric: 'rtt_p95', unit: 'ms', scale: 1e-3, targetPct: null },
  { key: 'rttP99Us', metric: 'rtt_p99', unit: 'ms', scale: 1e-3, targetPct: null },
  { key: 'retransmits', metric: 'retransmits', unit: 'segments', scale: 1, targetPct: null },
];

const round6 = (v: number) => Number(v.toFixed(6));

function row(flow: string, metric: string, unit: string, a: number | null, b: number | null, targetPct: number | null): ComparisonRow {
  const differencePct = a !== null && b !== null && b !== 0 ? round6(((a - b) / b) * 100) : null;
  const within = targetPct === null || differencePct === null ? null : Math.abs(differencePct) <= targetPct;
  return { flow, metric, unit, cosim: a === null ? null : round6(a), ns3: b === null ? null : round6(b), differencePct, targetPct, within };
}

export function comparisonRows(cosim: SideResults, ns3: SideResults): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  for (const f of cosim.flows) {
    const other = ns3.flows.find((g) => g.id === f.id);
    for (const m of FLOW_METRICS) {
      const a = f.metrics[m.key] as number | null;
      const b = (other?.metrics[m.key] ?? null) as number | null;
      rows.push(row(f.id, m.metric, m.unit, a === null ? null : a * m.scale, b === null ? null : b * m.scale, m.targetPct));
    }
  }
  rows.push(row('(all)', 'drops', 'packets', cosim.drops, ns3.drops, null));
  return rows;
}

export function comparisonCsv(rows: readonly ComparisonRow[]): string {
  const head = 'flow,metric,unit,cosim,ns3,difference_pct,target_pct,within';
  const cell = (v: unknown) => (v === null ? '' : csvCell(v));
  return `${[head, ...rows.map((r) => [r.flow, r.metric, r.unit, r.cosim, r.ns3, r.differencePct, r.targetPct, r.within].map(cell).join(','))].join('\n')}\n`;
}

export interface ValidationPlot {
  file: string;
  title: string;
  svg: string;
}

/** Acknowledged throughput over windows of about 100 ms, in Mbit/s. */
export function throughputPoints(points: readonly TracePoint[], windowS = 0.1): [number, number][] {
  const out: [number, number][] = [];
  let a = points[0];
  for (const b of points.slice(1)) {
    if (!a || b.timeS - a.timeS < windowS - 1e-9) continue;
    out.push([b.timeS, ((b.bytesAcked - a.bytesAcked) * 8) / (b.timeS - a.timeS) / 1e6]);
    a = b;
  }
  return out;
}

export function validationPlots(scenario: ResolvedScenario, sides: readonly SideResults[]): ValidationPlot[] {
  const series = (pick: (points: TracePoint[]) => [number, number][]): PlotSeries[] =>
    scenario.flows.flatMap((f) => sides.map((s) => ({ label: `${f.id} (${s.label})`, points: pick(s.flows.find((x) => x.id === f.id)?.points ?? []) })));
  return [
    {
      file: 'plots/cwnd.svg',
      title: 'Congestion window of each flow, cosim and ns-3 overlaid',
      svg: renderLinePlot({ title: `${scenario.name}: cwnd, cosim and ns-3`, xLabel: 'time since start (s)', yLabel: 'cwnd (segments)', series: series((p) => p.map((x) => [x.timeS, x.cwnd])) }),
    },
    {
      file: 'plots/throughput.svg',
      title: 'Acknowledged throughput over 100 ms windows, cosim and ns-3 overlaid',
      svg: renderLinePlot({ title: `${scenario.name}: throughput, cosim and ns-3`, xLabel: 'time since start (s)', yLabel: 'Mbit/s', series: series((p) => throughputPoints(p)) }),
    },
  ];
}

export function comparisonJson(scenario: ResolvedScenario, cosim: SideResults, ns3: SideResults, settings: Ns3Settings, rows: readonly ComparisonRow[], differences: readonly Difference[]): string {
  const steady = (s: SideResults) => s.flows.map((f) => ({ flow: f.id, from_s: f.metrics.steadyFromS, to_s: f.metrics.steadyToS }));
  return `${JSON.stringify(
    {
      scenario: scenario.name,
      cosim: { digest: cosim.digest, results: cosim.folder, steady_state: steady(cosim) },
      ns3: { digest: ns3.digest, results: ns3.folder, version: settings.version, program_sha256: settings.programSha256, rng_seed: settings.rngSeed, rng_run: settings.rngRun, defaults: Object.fromEntries(settings.defaults), steady_state: steady(ns3) },
      rows: rows.map((r) => ({ flow: r.flow, metric: r.metric, unit: r.unit, cosim: r.cosim, ns3: r.ns3, difference_pct: r.differencePct, target_pct: r.targetPct, within: r.within })),
      differences,
    },
    null,
    2,
  )}\n`;
}

export function validationHtml(scenario: ResolvedScenario, cosim: SideResults, ns3: SideResults, settings: Ns3Settings, rows: readonly ComparisonRow[], plots: readonly ValidationPlot[], differences: readonly Difference[]): string {
  const targeted = rows.filter((r) => r.within !== null);
  const missed = targeted.filter((r) => r.within === false);
  const verdict = `${targeted.length - missed.length} of ${targeted.length} figures with a target are within it${missed.length ? `; outside: ${missed.map((r) => `${r.flow} ${r.metric} (${r.differencePct}% against ±${r.targetPct}%)`).join(', ')}` : ''}.`;
  const li = (d: Difference) => `<li><b>${escapeHtml(d.topic)}</b> (${d.status}): ${escapeHtml(d.text)}</li>`;
  return reportPage(
    `${scenario.name}: cosim against ns-3`,
    `<h1>Scenario ${escapeHtml(scenario.name)}: cosim against ns-3 ${escapeHtml(settings.version)}</h1>
<p>${escapeHtml(verdict)}</p>
<table>
<tr><th>side</th><th>digest</th><th>results</th></tr>
<tr><td>cosim</td><td>${escapeHtml(cosim.digest)}</td><td>${escapeHtml(cosim.folder)}</td></tr>
<tr><td>ns-3 ${escapeHtml(settings.version)} (RngSeed ${settings.rngSeed}, RngRun ${settings.rngRun}; program sha256 ${escapeHtml(settings.programSha256.slice(0, 16))})</td><td>${escapeHtml(ns3.digest)}</td><td>${escapeHtml(ns3.folder)}</td></tr>
</table>
<h2>Figures</h2>
<p>difference_pct is (cosim - ns3) / ns3. Goodput counts acknowledged bytes; steady state runs from the second sawtooth peak to the last (whole cycles). Period, peak and floor are medians over the sawtooth's cycles after slow start; RTT percentiles are nearest-rank over the smoothed RTT samples.</p>
${csvTable(comparisonCsv(rows))}
${plots.map((p) => svgFigure(p.file, p.title, p.svg)).join('\n')}
<h2>Differences</h2>
<ul>
${differences.map(li).join('\n')}
</ul>
<h2>ns-3 settings</h2>
${csvTable(`attribute,value\n${settings.defaults.map(([k, v]) => `${csvCell(k)},${csvCell(v)}`).join('\n')}`)}`,
  );
}
