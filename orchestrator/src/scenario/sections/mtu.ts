// MTUs of host NICs and links (jumbo frames). A NIC's `mtu` (or its host's,
// for all its NICs) is what the guest sets with `ip link set mtu`; a link's
// is the largest IP packet its wire carries. Either may be given: a link
// without its own takes its host ends', and a NIC without its own takes its
// link's. A link whose two ends, or whose end and own `mtu`, disagree is
// refused naming both: on a point-to-point wire that is a misconfiguration,
// not an experiment. Behind a switch, hosts with different MTUs may meet;
// the switch then drops what a smaller port cannot carry, as a real one does
// (net/queue.ts, `over-mtu`).

import type { Checker } from '../checker.js';
import type { Path } from '../issues.js';
import type { NodeRef, ResolvedHost } from '../types.js';

/** Ethernet's MTU, every NIC's and link's unless the scenario says otherwise. */
export const DEFAULT_MTU = 1500;
/** The smallest MTU IPv4 allows. */
export const MIN_MTU = 68;
/** Jumbo frames as switches and NICs commonly take them; the sync protocol and virtio-net would carry up to 65522. */
export const MAX_MTU = 9000;

/** `mtu:` of a host or NIC: undefined when not given. */
export function nicMtuOf(c: Checker, v: unknown, path: Path): number | undefined {
  return v === undefined ? undefined : c.int(v, path, MIN_MTU, MAX_MTU, DEFAULT_MTU);
}

/** The NIC's MTU as the guest will have it. */
export function mtuOf(nic: { mtu?: number }): number {
  return nic.mtu ?? DEFAULT_MTU;
}

/**
 * A link's MTU: its own `mtu`, else its host ends' (which must agree), else
 * 1500. Host ends without their own MTU take it (their NIC objects are
 * updated in place). Returns the MTU when it is not 1500.
 */
export function resolveLinkMtu(c: Checker, v: unknown, path: Path, linkName: string, ends: readonly NodeRef[], hosts: readonly ResolvedHost[]): number | undefined {
  const own = nicMtuOf(c, v, [...path, 'mtu']);
  const nics = ends.filter((e) => e.kind === 'host').map((e) => ({ at: `${e.name}:${hosts[e.index]!.nics[e.nic]!.name}`, nic: hosts[e.index]!.nics[e.nic]! }));
  const given = nics.filter((n) => n.nic.mtu !== undefined);
  const first = given[0];
  if (own !== undefined) {
    for (const n of given) {
      if (n.nic.mtu !== own) c.issues.add('invalid_value', [...path, 'mtu'], `link ${linkName} has mtu ${own} but its end ${n.at} has mtu ${n.nic.mtu}; give them the same`);
    }
  } else if (first && given.some((n) => n.nic.mtu !== first.nic.mtu)) {
    const [a, b] = given;
    c.issues.add('invalid_value', [...path, 'between'], `the ends of link ${linkName} disagree: ${a!.at} has mtu ${a!.nic.mtu}, ${b!.at} has mtu ${b!.nic.mtu}; give them the same (or give the link an mtu and the NICs none)`);
  }
  const mtu = own ?? first?.nic.mtu ?? DEFAULT_MTU;
  if (mtu === DEFAULT_MTU) return undefined;
  for (const n of nics) if (n.nic.mtu === undefined) n.nic.mtu = mtu;
  return mtu;
}

/** Longest untagged frame a link with this MTU carries: the IP packet and the Ethernet header (no FCS, as frames are counted everywhere). */
export function maxFrameBytes(mtu: number): number {
  return mtu + 14;
}
