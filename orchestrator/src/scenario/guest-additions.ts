// `packages:` and `files:`, top level (every host's default) and per host:
// what a guest image carries beyond busybox and the relay agent. Checked here
// with paths and lines; images/layer.sh builds the image.

import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { IssueList, Path } from './issues.js';
import type { ResolvedFile, ResolvedGuestAdditions } from './types.js';

/** Debian suites guest packages may come from (images/packages.sh). */
export const PACKAGE_SUITES = ['bullseye', 'bookworm', 'bookworm-backports', 'trixie'] as const;

/** A user file larger than this is refused: the image lives in guest RAM. */
const MAX_FILE_BYTES = 256 * 2 ** 20;

/** Guest paths the image itself needs, or that a mount hides at boot. */
const RESERVED = ['/init', '/sbin/cosim-relay', '/sbin/viprun', '/sbin/cosim-init-env', '/sbin/cosim-modprobe'];
const MOUNTED = ['/proc', '/sys', '/dev', '/tmp', '/run'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `packages` and `files` as one level of the scenario gives them; undefined when absent there. */
export interface AdditionsSpec {
  packages: { suite: string | undefined; names: string[] } | undefined;
  files: ResolvedFile[] | undefined;
}

/** Check the `packages` and `files` of one mapping (the top level, or a host at `path`). */
export function compileAdditionsSpec(issues: IssueList, raw: { packages?: unknown; files?: unknown }, path: Path, scenarioFile: string): AdditionsSpec {
  return {
    packages: raw.packages === undefined ? undefined : compilePackages(issues, raw.packages, [...path, 'packages']),
    files: raw.files === undefined ? undefined : compileFiles(issues, raw.files, [...path, 'files'], dirname(resolve(scenarioFile))),
  };
}

/**
 * A host's additions: its own `packages` and `files` where it gives them,
 * else the top level's (a host's `packages: []` asks for none). Packages
 * come from `kernelSuite` (the host kernel's) unless a suite is named. Undefined for
 * a stock image.
 */
export function hostAdditions(top: AdditionsSpec, host: AdditionsSpec, kernelSuite: string): ResolvedGuestAdditions | undefined {
  const packages = host.packages ?? top.packages ?? { suite: undefined, names: [] };
  const files = host.files ?? top.files ?? [];
  if (packages.names.length === 0 && files.length === 0) return undefined;
  return { suite: packages.names.length === 0 ? '' : (packages.suite ?? kernelSuite), packages: packages.names, files };
}


function compilePackages(issues: IssueList, v: unknown, path: Path): { suite: string | undefined; names: string[] } {
  let list: unknown = v;
  let suite: string | undefined;
  if (isObj(v)) {
    for (const k of Object.keys(v)) {
      if (k !== 'suite' && k !== 'names') issues.add('unrecognized_key', [...path, k], `unknown field "${k}" (expected one of: suite, names)`);
    }
    list = v.names ?? [];
    if (v.suite !== undefined) {
      if (typeof v.suite === 'string' && (PACKAGE_SUITES as readonly string[]).includes(v.suite)) suite = v.suite;
      else issues.add('invalid_value', [...path, 'suite'], `suite must be one of ${PACKAGE_SUITES.join(', ')}`);
    }
    path = [...path, 'names'];
  }
  if (!Array.isArray(list)) {
    issues.add('invalid_type', path, 'packages must be a list of Debian package names, or {suite, names}');
    return { suite, names: [] };
  }
  const names = new Set<string>();
  list.forEach((n, i) => {
    if (typeof n !== 'string' || !/^[a-z0-9][a-z0-9+.-]+$/.test(n)) {
      issues.add('invalid_value', [...path, i], `${JSON.stringify(n)} is not a Debian package name (lower-case letters, digits, + - .)`);
    } else if (names.has(n)) issues.add('duplicate_name', [...path, i], `package ${n} is listed twice`);
    else names.add(n);
  });
  return { suite, names: [...names].sort() };
}

function compileFiles(issues: IssueList, v: unknown, path: Path, baseDir: string): ResolvedFile[] {
  if (!isObj(v)) {
    issues.add('invalid_type', path, 'files must be a mapping of guest paths to files here, like {/usr/local/bin/tool: tool}');
    return [];
  }
  const out: ResolvedFile[] = [];
  for (const [guest, src] of Object.entries(v)) {
    const p: Path = [...path, guest];
    const problem = guestPathIssue(guest);
    if (problem) {
      issues.add('invalid_value', p, problem);
      continue;
    }
    if (typeof src !== 'string' || src === '') {
      issues.add('invalid_type', p, `the source of ${guest} must be a file path (relative to the scenario file)`);
      continue;
    }
    const abs = resolve(baseDir, src);
    const st = statSync(abs, { throwIfNoEntry: false });
    if (!st?.isFile()) {
      issues.add('invalid_value', p, `no file ${abs} for ${guest}${st?.isDirectory() ? ' (a folder: list its files one by one)' : ''}`);
      continue;
    }
    if (st.size > MAX_FILE_BYTES) {
      issues.add('invalid_value', p, `${abs} is ${(st.size / 2 ** 20).toFixed(0)} MiB; files are kept in guest memory, at most ${MAX_FILE_BYTES / 2 ** 20} MiB each`);
      continue;
    }
    let sha256: string;
    try {
      sha256 = createHash('sha256').update(readFileSync(abs)).digest('hex');
    } catch (err) {
      issues.add('invalid_value', p, `cannot read ${abs}: ${(err as Error).message}`);
      continue;
    }
    // Executable by its owner here: executable in the guest.
    out.push({ path: guest, source: src, sha256, mode: st.mode & 0o100 ? '0755' : '0644' });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Why `p` cannot be a user file's guest path, or undefined when it can. */
export function guestPathIssue(p: string): string | undefined {
  if (!/^(\/[A-Za-z0-9._+@-]+)+$/.test(p) || /\/\.\.?(\/|$)/.test(p)) {
    return `guest path ${JSON.stringify(p)} must be absolute and plain (letters, digits, . _ + @ -; no . or .. parts)`;
  }
  if (RESERVED.includes(p)) return `${p} is the image's own; choose another path`;
  const mount = MOUNTED.find((m) => p.startsWith(`${m}/`));
  if (mount) return `${mount} is mounted over at boot, which would hide ${p}; put it elsewhere (e.g. /usr/local or /etc)`;
  return undefined;
}
