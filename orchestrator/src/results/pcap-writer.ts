// Classic pcap with nanosecond timestamps (magic 0xa1b23c4d), Ethernet link
// type: what Wireshark, tshark and every pcap library open without options.
// Timestamps are simulated time. No well-kept npm library writes pcap, and
// the format is small: a 24-byte file header, then a 16-byte header per record.

import { closeSync, openSync, writeSync } from 'node:fs';

const MAGIC_NANOSECOND = 0xa1b23c4d;
const LINKTYPE_ETHERNET = 1;
export const PCAP_SNAPLEN = 65535;
const FLUSH_BYTES = 1 << 16;

export class PcapWriter {
  readonly path: string;
  readonly #fd: number;
  #chunks: Buffer[] = [];
  #pending = 0;
  #records = 0;

  constructor(path: string) {
    this.path = path;
    this.#fd = openSync(path, 'w');
    const header = Buffer.alloc(24);
    header.writeUInt32LE(MAGIC_NANOSECOND, 0);
    header.writeUInt16LE(2, 4);
    header.writeUInt16LE(4, 6);
    header.writeInt32LE(0, 8);
    header.writeUInt32LE(0, 12);
    header.writeUInt32LE(PCAP_SNAPLEN, 16);
    header.writeUInt32LE(LINKTYPE_ETHERNET, 20);
    this.#push(header);
  }

  get records(): number {
    return this.#records;
  }

  write(timeNs: number, bytes: Uint8Array): void {
    const incl = Math.min(bytes.length, PCAP_SNAPLEN);
    const rec = Buffer.alloc(16);
    rec.writeUInt32LE(Math.floor(timeNs / 1e9), 0);
    rec.writeUInt32LE(timeNs % 1e9, 4);
    rec.writeUInt32LE(incl, 8);
    rec.writeUInt32LE(bytes.length, 12);
    this.#push(rec);
    this.#push(Buffer.from(bytes.buffer, bytes.byteOffset, incl));
    this.#records++;
  }

  flush(): void {
    if (this.#chunks.length === 0) return;
    writeSync(this.#fd, Buffer.concat(this.#chunks));
    this.#chunks = [];
    this.#pending = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.#fd);
  }

  #push(b: Buffer): void {
    this.#chunks.push(Buffer.from(b));
    this.#pending += b.length;
    if (this.#pending >= FLUSH_BYTES) this.flush();
  }
}
