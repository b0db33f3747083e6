import { describe, expect, it } from 'vitest';
import { niceStep, renderLinePlot } from '../../../orchestrator/src/results/svg-plot.js';

describe('niceStep', () => {
  it.each([
    [30, 5],
    [10, 2],
    [1, 0.2],
    [700, 200],
    [0, 1],
  ])('span %d gives step %d', (span, step) => {
    expect(niceStep(span)).toBeCloseTo(step, 12);
  });
});

describe('renderLinePlot', () => {
  const plot = renderLinePlot({
    title: 'cwnd <f1>',
    xLabel: 'time (s)',
    yLabel: 'segments',
    series: [{ label: 'f1', points: [[0, 10], [1, 20], [2, 5]] }],
  });

  it('is a standalone SVG document with escaped text', () => {
    expect(plot.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(plot.trimEnd().endsWith('</svg>')).toBe(true);
    expect(plot).toContain('cwnd &lt;f1&gt;');
  });

  it('draws the series through the scaled points, peak near the top', () => {
    // x: 0..2 over 710 px from 70; y: 0..21 over 310 px from 40 (bottom 350).
    expect(plot).toContain('<path d="M70.0,202.4 L425.0,54.8 L780.0,276.2"');
  });

  it('is the same bytes for the same data', () => {
    expect(renderLinePlot({ title: 'cwnd <f1>', xLabel: 'time (s)', yLabel: 'segments', series: [{ label: 'f1', points: [[0, 10], [1, 20], [2, 5]] }] })).toBe(plot);
  });
});
