// A minimal orchestrator in its own process, for the test that SIGKILLs it:
// it boots one guest, prints QEMU's pid, and grants 1 ms horizons forever.

import { QemuVm } from '../../../orchestrator/src/qemu/qemu-vm.js';
import { requireImage, requireQemu } from './guest.js';

const [consoleLogPath = '/dev/null'] = process.argv.slice(2);
const image = requireImage('6.1');
const vm = await QemuVm.start('child', requireQemu(), {
  kernelPath: image.kernelPath,
  initrdPath: image.initrdPath,
  append: image.cmdline,
  memoryMiB: 256,
  icountShift: 0,
  seed: 1,
  consoleLogPath,
  nics: [],
  serialPorts: [{ port: 0, name: 'cosim.relay' }],
});
process.stdout.write(`qemu-pid ${vm.pid}\n`);
for (;;) {
  const { clock } = await vm.sync.nextSync();
  vm.sync.grant(clock.reachedNs + 1_000_000);
}
