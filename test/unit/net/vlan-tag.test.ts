import { describe, expect, it } from 'vitest';
import { tagFrame, untagFrame } from '../../../orchestrator/src/net/vlan-tag.js';

// An ARP request's header: broadcast destination, source 52:54:00:00:00:01, type 0x0806.
const arp = Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x52, 0x54, 0, 0, 0, 1, 0x08, 0x06, 0, 1, 8, 0, 6, 4, 0, 1]);

describe('802.1Q tags', () => {
  it('inserts the tag after the MAC addresses and takes it out again', () => {
    const tagged = tagFrame(arp, 300);
    expect(Array.from(tagged.subarray(12, 18))).toEqual([0x81, 0x00, 0x01, 0x2c, 0x08, 0x06]);
    expect(tagged.length).toBe(arp.length + 4);
    const back = untagFrame(tagged)!;
    expect(back.vlanId).toBe(300);
    expect(Array.from(back.frame)).toEqual(Array.from(arp));
  });

  it('reads the id without priority or DEI bits, and finds no tag on an untagged frame', () => {
    const tagged = tagFrame(arp, 7);
    tagged[14] = 0xe0 | tagged[14]!;
    expect(untagFrame(tagged)!.vlanId).toBe(7);
    expect(untagFrame(arp)).toBeUndefined();
  });

  it('refuses ids outside 1 to 4094', () => {
    expect(() => tagFrame(arp, 0)).toThrow(RangeError);
    expect(() => tagFrame(arp, 4095)).toThrow(/VLAN id 4095/);
  });
});
