// The end of a run moved while it runs (Engine.setEndNs), as run-scenario.ts
// does when the last guest's relay agent says hello: whatever the schedule,
// the run must end at the new end with the same outputs injected.

import { describe, expect, it } from 'vitest';
import type { Engine, SyncSchedule } from '../../../orchestrator/src/run/engine.js';
import { runScripted, ScriptedVm, show, wires, type Network } from '../helpers/scripted-vm.js';

const L = 5000;
const schedules: [string, SyncSchedule][] = [
  ['parallel', { kind: 'parallel' }],
  ['lockstep 1000 ns', { kind: 'lockstep', quantumNs: 1000 }],
  ['lockstep 5000 ns', { kind: 'lockstep', quantumNs: 5000 }],
];

/** a says 'start' at 1000 ns, as a guest says hello; the network then moves the end to `afterNs` past it. */
async function runWithEndMoved(schedule: SyncSchedule, afterNs: number) {
  let theEngine: Engine | undefined;
  const engine = () => theEngine!;
  const vms = [
    new ScriptedVm('a', {
      outputs: [1000, 2500, 3500, 9000, 30_000].map((t, k) => ({ timeNs: t, bytes: k === 0 ? 'start' : `o${t}` })),
    }),
    new ScriptedVm('b'),
  ];
  const wire = wires([{ from: 0, port: 0, to: 1, toPort: 0, delayNs: L }]);
  const network: Network = (calendar, lanes) => {
    const net = wire(calendar, lanes);
    return {
      source: net.source,
      inject(vm, o) {
        if (show(o.bytes) === 'start') engine().setEndNs(calendar.now + afterNs);
        net.inject(vm, o);
      },
    };
  };
  const run = await runScripted({ vms, network, endNs: 1_000_000, schedule, onEngine: (e) => (theEngine = e) });
  return {
    reachedNs: run.result.reachedNs,
    injected: run.injected.map((i) => `${i.timeNs} ${show(i.bytes)}`),
    // Inputs are sent ahead: one for after the end may reach a VM that was already let past it; it is not part of the run.
    delivered: vms[1]!.received.filter((i) => i.timeNs < run.result.reachedNs).map((i) => `${i.timeNs} ${show(i.bytes)}`),
    calendarNs: run.calendar.now,
  };
}

describe('engine: the end moved during the run', () => {
  it.each(schedules)('ends at the new end when it is past the VMs (%s)', async (_, schedule) => {
    expect(await runWithEndMoved(schedule, 20_000)).toEqual({
      reachedNs: 21_000,
      injected: ['1000 start', '2500 o2500', '3500 o3500', '9000 o9000'],
      delivered: ['6000 start', '7500 o2500', '8500 o3500', '14000 o9000'],
      calendarNs: 21_000,
    });
  });

  // The end moved to before the safe time of the round that moved it: the
  // engine reads the end live while injecting and running the calendar.
  it('ends at the new end, with the same outputs, even when the VMs are already past it', async () => {
    for (const [, schedule] of schedules) {
      expect(await runWithEndMoved(schedule, 2000)).toEqual({
        reachedNs: 3000,
        injected: ['1000 start', '2500 o2500'],
        delivered: [],
        calendarNs: 3000,
      });
    }
  });
});
