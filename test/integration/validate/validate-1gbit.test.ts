// Fidelity at line rate (issue 24): `cosim validate --against ns3` on the
// 1 Gbit/s dumbbell, shortened to 2 s. Both simulators are limited by the
// link now that the guests have a server's TCP buffers, so their goodputs
// must agree within the validation's own 5% target. Two seconds hold one
// sawtooth cycle at most, so the sawtooth figures are not judged here; the
// 10 Mbit/s validation (validate.test.ts) judges them.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBuild } from '../../../orchestrator/src/setup/build-check.js';
import { cosim } from '../helpers/cosim-cli.js';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';

interface Row {
  flow: string;
  metric: string;
  cosim: number | null;
  ns3: number | null;
  within: boolean | null;
}

describe('cosim validate --against ns3 at 1 Gbit/s', () => {
  it('gives goodput within 5% of ns-3 on the 1 Gbit/s dumbbell, with drops on both sides', async () => {
    requireQemu();
    requireImage('6.1');
    const ns3 = checkBuild('scripts/ns3.sh');
    if (!ns3.ok) throw new Error(`ns-3 is missing (${ns3.reason}); run scripts/setup.sh --tests`);
    const out = join(tempDir('validate-1g'), 'v');
    const r = await cosim(['validate', 'examples/dumbbell-1gbit.yaml', '--against', 'ns3', '--set', 'duration=2s', '--out', out]);
    expect(r.stderr).not.toMatch(/Unexpected error/);
    expect(r.code).toBe(0);
    const rows = JSON.parse(readFileSync(join(out, 'comparison.json'), 'utf8')).rows as Row[];
    const row = (metric: string) => rows.find((x) => x.flow === 'cubic' && x.metric === metric)!;
    for (const metric of ['goodput', 'steady_goodput']) {
      expect(row(metric).within, `${metric}: cosim ${row(metric).cosim}, ns-3 ${row(metric).ns3}`).toBe(true);
      // Link-bound on both sides: TCP's ceiling here is 956.8 Mbit/s.
      expect(row(metric).cosim!).toBeGreaterThan(900);
      expect(row(metric).ns3!).toBeGreaterThan(900);
    }
    // The queue, not a receive window, limits both: each side drops.
    const drops = rows.find((x) => x.metric === 'drops')!;
    expect(drops.cosim!).toBeGreaterThan(0);
    expect(drops.ns3!).toBeGreaterThan(0);
  });
});
