// resolved-scenario.json: the resolved scenario as the digest sees it,
// simulation content only. The file's path, and a custom kernel's paths,
// depend on where the user typed the command from; the kernel is identified
// by its content instead. A study reads the same text to decide whether a
// run's results can be kept (study/run-study.ts isComplete).

import type { ResolvedScenario } from '../scenario/types.js';

/** A host's kernel by content, as summary.json's identity gives it. */
export interface KernelSums {
  host: string;
  vmlinuz_sha256: string;
  initramfs_sha256: string;
}

export function scenarioForDigest(scenario: ResolvedScenario, images: readonly KernelSums[] | undefined): Omit<ResolvedScenario, 'file'> {
  const { file: _file, ...rest } = scenario;
  return {
    ...rest,
    hosts: rest.hosts.map((h) => {
      if (!h.customKernel) return h;
      const image = images?.find((i) => i.host === h.name);
      return { ...h, customKernel: { vmlinuz_sha256: image?.vmlinuz_sha256 ?? null, initramfs_sha256: image?.initramfs_sha256 ?? null } } as unknown as typeof h;
    }),
  };
}

/** The file's text for `scenario`, its custom kernels named by `images` (a run's identity). */
export function resolvedScenarioJson(scenario: ResolvedScenario, images: readonly KernelSums[] | undefined): string {
  return `${JSON.stringify(scenarioForDigest(scenario, images), null, 2)}\n`;
}
