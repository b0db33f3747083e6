// One writer per results folder, through the CLI on real guests: of two runs
// into one folder 1.5 s apart, and of two studies into one folder started
// together, one is refused naming the other's pid, and the other's digests
// are those of a clean run into a folder of its own. (Before the lock, both
// reported success and every digest was wrong: two QEMUs wrote each console
// log.)

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CosimResult, startCosim } from '../helpers/cosim-cli.js';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';

const SCENARIO = `name: one-writer
duration: 2s
hosts:
  - {name: sender, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: receiver, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - {name: wan, between: [sender, receiver], rate: 10Mbit, delay: 10ms, queue: 33p, loss: 0.002}
flows:
  - {id: flow, from: sender, to: receiver}
`;

const STUDY = `name: one-writer
scenario: scenario.yaml
axes:
  flows.flow.cc: [reno, cubic]
`;

interface Finished extends CosimResult {
  pid: number;
}

/** `cosim ...` in a child of its own, with its pid. */
async function run(args: string[]): Promise<Finished> {
  const c = startCosim(args);
  const { code } = await c.closed;
  return { pid: c.child.pid!, code, stdout: c.stdout(), stderr: c.stderr() };
}

/** Exactly one of two finished: the other was refused, naming the winner's pid. */
function oneRefused(a: Finished, b: Finished, out: string): Finished {
  const [winner, loser] = a.code === 0 ? [a, b] : [b, a];
  expect(winner.code, winner.stderr).toBe(0);
  expect(loser.code, loser.stderr).toBe(1);
  expect(loser.stderr).toMatch(new RegExp(`^cannot write ${out}: another cosim is writing it \\(pid ${winner.pid} on this machine, since [^)]*\\); wait for it to end, or choose another folder\\n$`));
  return winner;
}

const digestsOf = (study: string) =>
  readFileSync(join(study, 'runs.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((row) => row.split(',').slice(0, 7).join(','));

describe('one writer per results folder', () => {
  const dir = tempDir('one-writer');
  const scenario = join(dir, 'scenario.yaml');
  writeFileSync(scenario, SCENARIO);
  writeFileSync(join(dir, 'study.yaml'), STUDY);

  it('refuses the second of two runs into one folder; the first has a clean run\'s digest', async () => {
    requireQemu();
    requireImage('6.1');
    const out = join(dir, 'run');
    const first = run(['run', scenario, '--out', out]);
    await new Promise((r) => setTimeout(r, 1_500));
    const second = run(['run', scenario, '--out', out]);
    oneRefused(await first, await second, out);
    const clean = await run(['run', scenario, '--out', join(dir, 'clean-run')]);
    expect(clean.code, clean.stderr).toBe(0);
    expect(readFileSync(join(out, 'digest.txt'), 'utf8')).toBe(readFileSync(join(dir, 'clean-run', 'digest.txt'), 'utf8'));
  });

  it('refuses the second of two studies into one folder; the first has a clean study\'s digests', async () => {
    requireQemu();
    requireImage('6.1');
    const out = join(dir, 'study');
    const [a, b] = await Promise.all([run(['study', join(dir, 'study.yaml'), '--out', out, '--jobs', '1']), run(['study', join(dir, 'study.yaml'), '--out', out, '--jobs', '1'])]);
    oneRefused(a, b, out);
    const clean = await run(['study', join(dir, 'study.yaml'), '--out', join(dir, 'clean-study'), '--jobs', '1']);
    expect(clean.code, clean.stderr).toBe(0);
    const digests = digestsOf(out);
    expect(digests).toHaveLength(2);
    for (const row of digests) expect(row).toMatch(/,completed,,[0-9a-f]{64}$/);
    expect(digests).toEqual(digestsOf(join(dir, 'clean-study')));
  });
});
