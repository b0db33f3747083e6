// A link direction's `queue:`. A new queue kind's keys are checked here, its
// resolved form is in ../types.ts and net/build-network.ts builds it.

import type { Checker } from '../checker.js';
import type { Path } from '../issues.js';
import type { ResolvedDirection } from '../types.js';
import { parseQueueLimit } from '../units.js';

const DEFAULTS = { queue: '100p' } as const;

export function compileQueue(c: Checker, v: unknown, path: Path): ResolvedDirection['queue'] {
  const q = parseQueueLimit(v ?? DEFAULTS.queue);
  if (!q.ok) c.issues.add('invalid_value', path, q.message);
  return q.ok ? { ...(q.packets ? { limitPackets: q.packets } : {}), ...(q.bytes ? { limitBytes: q.bytes } : {}) } : {};
}
