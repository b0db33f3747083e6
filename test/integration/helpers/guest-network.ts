// Boots a few guests with a relay port each, joined pairwise by a fixed-delay
// wire, driven by the real engine; tests script relay requests at simulated
// times with `at(t, fn)`.

import { join } from 'node:path';
import { QemuVm } from '../../../orchestrator/src/qemu/qemu-vm.js';
import { RelayClient } from '../../../orchestrator/src/relay/relay-client.js';
import type { AgentHello, TcpInfo } from '../../../orchestrator/src/relay/relay-types.js';
import { Engine, type EngineResult } from '../../../orchestrator/src/run/engine.js';
import { RELAY_REACTION_NS, relaySink } from '../../../orchestrator/src/run/relay-transport.js';
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
  let engine: Engine | undefined;
  const deliver = {
    deliverSerial: (vm: number, port: number, bytes: Uint8Array) => engine!.deliverSerial(vm, port, bytes),
  };
  specs.forEach((_, i) =>
    relays.push(
      new RelayClient(specs[i]!.name, relaySink(calendar, deliver, i, 0), {
        hello: (h) => (hellos[i] = h),
        sample: (_id, info) => samples.push({ vm: i, timeNs: calendar.now, info }),
      }),
    ),
  );
  return {
    calendar,
    relays,
    hellos,
    samples,
    dir,
    at: (t, fn) => void calendar.schedule(t, fn),
    run: async (endNs) => {
      engine = new Engine({
        vms: vms.map((v) => v.sync),
        calendar,
        lookaheadNs: Math.min(wireDelayNs, RELAY_REACTION_NS),
        endNs,
        schedule: { kind: 'parallel' },
        inject: (vm, out) => {
          if (out.kind === 'serial') relays[vm]!.receive(out.bytes);
          else calendar.after(wireDelayNs, () => engine!.deliverFrame(vm ^ 1, 0, out.bytes));
        },
      });
      try {
        return await engine.run();
      } finally {
        await Promise.all(vms.map((v) => v.quit()));
      }
    },
  };
}
