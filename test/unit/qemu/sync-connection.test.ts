// The orchestrator's end of the sync socket against a scripted QEMU on a real
// Unix socket: a VM must stop exactly where it was granted, since inputs for
// it are stamped with that time.

import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { GuestError } from '../../../orchestrator/src/errors.js';
import { SyncConnection, SyncListener } from '../../../orchestrator/src/qemu/sync-connection.js';
import { encodeMessage, MsgKind } from '../../../orchestrator/src/qemu/sync-codec.js';

const HELLO = Buffer.from([1, 0, 0, 0, 0, 0, 0, 0]);
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
});
