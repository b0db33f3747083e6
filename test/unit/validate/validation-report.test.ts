// The side-by-side outputs from two sides' figures: one CSV row per flow and
// metric with its difference and target, and a page that carries both
// digests, the plots and the differences.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { knownKernels } from '../../../orchestrator/src/images/kernel-catalog.js';
import { loadScenarioText } from '../../../orchestrator/src/scenario/load-scenario.js';
import { modelDifferences } from '../../../orchestrator/src/validate/differences.js';
import { flowFigures, type TracePoint } from '../../../orchestrator/src/validate/flow-figures.js';
import { comparisonCsv, comparisonJson, comparisonRows, type SideResults, throughputPoints, validationHtml, validationPlots } from '../../../orchestrator/src/validate/validation-report.js';

const scenario = loadScenarioText(readFileSync('examples/dumbbell.yaml', 'utf8'), 'examples/dumbbell.yaml', knownKernels());

function side(label: string, digest: string, peak: number, rateBytesPerSample: number, drops: number): SideResults {
  const points: TracePoint[] = [];
  for (let k = 0; k <= 1000; k++) {
    const cwnd = k < 30 ? 10 + 3 * k : Math.round(peak / 2 + ((k % 100) / 100) * (peak / 2));
    points.push({ timeS: k / 100, cwnd, ssthresh: k < 30 ? null : peak / 2, rttUs: 50_000, bytesAcked: k * rateBytesPerSample, totalRetrans: Math.floor(k / 100) });
  }
  return { label, digest, folder: label, drops, flows: [{ id: 'reno', points, metrics: flowFigures(points) }] };
}

const cosim = side('cosim', 'a'.repeat(64), 68, 12_000, 10);
const ns3 = side('ns-3', 'b'.repeat(64), 80, 12_500, 8);
const settings = { version: '3.37-2', programSha256: 'c'.repeat(64), rngSeed: 1, rngRun: 42, defaults: [['ns3::TcpSocket::InitialCwnd', 'UintegerValue(10)']] as [string, string][] };

describe('comparison rows', () => {
  const rows = comparisonRows(cosim, ns3);

  it('give each metric both values, the difference relative to ns-3 and the verdict against its target', () => {
    const goodput = rows.find((r) => r.metric === 'goodput')!;
    expect(goodput).toEqual({ flow: 'reno', metric: 'goodput', unit: 'Mbit/s', cosim: 9.6, ns3: 10, differencePct: -4, targetPct: 5, within: true });
    const peak = rows.find((r) => r.metric === 'cwnd_peak')!;
    expect([peak.cosim, peak.ns3, peak.differencePct, peak.within]).toEqual([68, 80, -15, false]);
    expect(rows.find((r) => r.metric === 'rtt_p50')).toMatchObject({ cosim: 50, ns3: 50, differencePct: 0, targetPct: null, within: null });
    expect(rows[rows.length - 1]).toMatchObject({ flow: '(all)', metric: 'drops', cosim: 10, ns3: 8, differencePct: 25 });
  });

  it('write a CSV pandas reads: a header, blanks for no value', () => {
    const csv = comparisonCsv(rows).split('\n');
    expect(csv[0]).toBe('flow,metric,unit,cosim,ns3,difference_pct,target_pct,within');
    expect(csv[1]).toBe('reno,goodput,Mbit/s,9.6,10,-4,5,true');
    expect(csv.find((l) => l.startsWith('reno,rtt_p50,'))).toBe('reno,rtt_p50,ms,50,50,0,,');
  });

  it('record both digests, ns-3\'s seed and run, and the differences in the JSON and the page', () => {
    const differences = modelDifferences(scenario);
    const json = JSON.parse(comparisonJson(scenario, cosim, ns3, settings, rows, differences));
    expect(json.cosim.digest).toBe('a'.repeat(64));
    expect(json.ns3).toMatchObject({ digest: 'b'.repeat(64), version: '3.37-2', rng_seed: 1, rng_run: 42 });
    expect(json.differences.map((d: { topic: string }) => d.topic)).toEqual(expect.arrayContaining(['framing', 'delayed ACK', 'loss detection and recovery', 'reno']));
    const html = validationHtml(scenario, cosim, ns3, settings, rows, validationPlots(scenario, [cosim, ns3]), differences);
    expect(html).toContain('a'.repeat(64));
    expect(html).toContain('b'.repeat(64));
    expect(html).toContain('<h2>Differences</h2>');
    expect(html).toContain('reno (cosim)');
    expect(html).toContain('reno (ns-3)');
    expect(html).toContain('outside: reno cwnd_peak (-15% against ±10%)');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });
});

describe('differences', () => {
  it('name CUBIC\'s missing TCP-friendly region and random loss only when the scenario has them', () => {
    const topics = (text: string) => modelDifferences(loadScenarioText(text, 'x.yaml', knownKernels())).map((d) => d.topic);
    const base = readFileSync('examples/dumbbell.yaml', 'utf8');
    expect(topics(base)).not.toContain('cubic');
    expect(topics(base)).not.toContain('random loss');
    expect(topics(base.replace('cc: reno', 'cc: cubic').replace('queue: 33p', 'queue: 33p\n    loss: 0.01'))).toEqual(expect.arrayContaining(['cubic', 'random loss']));
  });
});

describe('throughputPoints', () => {
  it('averages acknowledged bytes over windows of 100 ms', () => {
    const pts = Array.from({ length: 31 }, (_, k) => ({ timeS: k / 100, cwnd: 10, ssthresh: null, rttUs: 1, bytesAcked: k * 12_500, totalRetrans: 0 }));
    const got = throughputPoints(pts);
    expect(got.map((p) => p[0])).toEqual([0.1, 0.2, 0.3]);
    for (const [, mbps] of got) expect(mbps).toBeCloseTo(10, 9);
  });
});
