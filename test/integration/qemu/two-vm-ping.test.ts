// Two Debian guests ping each other through a trivial wire that only delays
// each frame by 5 ms, driven by the real engine and calendar. The frame log
// (time, sender, bytes) must be identical across runs (one of them beside a
// CPU hog, one with the lockstep reference schedule), and the RTT the guest
// measures must be twice the wire delay plus the guests' own processing:
// virtio-net transmits in the driver's notification (tx=kick), so no
// transmit timer adds to it.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QemuVm } from '../../../orchestrator/src/qemu/qemu-vm.js';
import { Engine, type SyncSchedule } from '../../../orchestrator/src/run/engine.js';
import { VmLane } from '../../../orchestrator/src/run/vm-lane.js';
import { FrameNumbering } from '../../../orchestrator/src/net/frame.js';
import { Calendar } from '../../../orchestrator/src/sim/calendar.js';
import { requireImage, requireQemu, startCpuHog, tempDir } from '../helpers/guest.js';

const DELAY_NS = 5_000_000;
const END_NS = 6_500_000_000;
/**
 * The guests' processing is about 35 us of instructions at one per ns (the
 * same with mitigations=off). Issue 24's 10.02 ms needs a faster guest CPU.
 */
const RTT_BOUND_MS = 10.05;
/** Ping's `time=` figures: busybox prints microseconds. */
const RTT_RE = /time=(\d+\.\d{3}) ms/g;

/** Time from each echo request reaching b to b's reply leaving it, from the frame log (ns). */
function replyTurnarounds(frames: string[]): number[] {
  const echoes = frames.map((line) => {
    const [t, who, hex] = line.split(' ') as [string, string, string];
    const b = Buffer.from(hex, 'hex');
    const icmp = b.readUInt16BE(12) === 0x0800 && b[23] === 1;
    return { t: Number(t), who, type: icmp ? b[34] : undefined, seq: icmp ? b.readUInt16BE(40) : undefined };
  });
  return echoes
    .filter((e) => e.who === 'b' && e.type === 0)
    .map((reply) => reply.t - echoes.find((e) => e.who === 'a' && e.type === 8 && e.seq === reply.seq)!.t - DELAY_NS);
}

async function run(schedule: SyncSchedule, label: string): Promise<{ frames: string[]; consoleA: string }> {
  const image = requireImage('6.1');
  const qemu = requireQemu();
  const dir = tempDir(`ping-${label}`);
  const start = (name: string, ip: string, mac: string, exec: string) =>
    QemuVm.start(name, qemu, {
      kernelPath: image.kernelPath,
      initrdPath: image.initrdPath,
      append: `${image.cmdline} cosim_ip=eth0:${ip}/24${exec ? ` cosim_exec="${exec}"` : ''}`,
      memoryMiB: 256,
      icountShift: 0,
      seed: 42,
      consoleLogPath: join(dir, `${name}.log`),
      nics: [{ port: 0, mac }],
      serialPorts: [{ port: 0, name: 'cosim.relay' }],
    });
  const vms = [
    await start('a', '10.0.0.1', '52:54:00:00:00:01', 'ping -c 3 10.0.0.2'),
    await start('b', '10.0.0.2', '52:54:00:00:00:02', ''),
  ];
  const calendar = new Calendar();
  const frames: string[] = [];
  const lanes = vms.map((v, i) => {
    const lane = new VmLane(i, v.name);
    lane.attach(v.sync);
    return lane;
  });
  // Each frame is sent to the other VM as soon as it is out, stamped DELAY_NS later.
  const numbering = new FrameNumbering();
  const nics = lanes.map((l) => l.addNic(0, 0, numbering));
  nics.forEach((nic, i) =>
    nic.connect({
      receive: (f) => {
        frames.push(`${calendar.now} ${vms[i]!.name} ${Buffer.from(f.bytes).toString('hex')}`);
        nics[1 - i]!.receiveAt(f, calendar.now + DELAY_NS);
      },
    }),
  );
  const wire = { earliestNewInputNs: (vm: number, view: { safeNs: number; nextOutputNs(vm: number): number }) => Math.max(view.safeNs, view.nextOutputNs(1 - vm)) + DELAY_NS };
  const engine: Engine = new Engine({
    lanes,
    calendar,
    sources: [wire],
    endNs: END_NS,
    schedule,
  });
  try {
    await engine.run();
  } finally {
    await Promise.all(vms.map((v) => v.quit()));
  }
  return { frames, consoleA: readFileSync(join(dir, 'a.log'), 'latin1') };
}

describe('two VMs through a fixed-delay wire', () => {
  it('exchange pings with RTT = 2 x delay + processing, identically across runs, load and schedules', async () => {
    const first = await run({ kind: 'parallel' }, 'first');
    const hog = startCpuHog();
    let loaded;
    try {
      loaded = await run({ kind: 'parallel' }, 'loaded');
    } finally {
      hog.kill('SIGKILL');
    }
    const lockstep = await run({ kind: 'lockstep', quantumNs: 1_000_000 }, 'lockstep');

    const rtts = [...first.consoleA.matchAll(RTT_RE)].map((m) => Number(m[1]));
    // The first echo waits for ARP: two round trips. After that the guests
    // add only their own processing, about 35 us in all at one instruction
    // per ns (10.042 and 10.030 ms; with tx=timer's 150 us on each side it
    // was 10.335).
    const rttMs = (2 * DELAY_NS) / 1e6;
    expect(rtts).toHaveLength(3);
    expect(rtts[0]).toBeGreaterThanOrEqual(2 * rttMs);
    expect(rtts[0]).toBeLessThan(2 * rttMs + 0.1);
    for (const rtt of rtts.slice(1)) {
      expect(rtt).toBeGreaterThanOrEqual(rttMs);
      expect(rtt).toBeLessThanOrEqual(RTT_BOUND_MS);
    }
    // b answers each echo in its receive path; the reply leaves at the
    // kick that queued it (10 to 12 us later), not a transmit timer later.
    const turnarounds = replyTurnarounds(first.frames);
    expect(turnarounds).toHaveLength(3);
    for (const ns of turnarounds) {
      expect(ns).toBeGreaterThan(0);
      expect(ns).toBeLessThan(20_000);
    }
    expect(first.frames.length).toBeGreaterThanOrEqual(6);
    expect(loaded.frames).toEqual(first.frames);
    expect(lockstep.frames).toEqual(first.frames);
    expect(loaded.consoleA).toBe(first.consoleA);
  });
});
