// A NIC with offloads: what the guest hands over behind a virtio-net header
// reaches the network as wire frames (cut, checksummed, numbered), and what
// arrives for the guest gets a header saying whether its checksum was
// checked.

import { describe, expect, it } from 'vitest';
import { transportChecksumValid } from '../../../orchestrator/src/net/checksum.js';
import { type Frame, FrameNumbering } from '../../../orchestrator/src/net/frame.js';
import { parseVnetHeader, VNET_F_DATA_VALID, VNET_F_NEEDS_CSUM, VNET_GSO_TCPV4, wireFrames } from '../../../orchestrator/src/net/segmentation.js';
import { VmLane } from '../../../orchestrator/src/run/vm-lane.js';
import { Calendar } from '../../../orchestrator/src/sim/calendar.js';
import type { VmEndpoint } from '../../../orchestrator/src/sim/vm-endpoint.js';
import { tsoFrame } from '../net/helpers/tcp-frame.js';

function setup(offloads = { checksum: true, tso: true, lro: false }) {
  const lane = new VmLane(0, 'vm');
  const inputs: Uint8Array[] = [];
  const endpoint: VmEndpoint = {
    name: 'vm',
    listen: () => undefined,
    sendFrame: (_port, bytes) => void inputs.push(bytes),
    sendSerial: () => undefined,
    flush: () => undefined,
    grant: () => undefined,
  };
  lane.attach(endpoint);
  lane.reached({ clock: { reachedNs: 1000, idle: false, nextDeadlineNs: Infinity }, outputs: [] });
  const nic = lane.addNic(0, 0, new FrameNumbering(), offloads);
  const sent: Frame[] = [];
  nic.connect({ receive: (f) => void sent.push(f) });
  return { lane, nic, sent, inputs };
}

const withHeader = (h: number[], frame: Uint8Array) => Uint8Array.from([...h, ...frame]);
const tsoHeader = (mss: number) => [VNET_F_NEEDS_CSUM, VNET_GSO_TCPV4, 66, 0, mss & 0xff, mss >> 8, 34, 0, 16, 0];

describe('GuestNic with offloads', () => {
  it('cuts a 10,000-byte TSO segment into numbered wire frames of at most 1514 bytes', () => {
    const { lane, nic, sent } = setup();
    lane.deliver({ kind: 'frame', port: 0, timeNs: 1000, seq: 0, bytes: withHeader(tsoHeader(1448), tsoFrame(10_000, 0x18)) });
    expect(sent.map((f) => f.id)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(sent.every((f) => f.bytes.length <= 1514 && transportChecksumValid(f.bytes))).toBe(true);
    expect(nic.offloads!.counters).toEqual({ tsoFrames: 1, wireFrames: 7, refused: 0, aggregates: 0, coalescedSegments: 0 });
  });

  it('drops and counts what it does not offer, and a frame shorter than the header', () => {
    const { lane, nic, sent } = setup();
    lane.deliver({ kind: 'frame', port: 0, timeNs: 1000, seq: 0, bytes: withHeader([0, 3, 0, 0, 0, 5, 0, 0, 0, 0], tsoFrame(3000, 0x10)) });
    lane.deliver({ kind: 'frame', port: 0, timeNs: 1000, seq: 1, bytes: new Uint8Array(9) });
    expect(sent).toEqual([]);
    expect(nic.offloads!.counters.refused).toBe(2);
  });

  it('tells the guest DATA_VALID for a frame whose checksum it checked, and 0 otherwise', () => {
    const { nic, inputs } = setup();
    const [wire] = wireFrames(parseVnetHeader(Uint8Array.from(tsoHeader(1448))), tsoFrame(100, 0x10));
    nic.receiveAt({ bytes: wire!, id: 0 }, 2000);
    const bad = Uint8Array.from(wire!);
    bad[70]! ^= 1;
    nic.receiveAt({ bytes: bad, id: 1 }, 2000);
    expect(inputs.map((b) => [...b.subarray(0, 10)])).toEqual([
      [VNET_F_DATA_VALID, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    ]);
    expect([...inputs[0]!.subarray(10)]).toEqual([...wire!]);
  });

  it('with LRO, merges in-order segments and hands them over by the window\'s end, bounding the guest until then', () => {
    const calendar = new Calendar();
    const lane = new VmLane(0, 'vm');
    const inputs: [number[], number, number][] = [];
    lane.attach({ name: 'vm', listen: () => undefined, sendFrame: (_p, b, at) => void inputs.push([[...b.subarray(0, 10)], b.length, at]), sendSerial: () => undefined, flush: () => undefined, grant: () => undefined });
    lane.reached({ clock: { reachedNs: 0, idle: false, nextDeadlineNs: Infinity }, outputs: [] });
    const nic = lane.addNic(0, 0, new FrameNumbering(), { checksum: true, tso: false, lro: true }, calendar);
    const segs = wireFrames(parseVnetHeader(Uint8Array.from(tsoHeader(1448))), tsoFrame(4 * 1448, 0x10));
    // Arriving 12 us apart, 5 ms after they left the far end.
    segs.forEach((f, i) => calendar.schedule(i * 12_000, () => nic.receiveAt({ bytes: f, id: i }, 5_000_000 + i * 12_000)));
    calendar.runUntil(36_000);
    expect(inputs).toEqual([]);
    expect(lane.heldInputNs()).toBe(5_050_000);
    calendar.runUntil(5_050_000);
    // One aggregate of 4 x 1448 bytes: NEEDS_CSUM, GSO TCPv4, header 66 bytes, MSS 1448, checksum at 34 + 16.
    expect(inputs).toEqual([[[1, 1, 66, 0, 0xa8, 0x05, 34, 0, 16, 0], 10 + 66 + 4 * 1448, 5_050_000]]);
    expect(lane.heldInputNs()).toBe(Infinity);
    expect(nic.offloads!.counters).toMatchObject({ aggregates: 1, coalescedSegments: 4 });
  });

  it('has none on a virtual host\'s VLAN', () => {
    expect(() => new VmLane(0, 'vm').addNic(0, 7, new FrameNumbering(), { checksum: true, tso: false, lro: false })).toThrow(/a VLAN NIC has no offloads/);
  });
});
