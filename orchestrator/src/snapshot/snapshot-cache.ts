// Snapshots of booted guests, cached beside the images under
// $COSIM_CACHE/snapshots/<key>/. A snapshot is one host's QEMU state saved at
// the sync point right after its relay agent said hello (agent-ready), with
// what the guest output before that point: its console text and the frames
// and relay bytes it sent, which a restored run replays so that it is the
// same run as a cold boot (docs/testing-determinism.md).
//
// The key covers everything that shapes the guest up to agent-ready: the
// QEMU build and binary, the image's kernel and initramfs by content, the
// kernel command line, memory, NICs (their number and offloads; every guest
// boots with the same MACs) and serial ports, the icount shift and the boot seed. Nothing of
// the host's own is in it: its MACs, addresses, routes, sysctls and
// randomness come through its agent after agent-ready, in a booted run as in
// a restored one (run/configure-hosts.ts), so every host with the same image,
// memory and NIC count shares one snapshot. Every file of a snapshot is
// checked before use: the state and console files against the checksums in
// snapshot.json, and snapshot.json against its own (metaSha256: the outputs
// it records are replayed into the run, so an edit there changes the run). A
// folder where anything does not match is never used.

import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { VmLaunchSpec } from '../qemu/qemu-command.js';
import type { VmOutput } from '../sim/vm-endpoint.js';

/** Bumped when what a snapshot folder holds, or how a snapshot is made, changes. */
export const SNAPSHOT_FORMAT = 2;

export const STATE_FILE = 'state.bin';
export const META_FILE = 'snapshot.json';
export const CONSOLE_FILE = 'console.log';

/** What a snapshot depends on; its key is a hash of this. */
export interface SnapshotInputs {
  format: number;
  qemu: { build: string; sha256: string };
  image: { name: string; vmlinuzSha256: string; initramfsSha256: string };
  append: string;
  memoryMiB: number;
  icountShift: number;
  /** Only when the guest is not at the default speed, so the keys of those stay as they were. */
  cpuMips?: number;
  seed: number;
  nics: { port: number; mac: string; offloads?: { checksum: boolean; tso: boolean; lro: boolean } }[];
  serialPorts: { port: number; name: string }[];
}

export interface RecordedOutput {
  kind: 'frame' | 'serial';
  port: number;
  timeNs: number;
  /** base64 */
  bytes: string;
}

export interface SnapshotMeta {
  key: string;
  inputs: SnapshotInputs;
  /** The sync point the VM was saved at, and when its agent said hello. */
  snapshotNs: number;
  agentReadyNs: number;
  stateBytes: number;
  stateSha256: string;
  consoleSha256: string;
  outputs: RecordedOutput[];
  /** How long making it took, for the record. */
  makeWallSeconds: number;
  createdAt: string;
  /** SHA-256 of this record without this field, as compact JSON (writeSnapshotMeta). */
  metaSha256?: string;
}

export function cosimCacheDir(): string {
  return process.env.COSIM_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'cosim');
}

/** $COSIM_SNAPSHOT_DIR if set (tests keep theirs apart), else $COSIM_CACHE/snapshots. */
export function snapshotsDir(): string {
  return process.env.COSIM_SNAPSHOT_DIR ?? join(cosimCacheDir(), 'snapshots');
}

export function snapshotInputs(
  qemu: { build: string; sha256: string },
  image: { name: string; vmlinuzSha256: string; initramfsSha256: string },
  spec: Pick<VmLaunchSpec, 'append' | 'memoryMiB' | 'icountShift' | 'cpuMips' | 'seed' | 'nics' | 'serialPorts'>,
): SnapshotInputs {
  return {
    format: SNAPSHOT_FORMAT,
    qemu,
    image,
    append: spec.append,
    memoryMiB: spec.memoryMiB,
    icountShift: spec.icountShift,
    ...(spec.cpuMips === undefined ? {} : { cpuMips: spec.cpuMips }),
    seed: spec.seed,
    // A NIC's offloads are virtio-net features in the saved state; a stock NIC's entry (and key) stays as it was.
    nics: spec.nics.map((n) => ({ port: n.port, mac: n.mac, ...(n.offloads ? { offloads: { checksum: n.offloads.checksum, tso: n.offloads.tso, lro: n.offloads.lro } } : {}) })),
    serialPorts: spec.serialPorts.map((s) => ({ port: s.port, name: s.name })),
  };
}

