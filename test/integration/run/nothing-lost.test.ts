// The hostile run of issue 10, as a new user would try it, through the CLI:
// nothing of the user's is deleted, no failure passes for a completed run,
// no QEMU is left behind, and every error is one line with the right exit
// status. Refusals start no guest; the rest boot two 6.1 guests for 3 s.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cosim, startCosim } from '../helpers/cosim-cli.js';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';

async function waitFor(check: () => boolean, what: string, limitMs = 120_000): Promise<void> {
  const t0 = Date.now();
  while (!check()) {
    if (Date.now() - t0 > limitMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const qemuLeft = (marker: string) => spawnSync('pgrep', ['-f', `qemu-system.*${marker}`]).stdout.toString().trim();

const dir = tempDir('nothing-lost');
const mounts: string[] = [];
afterAll(() => mounts.forEach((m) => spawnSync('umount', ['-l', m])));

function scenario(name: string, extra = '', hosts = 2, duration = '3s'): string {
  const lines = [`name: ${name}`, `duration: ${duration}`, 'hosts:'];
  for (let i = 0; i < hosts; i++) lines.push(`  - {name: h${i}, kernel: "6.1", ip: 10.0.${i >> 8}.${(i & 255) + 1}/16}`);
  lines.push('links:', '  - {name: wan, between: [h0, h1], rate: 10Mbit, delay: 20ms, queue: 33p, pcap: true}', 'flows:', '  - {id: reno, from: h0, to: h1, cc: reno}', extra);
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, lines.join('\n'));
  return file;
}

function tmpfs(path: string, options: string): void {
  mkdirSync(path, { recursive: true });
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', path], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cannot mount a tmpfs at ${path}: ${r.stderr}`);
  mounts.push(path);
}

describe('refusals that start no guest', () => {
  const d3 = scenario('d3');

  it('never deletes a folder it did not write (finding 1)', async () => {
    const out = join(dir, 'home-like');
    mkdirSync(join(out, '.ssh'), { recursive: true });
    writeFileSync(join(out, 'MARKER'), 'x');
    const r = await cosim(['run', d3, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`cannot write ${out}: the folder is not empty and is not a cosim results folder; choose a new folder or empty it (cosim replaces only its own results, even with --force)`);
    expect(readdirSync(out).sort()).toEqual(['.ssh', 'MARKER']);
    expect((await cosim(['run', d3, '--out', '.'])).stderr).toMatch(/refusing to use it as a results folder: it is the current folder or holds it/);
  });

  it('refuses guests that need more memory than the machine has, and check warns (finding 5)', async () => {
    const big = scenario('big', '', 200);
    const c = await cosim(['check', big]);
    expect(c.code).toBe(0);
    expect(c.stderr).toMatch(/^warning: the 200 guests need about 75\.0 GiB of memory .* more than the .* GiB this machine has; `cosim run` will refuse it unless given --force$/m);
    const r = await cosim(['run', big, '--out', join(dir, 'big')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Setup problem: the 200 guests need about 75\.0 GiB .*\n {2}→ lower the hosts' memory, run fewer hosts, or pass --force to run anyway\n$/);
    expect(qemuLeft(join(dir, 'big'))).toBe('');
  });

  it('fails at once on an --out where no folder can be made, naming the errno (findings 6 and 8)', async () => {
    const t0 = Date.now();
    const proc = await cosim(['run', d3, '--out', '/proc/x']);
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(proc.code).toBe(1);
    expect(proc.stderr.trim()).toBe('cannot write /proc/x: the file system does not allow a folder here (ENOENT from mkdir)');
    const ro = join(dir, 'ro');
    tmpfs(ro, 'ro,size=1m');
    const r = await cosim(['run', d3, '--out', join(ro, 'results')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`cannot write ${join(ro, 'results')}: the file system is read-only (EROFS)`);
  });

  it('refuses a hang timeout Node cannot time, and compares only results folders (findings 7 and 8)', async () => {
    const r = await cosim(['run', d3, '--hang-timeout', '2147484']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('--hang-timeout must be a number of seconds from above 0 to 2147483, not 2147484');
    const c = await cosim(['compare', join(dir, 'nope'), d3]);
    expect(c.code).toBe(1);
    expect(c.stderr.trim()).toBe(`${join(dir, 'nope')} is not a results folder: no such file or folder`);
  });
});

describe('runs that go wrong', () => {
  it('fails a run whose relay agent died, names the unfinished action, and finishes pipelines (findings 3 and 6)', async () => {
    requireQemu();
    requireImage('6.1');
    const file = scenario(
      'dead-agent',
      ['actions:', '  - {at: 300ms, host: h0, exec: "yes A | head -c 200000 | wc -c"}', '  - {at: 1s, host: h0, exec: "kill $PPID"}'].join('\n'),
    );
    const out = join(dir, 'dead-agent');
    const r = await cosim(['run', file, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/run failed: the relay agent on h0 went silent: flow reno's TCP_INFO samples stopped at 1\.0\d+ s of the experiment/);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { status: string; warnings: string[] };
    expect(summary.status).toBe('failed');
    expect(summary.warnings).toEqual(['action 1 (exec "/bin/sh -c kill $PPID" on h0 at 1.000000000 s) had not finished when the run ended']);
    const actions = JSON.parse(readFileSync(join(out, 'actions.json'), 'utf8')) as { status: number; stdout: string }[];
    expect(actions[0]).toMatchObject({ status: 0, stdout: '200000\n' });
    expect(r.stdout).toContain('warning: action 1 (exec "/bin/sh -c kill $PPID" on h0 at 1.000000000 s) had not finished');
  });

  it('exits 143 on SIGTERM with a readable pcap, with a comma in TMPDIR (findings 8 and 9)', async () => {
    const tmp = join(dir, 'a,id=evil');
    mkdirSync(tmp);
    const out = join(dir, 'sigterm');
    // Long enough that the signal comes mid-run: after boot, 3 s of simulated time can take under 1.5 s of wall time.
    const run = startCosim(['run', scenario('sigterm', '', 2, '60s'), '--out', out], { env: { ...process.env, TMPDIR: tmp } });
    await waitFor(() => run.stderr().includes('experiment starts'), 'the experiment to start');
    await new Promise((r) => setTimeout(r, 1_500));
    run.child.kill('SIGTERM');
    expect((await run.closed).code).toBe(143);
    expect(run.stderr()).toMatch(/run stopped: interrupted by SIGTERM \(partial results kept in/);
    const capinfos = spawnSync('capinfos', ['-c', join(out, 'pcap', 'wan.pcap')], { encoding: 'utf8' });
    expect(capinfos.status).toBe(0);
    expect(Number(/Number of packets:\s+(\d+)/.exec(capinfos.stdout)?.[1])).toBeGreaterThan(100);
    expect(qemuLeft(out)).toBe('');
  });

  it('stops during boot on Ctrl-C, killing every QEMU, into an --out that is a mount point (findings 5 and 8)', async () => {
    const out = join(dir, 'mounted');
    tmpfs(out, 'size=64m');
    // Booted, not restored: restoring four snapshots is over before a Ctrl-C 0.5 s later could land in it.
    const run = startCosim(['run', scenario('boot-stop', '', 4), '--out', out, '--no-snapshot']);
    await waitFor(() => qemuLeft(out).split('\n').filter(Boolean).length === 4, 'four QEMUs to start', 60_000);
    await new Promise((r) => setTimeout(r, 500));
    const t0 = Date.now();
    run.child.kill('SIGINT');
    expect((await run.closed).code).toBe(130);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(run.stderr()).not.toContain('experiment starts');
    expect(qemuLeft(out)).toBe('');
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'))).toMatchObject({ status: 'stopped', reason: 'interrupted by SIGINT' });
    expect(existsSync(join(out, '.cosim-results'))).toBe(true);
  });
});
