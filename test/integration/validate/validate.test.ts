// `cosim validate --against ns3` for real: the dumbbell shortened to 4 s,
// built and run in ns-3 3.37 and in cosim (two guests), then compared. Then
// the same against the cosim run just made (--cosim-results), which must give
// the same ns-3 digest (ns-3 is deterministic for a given RngRun) and the same
// cosim digest without booting anything.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBuild } from '../../../orchestrator/src/setup/build-check.js';
import { cosim as cosimCli } from '../helpers/cosim-cli.js';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';

/** Awaited, not blocking: a worker blocked for minutes misses vitest's own RPC deadlines. */
const cosim = (args: string[]) => cosimCli(args);

interface Row {
  flow: string;
  metric: string;
  cosim: number | null;
  ns3: number | null;
}

const figure = (rows: Row[], metric: string) => rows.find((r) => r.metric === metric)!;

describe('cosim validate --against ns3', () => {
  const out = tempDir('validate');

  it('runs the short dumbbell in both simulators and writes the report with both digests', async () => {
    requireQemu();
    requireImage('6.1');
    const ns3 = checkBuild('scripts/ns3.sh');
    if (!ns3.ok) throw new Error(`ns-3 is missing (${ns3.reason}); run scripts/setup.sh --tests`);
    const r = await cosim(['validate', 'examples/dumbbell.yaml', '--against', 'ns3', '--set', 'duration=4s', '--rng-run', '7', '--out', join(out, 'a')]);
    expect(r.stderr).not.toMatch(/Unexpected error/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^reno +goodput \(Mbit\/s\) +\d/m);

    const json = JSON.parse(readFileSync(join(out, 'a', 'comparison.json'), 'utf8'));
    expect(json.cosim.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(json.ns3.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(json.ns3).toMatchObject({ rng_seed: 1, rng_run: 7, version: expect.stringMatching(/^3\.37-/) });
    expect(readFileSync(join(out, 'a', 'cosim', 'digest.txt'), 'utf8').trim()).toBe(json.cosim.digest);
    expect(readFileSync(join(out, 'a', 'ns3', 'digest.txt'), 'utf8').trim()).toBe(json.ns3.digest);
    const html = readFileSync(join(out, 'a', 'report.html'), 'utf8');
    expect(html).toContain(json.cosim.digest);
    expect(html).toContain(json.ns3.digest);
    expect(html).toContain('<h2>Differences</h2>');
    for (const f of ['plots/cwnd.svg', 'plots/throughput.svg', 'comparison.csv', 'ns3/program.cc', 'ns3/traces/reno.csv']) expect(existsSync(join(out, 'a', f))).toBe(true);

    // Sane figures on both sides of a 10 Mbit/s, 40 ms RTT bottleneck after 4 s of Reno.
    const rows = json.rows as Row[];
    for (const side of ['cosim', 'ns3'] as const) {
      expect(figure(rows, 'goodput')[side]).toBeGreaterThan(7);
      expect(figure(rows, 'goodput')[side]).toBeLessThan(9.6);
      expect(figure(rows, 'slow_start_max_cwnd')[side]).toBeGreaterThan(60);
      expect(figure(rows, 'rtt_p50')[side]).toBeGreaterThan(40);
      expect(figure(rows, 'rtt_p50')[side]).toBeLessThan(90);
      expect(figure(rows, 'retransmits')[side]).toBeGreaterThan(0);
    }
  });

  it('compares an earlier cosim run given with --cosim-results, and ns-3 gives the same bytes again', async () => {
    const first = JSON.parse(readFileSync(join(out, 'a', 'comparison.json'), 'utf8'));
    const r = await cosim(['validate', 'examples/dumbbell.yaml', '--against', 'ns3', '--set', 'duration=4s', '--rng-run', '7', '--cosim-results', join(out, 'a', 'cosim'), '--out', join(out, 'b')]);
    expect(r.stderr).not.toMatch(/Unexpected error/);
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(join(out, 'b', 'comparison.json'), 'utf8'));
    expect(json.cosim.digest).toBe(first.cosim.digest);
    expect(json.ns3.digest).toBe(first.ns3.digest);
    expect(existsSync(join(out, 'b', 'cosim'))).toBe(false);
    // No guest booted, and the ns-3 program came from the cache.
    expect(r.stderr).toContain('taken from the cache');
  });

  it('refuses --cosim-results made from another scenario', async () => {
    const r = await cosim(['validate', 'examples/dumbbell.yaml', '--against', 'ns3', '--cosim-results', join(out, 'a', 'cosim'), '--out', join(out, 'c')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`validation stopped: --cosim-results ${join(out, 'a', 'cosim')} was not made from this scenario`);
  });
});
