// Classic pcap with nanosecond timestamps (magic 0xa1b23c4d), Ethernet link
// type: what Wireshark, tshark and every pcap library open without options.
// Timestamps are simulated time. No well-kept npm library writes pcap, and
// the format is small: a 24-byte file header, then a 16-byte header per record.
// record-file.ts buffers it and keeps it whole records on a full disk.

import type { OutputError } from '../errors.js';
import { RecordFile } from './record-file.js';

const MAGIC_NANOSECOND = 0xa1b23c4d;
const LINKTYPE_ETHERNET = 1;
export const PCAP_SNAPLEN = 65535;

export class PcapWriter extends RecordFile {
  /** `onError` hears of the first failed write (a full disk), so the run can stop there. */
  constructor(path: string, onError?: (err: OutputError) => void) {
    super(path, { onError });
    const header = Buffer.alloc(24);
    header.writeUInt32LE(MAGIC_NANOSECOND, 0);
    header.writeUInt16LE(2, 4);
    header.writeUInt16LE(4, 6);
    header.writeInt32LE(0, 8);
    header.writeUInt32LE(0, 12);
    header.writeUInt32LE(PCAP_SNAPLEN, 16);
    header.writeUInt32LE(LINKTYPE_ETHERNET, 20);
    // On disk at once: a run killed before its first flush still leaves a
    // file every pcap reader opens (an empty capture, not a 0-byte file).
    this.push(header);
    this.flush();
  }

  write(timeNs: number, bytes: Uint8Array): void {
    const incl = Math.min(bytes.length, PCAP_SNAPLEN);
    const rec = Buffer.alloc(16 + incl);
    rec.writeUInt32LE(Math.floor(timeNs / 1e9), 0);
    rec.writeUInt32LE(timeNs % 1e9, 4);
    rec.writeUInt32LE(incl, 8);
    rec.writeUInt32LE(bytes.length, 12);
    rec.set(bytes.subarray(0, incl), 16);
    this.pushRecord(rec);
  }
}
