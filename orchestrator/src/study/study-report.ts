// A study's outputs, all pure functions of the runs' results folders (so two
// invocations over the same results give the same bytes):
// - runs.csv: one row per run, axis values, seed, status, digest, metrics;
// - summary.csv: per cell (one value per axis), mean and 95% confidence
//   half-width of each metric across repetitions (Student's t);
// - plots: the first repetition's cwnd per cell overlaid, and each metric
//   against every numeric axis (kernel versions are names) with CI bars;
// - report.html: all of it in one file with inline SVG and no network access.

import { csvCell, csvTable, escapeHtml, reportPage, svgFigure } from '../results/html-report.js';
import { renderLinePlot, type PlotSeries } from '../results/svg-plot.js';
import type { Study, StudyRun } from './load-study.js';
import type { RunMetrics } from './run-metrics.js';

export interface StudyRunResult {
  run: StudyRun;
  metrics: RunMetrics;
}

const METRICS = [
  { key: 'goodputBps', column: 'goodput_bps', label: 'goodput (Mbit/s)', scale: 1e-6 },
  { key: 'retransmits', column: 'retransmits', label: 'retransmits', scale: 1 },
  { key: 'drops', column: 'drops', label: 'drops', scale: 1 },
  { key: 'rttP50Us', column: 'rtt_p50_us', label: 'RTT p50 (ms)', scale: 1e-3 },
  { key: 'rttP95Us', column: 'rtt_p95_us', label: 'RTT p95 (ms)', scale: 1e-3 },
  { key: 'rttP99Us', column: 'rtt_p99_us', label: 'RTT p99 (ms)', scale: 1e-3 },
] as const;

export function runsCsv(study: Study, results: readonly StudyRunResult[]): string {
  const header = ['run', ...study.axes.map((a) => a.path), 'repetition', 'seed', 'status', 'reason', 'digest', ...METRICS.map((m) => m.column)];
  const rows = results.map(({ run, metrics }) =>
    [run.id, ...run.cell.map((c) => c.value), run.repetition, run.seed, metrics.status, metrics.reason, metrics.digest, ...METRICS.map((m) => metrics[m.key])].map(csvCell).join(','),
  );
  return `${[header.join(','), ...rows].join('\n')}\n`;
}

/** Two-sided 95% Student t quantiles for 1..30 degrees of freedom; 1.96 beyond. */
const T95 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];

/** Mean and 95% confidence half-width (0 for a single value). */
export function meanCi95(xs: readonly number[]): { mean: number; ci95: number } {
  const n = xs.length;
  if (n === 0) return { mean: 0, ci95: 0 };
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  if (n === 1) return { mean, ci95: 0 };
  const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1);
  return { mean, ci95: (T95[n - 2] ?? 1.96) * Math.sqrt(variance / n) };
}

interface Cell {
  key: string;
  cell: StudyRun['cell'];
  completed: RunMetrics[];
  runs: number;
}

/** Runs grouped by cell, in run order; only completed runs enter the statistics. */
function cells(results: readonly StudyRunResult[]): Cell[] {
  const byKey = new Map<string, Cell>();
  for (const { run, metrics } of results) {
    const key = JSON.stringify(run.cell.map((c) => c.value));
    let c = byKey.get(key);
    if (!c) byKey.set(key, (c = { key, cell: run.cell, completed: [], runs: 0 }));
    c.runs++;
    if (metrics.status === 'completed') c.completed.push(metrics);
  }
  return [...byKey.values()];
}

const fixed = (v: number) => Number(v.toFixed(6));

