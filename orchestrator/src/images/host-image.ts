// The image a scenario's host boots: the stock image of its kernel, or, with
// `packages:` or `files:`, that image with a layer on top (images/layer.sh
// resolves, pins, downloads and builds it on first use). Errors name the
// host, and an image that cannot fit in the host's memory is refused here,
// before any guest starts, rather than as a kernel panic during boot.

import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { SetupError } from '../errors.js';
import type { ResolvedHost } from '../scenario/types.js';
import { checkBuild, repoRoot } from '../setup/build-check.js';
import { ensureCustomImage, ensureImage, type GuestImage, readImage } from './kernel-catalog.js';

/**
 * Guest memory a booted guest uses beyond its image's files: what the kernel
 * keeps out of MemTotal, its own allocations, init and the relay agent. A
 * stock guest of 256 MiB has 190, 177 and 167 MiB available after boot on
 * 5.10, 6.1 and 6.12 (66, 80 and 89 MiB used; images/README.md); rounded
 * up, with room for the programs the scenario runs.
 */
export const GUEST_BASE_MIB = 96;

/** What decides a guest's image: a host of its own, or a VM of virtual hosts (run/machines.ts). */
export type GuestOf = Pick<ResolvedHost, 'name' | 'kernel' | 'customKernel' | 'additions' | 'memoryMiB'>;

/** images/layer.sh's arguments for a host with additions. */
export function layerArgs(host: GuestOf, scenarioFile: string): string[] {
  const a = host.additions;
  if (!a) throw new Error(`host ${host.name} has no packages or files`);
  const kernel = host.customKernel
    ? ['--custom', host.customKernel.path, ...(host.customKernel.modulesDir ? ['--modules', host.customKernel.modulesDir] : [])]
    : [host.kernel];
  const base = dirname(resolve(scenarioFile));
  return [
    ...kernel,
    ...(a.packages.length > 0 ? ['--suite', a.suite] : []),
    ...a.files.flatMap((f) => ['--file', `${f.path}=${resolve(base, f.source)}`]),
    ...a.packages,
  ];
}

/** The host's image, built on first use; build logs go to stderr. */
export function ensureHostImage(host: GuestOf, scenarioFile: string): GuestImage {
  if (!host.additions) return host.customKernel ? ensureCustomImage(host.customKernel) : ensureImage(host.kernel);
  const args = layerArgs(host, scenarioFile);
  const ready = checkBuild('images/layer.sh', args);
  let image: GuestImage;
  if (ready.ok) image = readImage(ready.path);
  else {
    const r = spawnSync(join(repoRoot(), 'images', 'layer.sh'), args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 2 ** 20 });
    process.stderr.write(r.stderr ?? '');
    const dir = r.stdout?.trim().split('\n').pop();
    if (r.status !== 0 || !dir) {
      // The script's last line names the package, file or pin that is wrong.
      const why = (r.stderr ?? '').trim().split('\n').pop()?.replace(/^\[\w+\] error: /, '') ?? `exit status ${r.status}`;
      throw new SetupError(`cannot build the image of host ${host.name}: ${why}`, `run images/layer.sh ${args.map(shellQuote).join(' ')} to see every message`);
    }
    image = readImage(dir);
  }
  const fit = imageMemoryCheck(image, host.memoryMiB);
  if (!fit.fits) throw new SetupError(`host ${host.name}: ${fit.message}`, `give ${host.name} more memory (memory: ${fit.neededMiB}MiB or more) or fewer packages`);
  return image;
}

export interface ImageFit {
  fits: boolean;
  neededMiB: number;
  message: string;
}

/**
 * Whether a layered image fits in a guest of `memoryMiB`. The kernel
 * unpacks the initramfs into rootfs, a tmpfs that may grow to half the
 * guest's memory and whose pages are never swapped out, while the
 * compressed archive it reads from is still in memory; after that the
 * files stay, and the guest needs GUEST_BASE_MIB besides.
 */
export function imageMemoryCheck(image: GuestImage, memoryMiB: number): ImageFit {
  const mib = (b: number) => Math.ceil(b / 2 ** 20);
  if (!image.layer) return { fits: true, neededMiB: 0, message: 'a stock image' };
  const files = mib(image.layer.unpackedBytes);
  const neededMiB = Math.max(files + mib(image.initramfsBytes) + GUEST_BASE_MIB, 2 * files + 1);
  const what = `image ${image.dir.split('/').pop()} unpacks to ${files} MiB (${image.layer.packages.length} packages, ${image.layer.files.length} files; initramfs ${mib(image.initramfsBytes)} MiB)`;
  if (neededMiB <= memoryMiB) return { fits: true, neededMiB, message: `${what}, within ${memoryMiB} MiB` };
  return {
    fits: false,
    neededMiB,
    message: `${what} and needs about ${neededMiB} MiB of guest memory, more than its ${memoryMiB} MiB (rootfs may use half of it; the kernel and programs need ${GUEST_BASE_MIB} MiB besides)`,
  };
}

function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./=:+@-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
}
