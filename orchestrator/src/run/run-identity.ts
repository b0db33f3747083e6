// What a run was made with, so two results folders can be compared
// knowingly: the QEMU binary and each host's image, by content. It goes into
// summary.json (not into the digest: the digest says whether two runs gave
// the same bytes; this says whether they had the right to).

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { GuestImage } from '../images/kernel-catalog.js';
import type { RunIdentity } from '../results/outcome-records.js';

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * `qemuBinary` is `<cache>/qemu/<build>/bin/qemu-system-x86_64`. Images carry
 * their files' sums in image.json (checked against the lock when built).
 */
export function runIdentity(qemuBinary: string, hosts: readonly { host: string; image: GuestImage }[]): RunIdentity {
  return {
    qemu: { build: basename(dirname(dirname(qemuBinary))), sha256: sha256File(qemuBinary) },
    images: hosts.map(({ host, image }) => ({
      host,
      image: basename(image.dir),
      kernel_release: image.kernelRelease,
      vmlinuz_sha256: image.vmlinuzSha256,
      initramfs_sha256: image.initramfsSha256,
      relay_agent_sha256: image.relayAgentSha256,
    })),
  };
}