export function summaryCsv(study: Study, results: readonly StudyRunResult[]): string {
  const header = [...study.axes.map((a) => a.path), 'runs', 'completed', ...METRICS.flatMap((m) => [`${m.column}_mean`, `${m.column}_ci95`])];
  const rows = cells(results).map((c) =>
    [
      ...c.cell.map((x) => x.value),
      c.runs,
      c.completed.length,
      ...METRICS.flatMap((m) => {
        const { mean, ci95 } = meanCi95(c.completed.map((r) => r[m.key]));
        return [fixed(mean), fixed(ci95)];
      }),
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[header.join(','), ...rows].join('\n')}\n`;
}

function cellLabel(cell: StudyRun['cell']): string {
  return cell.length === 0 ? 'scenario' : cell.map((c) => `${c.path.split('.').pop()}=${typeof c.value === 'object' ? JSON.stringify(c.value) : String(c.value)}`).join(', ');
}

/** The number in an axis value ("33p" -> 33, "10Mbit" -> 10, 6.12 -> 6.12), or undefined. */
function numberIn(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  const m = typeof v === 'string' ? /^-?\d+(\.\d+)?/.exec(v) : null;
  return m ? Number(m[0]) : undefined;
}

function isKernelAxis(path: string): boolean {
  return path.split('.').pop() === 'kernel';
}

export interface StudyPlot {
  file: string;
  title: string;
  svg: string;
}

export function studyPlots(study: Study, results: readonly StudyRunResult[]): StudyPlot[] {
  const plots: StudyPlot[] = [];
  const first = results.filter((r) => r.run.repetition === 0 && r.metrics.cwnd.length > 0);
  plots.push({
    file: 'plots/cwnd.svg',
    title: 'cwnd over time, first repetition of each cell',
    svg: renderLinePlot({
      title: `${study.name}: congestion window (first flow, repetition 0)`,
      xLabel: 'time since start (s)',
      yLabel: 'cwnd (segments)',
      series: first.map((r) => ({ label: cellLabel(r.run.cell), points: r.metrics.cwnd })),
    }),
  });
  study.axes.forEach((axis, k) => {
    const xs = axis.values.map(numberIn);
    // A kernel version is a name, not a quantity: 5.10 is not less than 5.9, nor a tenth below 5.2.
    if (axis.values.length < 2 || isKernelAxis(axis.path) || xs.some((x) => x === undefined)) return;
    // One series per combination of the other axes' values.
    const groups = new Map<string, { label: string; cells: Cell[] }>();
    for (const c of cells(results)) {
      const others = c.cell.filter((_, j) => j !== k);
      const key = JSON.stringify(others.map((o) => o.value));
      if (!groups.has(key)) groups.set(key, { label: others.length ? cellLabel(others) : 'mean', cells: [] });
      groups.get(key)!.cells.push(c);
    }
    for (const m of METRICS.filter((x) => x.key === 'goodputBps' || x.key === 'rttP50Us' || x.key === 'drops')) {
      const series: PlotSeries[] = [...groups.values()].map((g) => {
        const pts = g.cells
          .filter((c) => c.completed.length > 0)
          .map((c) => {
            const { mean, ci95 } = meanCi95(c.completed.map((r) => r[m.key] * m.scale));
            return { x: numberIn(c.cell[k]!.value)!, mean, ci95 };
          })
          .sort((a, b) => a.x - b.x);
        return { label: g.label, points: pts.map((p) => [p.x, p.mean] as [number, number]), errors: pts.map((p) => p.ci95), markers: true };
      });
      plots.push({
        file: `plots/${m.column}-vs-${axis.path.replace(/[^A-Za-z0-9]+/g, '_')}.svg`,
        title: `${m.label} against ${axis.path}, mean and 95% CI`,
        svg: renderLinePlot({ title: `${study.name}: ${m.label} against ${axis.path}`, xLabel: axis.path, yLabel: m.label, series }),
      });
    }
  });
  return plots;
}

/** One self-contained page: no script, no stylesheet or font from anywhere. */
export function reportHtml(study: Study, results: readonly StudyRunResult[], plots: readonly StudyPlot[]): string {
  const failed = results.filter((r) => r.metrics.status !== 'completed');
  return reportPage(
    `${study.name}: cosim study`,
    `<h1>Study ${escapeHtml(study.name)}</h1>
<p>${results.length} runs: ${study.axes.length ? study.axes.map((a) => `${escapeHtml(a.path)} (${a.values.length} values)`).join(' × ') : 'the scenario alone'} × ${study.repetitions} repetition${study.repetitions === 1 ? '' : 's'}; ${results.length - failed.length} completed${failed.length ? `, ${failed.length} did not (see runs.csv)` : ''}.</p>
${plots.map((p) => svgFigure(p.file, p.title, p.svg)).join('\n')}
<h2>Summary per cell (mean and 95% confidence half-width)</h2>
${csvTable(summaryCsv(study, results))}
<h2>Runs</h2>
${csvTable(runsCsv(study, results))}`,
  );
}
