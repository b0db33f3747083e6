// A lane's NICs: what the guest sends reaches the NIC's uplink (untagged, for
// a virtual host's VLAN), and what arrives for a NIC goes to QEMU stamped
// (tagged, for a VLAN). Frames that belong to no NIC are counted, not sent.

import { describe, expect, it } from 'vitest';
import { type Frame, FrameNumbering } from '../../../orchestrator/src/net/frame.js';
import { tagFrame } from '../../../orchestrator/src/net/vlan-tag.js';
import { VmLane } from '../../../orchestrator/src/run/vm-lane.js';
import type { VmEndpoint, VmOutput } from '../../../orchestrator/src/sim/vm-endpoint.js';

const frame = (n: number): Uint8Array => Uint8Array.from({ length: 60 }, (_, i) => (i < 12 ? 0xa0 + n : n));

/** An endpoint that only records the inputs sent to it. */
function recordingEndpoint(): VmEndpoint & { frames: { port: number; bytes: Uint8Array; atNs: number }[] } {
  const frames: { port: number; bytes: Uint8Array; atNs: number }[] = [];
  return {
    name: 'vm',
    frames,
    listen: () => undefined,
    sendFrame: (port, bytes, atNs) => void frames.push({ port, bytes, atNs }),
    sendSerial: () => undefined,
    flush: () => undefined,
    grant: () => undefined,
  };
}

function stoppedLane(): { lane: VmLane; endpoint: ReturnType<typeof recordingEndpoint> } {
  const lane = new VmLane(3, 'vm');
  const endpoint = recordingEndpoint();
  lane.attach(endpoint);
  lane.reached({ clock: { reachedNs: 1000, idle: false, nextDeadlineNs: Infinity }, outputs: [] });
  return { lane, endpoint };
}

const out = (port: number, bytes: Uint8Array): VmOutput => ({ kind: 'frame', port, timeNs: 1000, seq: 0, bytes });

describe('VmLane and its GuestNics', () => {
  it('gives a VM of its own host one NIC per port, numbering the frames it sends', () => {
    const { lane } = stoppedLane();
    const numbering = new FrameNumbering();
    const sent: Frame[][] = [[], []];
    const nics = [0, 1].map((port) => lane.addNic(port, 0, numbering));
    nics.forEach((nic, i) => nic.connect({ receive: (f) => void sent[i]!.push(f) }));
    lane.deliver(out(1, frame(1)));
    lane.deliver(out(0, frame(2)));
    lane.deliver(out(2, frame(3)));
    expect(sent.map((s) => s.map((f) => [f.id, f.bytes[20]]))).toEqual([[[1, 2]], [[0, 1]]]);
    expect(lane.strayFrames).toBe(1);
    expect(nics[0]!.vm).toBe(3);
  });

  it('untags a virtual host\'s frames on the way out and tags them on the way in', () => {
    const { lane, endpoint } = stoppedLane();
    const numbering = new FrameNumbering();
    const nic = lane.addNic(0, 12, numbering);
    const sent: Frame[] = [];
    nic.connect({ receive: (f) => void sent.push(f) });
    lane.deliver(out(0, tagFrame(frame(5), 12)));
    lane.deliver(out(0, tagFrame(frame(6), 13)));
    lane.deliver(out(0, frame(7)));
    expect(sent.map((f) => [...f.bytes])).toEqual([[...frame(5)]]);
    expect(lane.strayFrames).toBe(2);
    nic.receiveAt({ bytes: frame(8), id: 0 }, 5000);
    expect(endpoint.frames).toEqual([{ port: 0, bytes: tagFrame(frame(8), 12), atNs: 5000 }]);
  });

  it('counts what a NIC with no link sends, and refuses a lane that mixes ports and VLANs', () => {
    const { lane } = stoppedLane();
    const nic = lane.addNic(0, 0, new FrameNumbering());
    lane.deliver(out(0, frame(1)));
    expect(nic.unrouted).toBe(1);
    expect(() => lane.addNic(0, 5, new FrameNumbering())).toThrow(/either one per port or VLANs of port 0/);
    expect(() => new VmLane(0, 'x').addNic(1, 5, new FrameNumbering())).toThrow(/a VLAN NIC must be on port 0, not 1/);
  });

  it('hands serial bytes to the receiver of their port', () => {
    const { lane } = stoppedLane();
    const got: string[] = [];
    lane.connectSerial(0, { receive: (b) => void got.push(new TextDecoder().decode(b)) });
    lane.deliver({ kind: 'serial', port: 0, timeNs: 1000, seq: 1, bytes: new TextEncoder().encode('hi') });
    expect(got).toEqual(['hi']);
  });
});
