// Timed inputs (protocol version 3), against the patched QEMU and a real
// guest: the orchestrator sends a frame or serial bytes as soon as it knows
// their delivery time, stamped with it, also while the guest runs. QEMU reads
// them at its next sync point, refuses stamps in the past or too far ahead and
// a queue over its bound, delivers queued inputs at exactly their time on the
// vCPU (after the guest's own timers then, in the order sent), and is not
// woken by them while the guest runs.

import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { VmNic, VmSerialPort } from '../../../orchestrator/src/qemu/qemu-command.js';
import { encodeMessage, MsgKind } from '../../../orchestrator/src/qemu/sync-codec.js';
import { killAll, ScriptedQemu, type SyncPoint, sleep, syncLines } from './scripted-qemu.js';

const MiB = 1 << 20;
const NIC: VmNic = { port: 0, mac: '52:54:00:00:00:01' };
const RELAY: VmSerialPort = { port: 0, name: 'cosim.relay' };
const SINK: VmSerialPort = { port: 1, name: 'test.sink' };
/** A guest command reading `n` bytes from the sink port (the guest has no udev). */
const readSink = (n: number) => `d=/dev/$(grep -l test.sink /sys/class/virtio-ports/*/name | cut -d/ -f5); head -c ${n} $d`;

afterEach(killAll);

function serialIn(port: number, timeNs: number, text: string | Buffer): Buffer {
  return encodeMessage(MsgKind.SERIAL_IN, port, timeNs, typeof text === 'string' ? Buffer.from(text) : text);
}

/** "Who has 10.0.0.1? Tell 10.0.0.<host> (52:54:00:00:00:0<host>)", padded to 60 bytes. */
function arpRequest(host: number): Buffer {
  const mac = `52540000000${host}`;
  const ip = `0a00000${host}`;
  return Buffer.from(`ffffffffffff${mac}0806000108000604 0001${mac}${ip}000000000000 0a000001`.replaceAll(' ', '') + '00'.repeat(18), 'hex');
}

/** The host an ARP reply from the guest is for, or undefined for any other frame. */
function arpReplyTo(frame: Buffer): number | undefined {
  if (frame.length < 42 || frame.readUInt16BE(12) !== 0x0806 || frame.readUInt16BE(20) !== 2) return undefined;
  return frame[41];
}

/** Idle: to the next deadline, at most 50 ms on; busy: 1 ms on. */
function idleDriven(clock: SyncPoint): number {
  return clock.idle ? Math.min(clock.nextDeadlineNs, clock.reachedNs + 50_000_000) : clock.reachedNs + 1_000_000;
}

function consoleOf(q: ScriptedQemu): string {
  return readFileSync(q.consoleLogPath, 'latin1');
}

