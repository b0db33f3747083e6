// Receive-side coalescing (a NIC's LRO, or hardware GRO): in-order TCP
// segments of one flow that arrive within a short window are handed to
// the guest as one large segment, which the guest's stack takes as one
// packet, as it takes a GRO'd one. Which segments merge follows Linux's
// tcp_gro_receive: the same flow, the next sequence number, the same ACK,
// window, TCP options, TOS and TTL, plain ACK (PSH ends the aggregate; CWR,
// SYN, FIN, RST and URG are never merged), full-sized segments but the last,
// and IPv4 without options or fragments.
//
// An aggregate is handed over when a frame arrives that it cannot take (just
// before that frame), when it is full or its last segment has PSH (at that
// segment's arrival), or when its window has passed since its first segment
// arrived (at that time). Pure and integer: the same arrivals give the same
// deliveries. Segments are copied once, when the aggregate is handed over.

import { ipv4Checksum, ones16, pseudoHeaderSum, transportChecksumValid } from './checksum.js';

/** One frame for the guest and when it gets it; `gsoSize` > 0 for an aggregate of several segments. */
export interface Delivery {
  frame: Uint8Array;
  atNs: number;
  gsoSize: number;
  /** Offset of the TCP header in an aggregate (for the virtio-net header's csum_start and hdr_len). */
  l4Offset: number;
  headerBytes: number;
}

/** The largest aggregate an IPv4 total length allows. */
export const MAX_AGGREGATE_IP_BYTES = 65535;

const IP = 14;
const TCP = IP + 20;
const TCP_ACK = 0x10;
const TCP_PSH = 0x08;

/**
 * Header bytes that differ between segments of one aggregate: IPv4 total
 * length, id and checksum; TCP sequence number, flags (mergeable() checks
 * them) and checksum. Every other byte up to the payload (Ethernet header,
 * TOS, DF, TTL, addresses, ports, ACK, window, options) must be the same.
 */
const VARIES: boolean[] = (() => {
  const v: boolean[] = [];
  for (const i of [IP + 2, IP + 3, IP + 4, IP + 5, IP + 10, IP + 11, TCP + 4, TCP + 5, TCP + 6, TCP + 7, TCP + 13, TCP + 16, TCP + 17]) v[i] = true;
  return v;
})();

interface Segment {
  frame: Uint8Array;
  /** Offset of the payload. */
  payload: number;
  seq: number;
}

export class Coalescer {
  readonly windowNs: number;
  readonly maxIpBytes: number;
  #held: Segment[] = [];
  #firstNs = 0;
  #nextSeq = 0;
  #ipBytes = 0;

  /** `maxIpBytes`: the largest IPv4 packet an aggregate may be (what carries it to the guest may allow less than 64 KiB). */
  constructor(windowNs: number, maxIpBytes = MAX_AGGREGATE_IP_BYTES) {
    if (!Number.isSafeInteger(windowNs) || windowNs < 0) throw new RangeError(`coalescing window must be a non-negative integer of ns, got ${windowNs}`);
    if (!Number.isSafeInteger(maxIpBytes) || maxIpBytes > MAX_AGGREGATE_IP_BYTES) throw new RangeError(`largest aggregate must be an integer up to ${MAX_AGGREGATE_IP_BYTES} bytes, got ${maxIpBytes}`);
    this.windowNs = windowNs;
    this.maxIpBytes = maxIpBytes;
  }

  /** When the aggregate held now must be handed over at the latest; Infinity when none is held. */
  get deadlineNs(): number {
    return this.#held.length > 0 ? this.#firstNs + this.windowNs : Infinity;
  }

