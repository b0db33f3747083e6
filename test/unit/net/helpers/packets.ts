// Ethernet frames carrying IPv4 or IPv6 packets with chosen ECN bits and
// ports, for queue tests that look into headers (ECN marking, flow hashing).

import type { Frame } from '../../../../orchestrator/src/net/frame.js';

export interface PacketSpec {
  bytes?: number;
  ecn?: number;
  srcPort?: number;
  dstPort?: number;
  /** 6 TCP (default), 17 UDP. */
  proto?: number;
  ipv6?: boolean;
}

/** An Ethernet frame of `bytes` (default 1514) with a valid IPv4 header checksum. */
export function ipFrame(id: number, spec: PacketSpec = {}): Frame {
  const n = spec.bytes ?? 1514;
  const b = new Uint8Array(n);
  b.set([0x02, 0, 0, 0, 0, 2, 0x02, 0, 0, 0, 0, 1], 0);
  const ecn = spec.ecn ?? 0;
  const proto = spec.proto ?? 6;
  let l4: number;
  if (spec.ipv6) {
    b.set([0x86, 0xdd], 12);
    const o = 14;
    b[o] = 0x60;
    b[o + 1] = ecn << 4;
    const payload = n - o - 40;
    b[o + 4] = payload >> 8;
    b[o + 5] = payload & 0xff;
    b[o + 6] = proto;
    b[o + 7] = 64;
    b[o + 23] = 1; // src ::1 style
    b[o + 39] = 2;
    l4 = o + 40;
  } else {
    b.set([0x08, 0x00], 12);
    const o = 14;
    const total = n - o;
    b.set([0x45, ecn, total >> 8, total & 0xff, 0, 0, 0x40, 0, 64, proto, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2], o);
    let sum = 0;
    for (let i = 0; i < 20; i += 2) sum += (b[o + i]! << 8) | b[o + i + 1]!;
    while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
    const ck = ~sum & 0xffff;
    b[o + 10] = ck >> 8;
    b[o + 11] = ck & 0xff;
    l4 = o + 20;
  }
  const sp = spec.srcPort ?? 40000;
  const dp = spec.dstPort ?? 5001;
  b.set([sp >> 8, sp & 0xff, dp >> 8, dp & 0xff], l4);
  return { bytes: b, id };
}
