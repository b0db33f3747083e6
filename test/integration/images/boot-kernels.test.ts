// Every pinned Debian kernel boots under the patched QEMU with the
// deterministic options, starts the relay agent and reports its release
// through it. Also: an unknown version and a corrupt kernel fail fast with a
// message that says what is wrong.

import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SetupError } from '../../../orchestrator/src/errors.js';
import { ensureImage } from '../../../orchestrator/src/images/kernel-catalog.js';
import { bootToHello } from '../helpers/boot.js';
import { tempDir } from '../helpers/guest.js';

describe('guest images', () => {
  it.each(['5.10', '6.1', '6.12'])('kernel %s boots to its relay agent and reports its release', async (version) => {
    const image = ensureImage(version);
    const { hello, guestNs, wallMs } = await bootToHello(image.kernelPath, image.initrdPath, image.cmdline, tempDir(`boot-${version}`));
    expect(hello?.kernelRelease).toBe(image.kernelRelease);
    expect(image.kernelRelease.startsWith(version)).toBe(true);
    process.stderr.write(`kernel ${version}: relay agent ready at ${(guestNs / 1e9).toFixed(3)} s guest, ${(wallMs / 1000).toFixed(1)} s wall\n`);
  });

  it('reports a guest kernel panic by its console line, not as a hang', async () => {
    const image = ensureImage('6.1');
    const err = await bootToHello(image.kernelPath, image.initrdPath, `${image.cmdline} rdinit=/nonexistent init=/nonexistent`, tempDir('panic')).catch((e: unknown) => e);
    expect(String(err)).toMatch(/Guest boot failed sync: the guest kernel panicked: Kernel panic - not syncing: /);
  });

  it('refuses an unknown version, naming the known ones', () => {
    expect(() => ensureImage('4.19')).toThrow(SetupError);
    expect(() => ensureImage('4.19')).toThrow(/unknown kernel version "4.19"/);
  });

  it('ends the boot of a corrupt kernel with QEMU\'s message instead of hanging', async () => {
    const image = ensureImage('6.1');
    const dir = tempDir('corrupt');
    const bad = join(dir, 'vmlinuz');
    writeFileSync(bad, Buffer.alloc(4096, 0x5a));
    copyFileSync(image.initrdPath, join(dir, 'initrd'));
    const t0 = Date.now();
    await expect(bootToHello(bad, join(dir, 'initrd'), image.cmdline, dir)).rejects.toThrow(/QEMU ended: .*kernel/i);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});
