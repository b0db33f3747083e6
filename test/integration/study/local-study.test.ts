// A small study through the CLI on real guests: two congestion controls x two
// seeds, 3 s each, two runs at once. Its outputs are complete, running it
// again reruns nothing and rewrites runs.csv byte for byte, and a study
// interrupted after its first runs resumes without redoing them.

import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cosim, startCosim } from '../helpers/cosim-cli.js';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';
import { dumpDom, requireChromium, screenshot } from './chromium.js';
import { TINY_STUDY } from './tiny-study.js';

const study = (args: string[]) => cosim(['study', ...args]);

const mtimes = (dir: string) => readdirSync(join(dir, 'runs')).map((id) => statSync(join(dir, 'runs', id, 'summary.json')).mtimeMs);

describe('a local study', () => {
  const dir = tempDir('study');
  const file = join(dir, 'tiny.yaml');
  writeFileSync(file, TINY_STUDY);
  const out = join(dir, 'out');

  it('lists its runs', async () => {
    const r = await study([file, '--dry-run', '--jobs', '2']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      'study tiny: 4 runs, 2 at once',
      expect.stringMatching(/^ {2}000-cc=reno-r0 {2}seed 1 {2}flows\.flow\.cc=reno$/),
      expect.stringMatching(/^ {2}001-cc=reno-r1 {2}seed \d+ {2}flows\.flow\.cc=reno$/),
      expect.stringMatching(/^ {2}002-cc=cubic-r0 {2}seed 1 {2}flows\.flow\.cc=cubic$/),
      expect.stringMatching(/^ {2}003-cc=cubic-r1 {2}seed \d+ {2}flows\.flow\.cc=cubic$/),
    ]);
  });

  it('runs every run, two at once, and writes runs.csv, summary.csv, plots and report.html', async () => {
    requireQemu();
    requireImage('6.1');
    const r = await study([file, '--out', out, '--jobs', '2']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/study tiny: 4\/4 runs done, 0 failed, 0 reused/);
    const runs = readFileSync(join(out, 'runs.csv'), 'utf8').trim().split('\n');
    expect(runs[0]).toBe('run,flows.flow.cc,repetition,seed,status,reason,digest,goodput_bps,retransmits,drops,rtt_p50_us,rtt_p95_us,rtt_p99_us');
    expect(runs).toHaveLength(5);
    for (const row of runs.slice(1)) expect(row).toMatch(/^\d{3}-cc=(reno|cubic)-r[01],(reno|cubic),[01],\d+,completed,,[0-9a-f]{64},\d+,\d+,\d+,\d+,\d+,\d+$/);
    // Two seeds of one cell differ (the loss draws differ); the digest says so.
    const digests = runs.slice(1).map((row) => row.split(',')[6]);
    expect(new Set(digests).size).toBe(4);
    const summary = readFileSync(join(out, 'summary.csv'), 'utf8').trim().split('\n');
    expect(summary[0]).toMatch(/^flows\.flow\.cc,runs,completed,goodput_bps_mean,goodput_bps_ci95,/);
    expect(summary.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual(['reno,2,2', 'cubic,2,2']);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    // Nothing to fetch: no script, no stylesheet, no source or link to anywhere.
    expect(html).not.toMatch(/<script|<link|(src|href)=/);
    expect(html.match(/<svg /g)?.length).toBeGreaterThanOrEqual(1);
    expect(readdirSync(join(out, 'scenarios')).sort()).toEqual(['000-cc=reno-r0.yaml', '001-cc=reno-r1.yaml', '002-cc=cubic-r0.yaml', '003-cc=cubic-r1.yaml']);
  });

  it('renders report.html in headless Chromium with its plots', async () => {
    requireChromium();
    const report = join(out, 'report.html');
    // The DOM as Chromium parsed it: the cwnd figure holds one curve per cell, each of many points.
    const dom = await dumpDom(report);
    const figure = /<figure id="plots\/cwnd.svg">([\s\S]*?)<\/figure>/.exec(dom)?.[1] ?? '';
    expect(figure).toMatch(/<svg [^>]*width="800" height="400"/);
    const curves = [...figure.matchAll(/<path d="([^"]+)" fill="none" stroke="(#[0-9a-f]{6})"/g)];
    expect(curves.map((c) => c[2])).toEqual(['#1f77b4', '#d62728']);
    for (const c of curves) expect(c[1]!.split('L').length).toBeGreaterThan(20);
    // The picture: the size asked for, mostly white, with both curves' colours drawn.
    const shot = await screenshot(report, 1200, 3000);
    expect([shot.width, shot.height]).toEqual([1200, 3000]);
    let ink = 0;
    const near = { '#1f77b4': 0, '#d62728': 0 };
    for (let y = 0; y < shot.height; y += 1) {
      for (let x = 0; x < shot.width; x += 1) {
        const [r, g, b] = shot.pixel(x, y);
        if (r + g + b < 700) ink++;
        if (Math.abs(r - 0x1f) + Math.abs(g - 0x77) + Math.abs(b - 0xb4) < 60) near['#1f77b4']++;
        if (Math.abs(r - 0xd6) + Math.abs(g - 0x27) + Math.abs(b - 0x28) < 60) near['#d62728']++;
      }
    }
    expect(ink / (shot.width * shot.height)).toBeGreaterThan(0.005);
    expect(ink / (shot.width * shot.height)).toBeLessThan(0.5);
    expect(near['#1f77b4']).toBeGreaterThan(300);
    expect(near['#d62728']).toBeGreaterThan(300);
  });

  it('reruns nothing the second time and gives the same runs.csv byte for byte', async () => {
    const before = readFileSync(join(out, 'runs.csv'));
    const times = mtimes(out);
    const r = await study([file, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('4 of 4 runs completed (4 reused)');
    expect(readFileSync(join(out, 'runs.csv')).equals(before)).toBe(true);
    expect(mtimes(out)).toEqual(times);
  });

  it('stops on Ctrl-C keeping finished runs, then resumes without redoing them', async () => {
    const out2 = join(dir, 'out2');
    // Booted, so a run lasts long enough to be interrupted: from snapshots the rest of the study can end before the signal lands.
    const run = startCosim(['study', file, '--out', out2, '--jobs', '1', '--no-snapshot']);
    while (!run.stderr().includes('1/4 runs done')) await new Promise((r) => setTimeout(r, 100));
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(130);
    const kept = readdirSync(join(out2, 'runs')).filter((id) => (JSON.parse(readFileSync(join(out2, 'runs', id, 'summary.json'), 'utf8')) as { status: string }).status === 'completed');
    expect(kept).toEqual(['000-cc=reno-r0']);
    const keptTime = statSync(join(out2, 'runs', kept[0]!, 'summary.json')).mtimeMs;
    const r = await study([file, '--out', out2, '--jobs', '2']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('4 of 4 runs completed (1 reused)');
    expect(statSync(join(out2, 'runs', kept[0]!, 'summary.json')).mtimeMs).toBe(keptTime);
    // The resumed study equals the uninterrupted one.
    expect(readFileSync(join(out2, 'runs.csv'), 'utf8')).toBe(readFileSync(join(out, 'runs.csv'), 'utf8'));
  });
});
