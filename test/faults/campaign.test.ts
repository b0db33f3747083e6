// The fault campaign at CI size: one fault of each main kind, drawn from a
// fixed seed (COSIM_FAULTS_SEED to try another), each a real two-guest run
// through the CLI. Every fault must end with the right exit status and one
// clear line naming its cause, leave no QEMU, and keep what was written.
// The full campaign (50 faults and more) is `npm run faults`; see README.md.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { requireImage, requireQemu, tempDir } from '../integration/helpers/guest.js';
import { CI_KINDS, describeFault, drawFault, drawFaults, FAULT_KINDS } from './fault-kinds.js';
import { buildReport, renderMarkdown, reproduce } from './report.js';
import { cleanUpCurrent, type FaultResult, runFault } from './run-fault.js';

describe('drawing faults', () => {
  it('draws the same fault for a seed and index whatever the count, every kind evenly', () => {
    const fifty = drawFaults(1, 50);
    expect(drawFaults(1, 6)).toEqual(fifty.slice(0, 6));
    expect(drawFault(1, 17)).toEqual(fifty[17]);
    expect(drawFaults(2, 50)).not.toEqual(fifty);
    for (const k of FAULT_KINDS) expect(fifty.filter((f) => f.kind === k).length).toBeGreaterThanOrEqual(4);
    const ci = drawFaults(1, CI_KINDS.length, FAULT_KINDS, 'ci');
    expect(new Set(ci.map((f) => f.kind))).toEqual(new Set(CI_KINDS));
    expect(ci.every((f) => f.profile === 'ci' && f.phase !== 'experiment')).toBe(true);
    expect(drawFault(1, 5, ['orch-sigint', 'full-disk']).kinds).toEqual(['orch-sigint', 'full-disk']);
  });
});

describe('fault campaign, CI size: one fault of each main kind', () => {
  const seed = Number(process.env.COSIM_FAULTS_SEED ?? 1);
  const faults = drawFaults(seed, CI_KINDS.length, FAULT_KINDS, 'ci');
  const dir = tempDir('faults');
  const results: FaultResult[] = [];
  const t0 = Date.now();

  afterAll(() => {
    cleanUpCurrent();
    const report = buildReport(results, { seed, date: new Date().toISOString(), commit: 'ci', wallSeconds: (Date.now() - t0) / 1000, dir });
    writeFileSync(join(dir, 'campaign.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(dir, 'campaign.md'), renderMarkdown(report));
  });

  for (const f of faults) {
    it(`${f.kind} (${describeFault(f)})`, async () => {
      requireQemu();
      requireImage('6.1');
      const r = await runFault(f, join(dir, `f${f.index}-${f.kind}`));
      results.push(r);
      const why = [`replay: ${reproduce(r)}`, `last stderr line: ${r.messageLine}`, ...r.notes, `folder: ${r.dir}`].join('\n');
      expect(r.failures.map((x) => `${x.invariant}: ${x.detail}`), why).toEqual([]);
      expect(r.injected).toBe(true);
    });
  }
});