export function snapshotKey(inputs: SnapshotInputs): string {
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 16);
}

export function sha256OfFile(path: string): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(4 * 2 ** 20);
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      hash.update(buf.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** The checksum snapshot.json carries of itself: over the record without it, as compact JSON in its own key order. */
function metaChecksum(meta: SnapshotMeta): string {
  const { metaSha256: _own, ...rest } = meta;
  return createHash('sha256').update(JSON.stringify(rest)).digest('hex');
}

/** Write `meta` as the snapshot.json of `dir`, with its own checksum. */
export function writeSnapshotMeta(dir: string, meta: SnapshotMeta): void {
  const { metaSha256: _old, ...rest } = meta;
  writeFileSync(join(dir, META_FILE), `${JSON.stringify({ ...rest, metaSha256: metaChecksum(rest) }, null, 1)}\n`);
}

export type SnapshotLookup = { ok: true; dir: string; meta: SnapshotMeta } | { ok: false; dir: string; reason: string };

/**
 * The cached snapshot for these inputs, checked whole: its record, the
 * inputs it was made from, the state file's size and checksum and the
 * console text's checksum. Anything else is a reason, never a snapshot.
 */
export function findSnapshot(inputs: SnapshotInputs): SnapshotLookup {
  const key = snapshotKey(inputs);
  const dir = join(snapshotsDir(), key);
  if (!existsSync(dir)) return { ok: false, dir, reason: 'none made yet' };
  let meta: SnapshotMeta;
  try {
    meta = JSON.parse(readFileSync(join(dir, META_FILE), 'utf8')) as SnapshotMeta;
  } catch (err) {
    return { ok: false, dir, reason: `its ${META_FILE} cannot be read (${(err as Error).message})` };
  }
  if (typeof meta.metaSha256 !== 'string') return { ok: false, dir, reason: `its ${META_FILE} has no checksum of itself (made by an older cosim)` };
  if (metaChecksum(meta) !== meta.metaSha256) return { ok: false, dir, reason: `its ${META_FILE} does not match the checksum it was written with (edited or corrupt)` };
  if (meta.key !== key || JSON.stringify(meta.inputs) !== JSON.stringify(inputs)) return { ok: false, dir, reason: 'it was made from other inputs' };
  const state = join(dir, STATE_FILE);
  if (!existsSync(state)) return { ok: false, dir, reason: `its ${STATE_FILE} is missing` };
  const size = statSync(state).size;
  if (size !== meta.stateBytes) return { ok: false, dir, reason: `its ${STATE_FILE} has ${size} bytes, not the ${meta.stateBytes} it was written with (truncated?)` };
  if (sha256OfFile(state) !== meta.stateSha256) return { ok: false, dir, reason: `its ${STATE_FILE} does not match the checksum it was written with (corrupt)` };
  const consolePath = join(dir, CONSOLE_FILE);
  if (!existsSync(consolePath) || sha256OfFile(consolePath) !== meta.consoleSha256) return { ok: false, dir, reason: `its ${CONSOLE_FILE} is missing or corrupt` };
  return { ok: true, dir, meta };
}

export function removeSnapshot(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** What a restored VM output before its snapshot, for the engine. */
export function recordedOutputs(meta: SnapshotMeta): Omit<VmOutput, 'seq'>[] {
  return meta.outputs.map((o) => ({ kind: o.kind, port: o.port, timeNs: o.timeNs, bytes: Buffer.from(o.bytes, 'base64') }));
}

export interface ListedSnapshot {
  dir: string;
  meta: SnapshotMeta | undefined;
  stateBytes: number;
}

/** Every snapshot folder in the cache, readable or not (a broken one is listed with no meta). */
export function listSnapshots(): ListedSnapshot[] {
  const root = snapshotsDir();
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((n) => /^[0-9a-f]{16}$/.test(n))
    .sort()
    .map((n) => {
      const dir = join(root, n);
      let meta: SnapshotMeta | undefined;
      try {
        meta = JSON.parse(readFileSync(join(dir, META_FILE), 'utf8')) as SnapshotMeta;
      } catch {
        meta = undefined;
      }
      const state = join(dir, STATE_FILE);
      return { dir, meta, stateBytes: existsSync(state) ? statSync(state).size : 0 };
    });
}
