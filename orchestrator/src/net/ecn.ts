// ECN in an Ethernet frame's IP header (RFC 3168): read the two ECN bits of
// IPv4's TOS or IPv6's traffic class, and set CE on a copy of the frame,
// fixing the IPv4 header checksum (RFC 1624's incremental update, so a
// checksum that was wrong stays exactly as wrong). Also the flow key
// FQ-CoDel hashes. Up to two 802.1Q/802.1ad tags are skipped.

import type { Frame } from './frame.js';

export const ECN_NOT_ECT = 0;
export const ECN_ECT1 = 1;
export const ECN_ECT0 = 2;
export const ECN_CE = 3;

interface IpHeader {
  version: 4 | 6;
  /** Offset of the IP header in the frame. */
  offset: number;
}

function ipHeaderOf(bytes: Uint8Array): IpHeader | undefined {
  let off = 12;
  for (let tags = 0; tags < 2 && off + 4 <= bytes.length; tags++) {
    const type = (bytes[off]! << 8) | bytes[off + 1]!;
    if (type !== 0x8100 && type !== 0x88a8) break;
    off += 4;
  }
  if (off + 2 > bytes.length) return undefined;
  const type = (bytes[off]! << 8) | bytes[off + 1]!;
  const ip = off + 2;
  if (type === 0x0800 && ip + 20 <= bytes.length && bytes[ip]! >> 4 === 4) return { version: 4, offset: ip };
  if (type === 0x86dd && ip + 40 <= bytes.length && bytes[ip]! >> 4 === 6) return { version: 6, offset: ip };
  return undefined;
}

/** The frame's ECN codepoint, or undefined when it carries no IP packet. */
export function ecnOf(bytes: Uint8Array): number | undefined {
  const ip = ipHeaderOf(bytes);
  if (!ip) return undefined;
  return ip.version === 4 ? bytes[ip.offset + 1]! & 3 : (bytes[ip.offset + 1]! >> 4) & 3;
}

/**
 * The frame with CE set when its sender negotiated ECN (ECT(0), ECT(1), or
 * CE already), else undefined: the queue must drop it instead. The original
 * frame is never changed, since a hub may have handed it to several ports.
 */
export function markCe(frame: Frame): Frame | undefined {
  const ip = ipHeaderOf(frame.bytes);
  if (!ip) return undefined;
  const ecn = ecnOf(frame.bytes)!;
  if (ecn === ECN_NOT_ECT) return undefined;
  if (ecn === ECN_CE) return frame;
  const bytes = frame.bytes.slice();
  const o = ip.offset;
  if (ip.version === 6) {
    bytes[o + 1] = bytes[o + 1]! | 0x30;
  } else {
    const oldWord = (bytes[o]! << 8) | bytes[o + 1]!;
    bytes[o + 1] = bytes[o + 1]! | 3;
    const newWord = (bytes[o]! << 8) | bytes[o + 1]!;
    // RFC 1624 eqn. 3: HC' = ~(~HC + ~m + m').
    const hc = (bytes[o + 10]! << 8) | bytes[o + 11]!;
    let sum = (~hc & 0xffff) + (~oldWord & 0xffff) + newWord;
    sum = (sum & 0xffff) + (sum >>> 16);
    sum = (sum & 0xffff) + (sum >>> 16);
    const out = ~sum & 0xffff;
    bytes[o + 10] = out >> 8;
    bytes[o + 11] = out & 0xff;
  }
  return { bytes, id: frame.id };
}

/** The IPv4 header checksum as a receiver verifies it: 0xffff when right. */
export function ipv4HeaderSum(bytes: Uint8Array, offset = 14): number {
  const len = (bytes[offset]! & 0x0f) * 4;
  let sum = 0;
  for (let i = 0; i < len; i += 2) sum += (bytes[offset + i]! << 8) | bytes[offset + i + 1]!;
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return sum;
}

/**
 * A 32-bit hash of the frame's flow, FNV-1a from `perturbation`: protocol,
 * addresses and (TCP, UDP, SCTP, UDP-Lite, DCCP) ports of an IP packet; the
 * MAC addresses and EtherType of anything else.
 */
export function flowHash(bytes: Uint8Array, perturbation: number): number {
  let h = (2166136261 ^ perturbation) >>> 0;
  const mix = (from: number, to: number) => {
    for (let i = from; i < to && i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 16777619);
  };
  const ip = ipHeaderOf(bytes);
  if (!ip) {
    mix(0, 14);
    return h >>> 0;
  }
  const o = ip.offset;
  let proto: number;
  let l4: number | undefined;
  if (ip.version === 4) {
    proto = bytes[o + 9]!;
    mix(o + 9, o + 10);
    mix(o + 12, o + 20);
    const fragOffset = ((bytes[o + 6]! & 0x1f) << 8) | bytes[o + 7]!;
    if (fragOffset === 0) l4 = o + (bytes[o]! & 0x0f) * 4;
  } else {
    proto = bytes[o + 6]!;
    mix(o + 6, o + 7);
    mix(o + 8, o + 40);
    l4 = o + 40;
  }
  if (l4 !== undefined && [6, 17, 33, 132, 136].includes(proto)) mix(l4, l4 + 4);
  return h >>> 0;
}
