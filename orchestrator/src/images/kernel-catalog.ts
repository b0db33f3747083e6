// The kernels a scenario may name (images/kernels.lock), the user's own
// kernels, and their built images. Building is images/build.sh's job; this
// module only asks it.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SetupError } from '../errors.js';
import type { KernelChoice } from '../scenario/types.js';
import { checkBuild, repoRoot } from '../setup/build-check.js';

export interface KernelPin {
  version: string;
  suite: string;
  package: string;
  packageVersion: string;
}

export interface GuestImage {
  dir: string;
  version: string;
  kernelRelease: string;
  kernelPath: string;
  initrdPath: string;
  cmdline: string;
  relayAgent: boolean;
  vmlinuzBytes: number;
  initramfsBytes: number;
  /** The image's cache key, and its files by content (images/build.sh checks them against images/initramfs.lock). */
  key: string;
  vmlinuzSha256: string;
  initramfsSha256: string;
  relayAgentSha256: string | null;
  /** With packages or files (images/layer.sh): what it carries and what it costs. */
  layer?: ImageLayer;
}

/** The part of an image images/layer.sh added on top of a stock image. */
export interface ImageLayer {
  /** The stock image's folder name; its initramfs is the first archive of this one's. */
  baseDir: string;
  suite: string;
  requestedPackages: string[];
  /** Every package in the image, dependencies included, as images/packages.lock pins them. */
  packages: { name: string; version: string }[];
  files: { path: string; mode: string; sha256: string }[];
  /** Bytes the kernel unpacks into guest memory (stock files and layer). */
  unpackedBytes: number;
  /** Compressed size of the layer archive alone. */
  layerBytes: number;
  extraModules: number;
}

/** A kernel the user built: a bzImage, and the folder `make modules_install` filled, if any. */
export interface CustomKernel {
  path: string;
  modulesDir: string | undefined;
}

export function kernelPins(): KernelPin[] {
  const text = readFileSync(join(repoRoot(), 'images', 'kernels.lock'), 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => f.length === 5 && f[0] !== 'busybox')
    .map(([version, suite, pkg, packageVersion]) => ({ version: version!, suite: suite!, package: pkg!, packageVersion: packageVersion! }));
}

/** The kernels a scenario may name, each with its packages' suite: what the scenario compiler takes. */
export function knownKernels(): KernelChoice[] {
  return kernelPins().map((p) => ({ version: p.version, suite: p.suite }));
}

/** The image in `dir`, from its image.json (a layered image's extra fields under `layer`). */
export function readImage(dir: string): GuestImage {
  type Meta = Omit<GuestImage, 'dir' | 'kernelPath' | 'initrdPath' | 'layer'> & Partial<Omit<ImageLayer, 'baseDir'>> & { base?: { dir: string } };
  const { base, suite, requestedPackages, packages, files, unpackedBytes, layerBytes, extraModules, ...meta } = JSON.parse(readFileSync(join(dir, 'image.json'), 'utf8')) as Meta;
  const layer: ImageLayer | undefined = base
    ? {
        baseDir: base.dir,
        suite: suite ?? '',
        requestedPackages: requestedPackages ?? [],
        packages: packages ?? [],
        files: files ?? [],
        unpackedBytes: unpackedBytes ?? 0,
        layerBytes: layerBytes ?? 0,
        extraModules: extraModules ?? 0,
      }
    : undefined;
  return { dir, ...meta, kernelPath: join(dir, 'vmlinuz'), initrdPath: join(dir, 'initramfs.cpio.gz'), ...(layer ? { layer } : {}) };
}

/** The built image for `version`, building it on first use (logs go to stderr). */
export function ensureImage(version: string): GuestImage {
  const versions = kernelPins().map((p) => p.version);
  if (!versions.includes(version)) {
    throw new SetupError(`unknown kernel version "${version}"`, `known versions: ${versions.join(', ')} (images/kernels.lock)`);
  }
  const ready = checkBuild('images/build.sh', [version]);
  if (ready.ok) return readImage(ready.path);
  const r = spawnSync(join(repoRoot(), 'images', 'build.sh'), [version], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const dir = r.stdout?.trim().split('\n').pop();
  if (r.status !== 0 || !dir) throw new SetupError(`building the ${version} image failed`, `run images/build.sh ${version} and read its messages`);
  return readImage(dir);
}

/** The image for a user's kernel, building it when its inputs changed. */
export function ensureCustomImage(kernel: CustomKernel): GuestImage {
  const args = ['--custom', kernel.path, ...(kernel.modulesDir ? [kernel.modulesDir] : [])];
  const ready = checkBuild('images/build.sh', args);
  if (ready.ok) return readImage(ready.path);
  const r = spawnSync(join(repoRoot(), 'images', 'build.sh'), args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  process.stderr.write(r.stderr ?? '');
  const dir = r.stdout?.trim().split('\n').pop();
  if (r.status !== 0 || !dir) {
    // build.sh's last line says what is wrong with the kernel or its modules.
    const why = (r.stderr ?? '').trim().split('\n').pop()?.replace(/^\[images\] error: /, '') ?? `exit status ${r.status}`;
    throw new SetupError(`cannot build an image for ${kernel.path}: ${why}`, `run images/build.sh ${args.join(' ')} to see every message`);
  }
  return readImage(dir);
}

/** Whether each known version is built, without building anything. */
export function listImages(): { pin: KernelPin; image: GuestImage | undefined }[] {
  return kernelPins().map((pin) => {
    const r = checkBuild('images/build.sh', [pin.version]);
    return { pin, image: r.ok ? readImage(r.path) : undefined };
  });
}
