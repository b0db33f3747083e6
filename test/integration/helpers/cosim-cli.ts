// `cosim` from the sources in its own process (cli-child.ts through tsx), as
// a user runs it: for tests that read its output, wait for its exit status
// or signal it. Prefer the awaited forms: a synchronous spawn starves
// vitest's worker for as long as the run lasts.

import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./cli-child.ts', import.meta.url));
const NODE_ARGS = ['--import', 'tsx', CHILD];

export interface CosimOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Its own process group, so a test can signal the whole run (QEMU included). */
  detached?: boolean;
}

export interface CosimChild {
  child: ChildProcess;
  /** Output so far. */
  stdout: () => string;
  stderr: () => string;
  /** The exit code once the process exits (its output may still be arriving). */
  exited: Promise<number | null>;
  /** The exit code and signal once its output has ended too. */
  closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface CosimResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `cosim ...args` started in a child, its output collected. */
export function startCosim(args: readonly string[], options: CosimOptions = {}): CosimChild {
  const child = spawn(process.execPath, [...NODE_ARGS, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.env ? { env: options.env } : {}),
    ...(options.cwd ? { cwd: options.cwd } : {}),
    ...(options.detached ? { detached: true } : {}),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
    closed: new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal }))),
  };
}

/** `cosim ...args` in a child, awaited to the end of its output. */
export async function cosim(args: readonly string[], options: CosimOptions = {}): Promise<CosimResult> {
  const run = startCosim(args, options);
  const { code } = await run.closed;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}
