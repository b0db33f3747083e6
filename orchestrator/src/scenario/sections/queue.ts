// A link direction's `queue:`: a limit alone (`100p`, `64KB`) for drop-tail,
// or a mapping with a `kind` and that kind's parameters. A new queue kind's
// keys are checked here; its resolved form (QueueConfig) and defaults are in
// sim/queue-config.ts, and net/queue-factory.ts builds it.

import { CODEL_DEFAULTS, FQ_CODEL_DEFAULTS, QUEUE_LIMIT_DEFAULTS, type QueueConfig, RED_DEFAULTS } from '../../sim/queue-config.js';
import { type Checker, isObj, type Obj } from '../checker.js';
import type { Path } from '../issues.js';
import { parseDurationNs, parseQueueLimit } from '../units.js';

/** Each kind's keys besides `kind`. Its default limit is written out in packets (`100p`), as a user would. */
const KINDS = {
  drop_tail: ['limit'],
  red: ['limit', 'min_th', 'max_th', 'max_p', 'weight', 'gentle', 'ecn'],
  codel: ['limit', 'target', 'interval', 'ecn'],
  fq_codel: ['limit', 'flows', 'quantum', 'target', 'interval', 'ecn'],
} as const;

type Kind = keyof typeof KINDS;

const defaultLimit = (kind: Kind) => `${QUEUE_LIMIT_DEFAULTS[kind].limitPackets}p`;

export function compileQueue(c: Checker, v: unknown, path: Path): QueueConfig {
  if (!isObj(v)) return limitOf(c, v ?? defaultLimit('drop_tail'), path);
  const kind = v.kind;
  if (typeof kind !== 'string' || !(kind in KINDS)) {
    c.issues.add(kind === undefined ? 'missing_key' : 'invalid_value', [...path, 'kind'], `kind must be one of ${Object.keys(KINDS).join(', ')}`);
    return {};
  }
  const o = c.obj(v, path, ['kind', ...KINDS[kind as Kind]]) as Obj;
  const limit = limitOf(c, o.limit ?? defaultLimit(kind as Kind), [...path, 'limit']);
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
      const minThPackets = c.int(o.min_th, [...path, 'min_th'], 0, 1_000_000, RED_DEFAULTS.minThPackets);
      const maxThPackets = c.int(o.max_th, [...path, 'max_th'], 1, 1_000_000, RED_DEFAULTS.maxThPackets);
      if (maxThPackets <= minThPackets) c.issues.add('invalid_value', [...path, 'max_th'], `max_th must be above min_th (${minThPackets})`);
      const maxP = o.max_p === undefined ? RED_DEFAULTS.maxP : c.prob(o.max_p, [...path, 'max_p']);
      if (o.max_p !== undefined && maxP === 0) c.issues.add('invalid_value', [...path, 'max_p'], 'max_p must be above 0');
      const weight = o.weight === undefined ? RED_DEFAULTS.weight : c.prob(o.weight, [...path, 'weight']);
      if (o.weight !== undefined && weight === 0) c.issues.add('invalid_value', [...path, 'weight'], 'weight must be above 0');
      return {
        kind: 'red',
        ...limit,
        minThPackets,
        maxThPackets,
        maxP: maxP || RED_DEFAULTS.maxP,
        weight: weight || RED_DEFAULTS.weight,
        gentle: c.bool(o.gentle, [...path, 'gentle'], RED_DEFAULTS.gentle),
        ecn: c.bool(o.ecn, [...path, 'ecn'], RED_DEFAULTS.ecn),
      };
    }
    case 'codel':
      return { kind: 'codel', ...limit, targetNs: duration('target', CODEL_DEFAULTS.targetNs), intervalNs: duration('interval', CODEL_DEFAULTS.intervalNs), ecn: c.bool(o.ecn, [...path, 'ecn'], CODEL_DEFAULTS.ecn.codel) };
    case 'fq_codel':
      return {
        kind: 'fq_codel',
        ...limit,
        flows: c.int(o.flows, [...path, 'flows'], 1, 65536, FQ_CODEL_DEFAULTS.flows),
        quantumBytes: c.int(o.quantum, [...path, 'quantum'], 64, 65536, FQ_CODEL_DEFAULTS.quantumBytes),
        targetNs: duration('target', CODEL_DEFAULTS.targetNs),
        intervalNs: duration('interval', CODEL_DEFAULTS.intervalNs),
        ecn: c.bool(o.ecn, [...path, 'ecn'], CODEL_DEFAULTS.ecn.fq_codel),
      };
  }
}

function limitOf(c: Checker, v: unknown, path: Path): { limitPackets?: number; limitBytes?: number } {
  const q = parseQueueLimit(v);
  if (!q.ok) c.issues.add('invalid_value', path, q.message);
  return q.ok ? { ...(q.packets ? { limitPackets: q.packets } : {}), ...(q.bytes ? { limitBytes: q.bytes } : {}) } : {};
}
