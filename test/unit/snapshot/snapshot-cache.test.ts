import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CONSOLE_FILE,
  findSnapshot,
  listSnapshots,
  META_FILE,
  recordedOutputs,
  type SnapshotInputs,
  type SnapshotMeta,
  snapshotInputs,
  snapshotKey,
  STATE_FILE,
  writeSnapshotMeta,
} from '../../../orchestrator/src/snapshot/snapshot-cache.js';

const spec = {
  append: 'console=ttyS0 cosim_ip=eth0:10.0.0.1/24',
  memoryMiB: 256,
  icountShift: 0,
  seed: 42,
  nics: [{ port: 0, mac: '52:54:00:00:00:01' }],
  serialPorts: [{ port: 0, name: 'cosim.relay' }],
};
const qemu = { build: '997f073842cee02f', sha256: 'q'.repeat(64) };
const image = { name: '6.1-d6dec0aa9c9fd261', vmlinuzSha256: 'v'.repeat(64), initramfsSha256: 'i'.repeat(64) };
const inputs = snapshotInputs(qemu, image, spec);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cosim-snapshot-cache-'));
  process.env.COSIM_SNAPSHOT_DIR = dir;
});
afterEach(() => {
  delete process.env.COSIM_SNAPSHOT_DIR;
  rmSync(dir, { recursive: true, force: true });
});

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** A snapshot folder as makeSnapshot leaves it, with a small fake state. */
function writeSnapshot(of: SnapshotInputs, state = Buffer.alloc(4096, 7)): string {
  const key = snapshotKey(of);
  const folder = join(dir, key);
  mkdirSync(folder);
  writeFileSync(join(folder, STATE_FILE), state);
  writeFileSync(join(folder, CONSOLE_FILE), 'booted\n');
  const meta: SnapshotMeta = {
    key,
    inputs: of,
    snapshotNs: 1_932_000_000,
    agentReadyNs: 1_931_500_784,
    stateBytes: state.length,
    stateSha256: sha(state),
    consoleSha256: sha('booted\n'),
    outputs: [{ kind: 'serial', port: 0, timeNs: 1_931_500_784, bytes: Buffer.from([1, 2, 3]).toString('base64') }],
    makeWallSeconds: 8.2,
    createdAt: '2026-11-23T23:37:16.655Z',
  };
  writeSnapshotMeta(folder, meta);
  return folder;
}

describe('snapshot key', () => {
  it('changes with everything that shapes the guest up to agent-ready', () => {
    const base = snapshotKey(inputs);
    const variants: SnapshotInputs[] = [
      snapshotInputs({ ...qemu, build: 'other' }, image, spec),
      snapshotInputs({ ...qemu, sha256: 'x'.repeat(64) }, image, spec),
      snapshotInputs(qemu, { ...image, initramfsSha256: 'j'.repeat(64) }, spec),
      snapshotInputs(qemu, { ...image, vmlinuzSha256: 'w'.repeat(64) }, spec),
      snapshotInputs(qemu, image, { ...spec, append: 'console=ttyS0 cosim_ip=eth0:10.0.0.2/24' }),
      snapshotInputs(qemu, image, { ...spec, memoryMiB: 192 }),
      snapshotInputs(qemu, image, { ...spec, icountShift: 1 }),
      snapshotInputs(qemu, image, { ...spec, cpuMips: 3000 }),
      snapshotInputs(qemu, image, { ...spec, seed: 43 }),
      snapshotInputs(qemu, image, { ...spec, nics: [{ port: 0, mac: '52:54:00:00:00:02' }] }),
      snapshotInputs(qemu, image, { ...spec, nics: [...spec.nics, { port: 1, mac: '52:54:00:00:01:01' }] }),
      snapshotInputs(qemu, image, { ...spec, serialPorts: [] }),
    ];
    const keys = variants.map(snapshotKey);
    expect(keys).not.toContain(base);
    expect(new Set(keys).size).toBe(keys.length);
    expect(snapshotKey(snapshotInputs(qemu, image, { ...spec }))).toBe(base);
  });
});

