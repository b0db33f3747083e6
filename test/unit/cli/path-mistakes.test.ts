// Ordinary path mistakes given to the CLI are the user's, not a bug: one line
// naming the path, exit 1 (never 70), and at once, even under /proc, where
// Node's recursive mkdir used to spin for ever (issue 26, findings 12, 13).
// Nothing here boots a guest or needs ns-3: each is refused before that.

import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OutputError } from '../../../orchestrator/src/errors.js';
import { makeDirs } from '../../../orchestrator/src/results/results-dir.js';
import { resetCliAfterEach, runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cosim-paths-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
resetCliAfterEach();

const file = join(dir, 'afile');
writeFileSync(file, 'not a folder\n');
const scenario = resolve('examples/dumbbell.yaml');
const study = resolve('examples/studies/cc.yaml');

describe('a path mistake is one line naming the path, exit 1', () => {
  it.each([
    ['study --out <a file>', ['study', study, '--out', file], `cannot write ${file}: it exists and is not a folder`],
    ['study --out <a file>/sub', ['study', study, '--out', join(file, 'sub')], `cannot write ${join(file, 'sub')}: a part of the path is a file, not a folder (ENOTDIR)`],
    ['run --out <a file>/sub', ['run', scenario, '--out', join(file, 'sub')], `cannot write ${join(file, 'sub')}: a part of the path is a file, not a folder (ENOTDIR)`],
    ['compare <a file>/x', ['compare', join(file, 'x'), dir], `${join(file, 'x')} is not a results folder: a part of its path is a file, not a folder`],
    ['validate --out <a file>', ['validate', scenario, '--against', 'ns3', '--out', file], `cannot write ${file}: it exists and is not a folder`],
    ['validate --out <a file>/sub', ['validate', scenario, '--against', 'ns3', '--out', join(file, 'sub')], `cannot write ${join(file, 'sub')}: a part of the path is a file, not a folder (ENOTDIR)`],
    ['validate --out /sys/...', ['validate', scenario, '--against', 'ns3', '--out', '/sys/kernel/cosim-x'], 'cannot write /sys/kernel/cosim-x: '],
    ['validate --out /proc/x', ['validate', scenario, '--against', 'ns3', '--out', '/proc/cosim-x'], 'cannot write /proc/cosim-x: the file system does not allow a folder here'],
  ])('%s', async (_, args, message) => {
    const t0 = Date.now();
    const { stderr, exitCode } = await runCli(args);
    expect(stderr).toContain(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toContain('a bug');
    expect(exitCode).toBe(1);
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('leaves no folder behind when validate refuses its --out', async () => {
    const before = readdirSync(dir);
    await runCli(['validate', scenario, '--against', 'ns3', '--out', join(file, 'sub')]);
    expect(readdirSync(dir)).toEqual(before);
  });
});

describe('makeDirs', () => {
  it('refuses a folder under /proc at once (COSIM_SNAPSHOT_DIR=/proc/... used to spin)', () => {
    expect(() => makeDirs('/proc/cosim-x/snapshots/k.tmp')).toThrow(OutputError);
    expect(() => makeDirs('/proc/cosim-x/snapshots/k.tmp')).toThrow('cannot write /proc/cosim-x: the file system does not allow a folder here (ENOENT from mkdir)');
  });

  it('names the path when a part of it is a file', () => {
    expect(() => makeDirs(join(file, 'a', 'b'))).toThrow(`cannot write ${join(file, 'a', 'b')}: a part of the path is a file, not a folder (ENOTDIR)`);
  });
});
