// A TCP flow between virtual hosts in different VMs, through a switch and a
// 10 Mbit/s bottleneck, gives the same digest twice: once plainly and once
// beside a CPU hog on the other core. Each VM also holds a second virtual
// host on the same switch, sending the other way, so each VM's NIC carries
// two VLANs at once.

import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { knownKernels } from '../../../orchestrator/src/images/kernel-catalog.js';
import { compareResults } from '../../../orchestrator/src/results/compare-results.js';
import { runScenario } from '../../../orchestrator/src/run/run-scenario.js';
import { loadScenarioText } from '../../../orchestrator/src/scenario/load-scenario.js';
import { requireImage, requireQemu, startCpuHog, tempDir } from '../helpers/guest.js';

const TWO_VMS = `name: two-vms
duration: 4s
seed: 7
vms:
  - {name: left, kernel: "6.1"}
  - {name: right, kernel: "6.1"}
hosts:
  - {name: l1, vm: left, ip: 10.0.0.1/24}
  - {name: l2, vm: left, ip: 10.0.0.2/24}
  - {name: r1, vm: right, ip: 10.0.0.11/24}
  - {name: r2, vm: right, ip: 10.0.0.12/24}
switches:
  - {name: sw}
links:
  - {name: l1, between: [l1, sw], rate: 100Mbit, delay: 1ms}
  - {name: l2, between: [l2, sw], rate: 100Mbit, delay: 1ms}
  - {name: r1, between: [sw, r1], rate: 10Mbit, delay: 10ms, queue: 30p, pcap: true}
  - {name: r2, between: [sw, r2], rate: 100Mbit, delay: 1ms}
flows:
  - {id: l1-r1, from: l1, to: r1, cc: reno}
  - {id: r2-l2, from: r2, to: l2, start: 500ms, bytes: 1MB}
`;

describe('virtual hosts in two VMs', () => {
  const dir = tempDir('two-vms');
  const hog = { stop: () => undefined as void };
  afterAll(() => hog.stop());

  it('gives the same digest twice, the second under a CPU hog', async () => {
    requireQemu();
    requireImage('6.1');
    const scenario = loadScenarioText(TWO_VMS, 'two-vms.yaml', knownKernels());
    const run = (name: string) => runScenario(scenario, { outDir: join(dir, name), progress: null, log: () => undefined });
    const first = await run('first');
    const child = startCpuHog();
    hog.stop = () => void child.kill('SIGKILL');
    const loaded = await run('loaded');
    hog.stop();

    expect(first.outcome.status, first.outcome.reason).toBe('completed');
    expect(first.outcome.warnings).toEqual([]);
    const [bulk, short] = first.outcome.flows;
    expect(short!.receivedBytes).toBe(1_000_000);
    // The bottleneck is full: drops at its queue, goodput near 10 Mbit/s.
    expect(bulk!.samples.length).toBeGreaterThan(300);
    expect(bulk!.samples.at(-1)!.bytesAcked).toBeGreaterThan(2_500_000);
    expect(first.outcome.queues.find((q) => q.id === 'r1:sw->r1')!.drops).toBeGreaterThan(0);
    const cmp = compareResults(join(dir, 'first'), join(dir, 'loaded'));
    expect(cmp.differences).toEqual([]);
    expect(loaded.digest).toBe(first.digest);
  }, 400_000);
});
