// Debian's ns-3 on this machine: installed on first use by scripts/ns3.sh
// (pinned to 3.37), programs compiled once and cached by their text under
// $COSIM_CACHE/ns3/<sha256 prefix>/, and run deterministically (fixed seed,
// the RngRun given).

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { SetupError } from '../errors.js';
import { makeDirs } from '../results/results-dir.js';
import { checkBuild, repoRoot } from '../setup/build-check.js';

export const NS3_VERSION = '3.37';

const NS3_LIBS = ['core', 'network', 'internet', 'point-to-point', 'applications', 'traffic-control'].map((m) => `-lns3-${m}`);
const CXX_FLAGS = ['-std=c++17', '-O1', '-w'];

export function cosimCache(): string {
  return process.env.COSIM_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'cosim');
}

/**
 * The installed libns3-dev version (3.37-*), installing it first when it is
 * missing and `install` allows; a SetupError says what to run otherwise.
 */
export function ensureNs3(options: { install: boolean; log?: (line: string) => void }): string {
  const check = checkBuild('scripts/ns3.sh');
  if (check.ok) return check.path;
  if (!options.install) throw new SetupError(`ns-3 ${NS3_VERSION} is not ready: ${check.reason}`, 'run scripts/ns3.sh as root (or scripts/setup.sh --tests)');
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    throw new SetupError(`ns-3 ${NS3_VERSION} is not installed (${check.reason}), and installing it needs root`, 'run scripts/ns3.sh as root, then this command again');
  }
  options.log?.(`installing ns-3 ${NS3_VERSION} (Debian's libns3-dev) with scripts/ns3.sh; this happens once`);
  const r = spawnSync(join(repoRoot(), 'scripts', 'ns3.sh'), [], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const after = checkBuild('scripts/ns3.sh');
  if (!after.ok) {
    const why = (r.stderr ?? '').trim().split('\n').filter(Boolean).pop() ?? after.reason;
    throw new SetupError(`installing ns-3 ${NS3_VERSION} failed: ${why}`, 'run scripts/ns3.sh as root and read its output');
  }
  return after.path;
}

export interface CompiledProgram {
  /** sha256 of the program text: the cache key. */
  sha256: string;
  binary: string;
  /** Whether this call compiled it (false: taken from the cache). */
  compiled: boolean;
}

/** Compile `text` against the installed ns-3, or take the binary cached for the same text. */
export function compileProgram(text: string, ns3Version: string): CompiledProgram {
  const sha256 = createHash('sha256').update(`${ns3Version}\0${CXX_FLAGS.join(' ')}\0${text}`).digest('hex');
  const dir = join(cosimCache(), 'ns3', sha256.slice(0, 16));
  const binary = join(dir, 'program');
  if (existsSync(binary)) return { sha256, binary, compiled: false };
  makeDirs(dir);
  writeFileSync(join(dir, 'program.cc'), text);
  const tmp = `${binary}.${process.pid}.tmp`;
  const r = spawnSync('g++', [...CXX_FLAGS, '-o', tmp, join(dir, 'program.cc'), ...NS3_LIBS], { encoding: 'utf8', timeout: 15 * 60_000 });
  if (r.error || r.status !== 0) {
    const detail = r.error ? r.error.message : (r.stderr.split('\n').find((l) => l.includes('error')) ?? r.stderr.trim().split('\n').pop() ?? `exit ${r.status}`);
    throw new SetupError(`compiling the ns-3 program failed: ${detail}`, `the program is ${join(dir, 'program.cc')}; check that libns3-dev ${NS3_VERSION} and g++ are installed (scripts/ns3.sh)`);
  }
  renameSync(tmp, binary);
  return { sha256, binary, compiled: true };
}

/** Run a compiled program, writing traces/ and outcome.json into `outDir`. */
export function runProgram(binary: string, outDir: string, rngRun: number): void {
  makeDirs(outDir);
  const r = spawnSync(binary, [`--out=${outDir}`, `--run=${rngRun}`], { encoding: 'utf8', timeout: 60 * 60_000, maxBuffer: 64 * 2 ** 20 });
  if (r.error || r.status !== 0) {
    const why = r.error ? r.error.message : `${r.signal ? `killed by ${r.signal}` : `exit status ${r.status}`}: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`;
    throw new SetupError(`the ns-3 program failed: ${why}`, `run ${binary} --out=${outDir} --run=${rngRun} to see it`);
  }
}
