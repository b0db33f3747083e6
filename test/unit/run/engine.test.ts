import { describe, expect, it } from 'vitest';
import { runScripted, ScriptedVm, wires } from '../helpers/scripted-vm.js';

/** Two busy VMs that can reach each other 1 ms after they emit: each moves 1 ms at a time. */
const busy = (name: string) => new ScriptedVm(name, { busy: [[0, 1e12]] });
const network = wires([
  { from: 0, port: 0, to: 1, toPort: 0, delayNs: 1_000_000 },
  { from: 1, port: 0, to: 0, toPort: 0, delayNs: 1_000_000 },
]);

describe('engine', () => {
  it.each(['parallel', 'lockstep'] as const)('runs VMs that stop at their horizons to the end (%s)', async (kind) => {
    const vms = [busy('a'), busy('b')];
    const schedule = kind === 'parallel' ? ({ kind } as const) : ({ kind, quantumNs: 1_000_000 } as const);
    const run = await runScripted({ vms, network, endNs: 10_000_000, schedule });
    expect(run.result.reachedNs).toBe(10_000_000);
    expect(vms[0]!.grants).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((ms) => ms * 1_000_000));
  });

  it('names only the VM that stopped answering', async () => {
    const hung = busy('receiver');
    hung.answerGrants = 3;
    const run = runScripted({ vms: [busy('sender'), hung], network, endNs: 10_000_000, schedule: { kind: 'parallel' }, syncTimeoutMs: 50 });
    await expect(run).rejects.toThrow(/^Guest receiver failed sync: stopped answering: no sync point within 0.05 s of wall time$/);
  });
});
