// A study folder whose runs were damaged after they ran, through the CLI on
// real guests (issue 26): a truncated summary.json used to stop the study with
// "Unexpected end of JSON input" naming no file (exit 70), for good, while
// the other runs' guests went on (finding 11); a run whose traces/ were
// deleted was reused, with RTT percentiles of 0 and status `completed`
// (finding 3). Now such a run is named and run again, and an error that
// does stop a study stops its other runs first.

import { readFileSync, rmSync, truncateSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cosim } from '../helpers/cosim-cli.js';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';

const STUDY = `name: damaged
repetitions: 2
scenario:
  name: damaged
  duration: 3s
  hosts:
    - {name: sender, kernel: "6.1", ip: 10.0.0.1/24}
    - {name: receiver, kernel: "6.1", ip: 10.0.0.2/24}
  links:
    - {name: wan, between: [sender, receiver], rate: 10Mbit, delay: 20ms, queue: 33p, loss: 0.002}
  flows:
    - {id: flow, from: sender, to: receiver}
`;

const R0 = '000-r0';
const R1 = '001-r1';

describe('a study whose run folders were damaged', () => {
  const dir = tempDir('damaged-study');
  const file = join(dir, 'study.yaml');
  writeFileSync(file, STUDY);
  const out = join(dir, 'out');
  const study = () => cosim(['study', file, '--out', out, '--jobs', '2']);
  let firstRuns = '';

  it('runs', async () => {
    requireQemu();
    requireImage('6.1');
    const r = await study();
    expect(r.code, r.stderr).toBe(0);
    firstRuns = readFileSync(join(out, 'runs.csv'), 'utf8');
    expect(firstRuns.split('\n').filter((l) => l.includes(',completed,'))).toHaveLength(2);
  });

  it('names a truncated summary.json and runs that run again (finding 11)', async () => {
    const summary = join(out, 'runs', R0, 'summary.json');
    truncateSync(summary, Math.floor(statSync(summary).size / 2));
    const r = await study();
    expect(r.stderr).not.toContain('a bug');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`run ${R0} runs again: ${summary} cannot be read as JSON (`);
    expect(r.stdout).toContain('2 of 2 runs completed (1 reused)');
    expect(readFileSync(join(out, 'runs.csv'), 'utf8')).toBe(firstRuns);
  });

  it('runs again a run whose traces/ were deleted, naming them (finding 3)', async () => {
    rmSync(join(out, 'runs', R1, 'traces'), { recursive: true });
    const r = await study();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`run ${R1} runs again: ${join(out, 'runs', R1)}: traces/flow.csv is gone, so its digest no longer verifies`);
    expect(r.stdout).toContain('2 of 2 runs completed (1 reused)');
    // Its RTT percentiles are those of the first run again, not 0 as when the reuse did not look.
    expect(readFileSync(join(out, 'runs.csv'), 'utf8')).toBe(firstRuns);
  });

  it('stops the other runs when one cannot even record its failure, and names the path', async () => {
    const summary = join(out, 'runs', R0, 'summary.json');
    truncateSync(summary, 10);
    rmSync(join(out, 'runs', R1), { recursive: true });
    writeFileSync(join(out, 'runs', R1), 'a file where a run folder goes\n');
    const r = await study();
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr.trim().split('\n').at(-1)).toBe(`cannot write ${join(out, 'runs', R1, '.cosim-results')}: a part of the path is a file, not a folder (ENOTDIR)`);
    // The other run was stopped, not left to finish after the error (it used to complete 12 s later).
    const status = (() => {
      try {
        return (JSON.parse(readFileSync(summary, 'utf8')) as { status: string }).status;
      } catch {
        return 'none';
      }
    })();
    expect(['stopped', 'none']).toContain(status);
    expect(spawnSync('pgrep', ['-f', `qemu-system.*${out}`]).stdout.toString().trim()).toBe('');
  });
});
