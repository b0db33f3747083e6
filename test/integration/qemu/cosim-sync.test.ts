// The patched QEMU's end of the sync socket, against an orchestrator scripted
// message by message on a real Unix socket, in the manner of QEMU's qtests.
// QEMU dies with the process that started it, leaves through its own shutdown
// path (status 1, one `cosim-sync:` line) on a protocol error or a closed
// socket, bounds what it keeps for the guest, refuses runt frames, drops and
// counts guest frames no message can carry, and reports each sync point the
// same way whatever the grant schedule.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { VmNic, VmSerialPort } from '../../../orchestrator/src/qemu/qemu-command.js';
import { encodeMessage, MsgKind } from '../../../orchestrator/src/qemu/sync-codec.js';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';
import { isGone, killAll, ScriptedQemu, sleep, syncLines, waitFor } from './scripted-qemu.js';

const MiB = 1 << 20;

/** Bytes no shift or reordering of 64 KiB chunks leaves unchanged. */
function pattern(length: number, seed: number): Buffer {
  const b = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}
const NIC: VmNic = { port: 0, mac: '52:54:00:00:00:01' };
const RELAY: VmSerialPort = { port: 0, name: 'cosim.relay' };

afterEach(killAll);

describe('QEMU and the process that started it', () => {
  it('dies with it even when stopped (SIGSTOP), where a closed socket cannot end it', async () => {
    requireQemu();
    requireImage('6.1');
    const child = fileURLToPath(new URL('../helpers/orchestrator-child.ts', import.meta.url));
    const orch = spawn(process.execPath, ['--import', 'tsx', child, join(tempDir('pdeath'), 'console.log')], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const pid = await new Promise<number>((resolve, reject) => {
      let out = '';
      orch.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /qemu-pid (\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      orch.once('exit', (code) => reject(new Error(`orchestrator child exited early with ${code}`)));
    });
    try {
      await sleep(500);
      process.kill(pid, 'SIGSTOP');
      orch.kill('SIGKILL');
      await waitFor(`QEMU ${pid} to die with its parent`, () => isGone(pid), 2000);
    } finally {
      if (!isGone(pid)) process.kill(pid, 'SIGKILL');
    }
  });
});

describe('QEMU leaves through its shutdown path', () => {
  it('on a protocol error: status 1, one line, a host-error SHUTDOWN', async () => {
    const q = await ScriptedQemu.start('bad-kind', { serialPorts: [RELAY], qmp: true });
    await q.runUntilQmpReady();
    q.send(encodeMessage(MsgKind.GRANT, 0, 0).fill(0x7f, 4, 5));
    expect(await q.exited).toEqual({ code: 1, signal: null });
    expect(syncLines(q.stderr)).toEqual([expect.stringMatching(/cosim-sync: unknown message kind 0x7f at byte \d+ \(.*bad-kind\.sock\)$/)]);
    expect(q.qmp!.shutdownReasons()).toEqual(['host-error']);
  });

  it('when the socket closes while the guest runs: at once, status 1, one line', async () => {
    const q = await ScriptedQemu.start('closed', { serialPorts: [RELAY], qmp: true });
    const clock = await q.runUntilQmpReady();
    q.grant(clock.reachedNs + 60_000_000_000);
    await sleep(300);
    const t0 = Date.now();
    q.close();
    expect(await q.exited).toEqual({ code: 1, signal: null });
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(syncLines(q.stderr)).toEqual([expect.stringMatching(/cosim-sync: the orchestrator closed the socket \(.*closed\.sock\)$/)]);
    expect(q.qmp!.shutdownReasons()).toEqual(['host-error']);
  });

  it('when the socket closes at a sync point: status 1', async () => {
    const q = await ScriptedQemu.start('closed-at-sync', { serialPorts: [RELAY] });
    await q.syncPoint();
    q.close();
    expect(await q.exited).toEqual({ code: 1, signal: null });
    expect(syncLines(q.stderr)).toEqual([expect.stringMatching(/the orchestrator closed the socket/)]);
  });

  it('on QUIT: status 0, nothing said, a SHUTDOWN of its own', async () => {
    const q = await ScriptedQemu.start('quit', { serialPorts: [RELAY], qmp: true });
    await q.runUntilQmpReady();
    q.send(encodeMessage(MsgKind.QUIT, 0, 0));
    expect(await q.exited).toEqual({ code: 0, signal: null });
    expect(syncLines(q.stderr)).toEqual([]);
    expect(q.qmp!.shutdownReasons()).toEqual(['host-qmp-quit']);
  });
});

describe('QEMU bounds what the orchestrator sends', () => {
  it('keeps up to 1 MiB of serial input the guest has not taken, and refuses a byte more', async () => {
    const q = await ScriptedQemu.start('backlog', { serialPorts: [RELAY] });
    // At T = 0 the guest has not opened its port: everything waits in the chardev.
    await q.syncPoint();
    const chunk = Buffer.alloc(65536, 0x5a);
    q.send(...Array.from({ length: MiB / chunk.length }, () => encodeMessage(MsgKind.SERIAL_IN, 0, 0, chunk)));
    q.grant(1000);
    expect((await q.syncPoint()).clock.reachedNs).toBe(1000);
    q.send(encodeMessage(MsgKind.SERIAL_IN, 0, 1000, Buffer.from('!')));
    q.grant(2000);
    expect(await q.exited).toEqual({ code: 1, signal: null });
    expect(syncLines(q.stderr)).toEqual([
      expect.stringMatching(
        /cosim-sync: SERIAL_IN at byte 1048848: serial port 0 has 1048576 bytes waiting for the guest; 1 more would exceed the backlog limit of 1048576 bytes/,
      ),
    ]);
  });

  it('hands the backlog to the guest whole and in order, across the end of its ring', async () => {
    // The guest reads 768 KiB, then 512 KiB, each into sha256sum; the second
    // part is sent once the first is read, so it wraps around the 1 MiB ring.
    const parts = [pattern(786432, 1), pattern(524288, 2)];
    const q = await ScriptedQemu.start('drain', {
      serialPorts: [RELAY, { port: 1, name: 'test.sink' }],
      // (The guest has no udev: find the port's device by its name.)
      append:
        'cosim_exec="d=/dev/$(grep -l test.sink /sys/class/virtio-ports/*/name | cut -d/ -f5); ' +
        `${parts.map((p) => `head -c ${p.length} $d | sha256sum`).join('; ')}"`,
    });
    const sums = parts.map((p) => createHash('sha256').update(p).digest('hex'));
    let sent = 0;
    for (;;) {
      const { clock } = await q.syncPoint();
      const text = readFileSync(q.consoleLogPath, 'latin1');
      if (text.includes(sums[1]!) || clock.reachedNs > 20e9) break;
      if (sent === 0 || (sent === 1 && text.includes(sums[0]!))) {
        const part = parts[sent++]!;
        for (let off = 0; off < part.length; off += 65536) {
          q.send(encodeMessage(MsgKind.SERIAL_IN, 1, clock.reachedNs, part.subarray(off, off + 65536)));
        }
      }
      q.grant(clock.idle ? Math.min(clock.nextDeadlineNs, clock.reachedNs + 100_000_000) : clock.reachedNs + 1_000_000);
    }
    q.send(encodeMessage(MsgKind.QUIT, 0, 0));
    expect(await q.exited).toEqual({ code: 0, signal: null });
    expect(readFileSync(q.consoleLogPath, 'latin1')).toMatch(new RegExp(`${sums[0]}  -\\r?\\n(.*\\n)*${sums[1]}  -`));
  });

  it('refuses a FRAME_IN shorter than an Ethernet header and takes one of 14 bytes', async () => {
    const q = await ScriptedQemu.start('runt', { nics: [NIC] });
    await q.syncPoint();
    q.send(encodeMessage(MsgKind.FRAME_IN, 0, 0, Buffer.alloc(14, 0xff)));
    q.grant(1000);
    await q.syncPoint();
    q.send(encodeMessage(MsgKind.FRAME_IN, 0, 1000, Buffer.alloc(13, 0xff)));
    q.grant(2000);
    expect(await q.exited).toEqual({ code: 1, signal: null });
    expect(syncLines(q.stderr)).toEqual([expect.stringMatching(/cosim-sync: FRAME_IN at byte 46 has 13 bytes, fewer than an Ethernet header \(14\)/)]);
  });
});

describe('a guest frame no message can carry', () => {
  it('is dropped whole and counted in REACHED, never split into two frames', async () => {
    // 65400 data bytes make a 65442-byte frame, which fits; 65507 make 65549, which does not.
    const script =
      'ip link set eth0 mtu 65535; arp -s 10.0.0.2 52:54:00:00:00:02; ' +
      'ping -c 1 -W 1 -s 65400 10.0.0.2; ping -c 1 -W 1 -s 65507 10.0.0.2';
    const q = await ScriptedQemu.start('jumbo', {
      nics: [NIC],
      serialPorts: [RELAY],
      append: `cosim_ip=eth0:10.0.0.1/24 cosim_exec="${script}"`,
    });
    expect(q.hello.version).toBe(3);
    const frames: number[] = [];
    const dropped: number[] = [];
    for (;;) {
      const { clock, outputs } = await q.syncPoint();
      for (const o of outputs) if (o.kind === MsgKind.FRAME_OUT) frames.push(o.payload.length);
      if (dropped.at(-1) !== clock.framesDropped) dropped.push(clock.framesDropped);
      if (readFileSync(q.consoleLogPath, 'latin1').includes('cosim-init: exec exited') || clock.reachedNs > 20e9) break;
      q.grant(clock.idle ? Math.min(clock.nextDeadlineNs, clock.reachedNs + 100_000_000) : clock.reachedNs + 1_000_000);
    }
    q.send(encodeMessage(MsgKind.QUIT, 0, 0));
    expect(await q.exited).toEqual({ code: 0, signal: null });
    expect(readFileSync(q.consoleLogPath, 'latin1')).toContain('cosim-init: exec exited');
    expect(frames).toContain(65442);
    expect(frames.filter((n) => n > 65442 || n < 14)).toEqual([]);
    expect(dropped).toEqual([0, 1]);
  });
});

interface Recording {
  /** What QEMU reported at each sync point, by time. */
  points: Map<number, { idle: boolean; nextDeadlineNs: number }>;
  /** Every output, in the order QEMU sent them. */
  outputs: string[];
}

const ARP_REQUEST = Buffer.from(
  // who has 10.0.0.1? tell 10.0.0.2 (52:54:00:00:00:02), padded to 60 bytes
  'ffffffffffff525400000002080600010800060400015254000000020a0000020000000000000a000001' + '00'.repeat(18),
  'hex',
);

/**
 * Boot to `endNs`, stopping at the guest's own timer deadlines as it reports
 * them ('deadlines') or exactly at the listed horizons, and deliver an ARP
 * request for the guest at the sync points in `arpAt`.
 */
async function record(name: string, endNs: number, horizons: number[] | 'deadlines', arpAt: ReadonlySet<number>): Promise<Recording> {
  const q = await ScriptedQemu.start(name, { nics: [NIC], serialPorts: [RELAY], append: 'cosim_ip=eth0:10.0.0.1/24' });
  const rec: Recording = { points: new Map(), outputs: [] };
  let next = 0;
  for (;;) {
    const { clock, outputs } = await q.syncPoint();
    rec.points.set(clock.reachedNs, { idle: clock.idle, nextDeadlineNs: clock.nextDeadlineNs });
    for (const o of outputs) rec.outputs.push(`${o.timeNs} ${o.kind} ${o.port} ${o.payload.toString('hex')}`);
    if (clock.reachedNs >= endNs) break;
    if (arpAt.has(clock.reachedNs)) q.send(encodeMessage(MsgKind.FRAME_IN, 0, clock.reachedNs, ARP_REQUEST));
    let horizon: number;
    if (horizons === 'deadlines') {
      // (Never at or before T: a QEMU that reported a timer due at T would loop here.)
      horizon = clock.idle ? Math.max(Math.min(clock.nextDeadlineNs, clock.reachedNs + 50_000_000), clock.reachedNs + 1) : clock.reachedNs + 1_000_000;
    } else {
      while (horizons[next]! <= clock.reachedNs) next++;
      horizon = horizons[next]!;
    }
    q.grant(Math.min(horizon, endNs));
  }
  q.send(encodeMessage(MsgKind.QUIT, 0, 0));
  expect(await q.exited).toEqual({ code: 0, signal: null });
  return rec;
}

describe('a sync point on a guest timer deadline', () => {
  it('is reported the same whether the sync timer was armed before or after the guest timer', async () => {
    const END_NS = 3_000_000_000;
    // Where the guest's own timers fire, as it reports them when idle.
    const deadlines = [...(await record('deadlines', END_NS, 'deadlines', new Set())).points.keys()].filter((t) => t > 0 && t < END_NS);
    // Schedule "all" stops on every deadline, granted after the guest armed it.
    // Schedule "every other" skips one each time: many of its horizons are
    // armed as guest timers only after the grant, while the guest runs.
    const all = [...deadlines, END_NS];
    const everyOther = [...deadlines.filter((_, i) => i % 2 === 1), END_NS];
    // The same inputs at the same instants (all on deadlines) in both.
    const arpAt = new Set(everyOther.filter((t, i) => t > 2_000_000_000 && i % 10 === 0));
    const a = await record('all-deadlines', END_NS, all, arpAt);
    const b = await record('every-other-deadline', END_NS, everyOther, arpAt);

    expect(everyOther.length).toBeGreaterThan(500);
    expect(arpAt.size).toBeGreaterThan(3);
    // No guest timer due at T is still pending when QEMU reports T.
    for (const [t, p] of [...a.points, ...b.points]) expect(p.nextDeadlineNs, `sync point at ${t} ns`).toBeGreaterThan(t);
    // At every sync point both schedules share, QEMU reports the same guest
    // (protocol version 1 differed at 349 of 1389 of them).
    const differing = everyOther.filter((t) => JSON.stringify(a.points.get(t)) !== JSON.stringify(b.points.get(t)));
    expect(differing).toEqual([]);
    // And the guest answered the same inputs with the same bytes at the same times.
    expect(b.outputs).toEqual(a.outputs);
    expect(a.outputs.filter((o) => / 3 0 525400000002/.test(o)).length).toBe(arpAt.size);
  });
});
