// A small, dependency-free SVG line chart: enough for cwnd and throughput over
// time, opened by any browser. Output is a pure function of the data (fixed
// number formatting), so plots take part in the run digest.

export interface PlotSeries {
  label: string;
  points: readonly (readonly [number, number])[];
  /** Half-width of an error bar at each point (a confidence interval), drawn vertically. */
  errors?: readonly number[];
  /** Mark each point with a dot (for a few points, such as means against an axis). */
  markers?: boolean;
}

export interface PlotOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  series: readonly PlotSeries[];
  widthPx?: number;
  heightPx?: number;
}

const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b'];
const MARGIN = { left: 70, right: 20, top: 40, bottom: 50 };

/** Round a span to a "nice" tick step: 1, 2 or 5 times a power of ten. */
export function niceStep(span: number, targetTicks = 6): number {
  if (!(span > 0)) return 1;
  const raw = span / targetTicks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  return (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
}

function fmt(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(2);
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function renderLinePlot(opts: PlotOptions): string {
  const width = opts.widthPx ?? 800;
  const height = opts.heightPx ?? 400;
  const all = opts.series.flatMap((s) => s.points);
  const xMin = Math.min(0, ...all.map((p) => p[0]));
  let xMax = Math.max(1e-9, ...all.map((p) => p[0]));
  // Points drawn as dots (means against an axis): room on the right so the last is not cut in half.
  if (opts.series.some((s) => s.markers)) xMax += (xMax - xMin) * 0.05;
  const tops = opts.series.flatMap((s) => s.points.map((p, k) => p[1] + (s.errors?.[k] ?? 0)));
  const yMax = Math.max(1e-9, ...tops) * 1.05;
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const sx = (x: number) => MARGIN.left + ((x - xMin) / (xMax - xMin)) * plotW;
  const sy = (y: number) => MARGIN.top + plotH - (y / yMax) * plotH;

  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`);
  out.push(`<rect width="${width}" height="${height}" fill="white"/>`);
  out.push(`<text x="${width / 2}" y="22" text-anchor="middle" font-size="15">${escapeXml(opts.title)}</text>`);
  const xStep = niceStep(xMax - xMin);
  for (let x = Math.ceil(xMin / xStep) * xStep; x <= xMax + 1e-12; x += xStep) {
    const px = sx(x).toFixed(1);
    out.push(`<line x1="${px}" y1="${MARGIN.top}" x2="${px}" y2="${MARGIN.top + plotH}" stroke="#eee"/>`);
    out.push(`<text x="${px}" y="${MARGIN.top + plotH + 16}" text-anchor="middle">${fmt(Number(x.toPrecision(12)))}</text>`);
  }
  const yStep = niceStep(yMax);
  for (let y = 0; y <= yMax + 1e-12; y += yStep) {
    const py = sy(y).toFixed(1);
    out.push(`<line x1="${MARGIN.left}" y1="${py}" x2="${MARGIN.left + plotW}" y2="${py}" stroke="#eee"/>`);
    out.push(`<text x="${MARGIN.left - 6}" y="${py}" text-anchor="end" dominant-baseline="middle">${fmt(Number(y.toPrecision(12)))}</text>`);
  }
  out.push(`<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#333"/>`);
  out.push(`<text x="${MARGIN.left + plotW / 2}" y="${height - 12}" text-anchor="middle">${escapeXml(opts.xLabel)}</text>`);
  out.push(`<text transform="translate(16 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle">${escapeXml(opts.yLabel)}</text>`);
  opts.series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length]!;
    if (s.points.length > 0) {
      const d = s.points.map((p, k) => `${k === 0 ? 'M' : 'L'}${sx(p[0]).toFixed(1)},${sy(p[1]).toFixed(1)}`).join(' ');
      out.push(`<path d="${d}" fill="none" stroke="${color}" stroke-width="1.5"/>`);
    }
    s.points.forEach((p, k) => {
      const err = s.errors?.[k] ?? 0;
      const px = sx(p[0]).toFixed(1);
      if (err > 0) {
        const [lo, hi] = [sy(Math.max(0, p[1] - err)).toFixed(1), sy(p[1] + err).toFixed(1)];
        out.push(`<path d="M${px},${lo} L${px},${hi} M${(sx(p[0]) - 4).toFixed(1)},${lo} L${(sx(p[0]) + 4).toFixed(1)},${lo} M${(sx(p[0]) - 4).toFixed(1)},${hi} L${(sx(p[0]) + 4).toFixed(1)},${hi}" stroke="${color}" stroke-width="1.2" class="ci"/>`);
      }
      if (s.markers) out.push(`<circle cx="${px}" cy="${sy(p[1]).toFixed(1)}" r="3" fill="${color}"/>`);
    });
    const ly = MARGIN.top + 14 + i * 16;
    out.push(`<line x1="${MARGIN.left + 10}" y1="${ly}" x2="${MARGIN.left + 30}" y2="${ly}" stroke="${color}" stroke-width="2"/>`);
    out.push(`<text x="${MARGIN.left + 36}" y="${ly}" dominant-baseline="middle">${escapeXml(s.label)}</text>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
