// `offloads:` of a host (every NIC's default) or of one of its `nics:`:
// what the simulated NIC does in the guest's stead. `true` is checksum
// offload and TSO; a mapping names them, and LRO too. Off by default: a NIC without
// offloads gets and gives plain frames, exactly as before offloads existed
// (docs/scenario-spec.md gives the measurement behind the default).

import { type Checker, isObj } from '../checker.js';
import type { Path } from '../issues.js';
import type { NicOffloads } from '../types.js';

export const DEFAULT_OFFLOADS: NicOffloads | undefined = undefined;

/** The offloads `v` asks for at `path`, `fallback` when it is absent, undefined for none. */
export function compileOffloads(c: Checker, v: unknown, path: Path, fallback: NicOffloads | undefined): NicOffloads | undefined {
  if (v === undefined) return fallback;
  if (typeof v === 'boolean') return v ? { checksum: true, tso: true, lro: false } : undefined;
  if (!isObj(v)) {
    c.issues.add('invalid_type', path, 'offloads must be true, false or a mapping like {checksum: true, tso: true}');
    return fallback;
  }
  const o = c.obj(v, path, ['checksum', 'tso', 'lro']);
  if (!o) return fallback;
  const tso = c.bool(o.tso, [...path, 'tso'], false);
  const lro = c.bool(o.lro, [...path, 'lro'], false);
  const checksum = c.bool(o.checksum, [...path, 'checksum'], tso || lro);
  if (tso && !checksum) c.issues.add('invalid_value', [...path, 'tso'], 'tso needs checksum offload (a NIC cutting segments computes their checksums); leave checksum out or set it true');
  if (lro && !checksum) c.issues.add('invalid_value', [...path, 'lro'], 'lro needs checksum offload (a NIC merges only segments whose checksums it checked); leave checksum out or set it true');
  return checksum ? { checksum, tso, lro } : undefined;
}
