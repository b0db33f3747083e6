// Shared setup for tests that boot real guests: find the patched QEMU and an
// image through the build recipes' --check contract, and fail (never skip)
// with the command that fixes it when either is missing.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkBuild } from '../../../orchestrator/src/setup/build-check.js';

export function requireQemu(): string {
  const r = checkBuild('qemu-patches/build.sh');
  if (!r.ok) throw new Error(`the patched QEMU is missing (${r.reason}); run scripts/setup.sh`);
  return r.path;
}

export interface TestImage {
  dir: string;
  kernelPath: string;
  initrdPath: string;
  cmdline: string;
  kernelRelease: string;
}

export function requireImage(version: string): TestImage {
  const r = checkBuild('images/build.sh', [version]);
  if (!r.ok) throw new Error(`image ${version} is missing (${r.reason}); run images/build.sh ${version}`);
  const meta = JSON.parse(readFileSync(join(r.path, 'image.json'), 'utf8')) as { cmdline: string; kernelRelease: string };
  return {
    dir: r.path,
    kernelPath: join(r.path, 'vmlinuz'),
    initrdPath: join(r.path, 'initramfs.cpio.gz'),
    cmdline: meta.cmdline,
    kernelRelease: meta.kernelRelease,
  };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `cosim-${prefix}-`));
}

/** A CPU-bound process on the other core, to show host load changes nothing. */
export function startCpuHog(): ChildProcess {
  return spawn('sh', ['-c', 'while :; do :; done'], { stdio: 'ignore' });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
