// One writer per folder: a lock file inside a results or study folder, held
// for the whole run or study. Two writers into one folder would interleave
// their files (two QEMUs appending to one console log) and report digests of
// files that no longer exist, so the second is refused, naming the first.
//
// Why a lock file created with link(2), not flock(2) or a package: Node has no
// flock, and the packages that add it (fs-ext) are native addons that need a
// compiler and are barely maintained; flock is also advisory-only on many
// NFS setups, where Slurm studies live. proper-lockfile (mkdir plus an mtime
// refreshed by a timer) declares a lock stale when its holder's event loop is
// blocked past the stale period, which image builds (synchronous, minutes)
// would do, and it does not record the holder's pid that the refusal must
// name. Here the lock is a file holding the holder's pid, host, start time and
// command, written whole to a private name and then link(2)ed to the lock's
// name: link is atomic (also over NFS) and fails if the name exists, so
// nobody ever reads a half-written lock. A lock whose holder is gone (same
// host, pid dead or reused: /proc/<pid>/stat's start time differs) is stale
// and taken over, under a short-lived second lock so that two takers cannot
// both win. A holder on another host cannot be checked and is always honoured.

import { linkSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { OutputError } from '../errors.js';

/** The lock file's name inside the folder it guards. */
export const LOCK_FILE = '.cosim-lock';

/** The lock file, or one of the short-lived files taking it makes beside it (a SIGKILL at the wrong moment leaves one). */
export function isLockFile(name: string): boolean {
  return name === LOCK_FILE || name.startsWith(`${LOCK_FILE}.`);
}

/** Who holds a lock: what its file says. */
export interface LockHolder {
  pid: number;
  host: string;
  /** When the lock was taken (ISO 8601). */
  since: string;
  /** The command that holds it, for the person reading the refusal. */
  command: string;
  /** The holder's start time in clock ticks since boot (Linux), so a reused pid is not taken for it. */
  procStart?: string;
}

/** A second writer was refused: another process holds the folder's lock. */
export class FolderLockedError extends OutputError {
  readonly holder: LockHolder;

  constructor(dir: string, holder: LockHolder, here: boolean) {
    const where = here ? 'on this machine' : `on host ${holder.host}`;
    const after = here ? 'wait for it to end, or choose another folder' : `wait for it to end, or choose another folder; if that process is gone, delete ${join(dir, LOCK_FILE)}`;
    super(dir, `another cosim is writing it (pid ${holder.pid} ${where}, since ${holder.since}: ${holder.command})`, { after });
    this.holder = holder;
  }
}

/** A break-in lock older than this was left by a taker that died mid-takeover. */
const BREAK_STALE_MS = 10_000;

export class FolderLock {
  readonly dir: string;
  readonly #path: string;
  readonly #text: string;
  #held = true;

  private constructor(dir: string, text: string) {
    this.dir = dir;
    this.#path = join(dir, LOCK_FILE);
    this.#text = text;
  }

  /** Take the lock of `dir` (which must exist), or throw FolderLockedError naming its holder. */
  static take(dir: string): FolderLock {
    const text = `${JSON.stringify(ownHolder())}\n`;
    const path = join(dir, LOCK_FILE);
    let seen: { text: string; holder: LockHolder } | undefined;
    for (let attempt = 0; attempt < 10; attempt++) {
      if (linkNew(path, text)) return new FolderLock(dir, text);
      seen = readHolder(path);
      if (seen === undefined) continue; // released between our link and read: try again
      if (holderAlive(seen.holder)) break;
      breakStale(path, seen.text);
    }
    const holder = seen?.holder ?? { pid: 0, host: '(changing hands)', since: '?', command: '?' };
    throw new FolderLockedError(dir, holder, holder.host === hostname());
  }

  /** Give the lock up; only our own lock file is removed. Safe to call twice. */
  release(): void {
    if (!this.#held) return;
    this.#held = false;
    try {
      if (readFileSync(this.#path, 'utf8') === this.#text) unlinkSync(this.#path);
    } catch {
      // Gone already (the folder was removed): nothing is held.
    }
  }
}

function ownHolder(): LockHolder {
  const start = procStart(process.pid);
  return {
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    command: ['cosim', ...process.argv.slice(2)].join(' ').slice(0, 300),
    ...(start !== undefined ? { procStart: start } : {}),
  };
}

/** Create `path` holding `text`, atomically and only if it does not exist. */
function linkNew(path: string, text: string): boolean {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  try {
    writeFileSync(tmp, text, { flag: 'wx' });
  } catch (err) {
    throw new OutputError(path, err, { before: 'cannot take the folder\'s lock' });
  }
  try {
    linkSync(tmp, path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new OutputError(path, err, { before: 'cannot take the folder\'s lock' });
  } finally {
    unlinkSync(tmp);
  }
}

function readHolder(path: string): { text: string; holder: LockHolder } | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new OutputError(path, err, { before: 'cannot read the folder\'s lock' });
  }
  try {
    const h = JSON.parse(text) as Partial<LockHolder>;
    if (typeof h.pid === 'number' && typeof h.host === 'string') return { text, holder: { pid: h.pid, host: h.host, since: String(h.since ?? '?'), command: String(h.command ?? '?'), ...(typeof h.procStart === 'string' ? { procStart: h.procStart } : {}) } };
  } catch {
    // Not ours to read: honoured as held by an unknown process below.
  }
  return { text, holder: { pid: 0, host: '(unreadable lock file)', since: '?', command: '?' } };
}

/** Whether the holder may still be running: always, unless it is on this host and provably gone. */
export function holderAlive(h: LockHolder): boolean {
  if (h.host !== hostname() || h.pid <= 0) return true;
  try {
    process.kill(h.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const start = procStart(h.pid);
  return h.procStart === undefined || start === undefined || start === h.procStart;
}

/** Field 22 of /proc/<pid>/stat: the process's start time, which a reused pid does not share. */
function procStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/**
 * Remove a stale lock file, if it still holds what was judged stale. The
 * check and the removal happen under a second lock, so a taker that read the
 * stale lock late cannot remove the fresh lock another taker just made.
 */
function breakStale(path: string, staleText: string): void {
  const guard = `${path}.break`;
  if (!linkNew(guard, `${process.pid}\n`)) {
    const age = Date.now() - (statSync(guard, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > BREAK_STALE_MS) unlinkQuiet(guard);
    sleepMs(50);
    return;
  }
  try {
    if (readHolder(path)?.text === staleText) unlinkQuiet(path);
  } finally {
    unlinkQuiet(guard);
  }
}

function unlinkQuiet(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}

function sleepMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
