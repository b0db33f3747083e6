import { describe, expect, it } from 'vitest';
import { ProtocolError } from '../../../orchestrator/src/errors.js';
import {
  decodeHello,
  decodeReached,
  encodeMessage,
  MsgKind,
  SyncDecoder,
} from '../../../orchestrator/src/qemu/sync-codec.js';

function reachedPayload(next: bigint, idle: number, framesDropped = 0): Buffer {
  const p = Buffer.alloc(16);
  p.writeBigUInt64LE(next, 0);
  p[8] = idle;
  p.writeUInt32LE(framesDropped, 12);
  return p;
}

describe('encodeMessage', () => {
  it('lays out the 16-byte little-endian header', () => {
    const m = encodeMessage(MsgKind.GRANT, 0, 0x0102030405, undefined);
    expect([...m]).toEqual([0, 0, 0, 0, 0x12, 0, 0, 0, 0x05, 0x04, 0x03, 0x02, 0x01, 0, 0, 0]);
    const f = encodeMessage(MsgKind.FRAME_IN, 3, 7, Buffer.from([0xaa, 0xbb]));
    expect([...f.subarray(0, 8)]).toEqual([2, 0, 0, 0, 0x10, 0, 3, 0]);
    expect([...f.subarray(16)]).toEqual([0xaa, 0xbb]);
  });

  it('refuses oversized payloads and bad times', () => {
    expect(() => encodeMessage(MsgKind.SERIAL_IN, 0, 0, Buffer.alloc(65537))).toThrow(/over the limit/);
    expect(() => encodeMessage(MsgKind.GRANT, 0, 1.5)).toThrow(RangeError);
  });
});

describe('SyncDecoder', () => {
  it('reassembles messages split at every byte boundary', () => {
    const stream = Buffer.concat([
      encodeMessage(MsgKind.REACHED, 0, 1000, reachedPayload(5000n, 1)),
      encodeMessage(MsgKind.FRAME_OUT, 1, 1200, Buffer.alloc(60, 7)),
      encodeMessage(MsgKind.SERIAL_OUT, 0, 1300, Buffer.from('hi')),
    ]);
    for (let cut = 0; cut <= stream.length; cut++) {
      const d = new SyncDecoder('vm0');
      const msgs = [...d.push(stream.subarray(0, cut)), ...d.push(stream.subarray(cut))];
      expect(msgs.map((m) => [m.kind, m.port, m.timeNs, m.payload.length, m.offset])).toEqual([
        [MsgKind.REACHED, 0, 1000, 16, 0],
        [MsgKind.FRAME_OUT, 1, 1200, 60, 32],
        [MsgKind.SERIAL_OUT, 0, 1300, 2, 108],
      ]);
      expect(d.pendingBytes).toBe(0);
    }
  });

  it('keeps a truncated message pending', () => {
    const d = new SyncDecoder('vm0');
    expect(d.push(encodeMessage(MsgKind.FRAME_OUT, 0, 1, Buffer.alloc(100)).subarray(0, 50))).toEqual([]);
    expect(d.pendingBytes).toBe(50);
  });

  it.each([
    ['an oversized payload', Buffer.from([1, 0, 1, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), /FRAME_OUT at byte 0: payload of 65537 bytes/],
    ['an unknown kind', Buffer.from([0, 0, 0, 0, 0x7f, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), /0x7f at byte 0: unknown message kind/],
    ['a kind only the orchestrator sends', Buffer.from([0, 0, 0, 0, 0x12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), /GRANT at byte 0: unknown message kind/],
    ['a port out of range', Buffer.from([0, 0, 0, 0, 3, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0]), /port 16 is out of range/],
  ])('rejects %s, naming the VM, kind and offset', (_, bytes, pattern) => {
    const d = new SyncDecoder('vm7');
    expect(() => d.push(bytes)).toThrow(ProtocolError);
    expect(() => new SyncDecoder('vm7').push(bytes)).toThrow(pattern);
  });
});

describe('decodeHello', () => {
  const hello = (payload: Buffer) => ({ kind: MsgKind.HELLO, port: 0, timeNs: 0, payload, offset: 0 });

  it('lists net and serial ports', () => {
    const p = Buffer.from([3, 0, 0, 0, 2, 0, 1, 0, 0, 0, 1, 0, 0, 0]);
    expect(decodeHello('vm0', hello(p))).toEqual({ version: 3, startNs: 0, netPorts: [0, 1], serialPorts: [0] });
  });

  it('carries the first sync point: a restored VM starts at its snapshot', () => {
    const p = Buffer.from([3, 0, 0, 0, 0, 0, 0, 0]);
    expect(decodeHello('vm0', { ...hello(p), timeNs: 1_932_000_000 }).startNs).toBe(1_932_000_000);
  });

  it('names both versions when they differ', () => {
    // Version 2 QEMU took inputs only for the time it was stopped at: refused.
    expect(() => decodeHello('vm0', hello(Buffer.from([2, 0, 0, 0, 0, 0, 0, 0])))).toThrow(
      'Protocol error from vm0 in HELLO at byte 0: QEMU speaks protocol version 2, the orchestrator 3',
    );
  });
});

describe('decodeReached', () => {
  const reached = (payload: Buffer) => ({ kind: MsgKind.REACHED, port: 0, timeNs: 42, payload, offset: 16 });

  it('maps UINT64_MAX to Infinity', () => {
    expect(decodeReached('vm0', reached(reachedPayload(0xffff_ffff_ffff_ffffn, 1)))).toEqual({
      reachedNs: 42,
      idle: true,
      nextDeadlineNs: Infinity,
      framesDropped: 0,
    });
    expect(decodeReached('vm0', reached(reachedPayload(4_000_000n, 0)))).toEqual({ reachedNs: 42, idle: false, nextDeadlineNs: 4_000_000, framesDropped: 0 });
  });

  it('reads the count of dropped guest frames from the last four bytes', () => {
    expect(decodeReached('vm0', reached(reachedPayload(5000n, 1, 3))).framesDropped).toBe(3);
    expect(decodeReached('vm0', reached(reachedPayload(5000n, 1, 0xffff_ffff))).framesDropped).toBe(0xffff_ffff);
  });

  it('refuses a payload of another size', () => {
    expect(() => decodeReached('vm0', reached(Buffer.alloc(9)))).toThrow('Protocol error from vm0 in REACHED at byte 16: payload of 9 bytes, expected 16');
  });
});
