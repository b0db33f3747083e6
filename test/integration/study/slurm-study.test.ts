// A study through a real single-node Slurm cluster (Debian's slurmctld,
// slurmd and munge on localhost): the same tiny study as local-study.test.ts,
// run locally first, then on Slurm with one task at a time and interrupted
// after its first run (the array is cancelled, the finished run kept), then
// resumed on Slurm. Its runs.csv equals the local runner's byte for byte.
// A node whose cosim cannot start leaves each run recorded as failed, with
// the last line of its task's log.

import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knownKernels } from '../../../orchestrator/src/images/kernel-catalog.js';
import { loadStudyText } from '../../../orchestrator/src/study/load-study.js';
import { runStudyOnSlurm } from '../../../orchestrator/src/study/slurm-runner.js';
import { startCosim } from '../helpers/cosim-cli.js';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';
import { type SlurmCluster, startSlurmCluster } from './slurm-cluster.js';
import { TINY_STUDY } from './tiny-study.js';

/** `cosim study ...` in a child with the cluster's environment. */
const study = (args: string[], env: NodeJS.ProcessEnv) => startCosim(['study', ...args], { env });

const status = (out: string, id: string) => (JSON.parse(readFileSync(join(out, 'runs', id, 'summary.json'), 'utf8')) as { status: string }).status;

