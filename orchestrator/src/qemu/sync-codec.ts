// The sync protocol's framing (qemu-patches/PROTOCOL.md): a 16-byte
// little-endian header (payload length u32, kind u16, port u16, time u64)
// and a bounded payload. QEMU's bytes are untrusted: every length and kind
// is checked, and a violation names the VM, the message and the byte offset.

import { ProtocolError } from '../errors.js';
import type { VmClock } from '../sim/conservative-sync.js';

export const HEADER_BYTES = 16;
export const MAX_PAYLOAD_BYTES = 65536;
export const MAX_PORTS = 16;
export const PROTOCOL_VERSION = 3;
const UINT64_MAX = 0xffff_ffff_ffff_ffffn;

export const MsgKind = {
  HELLO: 0x01,
  REACHED: 0x02,
  FRAME_OUT: 0x03,
  SERIAL_OUT: 0x04,
  SNAPSHOT_DONE: 0x05,
  FRAME_IN: 0x10,
  SERIAL_IN: 0x11,
  GRANT: 0x12,
  QUIT: 0x13,
  SNAPSHOT: 0x14,
} as const;
export type MsgKind = (typeof MsgKind)[keyof typeof MsgKind];

const KIND_NAMES = new Map<number, string>(Object.entries(MsgKind).map(([k, v]) => [v, k]));
export function kindName(kind: number): string {
  return KIND_NAMES.get(kind) ?? `0x${kind.toString(16)}`;
}

export interface SyncMessage {
  kind: number;
  port: number;
  timeNs: number;
  payload: Buffer;
  /** Byte offset of the message in the stream, for error messages. */
  offset: number;
}

export function encodeMessage(kind: MsgKind, port: number, timeNs: number, payload?: Uint8Array): Buffer {
  const len = payload?.length ?? 0;
  if (len > MAX_PAYLOAD_BYTES) throw new RangeError(`payload of ${len} bytes is over the limit of ${MAX_PAYLOAD_BYTES}`);
  if (!Number.isSafeInteger(timeNs) || timeNs < 0) throw new RangeError(`time must be a non-negative integer of ns, got ${timeNs}`);
  const buf = Buffer.allocUnsafe(HEADER_BYTES + len);
  buf.writeUInt32LE(len, 0);
  buf.writeUInt16LE(kind, 4);
  buf.writeUInt16LE(port, 6);
  buf.writeBigUInt64LE(BigInt(timeNs), 8);
  if (payload) buf.set(payload, HEADER_BYTES);
  return buf;
}

/** Kinds QEMU may send; anything else from it is a protocol error. */
const FROM_QEMU = new Set<number>([MsgKind.HELLO, MsgKind.REACHED, MsgKind.FRAME_OUT, MsgKind.SERIAL_OUT, MsgKind.SNAPSHOT_DONE]);

/** Incremental decoder for the stream QEMU sends. */
export class SyncDecoder {
  readonly #vm: string;
  #buf: Buffer = Buffer.alloc(0);
  #offset = 0;

  constructor(vm: string) {
    this.#vm = vm;
  }

  /** Append bytes; returns every complete message now available. */
  push(chunk: Buffer): SyncMessage[] {
    this.#buf = this.#buf.length === 0 ? chunk : Buffer.concat([this.#buf, chunk]);
    const out: SyncMessage[] = [];
    let pos = 0;
    while (this.#buf.length - pos >= HEADER_BYTES) {
      const len = this.#buf.readUInt32LE(pos);
      const kind = this.#buf.readUInt16LE(pos + 4);
      const port = this.#buf.readUInt16LE(pos + 6);
      const time = this.#buf.readBigUInt64LE(pos + 8);
      const offset = this.#offset + pos;
      if (len > MAX_PAYLOAD_BYTES) {
        throw new ProtocolError(this.#vm, kindName(kind), offset, `payload of ${len} bytes is over the limit of ${MAX_PAYLOAD_BYTES}`);
      }
      if (!FROM_QEMU.has(kind)) throw new ProtocolError(this.#vm, kindName(kind), offset, 'unknown message kind');
      if (port >= MAX_PORTS) throw new ProtocolError(this.#vm, kindName(kind), offset, `port ${port} is out of range`);
      if (time > BigInt(Number.MAX_SAFE_INTEGER)) {
        throw new ProtocolError(this.#vm, kindName(kind), offset, `time ${time} ns is beyond what the orchestrator represents`);
      }
      if (this.#buf.length - pos - HEADER_BYTES < len) break;
      const start = pos + HEADER_BYTES;
      out.push({ kind, port, timeNs: Number(time), payload: this.#buf.subarray(start, start + len), offset });
      pos = start + len;
    }
    this.#offset += pos;
    this.#buf = this.#buf.subarray(pos);
    return out;
  }

  /** Bytes received but not yet forming a whole message (a truncated stream at EOF). */
  get pendingBytes(): number {
    return this.#buf.length;
  }
}

export interface Hello {
  version: number;
  /** The first sync point: 0 after a boot, the snapshot's time after a restore. */
  startNs: number;
  netPorts: number[];
  serialPorts: number[];
}

export function decodeHello(vm: string, msg: SyncMessage): Hello {
  const p = msg.payload;
  const fail = (why: string): never => {
    throw new ProtocolError(vm, 'HELLO', msg.offset, why);
  };
  if (p.length < 8) fail(`payload of ${p.length} bytes is shorter than 8`);
  const version = p.readUInt32LE(0);
  if (version !== PROTOCOL_VERSION) fail(`QEMU speaks protocol version ${version}, the orchestrator ${PROTOCOL_VERSION}`);
  const nNet = p.readUInt16LE(4);
  const nSerial = p.readUInt16LE(6);
  if (p.length !== 8 + 2 * (nNet + nSerial)) fail(`payload of ${p.length} bytes does not hold ${nNet} + ${nSerial} ports`);
  const ports = (from: number, n: number) => Array.from({ length: n }, (_, i) => p.readUInt16LE(from + 2 * i));
  return { version, startNs: msg.timeNs, netPorts: ports(8, nNet), serialPorts: ports(8 + 2 * nNet, nSerial) };
}

/** A sync point as QEMU reports it: the VM's clock and what it could not send. */
export interface Reached extends VmClock {
  /** Frames the guest sent that fit no FRAME_OUT (outside 14..65536 bytes), counted since QEMU started, modulo 2^32. */
  framesDropped: number;
}

/** SNAPSHOT_DONE: the snapshot's size in bytes as QEMU wrote it. */
export function decodeSnapshotDone(vm: string, msg: SyncMessage): number {
  if (msg.payload.length !== 8) throw new ProtocolError(vm, 'SNAPSHOT_DONE', msg.offset, `payload of ${msg.payload.length} bytes, expected 8`);
  const bytes = msg.payload.readBigUInt64LE(0);
  if (bytes > BigInt(Number.MAX_SAFE_INTEGER)) throw new ProtocolError(vm, 'SNAPSHOT_DONE', msg.offset, `size ${bytes} is beyond what the orchestrator represents`);
  return Number(bytes);
}

export function decodeReached(vm: string, msg: SyncMessage): Reached {
  if (msg.payload.length !== 16) throw new ProtocolError(vm, 'REACHED', msg.offset, `payload of ${msg.payload.length} bytes, expected 16`);
  const next = msg.payload.readBigUInt64LE(0);
  return {
    reachedNs: msg.timeNs,
    idle: msg.payload[8] === 1,
    nextDeadlineNs: next === UINT64_MAX || next > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : Number(next),
    framesDropped: msg.payload.readUInt32LE(12),
  };
}
