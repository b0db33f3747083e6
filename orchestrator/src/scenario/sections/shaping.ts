// What shapes a link direction's frames besides rate, delay and loss:
// `policer:` (a token bucket in front of its queue, net/token-bucket.ts)
// and `aggregate:` (frames handed to the far end in bursts,
// net/frame-aggregation.ts).

import type { Checker } from '../checker.js';
import type { Path } from '../issues.js';
import type { ResolvedDirection } from '../types.js';
import { parseDurationNs, parseRateBps, parseSizeBytes } from '../units.js';
import { DEFAULT_MTU, maxFrameBytes } from './mtu.js';

/** The longest frame of a link at the default MTU: a policer's bucket holds at least one. */
const MAX_FRAME = maxFrameBytes(DEFAULT_MTU);

/** A batch of `frames` not full after this long goes anyway. */
export const DEFAULT_AGGREGATE_TIMEOUT_NS = 5_000_000;

/** `policer: {rate, burst}`. */
export function compilePolicer(c: Checker, v: unknown, p: Path): ResolvedDirection['policer'] {
  if (v === undefined) return undefined;
  const o = c.obj(v, p, ['rate', 'burst'], ['rate', 'burst']);
  if (!o || o.rate === undefined || o.burst === undefined) return undefined;
  const rateBps = c.unit(parseRateBps(o.rate, 'rate'), [...p, 'rate'], 1);
  const burstBytes = c.unit(parseSizeBytes(o.burst, 'burst'), [...p, 'burst'], MAX_FRAME);
  if (burstBytes < MAX_FRAME) c.issues.add('invalid_value', [...p, 'burst'], `burst must hold at least one full frame (${MAX_FRAME} bytes at MTU ${DEFAULT_MTU}); a smaller bucket drops every full-size frame`);
  return { rateBps, burstBytes };
}

/** `aggregate: {every}` or `{frames, timeout}`. */
export function compileAggregate(c: Checker, v: unknown, p: Path): ResolvedDirection['aggregate'] {
  if (v === undefined) return undefined;
  const o = c.obj(v, p, ['every', 'frames', 'timeout']);
  if (!o) return undefined;
  const positive = (key: string, fallback: number): number => {
    const ns = c.unit(parseDurationNs(o[key], key), [...p, key], fallback);
    if (ns <= 0) c.issues.add('invalid_value', [...p, key], `${key} must be longer than 0`);
    return ns > 0 ? ns : fallback;
  };
  if ((o.every === undefined) === (o.frames === undefined)) {
    c.issues.add(o.every === undefined ? 'missing_key' : 'invalid_value', p, 'aggregate takes every (release every so often) or frames (release that many together), not both');
    return undefined;
  }
  if (o.every !== undefined) {
    if (o.timeout !== undefined) c.issues.add('invalid_value', [...p, 'timeout'], 'timeout goes with frames, not every');
    return { everyNs: positive('every', 1) };
  }
  const frames = c.int(o.frames, [...p, 'frames'], 1, 1000, 1);
  return { frames, timeoutNs: o.timeout === undefined ? DEFAULT_AGGREGATE_TIMEOUT_NS : positive('timeout', DEFAULT_AGGREGATE_TIMEOUT_NS) };
}
