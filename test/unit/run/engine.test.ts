import { describe, expect, it } from 'vitest';
import { Calendar } from '../../../orchestrator/src/sim/calendar.js';
import { Engine } from '../../../orchestrator/src/run/engine.js';
import type { VmEndpoint, VmSyncPoint } from '../../../orchestrator/src/run/vm-endpoint.js';

/** A busy VM that stops exactly at each grant. */
function fakeVm(name: string): VmEndpoint & { grants: number[] } {
  let reached = 0;
  const grants: number[] = [];
  return {
    name,
    grants,
    nextSync(): Promise<VmSyncPoint> {
      return Promise.resolve({ clock: { reachedNs: reached, idle: false, nextDeadlineNs: Infinity }, outputs: [] });
    },
    deliverFrame() {},
    deliverSerial() {},
    grant(horizonNs: number) {
      grants.push(horizonNs);
      reached = horizonNs;
    },
  };
}

function engine(vms: VmEndpoint[], schedule: 'parallel' | 'lockstep', syncTimeoutMs?: number) {
  return new Engine({
    ...(syncTimeoutMs ? { syncTimeoutMs } : {}),
    vms,
    calendar: new Calendar(),
    lookaheadNs: 1_000_000,
    endNs: 10_000_000,
    schedule: schedule === 'parallel' ? { kind: 'parallel' } : { kind: 'lockstep', quantumNs: 1_000_000 },
    inject() {},
  });
}

describe('engine', () => {
  it.each(['parallel', 'lockstep'] as const)('runs VMs that stop at their horizons to the end (%s)', async (schedule) => {
    const vms = [fakeVm('a'), fakeVm('b')];
    const result = await engine(vms, schedule).run();
    expect(result.reachedNs).toBe(10_000_000);
    expect(vms[0]!.grants).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((ms) => ms * 1_000_000));
  });

  it('names only the VM that stopped answering', async () => {
    const hung = fakeVm('receiver');
    const nextSync = hung.nextSync.bind(hung);
    hung.nextSync = () => (hung.grants.length >= 3 ? new Promise<VmSyncPoint>(() => undefined) : nextSync());
    const run = engine([fakeVm('sender'), hung], 'parallel', 50).run();
    await expect(run).rejects.toThrow(/^Guest receiver failed sync: stopped answering: no sync point within 0.05 s of wall time$/);
  });
});
