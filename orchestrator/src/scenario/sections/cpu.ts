// `cpu:` of a guest: how fast its CPU runs in simulated time. QEMU's icount
// counts instructions; `speed` says how many run per simulated second.

import type { Checker } from '../checker.js';
import type { Path } from '../issues.js';
import { parseClockMhz } from '../units.js';

/** One instruction per ns: QEMU's `-icount shift=0` alone, and the default. */
export const DEFAULT_CPU_MIPS = 1000;
/**
 * Below 1 GHz an instruction would last longer than a nanosecond and a busy
 * guest would pass the times the network gives it; QEMU refuses it too
 * (qemu-patches, patch 12). 100 GHz is far past any server.
 */
const MIN_MIPS = 1000;
const MAX_MIPS = 100_000;

/**
 * `cpu: {speed: 3GHz}` -> million instructions per simulated second, or
 * undefined for the default (so a guest without it resolves, and digests,
 * as before). A speed equal to the default resolves as no speed at all.
 */
export function cpuMipsOf(c: Checker, v: unknown, path: Path): number | undefined {
  if (v === undefined) return undefined;
  const o = c.obj(v, path, ['speed'], ['speed']);
  if (!o || o.speed === undefined) return undefined;
  const at = [...path, 'speed'];
  const parsed = parseClockMhz(o.speed, 'speed');
  if (!parsed.ok) {
    c.issues.add('invalid_value', at, parsed.message);
    return undefined;
  }
  // One MHz of clock is one million guest instructions per second.
  const mips = parsed.value;
  if (!Number.isInteger(mips)) {
    c.issues.add('invalid_value', at, `speed ${o.speed} is not a whole number of MHz`);
    return undefined;
  }
  if (mips < MIN_MIPS || mips > MAX_MIPS) {
    c.issues.add('invalid_value', at, `speed must be from 1GHz to 100GHz: below 1GHz an instruction lasts longer than a nanosecond and a guest would pass the times the network gives it`);
    return undefined;
  }
  return mips === DEFAULT_CPU_MIPS ? undefined : mips;
}