describe('an input QEMU refuses when it reads it', () => {
  it('stamped before the sync point that reads it (sent while the guest runs): status 1, one line naming both', async () => {
    const q = await ScriptedQemu.start('past', { serialPorts: [RELAY] });
    await q.syncPoint();
    q.grant(1_000_000);
    // The guest runs towards 1 ms: this is read there, when 0.5 ms has passed.
    q.send(serialIn(0, 500_000, 'x'));
    expect(await q.exited).toEqual({ code: 1, signal: null });
    expect(syncLines(q.stderr)).toEqual([
      expect.stringMatching(/^qemu-system-x86_64: cosim-sync: input at byte 16 is stamped 500000, in the past: it was read at the sync point 1000000 \(.*past\.sock\)$/),
    ]);
  });

  it('stamped more than an hour after the sync point: status 1, one line naming the limit', async () => {
    const q = await ScriptedQemu.start('ahead', { serialPorts: [RELAY] });
    await q.syncPoint();
    // Exactly one hour ahead is allowed; a nanosecond more is not.
    q.send(serialIn(0, 3600e9, 'x'), serialIn(0, 3600e9 + 1, 'y'));
    expect(await q.exited).toEqual({ code: 1, signal: null });
    expect(syncLines(q.stderr)).toEqual([
      expect.stringMatching(/cosim-sync: input at byte 17 is stamped 3600000000001, more than the limit of 3600 s after the sync point 0 \(/),
    ]);
  });

  it('taking the input queued for later times over 64 MiB: status 1, one line naming the limit', async () => {
    const q = await ScriptedQemu.start('queue-bound', { serialPorts: [RELAY] });
    await q.syncPoint();
    const chunk = Buffer.alloc(65536, 0x5a);
    // 64 MiB queued for 1 s is allowed; one byte more is not.
    q.send(...Array.from({ length: (64 * MiB) / chunk.length }, () => serialIn(0, 1e9, chunk)));
    q.send(serialIn(0, 1e9, '!'));
    expect(await q.exited).toEqual({ code: 1, signal: null });
    expect(syncLines(q.stderr)).toEqual([
      expect.stringMatching(/cosim-sync: input at byte 67125248 would queue 67108865 bytes for later times, over the limit of 67108864 bytes \(/),
    ]);
  });
});

describe('inputs stamped with the same time', () => {
  it('reach the guest in the order sent, whether queued while the guest ran, at a sync point before, or at that time', async () => {
    const q = await ScriptedQemu.start('same-time', {
      serialPorts: [RELAY, SINK],
      append: `cosim_exec="${readSink(9)}; echo"`,
    });
    const D = 4_000_000_123; // after the guest opened the port and waits on it
    let clock = (await q.syncPoint()).clock;
    q.grant(500_000_000);
    // Sent while the guest runs, read at 0.5 s: three for D, one for later, one for earlier.
    q.send(serialIn(1, D, 'a'), serialIn(1, D + 1, 'X'), serialIn(1, D, 'bc'), serialIn(1, D - 1, 'w'));
    clock = (await q.syncPoint()).clock;
    expect(clock.reachedNs).toBe(500_000_000);
    q.send(serialIn(1, D, 'de'));
    let sentAtD = false;
    while (!consoleOf(q).includes('cosim-init: exec exited') && clock.reachedNs < 10e9) {
      q.grant(clock.reachedNs < D ? Math.min(idleDriven(clock), D) : idleDriven(clock));
      clock = (await q.syncPoint()).clock;
      if (clock.reachedNs === D) {
        // At the sync point D itself: after those queued for D, before the one for D + 1.
        q.send(serialIn(1, D, 'fg'));
        sentAtD = true;
      }
    }
    q.send(encodeMessage(MsgKind.QUIT, 0, 0));
    expect(await q.exited).toEqual({ code: 0, signal: null });
    expect(sentAtD).toBe(true);
    expect(consoleOf(q)).toMatch(/^wabcdefgX\r?$/m);
  });
});

interface Recording {
  /** Every output, in the order QEMU sent them: time, kind, port, bytes. */
  outputs: string[];
  /** The guest's ARP replies: time and the host they answer. */
  replies: { timeNs: number; host: number }[];
  /** The guest deadline at 3.2 s, where the ARP request from 10.0.0.4 is stamped. */
  deadlineNs: number;
  syncPoints: number;
}

/** ARP requests stamped at odd times, two pairs on the same nanosecond. */
const FIXED = [
  { timeNs: 3_500_000_123, host: 2 },
  { timeNs: 3_500_000_123, host: 3 },
  { timeNs: 3_800_000_777, host: 3 },
  { timeNs: 3_800_000_777, host: 2 },
  { timeNs: 4_100_000_001, host: 2 },
];
const CHECK_NS = 3_200_000_000;
const END_NS = 4_400_000_000;

/**
 * Boot a guest to END_NS and deliver the same ARP requests at the same times,
 * either sent ahead and delivered between sync points ('ahead': the fixed ones
 * right after the first grant, while the guest runs; horizons every 20 ms when
 * idle, never on an input's time unless by chance) or each at a sync point on
 * its own time ('horizons'). One more request is stamped at the guest's next
 * timer deadline as reported at 3.2 s, a sync point in both.
 */
async function record(name: string, mode: 'ahead' | 'horizons'): Promise<Recording> {
  const q = await ScriptedQemu.start(name, { nics: [NIC], serialPorts: [RELAY], append: 'cosim_ip=eth0:10.0.0.1/24' });
  const rec: Recording = { outputs: [], replies: [], deadlineNs: 0, syncPoints: 0 };
  const pending = mode === 'horizons' ? [...FIXED] : [];
  let first = true;
  for (;;) {
    const { clock, outputs } = await q.syncPoint();
    rec.syncPoints++;
    for (const o of outputs) {
      rec.outputs.push(`${o.timeNs} ${o.kind} ${o.port} ${o.payload.toString('hex')}`);
      const host = o.kind === MsgKind.FRAME_OUT ? arpReplyTo(o.payload) : undefined;
      if (host !== undefined) rec.replies.push({ timeNs: o.timeNs, host });
    }
    const T = clock.reachedNs;
    if (T >= END_NS) break;
    while (pending[0]?.timeNs === T) q.send(encodeMessage(MsgKind.FRAME_IN, 0, T, arpRequest(pending.shift()!.host)));
    if (T === CHECK_NS) {
      rec.deadlineNs = clock.nextDeadlineNs;
      if (mode === 'ahead') q.send(encodeMessage(MsgKind.FRAME_IN, 0, rec.deadlineNs, arpRequest(4)));
      else pending.unshift({ timeNs: rec.deadlineNs, host: 4 });
    }
    let horizon = mode === 'ahead' ? (clock.idle ? T + 20_000_000 : T + 1_000_000) : idleDriven(clock);
    if (T < CHECK_NS) horizon = Math.min(horizon, CHECK_NS);
    if (pending[0]) horizon = Math.min(horizon, pending[0].timeNs);
    q.grant(Math.min(horizon, END_NS));
    if (first && mode === 'ahead') {
      q.send(...FIXED.map((f) => encodeMessage(MsgKind.FRAME_IN, 0, f.timeNs, arpRequest(f.host))));
    }
    first = false;
  }
  q.send(encodeMessage(MsgKind.QUIT, 0, 0));
  expect(await q.exited).toEqual({ code: 0, signal: null });
  return rec;
}

describe('a queued input', () => {
  it('is delivered at exactly its time, after the guest timers then, the same whether that time is a sync point or not', async () => {
    const ahead = await record('inputs-ahead', 'ahead');
    const horizons = await record('inputs-at-horizons', 'horizons');
    console.log(
      `${ahead.outputs.length} outputs, the same with inputs sent ahead (${ahead.syncPoints} sync points) ` +
        `and at sync points on their times (${horizons.syncPoints})`,
    );

    // The guest answers each request just after its time, in the order sent,
    // not at the next sync point (up to 20 ms later when sent ahead).
    const sent = [...FIXED, { timeNs: ahead.deadlineNs, host: 4 }].sort((a, b) => a.timeNs - b.timeNs);
    expect(ahead.deadlineNs).toBeGreaterThan(CHECK_NS);
    expect(ahead.deadlineNs).toBeLessThan(FIXED[0]!.timeNs);
    expect(ahead.replies.map((r) => r.host)).toEqual(sent.map((s) => s.host));
    ahead.replies.forEach((r, i) => {
      expect(r.timeNs).toBeGreaterThanOrEqual(sent[i]!.timeNs);
      expect(r.timeNs).toBeLessThan(sent[i]!.timeNs + 2_000_000);
    });
    // Sent ahead or at a sync point on its time: the guest does the same.
    expect(horizons.deadlineNs).toBe(ahead.deadlineNs);
    expect(horizons.outputs).toEqual(ahead.outputs);
    expect(horizons.syncPoints).not.toBe(ahead.syncPoints);
  });
});

/** Voluntary context switches of each of QEMU's threads, by thread id. */
function contextSwitches(pid: number): Map<number, number> {
  const byThread = new Map<number, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const status = readFileSync(`/proc/${pid}/task/${tid}/status`, 'utf8');
    byThread.set(Number(tid), Number(/voluntary_ctxt_switches:\s+(\d+)/.exec(status)![1]));
  }
  return byThread;
}

/** QEMU's user and system CPU time so far, in ms. */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
}

