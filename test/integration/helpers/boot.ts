// Boot one image to its relay agent's hello, granting time as the guest asks.

import { join } from 'node:path';
import { QemuVm } from '../../../orchestrator/src/qemu/qemu-vm.js';
import { RelayClient } from '../../../orchestrator/src/relay/relay-client.js';
import type { AgentHello } from '../../../orchestrator/src/relay/relay-messages.js';
import { requireQemu } from './guest.js';

const LIMIT_NS = 20_000_000_000;

export async function bootToHello(kernelPath: string, initrdPath: string, cmdline: string, dir: string): Promise<{ hello: AgentHello | undefined; guestNs: number; wallMs: number; vm: QemuVm }> {
  const t0 = Date.now();
  const vm = await QemuVm.start('boot', requireQemu(), {
    kernelPath,
    initrdPath,
    append: cmdline,
    memoryMiB: 256,
    icountShift: 0,
    seed: 1,
    consoleLogPath: join(dir, 'console.log'),
    nics: [{ port: 0, mac: '52:54:00:00:00:01' }],
    serialPorts: [{ port: 0, name: 'cosim.relay' }],
  });
  let hello: AgentHello | undefined;
  const relay = new RelayClient('boot', () => undefined, { hello: (h) => (hello = h) });
  let guestNs = 0;
  try {
    while (!hello && guestNs < LIMIT_NS) {
      const { clock, outputs } = await vm.sync.nextSync();
      guestNs = clock.reachedNs;
      for (const o of outputs) if (o.kind === 'serial') relay.receive(o.bytes);
      if (hello) break;
      vm.sync.grant(clock.idle ? Math.min(clock.nextDeadlineNs, clock.reachedNs + 100_000_000) : clock.reachedNs + 1_000_000);
    }
  } finally {
    await vm.quit();
  }
  return { hello, guestNs, wallMs: Date.now() - t0, vm };
}

