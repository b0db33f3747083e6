// The orchestrator's end of the sync socket against a scripted QEMU on a real
// Unix socket: a VM must stop exactly where it was granted, since inputs for
// it are stamped with that time.

import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { GuestError } from '../../../orchestrator/src/errors.js';
import { MAX_OUTPUT_BYTES_PER_SYNC, SyncConnection, SyncListener } from '../../../orchestrator/src/qemu/sync-connection.js';
import { encodeMessage, MsgKind, PROTOCOL_VERSION } from '../../../orchestrator/src/qemu/sync-codec.js';

const HELLO = Buffer.from([PROTOCOL_VERSION, 0, 0, 0, 0, 0, 0, 0]);
const busy = () => Buffer.alloc(16);

async function pair(): Promise<{ qemu: Socket; conn: SyncConnection }> {
  const listener = new SyncListener('router');
  const qemu = connect(listener.path);
  const conn = new SyncConnection('router', await listener.accept());
  qemu.write(encodeMessage(MsgKind.HELLO, 0, 0, HELLO));
  await conn.hello();
  return { qemu, conn };
}

describe('SyncConnection', () => {
  const open: Socket[] = [];
  afterEach(() => open.splice(0).forEach((s) => s.destroy()));

  it('hands on sync points at time 0 and then at each granted horizon', async () => {
    const { qemu, conn } = await pair();
    open.push(qemu);
    qemu.write(encodeMessage(MsgKind.REACHED, 0, 0, busy()));
    expect((await conn.nextSync()).clock.reachedNs).toBe(0);
    conn.grant(5_000_000);
    qemu.write(encodeMessage(MsgKind.REACHED, 0, 5_000_000, busy()));
    expect((await conn.nextSync()).clock.reachedNs).toBe(5_000_000);
  });

  it('sends inputs stamped ahead, also while the VM runs, one write per flush, and never stamped before where QEMU reads them', async () => {
    const { qemu, conn } = await pair();
    open.push(qemu);
    const chunks: Buffer[] = [];
    qemu.on('data', (c: Buffer) => chunks.push(c));
    qemu.write(encodeMessage(MsgKind.REACHED, 0, 0, busy()));
    await conn.nextSync();
    conn.sendFrame(0, Buffer.alloc(60, 1), 0);
    conn.sendFrame(0, Buffer.alloc(60, 2), 7_000_000);
    conn.grant(5_000_000);
    expect(() => conn.sendSerial(0, Buffer.from('x'), 4_999_999)).toThrow('internal: SERIAL_IN for router stamped 4999999 ns, before 5000000 ns, where it may already run to: an input source bounded its horizon wrongly');
    conn.sendSerial(0, Buffer.from('hi'), 5_000_000);
    conn.flush();
    await new Promise((r) => setTimeout(r, 50));
    const bytes = Buffer.concat(chunks);
    // FRAME_IN at 0, FRAME_IN at 7 ms, GRANT to 5 ms, then SERIAL_IN at 5 ms: in two writes.
    const kinds: number[] = [];
    const times: number[] = [];
    for (let off = 0; off < bytes.length; ) {
      kinds.push(bytes.readUInt16LE(off + 4));
      times.push(Number(bytes.readBigUInt64LE(off + 8)));
      off += 16 + bytes.readUInt32LE(off);
    }
    expect(kinds).toEqual([MsgKind.FRAME_IN, MsgKind.FRAME_IN, MsgKind.GRANT, MsgKind.SERIAL_IN]);
    expect(times).toEqual([0, 7_000_000, 5_000_000, 5_000_000]);
    expect(chunks.length).toBeLessThanOrEqual(2);
  });

  it('starts a restored VM at its snapshot, with what it output before handed over first', async () => {
    const listener = new SyncListener('router');
    const qemu = connect(listener.path);
    open.push(qemu);
    const replay = [{ kind: 'serial' as const, port: 0, timeNs: 1_931_500_784, bytes: Buffer.from('hello') }];
    const conn = new SyncConnection('router', await listener.accept(), replay);
    qemu.write(encodeMessage(MsgKind.HELLO, 0, 1_932_000_000, HELLO));
    expect((await conn.hello()).startNs).toBe(1_932_000_000);
    qemu.write(encodeMessage(MsgKind.REACHED, 0, 1_932_000_000, busy()));
    const first = await conn.nextSync();
    expect(first.clock.reachedNs).toBe(1_932_000_000);
    expect(first.outputs).toEqual([{ ...replay[0], seq: 0 }]);
    conn.grant(1_933_000_000);
    qemu.write(encodeMessage(MsgKind.SERIAL_OUT, 0, 1_932_500_000, Buffer.from('x')));
    qemu.write(encodeMessage(MsgKind.REACHED, 0, 1_933_000_000, busy()));
    expect((await conn.nextSync()).outputs.map((o) => o.seq)).toEqual([1]);
  });

  it('asks for a snapshot at the sync point and hears its size', async () => {
    const { qemu, conn } = await pair();
    open.push(qemu);
    const seen: Buffer[] = [];
    qemu.on('data', (b) => seen.push(b));
    qemu.write(encodeMessage(MsgKind.REACHED, 0, 0, busy()));
    await conn.nextSync();
    const done = conn.snapshot();
    const size = Buffer.alloc(8);
    size.writeBigUInt64LE(94_900_000n);
    await new Promise((r) => setTimeout(r, 20));
    expect(Buffer.concat(seen)).toEqual(encodeMessage(MsgKind.SNAPSHOT, 0, 0));
    qemu.write(encodeMessage(MsgKind.SNAPSHOT_DONE, 0, 0, size));
    expect(await done).toBe(94_900_000);
  });

  it('keeps the count of oversized frames QEMU dropped, as of the last sync point', async () => {
    const { qemu, conn } = await pair();
    open.push(qemu);
    const reached = Buffer.alloc(16);
    reached.writeUInt32LE(3, 12);
    qemu.write(encodeMessage(MsgKind.REACHED, 0, 0, reached));
    await conn.nextSync();
    expect(conn.framesDropped).toBe(3);
  });

  it('names a VM that stops past its granted horizon', async () => {
    const { qemu, conn } = await pair();
    open.push(qemu);
    qemu.write(encodeMessage(MsgKind.REACHED, 0, 0, busy()));
    await conn.nextSync();
    conn.grant(5_000_000);
    qemu.write(encodeMessage(MsgKind.REACHED, 0, 5_000_617, busy()));
    const next = conn.nextSync();
    await expect(next).rejects.toBeInstanceOf(GuestError);
    await expect(next).rejects.toThrow(/Guest router failed sync: stopped at 5000617 ns instead of its granted horizon 5000000 ns/);
  });

  it('refuses an output stamped outside the window the VM was granted, naming it', async () => {
    const { qemu, conn } = await pair();
    open.push(qemu);
    qemu.write(encodeMessage(MsgKind.REACHED, 0, 0, busy()));
    await conn.nextSync();
    conn.grant(5_000_000);
    qemu.write(encodeMessage(MsgKind.FRAME_OUT, 0, 6_000_000, Buffer.alloc(60)));
    await expect(conn.nextSync()).rejects.toThrow(
      'Protocol error from router in FRAME_OUT at byte 56: stamped 6000000 ns, outside the window it was granted (0 ns, after its last sync point or output, to 5000000 ns)',
    );
  });

  it('refuses outputs that go back in time', async () => {
    const { qemu, conn } = await pair();
    open.push(qemu);
    qemu.write(encodeMessage(MsgKind.REACHED, 0, 0, busy()));
    await conn.nextSync();
    conn.grant(5_000_000);
    qemu.write(Buffer.concat([encodeMessage(MsgKind.SERIAL_OUT, 0, 3_000_000, Buffer.from('a')), encodeMessage(MsgKind.SERIAL_OUT, 0, 2_000_000, Buffer.from('b'))]));
    await expect(conn.nextSync()).rejects.toThrow(/SERIAL_OUT at byte 73: stamped 2000000 ns, outside the window it was granted \(3000000 ns/);
  });

  it('bounds what a VM may send between two sync points', async () => {
    const { qemu, conn } = await pair();
    open.push(qemu);
    qemu.write(encodeMessage(MsgKind.REACHED, 0, 0, busy()));
    await conn.nextSync();
    conn.grant(5_000_000);
    const frame = encodeMessage(MsgKind.FRAME_OUT, 0, 1_000, Buffer.alloc(65536));
    const n = Math.ceil(MAX_OUTPUT_BYTES_PER_SYNC / 65536) + 1;
    const next = conn.nextSync();
    for (let i = 0; i < n && !qemu.destroyed; i++) qemu.write(frame);
    await expect(next).rejects.toThrow(/over 67108864 bytes of output before its next sync point/);
  });

  it('says why it cannot listen: a TMPDIR too deep for a Unix socket path', async () => {
    const old = process.env.TMPDIR;
    const { mkdirSync, mkdtempSync } = await import('node:fs');
    const deep = `${mkdtempSync('/tmp/cosim-deep-')}/${'d'.repeat(100)}`;
    mkdirSync(deep);
    process.env.TMPDIR = deep;
    try {
      expect(() => new SyncListener('receiver')).toThrow(/^Guest receiver failed start: the sync socket path .*receiver\.sock is over 107 bytes, the limit for Unix sockets; set TMPDIR to a shorter folder$/);
    } finally {
      process.env.TMPDIR = old;
    }
  });
});
