import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FolderLock, FolderLockedError, LOCK_FILE } from '../../../orchestrator/src/results/folder-lock.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'cosim-lock-'));

/** A pid that certainly names no process: one that has just exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', '']);
  return r.pid!;
}

const holder = (pid: number, host = hostname(), extra: Record<string, unknown> = {}) => `${JSON.stringify({ pid, host, since: '2026-01-01T00:00:00Z', command: 'cosim run x.yaml', ...extra })}\n`;

describe('FolderLock', () => {
  it('refuses a second writer, naming the holder\'s pid, until the first releases', () => {
    const dir = scratch();
    const first = FolderLock.take(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    let refusal: unknown;
    try {
      FolderLock.take(dir);
    } catch (err) {
      refusal = err;
    }
    expect(refusal).toBeInstanceOf(FolderLockedError);
    expect((refusal as FolderLockedError).holder.pid).toBe(process.pid);
    expect((refusal as Error).message).toMatch(new RegExp(`^cannot write ${dir}: another cosim is writing it \\(pid ${process.pid} on this machine, since .*\\); wait for it to end, or choose another folder$`));
    first.release();
    first.release();
    expect(readdirSync(dir)).toEqual([]);
    FolderLock.take(dir).release();
  });

  it('takes over a lock whose holder is gone, or whose pid now names another process', () => {
    const dir = scratch();
    writeFileSync(join(dir, LOCK_FILE), holder(deadPid()));
    const a = FolderLock.take(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    a.release();
    // Our own pid, but another start time: the pid was reused.
    writeFileSync(join(dir, LOCK_FILE), holder(process.pid, hostname(), { procStart: '1' }));
    FolderLock.take(dir).release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('honours a holder on another host or an unreadable lock, and says how to clear it', () => {
    const dir = scratch();
    writeFileSync(join(dir, LOCK_FILE), holder(deadPid(), 'node17'));
    expect(() => FolderLock.take(dir)).toThrow(new RegExp(`another cosim is writing it \\(pid \\d+ on host node17, .*if that process is gone, delete ${join(dir, LOCK_FILE)}$`));
    writeFileSync(join(dir, LOCK_FILE), 'garbage');
    expect(() => FolderLock.take(dir)).toThrow(FolderLockedError);
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe('garbage');
  });

  it('never removes a lock it does not hold', () => {
    const dir = scratch();
    const a = FolderLock.take(dir);
    writeFileSync(join(dir, LOCK_FILE), holder(process.pid, hostname(), { command: 'someone else' }));
    a.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
  });

  it('lets exactly one of several processes racing for a stale lock win', async () => {
    const dir = scratch();
    writeFileSync(join(dir, LOCK_FILE), holder(deadPid()));
    const module = resolve('orchestrator/src/results/folder-lock.ts');
    const script = `import { FolderLock } from ${JSON.stringify(module)};
      try { const l = FolderLock.take(${JSON.stringify(dir)}); console.log('won'); setTimeout(() => l.release(), 3000); }
      catch (e) { console.log('refused ' + e.holder.pid); }`;
    const racers = Array.from({ length: 4 }, () => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (b: Buffer) => (out += b.toString()));
      return new Promise<{ pid: number; out: string }>((done) => child.on('exit', () => done({ pid: child.pid!, out: out.trim() })));
    });
    const results = await Promise.all(racers);
    const winners = results.filter((r) => r.out === 'won');
    expect(winners).toHaveLength(1);
    for (const r of results) if (r.out !== 'won') expect(r.out).toBe(`refused ${winners[0]!.pid}`);
    expect(readdirSync(dir)).toEqual([]);
  }, 30_000);
});