describe('a VM with nothing to do', () => {
  it('is not woken by inputs sent ahead while it runs, and stops only where granted', async () => {
    const q = await ScriptedQemu.start('idle', { serialPorts: [RELAY, SINK] });
    let clock = (await q.syncPoint()).clock;
    while (!consoleOf(q).includes('cosim-init: ready')) {
      expect(clock.reachedNs).toBeLessThan(10e9);
      q.grant(idleDriven(clock));
      clock = (await q.syncPoint()).clock;
    }
    // A long grant: an idle guest takes a while of wall time to get there
    // (its own timers keep firing), and QEMU must not stop before it.
    const H = clock.reachedNs + 10_000e9;
    q.grant(H);
    await sleep(100);
    const before = { switches: contextSwitches(q.pid), cpuMs: cpuMs(q.pid), t: Date.now() };
    // 400 inputs for after H, one write each, 1 ms apart, nobody reads the sink.
    const N = 400;
    for (let i = 0; i < N; i++) {
      q.send(serialIn(1, H + 1000 * (i + 1), 'z'));
      await sleep(1);
    }
    const after = { switches: contextSwitches(q.pid), cpuMs: cpuMs(q.pid), t: Date.now() };
    const { clock: reached, outputs } = await q.syncPoint();
    const wallMs = Date.now() - before.t;
    const mainWakeups = after.switches.get(q.pid)! - before.switches.get(q.pid)!;
    let allWakeups = 0;
    for (const [tid, n] of after.switches) allWakeups += n - (before.switches.get(tid) ?? n);
    console.log(
      `idle guest, ${N} inputs over ${after.t - before.t} ms of a ${wallMs} ms run to H: ` +
        `main thread woke ${mainWakeups} times, all threads ${allWakeups}; QEMU used ${after.cpuMs - before.cpuMs} ms of CPU`,
    );
    // The guest was still running when the last input was sent.
    expect(wallMs).toBeGreaterThan(after.t - before.t);
    // The only sync point is the one granted.
    expect(reached.reachedNs).toBe(H);
    expect(outputs.filter((o) => o.kind === MsgKind.FRAME_OUT)).toEqual([]);
    // A socket watched for reading would wake the main loop once per write.
    expect(mainWakeups).toBeLessThan(N / 10);
    expect(allWakeups).toBeLessThan(N / 4);
    // And it goes on from there.
    q.grant(H + 1);
    expect((await q.syncPoint()).clock.reachedNs).toBe(H + 1);
    q.send(encodeMessage(MsgKind.QUIT, 0, 0));
    expect(await q.exited).toEqual({ code: 0, signal: null });
  });
});
