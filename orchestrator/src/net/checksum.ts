// The Internet checksum (RFC 1071) over frame bytes, and the check a NIC
// with receive checksum offload makes before it tells the guest a frame's
// TCP or UDP checksum is good (virtio-net's DATA_VALID). Sums are plain
// integers: 32,768 words of at most 0xffff stay far below 2^53.

/** `x` folded to 16 bits in ones' complement (not inverted). */
export function ones16(x: number): number {
  while (x > 0xffff) x = (x & 0xffff) + Math.floor(x / 0x10000);
  return x;
}

/** The checksum (inverted ones' complement sum) of bytes [from, to), plus `initial`. */
export function internetChecksum(b: Uint8Array, from: number, to: number, initial: number): number {
  let sum = initial;
  let i = from;
  for (; i + 1 < to; i += 2) sum += (b[i]! << 8) | b[i + 1]!;
  if (i < to) sum += b[i]! << 8;
  return ~ones16(sum) & 0xffff;
}

/** An IPv4 header's checksum, with its checksum field already zero. */
export function ipv4Checksum(b: Uint8Array, from: number, to: number): number {
  return internetChecksum(b, from, to, 0);
}

/** The IPv4 pseudo-header's sum without its length: addresses at `addrAt` (8 bytes) and the protocol. */
export function pseudoHeaderSum(b: Uint8Array, addrAt: number, protocol: number): number {
  let sum = protocol;
  for (let i = addrAt; i < addrAt + 8; i += 2) sum += (b[i]! << 8) | b[i + 1]!;
  return sum;
}

/**
 * True when the frame is an IPv4 TCP or UDP packet, not a fragment, whose
 * transport checksum is right (a UDP checksum of 0, "none", counts as
 * right). Anything else is false: the guest then checks it itself.
 */
export function transportChecksumValid(frame: Uint8Array): boolean {
  if (frame.length < 34 || frame[12] !== 0x08 || frame[13] !== 0x00) return false;
  const ip = 14;
  if (frame[ip]! >> 4 !== 4) return false;
  const ihl = (frame[ip]! & 0x0f) * 4;
  const ipLen = (frame[ip + 2]! << 8) | frame[ip + 3]!;
  if (ihl < 20 || ipLen < ihl || ip + ipLen > frame.length) return false;
  if (((frame[ip + 6]! & 0x3f) << 8) | frame[ip + 7]!) return false;
  const proto = frame[ip + 9]!;
  if (proto !== 6 && proto !== 17) return false;
  const l4 = ip + ihl;
  const end = ip + ipLen;
  if (proto === 17 && (end - l4 < 8 || (frame[l4 + 6] === 0 && frame[l4 + 7] === 0))) return end - l4 >= 8;
  if (proto === 6 && end - l4 < 20) return false;
  return internetChecksum(frame, l4, end, pseudoHeaderSum(frame, ip + 12, proto) + (end - l4)) === 0;
}
