// pcapng (draft-ietf-opsawg-pcapng) with one interface per tap: a section
// header, an interface description per tap (Ethernet, nanosecond
// timestamps, named "<link>:<from>-><to> <tap>"), then an enhanced packet
// block per frame, and at close an interface statistics block per tap with
// the frames it saw and those dropped before it (isb_ifrecv, isb_ifdrop).
// Wireshark and tshark open it without options; classic pcap stays
// available (pcap-writer.ts). Timestamps are simulated time. Written
// little-endian and streamed; record-file.ts keeps it whole blocks on a full
// disk.

import type { OutputError } from '../errors.js';
import { PCAP_SNAPLEN } from './pcap-writer.js';
import { RecordFile } from './record-file.js';

const LINKTYPE_ETHERNET = 1;

export interface PcapngInterface {
  name: string;
  description?: string;
}

export interface InterfaceStatistics {
  /** Frames that reached the tap. */
  received: number;
  /** Frames lost before the tap (a queue's drops, for a tap after it). */
  dropped: number;
}

/** A block: type, total length, body, total length again; the body padded to 4 bytes. */
function block(type: number, body: Buffer): Buffer {
  const len = 12 + body.length;
  const b = Buffer.alloc(len);
  b.writeUInt32LE(type, 0);
  b.writeUInt32LE(len, 4);
  body.copy(b, 8);
  b.writeUInt32LE(len, len - 4);
  return b;
}

function pad4(n: number): number {
  return (n + 3) & ~3;
}

/** Options: code, length, value padded to 4, then opt_endofopt. */
function options(opts: [number, Buffer][]): Buffer {
  const parts: Buffer[] = [];
  for (const [code, value] of opts) {
    const head = Buffer.alloc(4);
    head.writeUInt16LE(code, 0);
    head.writeUInt16LE(value.length, 2);
    parts.push(head, value, Buffer.alloc(pad4(value.length) - value.length));
  }
  parts.push(Buffer.alloc(4));
  return Buffer.concat(parts);
}

function u64(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n), 0);
  return b;
}

function timestamp(b: Buffer, offset: number, ns: number): void {
  b.writeUInt32LE(Math.floor(ns / 2 ** 32), offset);
  b.writeUInt32LE(ns % 2 ** 32, offset + 4);
}

export class PcapngWriter extends RecordFile {
  readonly #interfaces: number;

  constructor(path: string, interfaces: readonly PcapngInterface[], onError?: (err: OutputError) => void) {
    super(path, { onError, makeFolder: true });
    this.#interfaces = interfaces.length;
    const shb = Buffer.alloc(16);
    shb.writeUInt32LE(0x1a2b3c4d, 0);
    shb.writeUInt16LE(1, 4);
    shb.writeUInt16LE(0, 6);
    shb.writeBigInt64LE(-1n, 8); // section length not given
    this.push(block(0x0a0d0d0a, Buffer.concat([shb, options([[4, Buffer.from('cosim')]])])));
    for (const i of interfaces) {
      const idb = Buffer.alloc(8);
      idb.writeUInt16LE(LINKTYPE_ETHERNET, 0);
      idb.writeUInt32LE(PCAP_SNAPLEN, 4);
      const opts: [number, Buffer][] = [[2, Buffer.from(i.name)]];
      if (i.description) opts.push([3, Buffer.from(i.description)]);
      opts.push([9, Buffer.from([9])]); // if_tsresol: 10^-9 s
      this.push(block(1, Buffer.concat([idb, options(opts)])));
    }
    this.flush();
  }

  /** A frame seen by interface `iface` (its index in the constructor's list) at `timeNs`. */
  write(iface: number, timeNs: number, bytes: Uint8Array): void {
    if (!(iface >= 0 && iface < this.#interfaces)) throw new RangeError(`${this.path}: no interface ${iface}`);
    const incl = Math.min(bytes.length, PCAP_SNAPLEN);
    const body = Buffer.alloc(20 + pad4(incl) + 4);
    body.writeUInt32LE(iface, 0);
    timestamp(body, 4, timeNs);
    body.writeUInt32LE(incl, 12);
    body.writeUInt32LE(bytes.length, 16);
    body.set(bytes.subarray(0, incl), 20);
    // The options field is just opt_endofopt (already zero).
    this.pushRecord(block(6, body));
  }

  /** One interface statistics block per interface, at `timeNs`: what each tap saw and what was lost before it. */
  writeStatistics(timeNs: number, stats: readonly InterfaceStatistics[]): void {
    stats.forEach((s, iface) => {
      const head = Buffer.alloc(12);
      head.writeUInt32LE(iface, 0);
      timestamp(head, 4, timeNs);
      this.push(block(5, Buffer.concat([head, options([[4, u64(s.received)], [5, u64(s.dropped)]])])));
    });
  }
}
