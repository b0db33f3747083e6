// Everything a run needs before any guest starts, refused early and by name:
// the guests fit in memory, the patched QEMU is built, each VM's image is
// there (built on first use; VMs alike share one), and the results folder
// can be written.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { OutputError, SetupError } from '../errors.js';
import { ensureHostImage } from '../images/host-image.js';
import type { GuestImage } from '../images/kernel-catalog.js';
import type { RunIdentity } from '../results/outcome-records.js';
import { type ExistingDirRule, prepareResultsDir, resultsOwner } from '../results/results-dir.js';
import type { ResolvedScenario } from '../scenario/types.js';
import { checkBuild } from '../setup/build-check.js';
import { type Placement, placeHosts } from './machines.js';
import { checkGuestMemory } from './resource-check.js';
import { runIdentity } from './run-identity.js';

export interface PreparedRun {
  /** Which VMs run, and where each host is. */
  placement: Placement;
  /** The patched QEMU binary. */
  qemuPath: string;
  /** Per VM. */
  images: GuestImage[];
  identity: RunIdentity;
}

export function prepareRun(scenario: ResolvedScenario, options: { outDir: string; existing?: ExistingDirRule; ignoreMemoryLimit?: boolean; owner?: string }): PreparedRun {
  // Before anything is looked up or built: a scenario that cannot fit is refused at once.
  if (!options.ignoreMemoryLimit) {
    const memory = checkGuestMemory(scenario);
    if (!memory.fits) throw new SetupError(memory.message, "lower the hosts' memory, run fewer hosts, or pass --force to run anyway");
  }
  const qemu = checkBuild('qemu-patches/build.sh');
  if (!qemu.ok) throw new SetupError(`the patched QEMU is not built (${qemu.reason})`, 'run scripts/setup.sh');
  // One VM per host of its own, one per entry of vms: (machines.ts).
  const placement = placeHosts(scenario);
  const byKey = new Map<string, GuestImage>();
  const images = placement.machines.map((m) => {
    const key = JSON.stringify([m.kernel, m.customKernel, m.additions]);
    let img = byKey.get(key);
    if (!img) byKey.set(key, (img = ensureHostImage(m, scenario.file)));
    return img;
  });
  for (const img of images) {
    if (!img.relayAgent) throw new SetupError(`image ${img.version} has no relay agent`, 'run scripts/setup.sh to rebuild it');
  }
  const identity = runIdentity(qemu.path, placement.machines.map((m, i) => ({ host: m.name, image: images[i]! })));

  prepareResultsDir(options.outDir, options.existing ?? 'new-or-empty', resultsOwner(options.owner ?? scenario.file));
  for (const sub of ['console', 'pcap']) {
    try {
      mkdirSync(join(options.outDir, sub));
    } catch (err) {
      throw new OutputError(join(options.outDir, sub), err, { after: 'no guest was started' });
    }
  }
  return { placement, qemuPath: qemu.path, images, identity };
}
