// Whether an image with packages fits its host: rootfs may take half the
// guest's memory, and the kernel needs room besides; the host's arguments
// for images/layer.sh follow the scenario.

import { describe, expect, it } from 'vitest';
import { GUEST_BASE_MIB, imageMemoryCheck, layerArgs } from '../../../orchestrator/src/images/host-image.js';
import type { GuestImage } from '../../../orchestrator/src/images/kernel-catalog.js';
import type { ResolvedHost } from '../../../orchestrator/src/scenario/types.js';

const MiB = 2 ** 20;

function image(unpackedMiB: number, initramfsMiB: number): GuestImage {
  return {
    dir: '/cache/images/6.1-abc+def',
    version: '6.1',
    kernelRelease: '6.1.0-50-cloud-amd64',
    kernelPath: '/k',
    initrdPath: '/i',
    cmdline: '',
    relayAgent: true,
    vmlinuzBytes: 14 * MiB,
    initramfsBytes: initramfsMiB * MiB,
    key: 'def',
    vmlinuzSha256: 'v',
    initramfsSha256: 'i',
    relayAgentSha256: 'a',
    layer: { baseDir: '6.1-abc', suite: 'bookworm', requestedPackages: ['iperf3'], packages: [], files: [], unpackedBytes: unpackedMiB * MiB, layerBytes: 0, extraModules: 0 },
  };
}

describe('image memory check', () => {
  it('lets a 35 MiB image into the default 256 MiB', () => {
    expect(imageMemoryCheck(image(35, 16), 256)).toMatchObject({ fits: true, neededMiB: 35 + 16 + GUEST_BASE_MIB });
  });

  it('refuses one whose files exceed half the memory (the rootfs limit)', () => {
    const r = imageMemoryCheck(image(150, 50), 256);
    expect(r.fits).toBe(false);
    expect(r.neededMiB).toBe(301);
    expect(r.message).toBe(
      `image 6.1-abc+def unpacks to 150 MiB (0 packages, 0 files; initramfs 50 MiB) and needs about 301 MiB of guest memory, more than its 256 MiB (rootfs may use half of it; the kernel and programs need ${GUEST_BASE_MIB} MiB besides)`,
    );
  });

  it('always lets a stock image in', () => {
    const { layer: _layer, ...stock } = image(0, 2);
    expect(imageMemoryCheck(stock, 64).fits).toBe(true);
  });
});

describe('layer.sh arguments', () => {
  const host = (over: Partial<ResolvedHost>): ResolvedHost => ({
    name: 'a',
    index: 0,
    kernel: '6.12',
    customKernel: undefined,
    memoryMiB: 256,
    icountShift: 0,
    sysctls: [],
    nics: [],
    routes: [],
    ...over,
  });

  it('names the kernel, suite, files (from the scenario folder) and packages', () => {
    const h = host({ additions: { suite: 'bookworm-backports', packages: ['iperf3'], files: [{ path: '/etc/x', source: 'conf/x', sha256: 's', mode: '0644' }] } });
    expect(layerArgs(h, '/work/s/scenario.yaml')).toEqual(['6.12', '--suite', 'bookworm-backports', '--file', '/etc/x=/work/s/conf/x', 'iperf3']);
  });

  it('passes a custom kernel and its modules, and no suite without packages', () => {
    const h = host({ kernel: 'custom', customKernel: { path: '/k/bzImage', modulesDir: '/k/mods' }, additions: { suite: '', packages: [], files: [{ path: '/x', source: '/abs/x', sha256: 's', mode: '0755' }] } });
    expect(layerArgs(h, 's.yaml')).toEqual(['--custom', '/k/bzImage', '--modules', '/k/mods', '--file', '/x=/abs/x']);
  });
});
