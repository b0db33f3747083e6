// `switches:`: learning switches and hubs that join several links into one
// Ethernet segment. A new switch kind goes here (and in net/build-network.ts).

import type { ClaimOutput, Checker } from '../checker.js';
import { outputFile } from '../output-files.js';
import type { Path } from '../issues.js';
import type { ResolvedSwitch } from '../types.js';
import { parseDurationNs } from '../units.js';

const DEFAULTS = { agingNs: 300_000_000_000 } as const;

export interface SwitchTable {
  list: ResolvedSwitch[];
  byName: Map<string, number>;
}

/** `hostNames`: a switch may not share a name with a host (link ends name either). */
export function compileSwitches(c: Checker, v: unknown, hostNames: ReadonlyMap<string, number>, claim: ClaimOutput): SwitchTable {
  const { issues } = c;
  const switches: ResolvedSwitch[] = [];
  const switchByName = new Map<string, number>();
  c.list(v, ['switches']).forEach((w, i) => {
    const p: Path = ['switches', i];
    const o = c.obj(w, p, ['name', 'kind', 'aging', 'capture'], ['name']);
    if (!o) return;
    const swName = c.name(o.name, [...p, 'name']);
    if (swName && (hostNames.has(swName) || switchByName.has(swName))) issues.add('duplicate_name', [...p, 'name'], `there is already a host, VM or switch named ${swName}`);
    let kind: ResolvedSwitch['kind'] = 'learning';
    if (o.kind !== undefined) {
      if (o.kind === 'learning' || o.kind === 'hub') kind = o.kind;
      else issues.add('invalid_value', [...p, 'kind'], 'kind must be "learning" (a switch) or "hub"');
    }
    const agingNs = o.aging === undefined ? DEFAULTS.agingNs : c.unit(parseDurationNs(o.aging, 'aging'), [...p, 'aging'], DEFAULTS.agingNs);
    if (o.aging !== undefined && agingNs <= 0) issues.add('invalid_value', [...p, 'aging'], 'aging must be longer than 0');
    const capture = c.bool(o.capture, [...p, 'capture'], false);
    if (!swName || switchByName.has(swName) || hostNames.has(swName)) return;
    if (capture) claim(outputFile.switchCapture(swName), `switch ${swName}'s capture`, [...p, 'name']);
    switchByName.set(swName, switches.length);
    // capture only when on, so the resolved form of other switches (and their digest) stays as it was.
    switches.push({ name: swName, index: switches.length, kind, agingNs: agingNs > 0 ? agingNs : DEFAULTS.agingNs, ...(capture ? { capture: true as const } : {}) });
  });
  return { list: switches, byName: switchByName };
}
