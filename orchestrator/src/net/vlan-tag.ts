// 802.1Q tags at a VM's NIC: a VM holding virtual IP hosts carries each
// virtual host's NIC on its own VLAN, and the network model sees the frames
// untagged, as that host's own link would carry them. Priority and DEI stay
// 0: nothing in the guests sets them.

const TPID = 0x8100;

/** `frame` with an 802.1Q tag for VLAN `vlanId` inserted after the two MAC addresses. */
export function tagFrame(frame: Uint8Array, vlanId: number): Uint8Array {
  if (!Number.isInteger(vlanId) || vlanId < 1 || vlanId > 4094) throw new RangeError(`VLAN id ${vlanId} is not 1 to 4094`);
  if (frame.length < 14) throw new RangeError(`a frame of ${frame.length} bytes has no Ethernet header`);
  const out = new Uint8Array(frame.length + 4);
  out.set(frame.subarray(0, 12), 0);
  out[12] = TPID >> 8;
  out[13] = TPID & 0xff;
  out[14] = vlanId >> 8;
  out[15] = vlanId & 0xff;
  out.set(frame.subarray(12), 16);
  return out;
}

/** Whether `frame` carries an 802.1Q tag. */
export function isTagged(frame: Uint8Array): boolean {
  return frame.length >= 18 && ((frame[12]! << 8) | frame[13]!) === TPID;
}

/** The VLAN id and the frame without its tag, or undefined for a frame that has none. */
export function untagFrame(frame: Uint8Array): { vlanId: number; frame: Uint8Array } | undefined {
  if (!isTagged(frame)) return undefined;
  const vlanId = ((frame[14]! << 8) | frame[15]!) & 0x0fff;
  const out = new Uint8Array(frame.length - 4);
  out.set(frame.subarray(0, 12), 0);
  out.set(frame.subarray(16), 12);
  return { vlanId, frame: out };
}
