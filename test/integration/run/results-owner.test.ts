// Whose results a folder holds, through the CLI: a second scenario file with
// the same `name:` does not replace the first's results (it used to, with
// exit 0), `--force` replaces them but never deletes a file cosim did not
// write at any depth, and never touches a folder that is not cosim results.

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readResultsRecord } from '../../../orchestrator/src/results/results-marker.js';
import { cosim } from '../helpers/cosim-cli.js';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';

const scenario = (cc: string) => `name: shared-name
duration: 2s
hosts:
  - {name: sender, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: receiver, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - {name: wan, between: [sender, receiver], rate: 10Mbit, delay: 10ms, queue: 33p}
flows:
  - {id: flow, from: sender, to: receiver, cc: ${cc}}
`;

describe('whose results a folder holds', () => {
  const dir = tempDir('results-owner');
  mkdirSync(join(dir, 'a'));
  mkdirSync(join(dir, 'b'));
  const a = join(dir, 'a', 'scenario.yaml');
  const b = join(dir, 'b', 'scenario.yaml');
  writeFileSync(a, scenario('reno'));
  writeFileSync(b, scenario('cubic'));
  const out = join(dir, 'results');

  it('refuses another scenario of the same name, and files of the user\'s even with --force', async () => {
    requireQemu();
    requireImage('6.1');
    const first = await cosim(['run', a, '--out', out]);
    expect(first.code, first.stderr).toBe(0);
    const digest = readFileSync(join(out, 'digest.txt'), 'utf8');
    expect(readResultsRecord(out).owner).toBe(a);

    const other = await cosim(['run', b, '--out', out]);
    expect(other.code).toBe(1);
    expect(other.stderr).toBe(`cannot write ${out}: it holds the results of another scenario, ${a}; choose another --out, or pass --force to replace them\n`);
    expect(readFileSync(join(out, 'digest.txt'), 'utf8')).toBe(digest);

    // The user's files below the top level: the same scenario, even forced, leaves them be.
    writeFileSync(join(out, 'traces', 'notes.txt'), 'mine');
    writeFileSync(join(out, 'plots', 'figure-3.pdf'), 'mine');
    for (const args of [[a], [a, '--force'], [b, '--force']]) {
      const r = await cosim(['run', ...args, '--out', out]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`cannot write ${out}: it holds files cosim did not write (plots/figure-3.pdf, traces/notes.txt); move them away: cosim never deletes them, not even with --force\n`);
    }
    expect(readFileSync(join(out, 'traces', 'notes.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(join(out, 'digest.txt'), 'utf8')).toBe(digest);

    // A folder that is not cosim results (here standing for /etc or the cache) is never touched.
    const precious = join(dir, 'precious');
    mkdirSync(join(precious, 'sub'), { recursive: true });
    writeFileSync(join(precious, 'sub', 'data'), 'x');
    const forced = await cosim(['run', a, '--out', precious, '--force']);
    expect(forced.code).toBe(1);
    expect(forced.stderr).toMatch(/is not a cosim results folder; choose a new folder or empty it \(cosim replaces only its own results, even with --force\)\n$/);
    expect(readdirSync(precious)).toEqual(['sub']);

    // Moved away, another scenario's results are replaced when asked.
    rmSync(join(out, 'traces', 'notes.txt'));
    rmSync(join(out, 'plots', 'figure-3.pdf'));
    const replaced = await cosim(['run', b, '--out', out, '--force']);
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(readResultsRecord(out).owner).toBe(b);
    expect(readResultsRecord(out).files).toContain('traces/flow.csv');
    expect(readFileSync(join(out, 'digest.txt'), 'utf8')).not.toBe(digest);
  });
});
