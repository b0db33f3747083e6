// pcapng (draft-ietf-opsawg-pcapng) with one interface per tap: a section
// header, an interface description per tap (Ethernet, nanosecond
// timestamps, named "<link>:<from>-><to> <tap>"), then an enhanced packet
// block per frame, and at close an interface statistics block per tap with
// the frames it saw and those dropped before it (isb_ifrecv, isb_ifdrop).
// Wireshark and tshark open it without options; classic pcap stays
// available (pcap-writer.ts). Timestamps are simulated time. Written
// little-endian, streamed, with the pcap writer's failure rule: the first
// failed write is reported once and the file is cut back to its last whole
// block.

import { closeSync, ftruncateSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { OutputError } from '../errors.js';
import { PCAP_SNAPLEN } from './pcap-writer.js';

const LINKTYPE_ETHERNET = 1;
const FLUSH_BYTES = 1 << 16;

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

export class PcapngWriter {
  readonly path: string;
  failure: OutputError | undefined;
  readonly #fd: number;
  readonly #onError: ((err: OutputError) => void) | undefined;
  readonly #interfaces: number;
  #chunks: Buffer[] = [];
  #pending = 0;
  #fileBytes = 0;
  #records = 0;

  constructor(path: string, interfaces: readonly PcapngInterface[], onError?: (err: OutputError) => void) {
    this.path = path;
    this.#onError = onError;
    this.#interfaces = interfaces.length;
    try {
      mkdirSync(dirname(path), { recursive: true });
      this.#fd = openSync(path, 'w');
    } catch (err) {
      throw new OutputError(path, err);
    }
    const shb = Buffer.alloc(16);
    shb.writeUInt32LE(0x1a2b3c4d, 0);
    shb.writeUInt16LE(1, 4);
    shb.writeUInt16LE(0, 6);
    shb.writeBigInt64LE(-1n, 8); // section length not given
    this.#push(block(0x0a0d0d0a, Buffer.concat([shb, options([[4, Buffer.from('cosim')]])])));
    for (const i of interfaces) {
      const idb = Buffer.alloc(8);
      idb.writeUInt16LE(LINKTYPE_ETHERNET, 0);
      idb.writeUInt32LE(PCAP_SNAPLEN, 4);
      const opts: [number, Buffer][] = [[2, Buffer.from(i.name)]];
      if (i.description) opts.push([3, Buffer.from(i.description)]);
      opts.push([9, Buffer.from([9])]); // if_tsresol: 10^-9 s
      this.#push(block(1, Buffer.concat([idb, options(opts)])));
    }
    this.flush();
  }

  get records(): number {
    return this.#records;
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
    this.#push(block(6, body));
    this.#records++;
  }

  /** One interface statistics block per interface, at `timeNs`: what each tap saw and what was lost before it. */
  writeStatistics(timeNs: number, stats: readonly InterfaceStatistics[]): void {
    stats.forEach((s, iface) => {
      const head = Buffer.alloc(12);
      head.writeUInt32LE(iface, 0);
      timestamp(head, 4, timeNs);
      this.#push(block(5, Buffer.concat([head, options([[4, u64(s.received)], [5, u64(s.dropped)]])])));
    });
  }

  flush(): void {
    if (this.#chunks.length === 0) return;
    const chunks = this.#chunks;
    const data = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
    this.#chunks = [];
    this.#pending = 0;
    if (this.failure) return;
    let done = 0;
    try {
      while (done < data.length) done += writeSync(this.#fd, data, done);
      this.#fileBytes += data.length;
    } catch (err) {
      this.failure = new OutputError(this.path, err);
      let whole = 0;
      for (const c of chunks) {
        if (whole + c.length > done) break;
        whole += c.length;
      }
      try {
        ftruncateSync(this.#fd, this.#fileBytes + whole);
      } catch {
        // The failure above is what the run reports.
      }
      this.#onError?.(this.failure);
    }
  }

  close(): void {
    this.flush();
    try {
      closeSync(this.#fd);
    } catch (err) {
      this.failure ??= new OutputError(this.path, err);
    }
  }

  #push(b: Buffer): void {
    if (this.failure) return;
    this.#chunks.push(b);
    this.#pending += b.length;
    if (this.#pending >= FLUSH_BYTES) this.flush();
  }
}