describe('findSnapshot', () => {
  it('finds a whole snapshot and gives back what the guest output before it', () => {
    writeSnapshot(inputs);
    const r = findSnapshot(inputs);
    expect(r.ok).toBe(true);
    if (r.ok) expect(recordedOutputs(r.meta)).toEqual([{ kind: 'serial', port: 0, timeNs: 1_931_500_784, bytes: Buffer.from([1, 2, 3]) }]);
    expect(listSnapshots().map((s) => s.meta?.key)).toEqual([snapshotKey(inputs)]);
  });

  it('does not reuse a snapshot of another image', () => {
    writeSnapshot(inputs);
    const changed = snapshotInputs(qemu, { ...image, initramfsSha256: 'j'.repeat(64) }, spec);
    expect(findSnapshot(changed)).toMatchObject({ ok: false, reason: 'none made yet' });
  });

  it('refuses a folder made from other inputs under this key', () => {
    const other = snapshotInputs(qemu, { ...image, initramfsSha256: 'j'.repeat(64) }, spec);
    const folder = writeSnapshot(other);
    rmSync(join(dir, snapshotKey(inputs)), { recursive: true, force: true });
    // The same folder under the key of `inputs`, as if the image had changed in place.
    mkdirSync(join(dir, snapshotKey(inputs)));
    for (const f of [STATE_FILE, CONSOLE_FILE, META_FILE]) writeFileSync(join(dir, snapshotKey(inputs), f), readFileSync(join(folder, f)));
    expect(findSnapshot(inputs)).toMatchObject({ ok: false, reason: 'it was made from other inputs' });
  });

  it('detects a truncated state file', () => {
    const folder = writeSnapshot(inputs);
    truncateSync(join(folder, STATE_FILE), 1000);
    expect(findSnapshot(inputs)).toMatchObject({ ok: false, reason: `its ${STATE_FILE} has 1000 bytes, not the 4096 it was written with (truncated?)` });
  });

  it('detects a corrupt state file of the right size', () => {
    const folder = writeSnapshot(inputs);
    writeFileSync(join(folder, STATE_FILE), Buffer.alloc(4096, 8));
    expect(findSnapshot(inputs)).toMatchObject({ ok: false, reason: `its ${STATE_FILE} does not match the checksum it was written with (corrupt)` });
  });

  it('detects a missing or unreadable record', () => {
    const folder = writeSnapshot(inputs);
    writeFileSync(join(folder, META_FILE), '{');
    const r = findSnapshot(inputs);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^its snapshot.json cannot be read/);
    rmSync(join(folder, STATE_FILE));
    expect(listSnapshots()).toEqual([{ dir: folder, meta: undefined, stateBytes: 0 }]);
  });

  it('checks snapshot.json itself: an edit of what it replays, or a record without its checksum, is not used', () => {
    const folder = writeSnapshot(inputs);
    const text = readFileSync(join(folder, META_FILE), 'utf8');
    expect(findSnapshot(inputs).ok).toBe(true);
    const edits: [string, (m: SnapshotMeta) => void][] = [
      ['an output\'s time', (m) => (m.outputs[0]!.timeNs += 1)],
      ['an output\'s bytes', (m) => (m.outputs[0]!.bytes = Buffer.from([1, 2, 4]).toString('base64'))],
      ['the sync point', (m) => (m.snapshotNs = 2_000_000_000)],
      ['the state\'s checksum, with the state to match', (m) => {
        writeFileSync(join(folder, STATE_FILE), Buffer.alloc(4096, 9));
        m.stateSha256 = sha(Buffer.alloc(4096, 9));
      }],
    ];
    for (const [what, edit] of edits) {
      const meta = JSON.parse(text) as SnapshotMeta;
      edit(meta);
      writeFileSync(join(folder, META_FILE), JSON.stringify(meta, null, 1));
      expect(findSnapshot(inputs), what).toMatchObject({ ok: false, reason: `its ${META_FILE} does not match the checksum it was written with (edited or corrupt)` });
    }
    const { metaSha256: _, ...old } = JSON.parse(text) as SnapshotMeta;
    writeFileSync(join(folder, STATE_FILE), Buffer.alloc(4096, 7));
    writeFileSync(join(folder, META_FILE), JSON.stringify(old));
    expect(findSnapshot(inputs)).toMatchObject({ ok: false, reason: `its ${META_FILE} has no checksum of itself (made by an older cosim)` });
    // Reformatted but unchanged, it is still the same record.
    writeFileSync(join(folder, META_FILE), JSON.stringify(JSON.parse(text), null, 4));
    expect(findSnapshot(inputs).ok).toBe(true);
  });
});
