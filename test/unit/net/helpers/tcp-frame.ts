// A TCP segment over IPv4 as a guest with TSO hands it to its NIC.

/** Ethernet + IPv4 (id 0xfffe, DF) + TCP with 12 bytes of options, as a guest hands it for TSO: partial checksum. */
export function tsoFrame(payloadBytes: number, tcpFlags: number, seq = 0xfffff000): Uint8Array {
  const f = new Uint8Array(14 + 20 + 32 + payloadBytes);
  f.set([2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 0x08, 0x00]);
  const ip = 14;
  f.set([0x45, 0, 0, 0, 0xff, 0xfe, 0x40, 0, 64, 6, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2], ip);
  const tcp = 34;
  f.set([0x9c, 0x40, 0x13, 0x89], tcp);
  f.set([seq >>> 24, (seq >>> 16) & 0xff, (seq >>> 8) & 0xff, seq & 0xff], tcp + 4);
  f.set([0, 0, 0, 7, 0x80, tcpFlags, 0x01, 0xf5], tcp + 8);
  f.set([1, 1, 8, 10, 0, 0, 0, 1, 0, 0, 0, 2], tcp + 20);
  for (let i = 0; i < payloadBytes; i++) f[66 + i] = (i * 7 + 3) & 0xff;
  return f;
}

