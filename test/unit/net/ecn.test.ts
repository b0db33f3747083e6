import { describe, expect, it } from 'vitest';
import { ECN_CE, ECN_ECT0, ECN_ECT1, ECN_NOT_ECT, ecnOf, flowHash, ipv4HeaderSum, markCe } from '../../../orchestrator/src/net/ecn.js';
import { ipFrame } from './helpers/packets.js';

describe('ECN marking', () => {
  it.each([ECN_ECT0, ECN_ECT1])('sets CE on IPv4 with ECT %i and keeps the header checksum valid', (ecn) => {
    const f = ipFrame(1, { ecn });
    expect(ipv4HeaderSum(f.bytes)).toBe(0xffff);
    const m = markCe(f)!;
    expect(ecnOf(m.bytes)).toBe(ECN_CE);
    expect(ipv4HeaderSum(m.bytes)).toBe(0xffff);
    // Only the TOS byte and the checksum change; the original frame is untouched.
    const changed = [...m.bytes.keys()].filter((i) => m.bytes[i] !== f.bytes[i]);
    expect(changed.every((i) => i === 15 || i === 24 || i === 25)).toBe(true);
    expect(ecnOf(f.bytes)).toBe(ecn);
    expect(m.id).toBe(1);
  });

  it('keeps a DSCP beside the ECN bits, and a wrong checksum exactly as wrong (RFC 1624)', () => {
    const f = ipFrame(1, { ecn: ECN_ECT0 });
    f.bytes[15] = (46 << 2) | ECN_ECT0; // EF
    f.bytes[25] = (f.bytes[25]! - (46 << 2)) & 0xff; // not fixed: the checksum is now off by the DSCP
    const before = ipv4HeaderSum(f.bytes);
    const m = markCe(f)!;
    expect(m.bytes[15]).toBe((46 << 2) | ECN_CE);
    expect(ipv4HeaderSum(m.bytes)).toBe(before);
  });

  it('sets CE in the IPv6 traffic class', () => {
    const f = ipFrame(1, { ecn: ECN_ECT1, ipv6: true });
    const m = markCe(f)!;
    expect(ecnOf(m.bytes)).toBe(ECN_CE);
    expect(m.bytes[14]).toBe(0x60);
    expect(m.bytes[15]! & 0x0f).toBe(f.bytes[15]! & 0x0f);
  });

  it('finds the IP header behind a VLAN tag', () => {
    const f = ipFrame(1, { ecn: ECN_ECT0 });
    const tagged = new Uint8Array(f.bytes.length + 4);
    tagged.set(f.bytes.subarray(0, 12), 0);
    tagged.set([0x81, 0x00, 0x00, 0x05], 12);
    tagged.set(f.bytes.subarray(12), 16);
    const m = markCe({ bytes: tagged, id: 2 })!;
    expect(ecnOf(m.bytes)).toBe(ECN_CE);
    expect(ipv4HeaderSum(m.bytes, 18)).toBe(0xffff);
  });

  it('refuses frames that did not negotiate ECN, and non-IP frames; CE stays as it is', () => {
    expect(markCe(ipFrame(1, { ecn: ECN_NOT_ECT }))).toBeUndefined();
    const arp = new Uint8Array(60);
    arp.set([0x08, 0x06], 12);
    expect(markCe({ bytes: arp, id: 1 })).toBeUndefined();
    expect(ecnOf(arp)).toBeUndefined();
    const ce = ipFrame(1, { ecn: ECN_CE });
    expect(markCe(ce)).toBe(ce);
  });

  it('hashes one flow to one value, whatever its frame sizes', () => {
    const a = flowHash(ipFrame(1, { srcPort: 1234 }).bytes, 99);
    expect(flowHash(ipFrame(2, { srcPort: 1234, bytes: 80 }).bytes, 99)).toBe(a);
    expect(flowHash(ipFrame(3, { srcPort: 1235 }).bytes, 99)).not.toBe(a);
    expect(flowHash(ipFrame(3, { srcPort: 1234, proto: 17 }).bytes, 99)).not.toBe(a);
  });
});
