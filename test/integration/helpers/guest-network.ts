// Boots a few guests with a relay port each, joined pairwise by a fixed-delay
// wire, driven by the real engine; tests script relay requests at simulated
// times with `at(t, fn)`.

import { join } from 'node:path';
import { QemuVm } from '../../../orchestrator/src/qemu/qemu-vm.js';
import { RelayClient } from '../../../orchestrator/src/relay/relay-client.js';
import type { AgentHello, TcpInfo } from '../../../orchestrator/src/relay/relay-messages.js';
import { Engine, type EngineResult } from '../../../orchestrator/src/run/engine.js';
import { RelayTransport } from '../../../orchestrator/src/run/relay-transport.js';
import { VmLane } from '../../../orchestrator/src/run/vm-lane.js';
import { FrameNumbering } from '../../../orchestrator/src/net/frame.js';
import { Calendar } from '../../../orchestrator/src/sim/calendar.js';
import { requireImage, requireQemu, tempDir } from './guest.js';

export interface GuestSpec {
  name: string;
  ip: string;
  kernel?: string;
}

export interface GuestNetwork {
  calendar: Calendar;
  relays: RelayClient[];
  hellos: (AgentHello | undefined)[];
  samples: { vm: number; timeNs: number; info: TcpInfo }[];
  dir: string;
  at(timeNs: number, fn: () => void): void;
  run(endNs: number): Promise<EngineResult>;
}

export async function bootGuests(specs: GuestSpec[], wireDelayNs: number): Promise<GuestNetwork> {
  const qemu = requireQemu();
  const dir = tempDir('guests');
  const vms: QemuVm[] = [];
  for (const [i, s] of specs.entries()) {
    const image = requireImage(s.kernel ?? '6.1');
    vms.push(
      await QemuVm.start(s.name, qemu, {
        kernelPath: image.kernelPath,
        initrdPath: image.initrdPath,
        append: `${image.cmdline} cosim_ip=eth0:${s.ip}/24`,
        memoryMiB: 256,
        icountShift: 0,
        seed: 42 + i,
        consoleLogPath: join(dir, `${s.name}.log`),
        nics: [{ port: 0, mac: `52:54:00:00:00:${(i + 1).toString(16).padStart(2, '0')}` }],
        serialPorts: [{ port: 0, name: 'cosim.relay' }],
      }),
    );
  }
  const calendar = new Calendar();
  const hellos: (AgentHello | undefined)[] = specs.map(() => undefined);
  const samples: GuestNetwork['samples'] = [];
  const relays: RelayClient[] = [];
  const lanes = vms.map((vm, i) => {
    const lane = new VmLane(i, vm.name);
    lane.attach(vm.sync);
    return lane;
  });
  // The wire: each VM's one NIC feeds the other's, wireDelayNs later.
  const numbering = new FrameNumbering();
  const nics = lanes.map((l) => l.addNic(0, 0, numbering));
  nics.forEach((nic, i) => nic.connect({ receive: (f) => nics[i ^ 1]!.receiveAt(f, calendar.now + wireDelayNs) }));
  const transport = new RelayTransport(calendar, lanes);
  specs.forEach((_, i) =>
    relays.push(
      new RelayClient(specs[i]!.name, transport.sink(i, 0), {
        hello: (h) => (hellos[i] = h),
        sample: (_id, info) => samples.push({ vm: i, timeNs: calendar.now, info }),
      }),
    ),
  );
  transport.watch(relays);
  relays.forEach((r, i) => lanes[i]!.connectSerial(0, r));
  // The wire: VM i's frames reach VM i^1 wireDelayNs later, so no new frame reaches a VM sooner than that after the other's next output.
  const wire = { earliestNewInputNs: (vm: number, view: { safeNs: number; nextOutputNs(vm: number): number }) => Math.max(view.safeNs, view.nextOutputNs(vm ^ 1)) + wireDelayNs };
  return {
    calendar,
    relays,
    hellos,
    samples,
    dir,
    at: (t, fn) => transport.at(t, fn),
    run: async (endNs) => {
      const engine = new Engine({
        lanes,
        calendar,
        sources: [wire, transport],
        endNs,
        schedule: { kind: 'parallel' },
        wantsTurn: () => relays.some((r) => r.takeTurnWanted()),
      });
      try {
        return await engine.run();
      } finally {
        await Promise.all(vms.map((v) => v.quit()));
      }
    },
  };
}
