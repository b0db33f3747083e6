import { describe, expect, it } from 'vitest';
import { internetChecksum, transportChecksumValid } from '../../../orchestrator/src/net/checksum.js';
import { Coalescer } from '../../../orchestrator/src/net/coalescing.js';
import { completeChecksum, VNET_F_NEEDS_CSUM, VNET_GSO_TCPV4, wireFrames } from '../../../orchestrator/src/net/segmentation.js';
import { tsoFrame } from './helpers/tcp-frame.js';

const ACK = 0x10, PSH = 0x08, FIN = 0x01;
/** Wire frames of `bytes` of data cut at MSS 1000, as a sender with TSO puts them on the wire. */
const wire = (bytes: number, flags = ACK, seq = 1000): Uint8Array[] =>
  wireFrames({ flags: VNET_F_NEEDS_CSUM, gsoType: VNET_GSO_TCPV4, hdrLen: 66, gsoSize: 1000, csumStart: 34, csumOffset: 16 }, tsoFrame(bytes, flags, seq));
const d0 = <T>(xs: T[]): T => xs[0]!;
const u16 = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;

describe('Coalescer', () => {
  it('merges in-order full segments within the window and hands them over at its end', () => {
    const c = new Coalescer(50_000);
    const segs = wire(4000);
    expect(segs.flatMap((f, i) => c.offer(f, 10_000 + i * 12_000))).toEqual([]);
    expect(c.deadlineNs).toBe(60_000);
    const [d] = c.flush();
    expect(d!.atNs).toBe(60_000);
    expect(d!.gsoSize).toBe(1000);
    expect(d!.frame.length).toBe(66 + 4000);
    expect(u16(d!.frame, 16)).toBe(4000 + 52);
    // The IPv4 checksum is whole; the TCP one is the pseudo-header's sum, for the guest to complete (NEEDS_CSUM).
    expect(internetChecksum(d!.frame, 14, 34, 0)).toBe(0);
    const completed = Uint8Array.from(d!.frame);
    completeChecksum(completed, 34, 16);
    expect(transportChecksumValid(completed)).toBe(true);
    expect([...d!.frame.subarray(66)]).toEqual(segs.flatMap((f) => [...f.subarray(66)]));
    expect(c.deadlineNs).toBe(Infinity);
  });

  it('hands the aggregate over at a segment with PSH, including it', () => {
    const c = new Coalescer(1_000_000);
    const segs = wire(3000, ACK | PSH);
    expect(c.offer(segs[0]!, 0)).toEqual([]);
    expect(c.offer(segs[1]!, 1)).toEqual([]);
    const [d] = c.offer(segs[2]!, 2);
    expect([d!.atNs, d!.frame.length, d!.frame[47]]).toEqual([2, 66 + 3000, ACK | PSH]);
  });

  it('hands it over before a frame it cannot take, and that frame after it', () => {
    const c = new Coalescer(1_000_000);
    const segs = wire(3000);
    c.offer(segs[0]!, 0);
    c.offer(segs[1]!, 1);
    const gap = wire(1000, ACK, 1000 + 5000)[0]!; // out of order
    const out = c.offer(gap, 5);
    expect(out.map((d) => [d.atNs, d.gsoSize, d.frame.length])).toEqual([[5, 1000, 66 + 2000]]);
    expect(c.deadlineNs).toBe(1_000_005);
    const fin = wire(500, ACK | FIN, 7000)[0]!;
    expect(c.offer(fin, 9).map((d) => [d.atNs, d.gsoSize, d.frame.length])).toEqual([
      [9, 0, 66 + 1000],
      [9, 0, 66 + 500],
    ]);
  });

  it('flushes what it holds when the next segment comes after the window, at the window\'s end', () => {
    const c = new Coalescer(20_000);
    const segs = wire(3000);
    c.offer(segs[0]!, 0);
    c.offer(segs[1]!, 12_000);
    const out = c.offer(segs[2]!, 24_000);
    expect(out.map((d) => [d.atNs, d.frame.length])).toEqual([[20_000, 66 + 2000]]);
    expect(c.deadlineNs).toBe(44_000);
  });

  it('stops at 64 KiB of IPv4 packet, or the limit it is given', () => {
    for (const limit of [65535, 65512, 5000]) {
      const c = new Coalescer(1_000_000_000, limit);
      const out = wire(100_000).flatMap((f, i) => c.offer(f, i));
      expect(out.length).toBeGreaterThan(0);
      for (const d of out) expect(d.frame.length - 14).toBeLessThanOrEqual(limit);
      expect(d0(out).frame.length - 14).toBeGreaterThan(limit - 1000);
    }
  });

  it('passes a segment with a bad checksum on alone, unmerged', () => {
    const c = new Coalescer(1_000_000);
    const [a, b] = wire(2000);
    const bad = Uint8Array.from(b!);
    bad[100]! ^= 0xff;
    c.offer(a!, 0);
    expect(c.offer(bad, 1).map((d) => [d.gsoSize, d.frame.length, transportChecksumValid(d.frame)])).toEqual([
      [0, 1066, true],
      [0, 1066, false],
    ]);
  });
});