describe('a study on Slurm', () => {
  const dir = tempDir('slurm-study');
  const file = join(dir, 'tiny.yaml');
  writeFileSync(file, TINY_STUDY);
  const local = join(dir, 'local');
  const onSlurm = join(dir, 'slurm');
  let cluster: SlurmCluster;

  beforeAll(async () => {
    requireQemu();
    requireImage('6.1');
    cluster = await startSlurmCluster();
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('runs locally first, for the reference runs.csv', async () => {
    const r = study([file, '--out', local, '--jobs', '2'], process.env);
    expect(await r.exited, r.stderr()).toBe(0);
  });

  it('lists its runs for Slurm', async () => {
    const r = study([file, '--dry-run', '--on', 'slurm'], cluster.env);
    expect(await r.exited, r.stderr()).toBe(0);
    expect(r.stdout().split('\n')[0]).toBe('study tiny: 4 runs, on Slurm, as many at once as the cluster gives');
  });

  it('stops on Ctrl-C: the array is cancelled and the finished run kept', async () => {
    // Booted, so a run lasts long enough to be interrupted: from snapshots the whole study can end between two polls.
    const r = study([file, '--out', onSlurm, '--on', 'slurm', '--jobs', '1', '--no-snapshot'], cluster.env);
    while (!r.stderr().includes('1/4 runs done')) {
      if ((await Promise.race([r.exited.then(() => 'exited'), new Promise((res) => setTimeout(res, 200))])) === 'exited') break;
    }
    expect(r.stderr()).toMatch(/^study tiny: 4 runs submitted as Slurm job array \d+ \(1 at once\)/m);
    r.child.kill('SIGINT');
    expect(await r.exited, r.stderr()).toBe(130);
    expect(r.stderr()).toMatch(/cancelling Slurm job array \d+/);
    // Nothing of the array is left in the queue, and only the first run is complete.
    expect(cluster.squeue().split('\n').filter((l) => /\s(PENDING|RUNNING|COMPLETING)$/.test(l))).toEqual([]);
    expect(status(onSlurm, '000-cc=reno-r0')).toBe('completed');
    expect(readFileSync(join(onSlurm, 'runs.csv'), 'utf8')).not.toMatch(/^00[1-3].*,completed,/m);
  });

  it('resumes on Slurm without resubmitting the finished run, and its runs.csv equals the local one', async () => {
    const kept = statSync(join(onSlurm, 'runs', '000-cc=reno-r0', 'summary.json')).mtimeMs;
    const r = study([file, '--out', onSlurm, '--on', 'slurm', '--jobs', '2'], cluster.env);
    expect(await r.exited, r.stderr()).toBe(0);
    expect(r.stderr()).toMatch(/^study tiny: 3 runs submitted as Slurm job array \d+ \(2 at once\)/m);
    expect(r.stderr()).toMatch(/^study tiny: 4\/4 runs done, 0 failed, 1 reused, 0 running$/m);
    expect(r.stdout()).toContain('4 of 4 runs completed (1 reused)');
    expect(statSync(join(onSlurm, 'runs', '000-cc=reno-r0', 'summary.json')).mtimeMs).toBe(kept);
    // Each task ran `cosim run` into its own folder, with its log beside the study's Slurm files.
    expect(readFileSync(join(onSlurm, 'slurm', 'logs', '003-cc=cubic-r1.log'), 'utf8')).toContain(`results in ${join(onSlurm, 'runs', '003-cc=cubic-r1')}`);
    expect(readFileSync(join(onSlurm, 'runs.csv'), 'utf8')).toBe(readFileSync(join(local, 'runs.csv'), 'utf8'));
    expect(readFileSync(join(onSlurm, 'summary.csv'), 'utf8')).toBe(readFileSync(join(local, 'summary.csv'), 'utf8'));
  });

  it('records a task that left no results as failed, with the last line of its log', async () => {
    // A node whose cosim cannot start: the task fails before any guest boots.
    const broken = ['/bin/sh', '-c', 'echo "cosim: cannot start on this node" >&2; exit 3', 'cosim'];
    const lines: string[] = [];
    const saved = process.env.SLURM_CONF;
    process.env.SLURM_CONF = cluster.env.SLURM_CONF;
    try {
      const s = loadStudyText(TINY_STUDY, file, knownKernels());
      const r = await runStudyOnSlurm(s, { outDir: join(dir, 'broken'), cosim: broken, pollMs: 500, log: (l) => lines.push(l) });
      expect(r.results.map((x) => x.metrics.status)).toEqual(['failed', 'failed', 'failed', 'failed']);
      expect(r.results[0]!.metrics.reason).toMatch(/^the Slurm task \d+_0 left no results: cosim: cannot start on this node$/);
    } finally {
      process.env.SLURM_CONF = saved;
    }
    expect(lines).toContainEqual(expect.stringMatching(/^run 003-cc=cubic-r1 failed: the Slurm task \d+_3 left no results: cosim: cannot start on this node$/));
    expect(lines).toContainEqual('study tiny: 4/4 runs done, 4 failed, 0 reused, 0 running');
    expect(readFileSync(join(dir, 'broken', 'runs.csv'), 'utf8')).toMatch(/^003-cc=cubic-r1,cubic,1,\d+,failed,the Slurm task \d+_3 left no results: cosim: cannot start on this node,,/m);
  });

  it('submits nothing when every run is complete', async () => {
    const r = study([file, '--out', onSlurm, '--on', 'slurm'], cluster.env);
    expect(await r.exited, r.stderr()).toBe(0);
    expect(r.stderr()).not.toContain('submitted');
    expect(r.stdout()).toContain('4 of 4 runs completed (4 reused)');
  });

  it('refuses a local study into a folder that the array of a killed `cosim study` still writes', async () => {
    const out = join(dir, 'killed');
    const r = study([file, '--out', out, '--on', 'slurm', '--jobs', '1', '--no-snapshot'], cluster.env);
    while (!/submitted as Slurm job array \d+/.test(r.stderr())) await new Promise((res) => setTimeout(res, 100));
    const jobId = /job array (\d+)/.exec(r.stderr())![1]!;
    // Killed at once: nothing cancels the array, and the study's lock is left by a dead process.
    r.child.kill('SIGKILL');
    await r.exited;
    try {
      for (const on of ['local', 'slurm']) {
        const again = study([file, '--out', out, '--on', on], cluster.env);
        expect(await again.exited, again.stderr()).toBe(1);
        expect(again.stderr()).toContain(`the job array ${jobId} this study submitted earlier is still in the Slurm queue`);
      }
    } finally {
      execFileSync('scancel', [jobId], { env: cluster.env });
      while (cluster.squeue().split('\n').some((l) => l.includes(jobId))) await new Promise((res) => setTimeout(res, 500));
    }
  });
});
