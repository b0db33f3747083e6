import { describe, expect, it } from 'vitest';
import { transportChecksumValid } from '../../../orchestrator/src/net/checksum.js';
import { tsoFrame } from './helpers/tcp-frame.js';
import {
  parseVnetHeader,
  SegmentationError,
  VNET_F_NEEDS_CSUM,
  VNET_GSO_ECN,
  VNET_GSO_NONE,
  VNET_GSO_TCPV4,
  wireFrames,
  type VnetHeader,
} from '../../../orchestrator/src/net/segmentation.js';

/** A reference checksum written differently from the module's: 32-bit words, folded at the end. */
function refSum(b: Uint8Array, from: number, to: number, initial = 0): number {
  let s = BigInt(initial);
  for (let i = from; i < to; i += 2) s += BigInt((b[i]! << 8) | (i + 1 < to ? b[i + 1]! : 0));
  while (s >> 16n) s = (s & 0xffffn) + (s >> 16n);
  return Number(~s & 0xffffn);
}

const u16 = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u32 = (b: Uint8Array, at: number) => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;

const tso = (mss: number, ecn = false): VnetHeader => ({ flags: VNET_F_NEEDS_CSUM, gsoType: VNET_GSO_TCPV4 | (ecn ? VNET_GSO_ECN : 0), hdrLen: 66, gsoSize: mss, csumStart: 34, csumOffset: 16 });

describe('wireFrames (TSO over IPv4)', () => {
  const ACK = 0x10, PSH = 0x08, FIN = 0x01, CWR = 0x80;

  it('cuts 64,000 bytes at MSS 1448 into 45 frames of at most 1514 bytes', () => {
    const frames = wireFrames(tso(1448), tsoFrame(64_000, ACK | PSH));
    expect(frames).toHaveLength(45);
    expect(frames.slice(0, 44).every((f) => f.length === 66 + 1448)).toBe(true);
    expect(frames[44]!.length).toBe(66 + 64_000 - 44 * 1448);
    expect(Math.max(...frames.map((f) => f.length - 14))).toBeLessThanOrEqual(1500);
  });

  it('numbers sequence and IP ids across the segments, wrapping both', () => {
    const frames = wireFrames(tso(1000), tsoFrame(3500, ACK, 0xfffffc18));
    expect(frames.map((f) => u32(f, 38))).toEqual([0xfffffc18, 0x00000000, 0x000003e8, 0x000007d0]);
    expect(frames.map((f) => u16(f, 18))).toEqual([0xfffe, 0xffff, 0x0000, 0x0001]);
    expect(frames.map((f) => u16(f, 16))).toEqual([1052, 1052, 1052, 552]);
  });

  it('keeps PSH and FIN on the last segment only, CWR on the first only', () => {
    const frames = wireFrames(tso(500, true), tsoFrame(1200, ACK | PSH | FIN | CWR));
    expect(frames.map((f) => f[47])).toEqual([ACK | CWR, ACK, ACK | PSH | FIN]);
  });

  it('gives every segment a right IPv4 header checksum and TCP checksum', () => {
    for (const f of wireFrames(tso(1448), tsoFrame(10_000, ACK | PSH))) {
      expect(refSum(f, 14, 34)).toBe(0);
      const tcpLen = f.length - 34;
      const pseudo = u16(f, 26) + u16(f, 28) + u16(f, 30) + u16(f, 32) + 6 + tcpLen;
      expect(refSum(f, 34, f.length, pseudo)).toBe(0);
      expect(transportChecksumValid(f)).toBe(true);
    }
  });

  it('sends a segment no longer than the MSS as one frame, checksummed', () => {
    const frames = wireFrames(tso(1448), tsoFrame(100, ACK | PSH));
    expect(frames).toHaveLength(1);
    expect(transportChecksumValid(frames[0]!)).toBe(true);
  });

  it('is deterministic: the same bytes in give the same frames out', () => {
    expect(wireFrames(tso(1448), tsoFrame(20_000, ACK))).toEqual(wireFrames(tso(1448), tsoFrame(20_000, ACK)));
  });

  it('refuses a GSO type it does not offer and a frame that is not IPv4 TCP', () => {
    expect(() => wireFrames({ ...tso(1448), gsoType: 3 }, tsoFrame(3000, ACK))).toThrow(SegmentationError);
    const notIp = tsoFrame(3000, ACK);
    notIp[12] = 0x86;
    notIp[13] = 0xdd;
    expect(() => wireFrames(tso(1448), notIp)).toThrow(/ethertype 0x86dd/);
  });
});

describe('wireFrames (checksum offload only)', () => {
  it('completes a partial UDP checksum that the guest seeded with its pseudo-header sum', () => {
    const f = new Uint8Array(14 + 20 + 8 + 5);
    f.set([0x08, 0x00], 12);
    f.set([0x45, 0, 0, 33, 0, 1, 0x40, 0, 64, 17, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2], 14);
    f.set([0x30, 0x39, 0x00, 0x35, 0, 13, 0, 0, 104, 101, 108, 108, 111], 34);
    // The guest leaves the folded pseudo-header sum (not inverted) in the checksum field.
    const pseudo = ~refSum(new Uint8Array([10, 0, 0, 1, 10, 0, 0, 2, 0, 17, 0, 13]), 0, 12) & 0xffff;
    f.set([pseudo >> 8, pseudo & 0xff], 40);
    f.set([0, 0], 24);
    f.set([(refSum(f, 14, 34) >> 8) & 0xff, refSum(f, 14, 34) & 0xff], 24);
    const [out] = wireFrames({ flags: VNET_F_NEEDS_CSUM, gsoType: VNET_GSO_NONE, hdrLen: 0, gsoSize: 0, csumStart: 34, csumOffset: 6 }, f);
    expect(transportChecksumValid(out!)).toBe(true);
  });

  it('passes a frame without flags through untouched', () => {
    const f = tsoFrame(10, 0x10);
    expect(wireFrames(parseVnetHeader(new Uint8Array(10)), f)[0]).toBe(f);
  });
});

describe('parseVnetHeader', () => {
  it('reads the little-endian fields of struct virtio_net_hdr', () => {
    expect(parseVnetHeader(new Uint8Array([1, 0x81, 66, 0, 0xa8, 0x05, 34, 0, 16, 0]))).toEqual({ flags: 1, gsoType: 0x81, hdrLen: 66, gsoSize: 1448, csumStart: 34, csumOffset: 16 });
  });
});
