// What a NIC with checksum offload and TSO does to a frame its guest hands
// over: complete a partial checksum, or cut a TCP segment of up to 64 KiB
// into wire frames of the MSS the guest asked for, each with its own IPv4
// header (total length, id, checksum) and TCP header (sequence number,
// flags, checksum), as Linux's software GSO (tcp_gso_segment) does. Pure
// and integer: the same bytes in give the same frames out.
//
// The guest's header is QEMU's `struct virtio_net_hdr` (10 bytes,
// little-endian), which the cosim netdev puts before every frame when it
// has vnet-hdr=on (qemu-patches/0013).

import { internetChecksum, ipv4Checksum, ones16, pseudoHeaderSum } from './checksum.js';

export const VNET_HDR_BYTES = 10;
export const VNET_F_NEEDS_CSUM = 1;
export const VNET_F_DATA_VALID = 2;
export const VNET_GSO_NONE = 0;
export const VNET_GSO_TCPV4 = 1;
export const VNET_GSO_ECN = 0x80;

export interface VnetHeader {
  flags: number;
  gsoType: number;
  hdrLen: number;
  gsoSize: number;
  csumStart: number;
  csumOffset: number;
}

export function parseVnetHeader(b: Uint8Array): VnetHeader {
  const u16 = (o: number) => b[o]! | (b[o + 1]! << 8);
  return { flags: b[0]!, gsoType: b[1]!, hdrLen: u16(2), gsoSize: u16(4), csumStart: u16(6), csumOffset: u16(8) };
}

/** `h` as the 10 bytes before a frame to the guest. */
export function encodeVnetHeader(h: VnetHeader): Uint8Array {
  const b = new Uint8Array(VNET_HDR_BYTES);
  b[0] = h.flags;
  b[1] = h.gsoType;
  const put = (o: number, v: number) => {
    b[o] = v & 0xff;
    b[o + 1] = v >> 8;
  };
  put(2, h.hdrLen);
  put(4, h.gsoSize);
  put(6, h.csumStart);
  put(8, h.csumOffset);
  return b;
}

/** Why a frame cannot be sent as the guest asked; the NIC drops it. */
export class SegmentationError extends Error {
  override name = 'SegmentationError';
}

const ETHERTYPE_VLAN = 0x8100;
const ETHERTYPE_IPV4 = 0x0800;
const TCP_FIN = 0x01;
const TCP_PSH = 0x08;
const TCP_CWR = 0x80;

/**
 * The wire frames for one frame the guest handed over with header `h`
 * (the frame without the header). A frame without GSO keeps its bytes,
 * with its checksum completed if the guest asked for that.
 */
export function wireFrames(h: VnetHeader, frame: Uint8Array): Uint8Array[] {
  const gso = h.gsoType & ~VNET_GSO_ECN;
  if (gso === VNET_GSO_NONE) {
    if (h.flags & VNET_F_NEEDS_CSUM) completeChecksum(frame, h.csumStart, h.csumOffset);
    return [frame];
  }
  if (gso !== VNET_GSO_TCPV4) throw new SegmentationError(`GSO type ${gso} is not offered (only TCPv4)`);
  return segmentTcpV4(frame, h.gsoSize);
}

/** Fill in the checksum at `start + offset`: the guest put its pseudo-header's sum there. */
export function completeChecksum(frame: Uint8Array, start: number, offset: number): void {
  const at = start + offset;
  if (at + 2 > frame.length) throw new SegmentationError(`checksum at ${at} is past the frame's ${frame.length} bytes`);
  const sum = internetChecksum(frame, start, frame.length, 0);
  // 0 becomes 0xffff, as Linux's skb_checksum_help does (for UDP, 0 means "none").
  const v = sum === 0 ? 0xffff : sum;
  frame[at] = v >> 8;
  frame[at + 1] = v & 0xff;
}

/** Offset of the IPv4 header: after the Ethernet header and any 802.1Q tags. */
function ipv4Offset(frame: Uint8Array): number {
  let off = 12;
  let type = (frame[off]! << 8) | frame[off + 1]!;
  while (type === ETHERTYPE_VLAN && off + 6 <= frame.length) {
    off += 4;
    type = (frame[off]! << 8) | frame[off + 1]!;
  }
  if (type !== ETHERTYPE_IPV4) throw new SegmentationError(`TCPv4 GSO frame with ethertype 0x${type.toString(16)}`);
  return off + 2;
}

function segmentTcpV4(frame: Uint8Array, mss: number): Uint8Array[] {
  const ip = ipv4Offset(frame);
  if (ip + 20 > frame.length || frame[ip]! >> 4 !== 4 || frame[ip + 9] !== 6) throw new SegmentationError('TCPv4 GSO frame without an IPv4 TCP header');
  const tcp = ip + (frame[ip]! & 0x0f) * 4;
  if (tcp + 20 > frame.length) throw new SegmentationError('TCPv4 GSO frame cut inside its TCP header');
  const payload = tcp + (frame[tcp + 12]! >> 4) * 4;
  if (payload > frame.length) throw new SegmentationError('TCPv4 GSO frame cut inside its TCP options');
  if (mss < 1) throw new SegmentationError(`GSO size ${mss}`);
  const total = frame.length - payload;
  const count = Math.max(1, Math.ceil(total / mss));
  const id0 = (frame[ip + 4]! << 8) | frame[ip + 5]!;
  const seq0 = ((frame[tcp + 4]! << 24) | (frame[tcp + 5]! << 16) | (frame[tcp + 6]! << 8) | frame[tcp + 7]!) >>> 0;
  const flags = frame[tcp + 13]!;
  const pseudo = pseudoHeaderSum(frame, ip + 12, 6);
  const out: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const from = payload + i * mss;
    const len = Math.min(mss, frame.length - from);
    const seg = new Uint8Array(payload + len);
    seg.set(frame.subarray(0, payload));
    seg.set(frame.subarray(from, from + len), payload);
    const ipLen = payload - ip + len;
    put16(seg, ip + 2, ipLen);
    put16(seg, ip + 4, (id0 + i) & 0xffff);
    put16(seg, ip + 10, 0);
    put16(seg, ip + 10, ipv4Checksum(seg, ip, tcp));
    const seq = (seq0 + i * mss) >>> 0;
    put16(seg, tcp + 4, seq >>> 16);
    put16(seg, tcp + 6, seq & 0xffff);
    let f = flags;
    if (i < count - 1) f &= ~(TCP_FIN | TCP_PSH);
    if (i > 0) f &= ~TCP_CWR;
    seg[tcp + 13] = f;
    put16(seg, tcp + 16, 0);
    const sum = internetChecksum(seg, tcp, seg.length, ones16(pseudo + seg.length - tcp));
    put16(seg, tcp + 16, sum);
    out.push(seg);
  }
  return out;
}

function put16(b: Uint8Array, at: number, v: number): void {
  b[at] = (v >> 8) & 0xff;
  b[at + 1] = v & 0xff;
}
