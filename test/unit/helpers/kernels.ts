// The kernels unit tests compile scenarios against: the pinned ones of
// images/kernels.lock with their suites, without reading the lock.

import type { KernelChoice } from '../../../orchestrator/src/scenario/types.js';

const SUITES: Record<string, string> = { '5.10': 'bullseye', '6.1': 'bookworm', '6.12': 'bookworm-backports' };

export function kernels(...versions: string[]): KernelChoice[] {
  return versions.map((version) => ({ version, suite: SUITES[version] ?? 'bookworm' }));
}