  /** A frame arriving at `atNs` (not before earlier ones): what to hand to the guest now, in order. */
  offer(frame: Uint8Array, atNs: number): Delivery[] {
    const out: Delivery[] = [];
    if (this.#held.length > 0 && atNs > this.deadlineNs) out.push(...this.flush());
    const seg = mergeable(frame);
    if (this.#held.length > 0 && !(seg && this.#takes(seg, frame))) out.push(this.#handOver(atNs));
    if (!seg) {
      out.push(single(frame, atNs));
      return out;
    }
    if (this.#held.length === 0) {
      this.#firstNs = atNs;
      this.#ipBytes = seg.payload - IP;
    }
    this.#held.push(seg);
    this.#nextSeq = (seg.seq + frame.length - seg.payload) >>> 0;
    this.#ipBytes += frame.length - seg.payload;
    const mss = this.#held[0]!.frame.length - this.#held[0]!.payload;
    const last = (frame[TCP + 13]! & TCP_PSH) !== 0 || frame.length - seg.payload < mss || this.#ipBytes + mss > this.maxIpBytes;
    if (last || this.windowNs === 0) out.push(this.#handOver(atNs));
    return out;
  }

  /** The aggregate held now, at its deadline (none if nothing is held). */
  flush(): Delivery[] {
    return this.#held.length > 0 ? [this.#handOver(this.deadlineNs)] : [];
  }

  /** Whether `seg` continues the held aggregate. */
  #takes(seg: Segment, frame: Uint8Array): boolean {
    const first = this.#held[0]!;
    const prev = this.#held[this.#held.length - 1]!;
    const mss = first.frame.length - first.payload;
    if (seg.seq !== this.#nextSeq || seg.payload !== first.payload) return false;
    if (prev.frame.length - prev.payload !== mss || frame.length - seg.payload > mss) return false;
    if (this.#ipBytes + frame.length - seg.payload > this.maxIpBytes) return false;
    const a = first.frame;
    for (let i = 0; i < seg.payload; i++) if (!VARIES[i] && a[i] !== frame[i]) return false;
    return true;
  }

  #handOver(atNs: number): Delivery {
    const segs = this.#held;
    this.#held = [];
    if (segs.length === 1) return single(segs[0]!.frame, atNs);
    const first = segs[0]!;
    const headerBytes = first.payload;
    const total = segs.reduce((n, s) => n + s.frame.length - s.payload, headerBytes);
    const agg = new Uint8Array(total);
    agg.set(first.frame.subarray(0, headerBytes));
    let at = headerBytes;
    for (const s of segs) {
      agg.set(s.frame.subarray(s.payload), at);
      at += s.frame.length - s.payload;
    }
    const tcp = TCP;
    agg[tcp + 13] = TCP_ACK | (segs[segs.length - 1]!.frame[tcp + 13]! & TCP_PSH);
    put16(agg, IP + 2, total - IP);
    put16(agg, IP + 10, 0);
    put16(agg, IP + 10, ipv4Checksum(agg, IP, tcp));
    // A partial checksum (the pseudo-header's sum), as a GRO'd packet from a tap device carries: the guest may forward it.
    put16(agg, tcp + 16, ones16(pseudoHeaderSum(agg, IP + 12, 6) + total - tcp));
    return { frame: agg, atNs, gsoSize: first.frame.length - first.payload, l4Offset: tcp, headerBytes };
  }
}

function single(frame: Uint8Array, atNs: number): Delivery {
  return { frame, atNs, gsoSize: 0, l4Offset: 0, headerBytes: 0 };
}

/** The segment `frame` is, if it is one that can be merged: IPv4 without options or fragments, TCP with data, plain ACK or ACK with PSH. */
function mergeable(frame: Uint8Array): Segment | undefined {
  if (frame.length < IP + 40 || frame[12] !== 0x08 || frame[13] !== 0x00) return undefined;
  if (frame[IP] !== 0x45 || frame[IP + 9] !== 6) return undefined;
  if (((frame[IP + 6]! & 0x3f) << 8) | frame[IP + 7]!) return undefined;
  if (((frame[IP + 2]! << 8) | frame[IP + 3]!) !== frame.length - IP) return undefined;
  const tcp = IP + 20;
  const flags = frame[tcp + 13]!;
  if ((flags & ~TCP_PSH) !== TCP_ACK) return undefined;
  const payload = tcp + (frame[tcp + 12]! >> 4) * 4;
  if (payload >= frame.length || payload < tcp + 20) return undefined;
  // A NIC merges only what it checked, as a real one does.
  if (!transportChecksumValid(frame)) return undefined;
  const seq = ((frame[tcp + 4]! << 24) | (frame[tcp + 5]! << 16) | (frame[tcp + 6]! << 8) | frame[tcp + 7]!) >>> 0;
  return { frame, payload, seq };
}

function put16(b: Uint8Array, at: number, v: number): void {
  b[at] = (v >> 8) & 0xff;
  b[at + 1] = v & 0xff;
}
