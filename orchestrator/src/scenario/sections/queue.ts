// A link direction's `queue:`: a limit alone (`100p`, `64KB`) for drop-tail,
// or a mapping with a `kind` and that kind's parameters. A new queue kind's
// keys are checked here, its resolved form is in ../types.ts and
// net/queue-factory.ts builds it.

import { type Checker, isObj, type Obj } from '../checker.js';
import type { Path } from '../issues.js';
import type { ResolvedQueue } from '../types.js';
import { parseDurationNs, parseQueueLimit } from '../units.js';

const DEFAULTS = { queue: '100p' } as const;

/** Each kind's keys besides `kind`, and its default limit (as Linux's qdiscs). */
const KINDS = {
  drop_tail: { keys: ['limit'], limit: '100p' },
  red: { keys: ['limit', 'min_th', 'max_th', 'max_p', 'weight', 'gentle', 'ecn'], limit: '100p' },
  codel: { keys: ['limit', 'target', 'interval', 'ecn'], limit: '1000p' },
  fq_codel: { keys: ['limit', 'flows', 'quantum', 'target', 'interval', 'ecn'], limit: '10240p' },
} as const;

type Kind = keyof typeof KINDS;

export function compileQueue(c: Checker, v: unknown, path: Path): ResolvedQueue {
  if (!isObj(v)) return limitOf(c, v ?? DEFAULTS.queue, path);
  const kind = v.kind;
  if (typeof kind !== 'string' || !(kind in KINDS)) {
    c.issues.add(kind === undefined ? 'missing_key' : 'invalid_value', [...path, 'kind'], `kind must be one of ${Object.keys(KINDS).join(', ')}`);
    return {};
  }
  const spec = KINDS[kind as Kind];
  const o = c.obj(v, path, ['kind', ...spec.keys]) as Obj;
  const limit = limitOf(c, o.limit ?? spec.limit, [...path, 'limit']);
  const duration = (key: string, fallback: number): number => {
    if (o[key] === undefined) return fallback;
    const ns = c.unit(parseDurationNs(o[key], key), [...path, key], fallback);
    if (ns <= 0) c.issues.add('invalid_value', [...path, key], `${key} must be longer than 0`);
    return ns > 0 ? ns : fallback;
  };
  switch (kind as Kind) {
    case 'drop_tail':
      return limit;
    case 'red': {
      const minThPackets = c.int(o.min_th, [...path, 'min_th'], 0, 1_000_000, 5);
      const maxThPackets = c.int(o.max_th, [...path, 'max_th'], 1, 1_000_000, 15);
      if (maxThPackets <= minThPackets) c.issues.add('invalid_value', [...path, 'max_th'], `max_th must be above min_th (${minThPackets})`);
      const maxP = o.max_p === undefined ? 0.1 : c.prob(o.max_p, [...path, 'max_p']);
      if (o.max_p !== undefined && maxP === 0) c.issues.add('invalid_value', [...path, 'max_p'], 'max_p must be above 0');
      const weight = o.weight === undefined ? 0.002 : c.prob(o.weight, [...path, 'weight']);
      if (o.weight !== undefined && weight === 0) c.issues.add('invalid_value', [...path, 'weight'], 'weight must be above 0');
      return {
        kind: 'red',
        ...limit,
        minThPackets,
        maxThPackets,
        maxP: maxP || 0.1,
        weight: weight || 0.002,
        gentle: c.bool(o.gentle, [...path, 'gentle'], true),
        ecn: c.bool(o.ecn, [...path, 'ecn'], false),
      };
    }
    case 'codel':
      return { kind: 'codel', ...limit, targetNs: duration('target', 5_000_000), intervalNs: duration('interval', 100_000_000), ecn: c.bool(o.ecn, [...path, 'ecn'], false) };
    case 'fq_codel':
      return {
        kind: 'fq_codel',
        ...limit,
        flows: c.int(o.flows, [...path, 'flows'], 1, 65536, 1024),
        quantumBytes: c.int(o.quantum, [...path, 'quantum'], 64, 65536, 1514),
        targetNs: duration('target', 5_000_000),
        intervalNs: duration('interval', 100_000_000),
        ecn: c.bool(o.ecn, [...path, 'ecn'], true),
      };
  }
}

function limitOf(c: Checker, v: unknown, path: Path): { limitPackets?: number; limitBytes?: number } {
  const q = parseQueueLimit(v);
  if (!q.ok) c.issues.add('invalid_value', path, q.message);
  return q.ok ? { ...(q.packets ? { limitPackets: q.packets } : {}), ...(q.bytes ? { limitBytes: q.bytes } : {}) } : {};
}
