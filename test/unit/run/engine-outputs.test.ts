// The engine with VMs that emit: canonical injection order, outputs held back
// at the safe time, an input making an idle VM busy, and frames going
// VM -> network -> VM, with scripted VMs (test/unit/helpers/scripted-vm.ts)
// over a real calendar.

import { describe, expect, it } from 'vitest';
import type { SyncSchedule } from '../../../orchestrator/src/run/engine.js';
import type { VmSyncPoint } from '../../../orchestrator/src/sim/vm-endpoint.js';
import { runScripted, ScriptedVm, show, wires, type Injection, type ReceivedInput } from '../helpers/scripted-vm.js';

const parallel: SyncSchedule = { kind: 'parallel' };
const lockstep = (quantumNs: number): SyncSchedule => ({ kind: 'lockstep', quantumNs });
const schedules: [string, SyncSchedule][] = [
  ['parallel', parallel],
  ['lockstep 1000 ns', lockstep(1000)],
  ['lockstep 400 ns', lockstep(400)],
];

/** Unused wires (port 99) between every pair of `n` VMs: no traffic, but every VM bounded to `delayNs` past the others. */
const bounded = (n: number, delayNs: number) =>
  wires(Array.from({ length: n * n }, (_, k) => ({ from: Math.floor(k / n), port: 99, to: k % n, toPort: 99, delayNs })).filter((w) => w.from !== w.to));

const outs = (p: VmSyncPoint) => p.outputs.map((o) => `${o.timeNs} ${show(o.bytes)} #${o.seq}`);
const injections = (list: Injection[]) => list.map((i) => `${i.timeNs} vm${i.vm} ${show(i.bytes)}`);
const inputs = (list: ReceivedInput[]) => list.map((i) => `${i.timeNs} ${i.kind}:${i.port} ${show(i.bytes)}`);

describe('ScriptedVm', () => {
  it('stops at each grant and reports what it stamped since, outputs produced after a report with the next', async () => {
    const vm = new ScriptedVm('a', {
      outputs: [
        { timeNs: 0, bytes: 'at0' },
        { timeNs: 0, bytes: 'at0-late', afterStop: true },
        { timeNs: 500, bytes: 'mid' },
        { timeNs: 1000, bytes: 'at1000-late', afterStop: true },
        { timeNs: 1000, bytes: 'at1000' },
      ],
    });
    const p0 = await vm.nextSync();
    expect(p0.clock).toEqual({ reachedNs: 0, idle: true, nextDeadlineNs: 0 });
    expect(outs(p0)).toEqual(['0 at0 #0']);
    vm.grant(1000);
    const p1 = await vm.nextSync();
    expect(p1.clock).toEqual({ reachedNs: 1000, idle: true, nextDeadlineNs: 1000 });
    expect(outs(p1)).toEqual(['0 at0-late #1', '500 mid #2', '1000 at1000 #3']);
    vm.grant(3000);
    const p2 = await vm.nextSync();
    expect(p2.clock).toEqual({ reachedNs: 3000, idle: true, nextDeadlineNs: Infinity });
    expect(outs(p2)).toEqual(['1000 at1000-late #4']);
    expect(vm.grants).toEqual([1000, 3000]);
  });

  it('takes inputs stamped no earlier than where it stops next, and grants only at a reported sync point, past it', async () => {
    const vm = new ScriptedVm('a');
    await vm.nextSync();
    expect(() => vm.grant(0)).toThrow('a: grant to 0 ns is not past its sync point at 0 ns');
    vm.grant(10);
    expect(() => vm.sendSerial(0, new Uint8Array(1), 9)).toThrow('a: serial input stamped 9 ns, before the horizon it runs to (10 ns)');
    vm.sendFrame(0, new TextEncoder().encode('at10'), 10);
    vm.sendFrame(0, new TextEncoder().encode('at15'), 15);
    expect(() => vm.grant(20)).toThrow(/^a: grant to 20 ns while not stopped/);
    await vm.nextSync();
    expect(() => vm.sendFrame(0, new Uint8Array(1), 5)).toThrow('a: frame input stamped 5 ns, before the sync point it is at (10 ns)');
    vm.grant(20);
    await vm.nextSync();
    expect(inputs(vm.received)).toEqual(['10 frame:0 at10', '15 frame:0 at15']);
  });

  it('reports busy inside its busy periods and while reacting, else idle with its next deadline', async () => {
    const vm = new ScriptedVm('b', {
      busy: [[100, 300]],
      timers: [2000],
      react: (i) => [
        { delayNs: 50, bytes: `busy:${show(i.bytes)}`, busy: true },
        { delayNs: 0, bytes: `now:${show(i.bytes)}` },
      ],
    });
    const clocks = [(await vm.nextSync()).clock];
    for (const h of [200, 300]) {
      vm.grant(h);
      clocks.push((await vm.nextSync()).clock);
    }
    vm.sendFrame(1, new TextEncoder().encode('x'), 300);
    vm.grant(320);
    const p = await vm.nextSync();
    vm.grant(400);
    const q = await vm.nextSync();
    expect(clocks).toEqual([
      { reachedNs: 0, idle: true, nextDeadlineNs: 100 },
      { reachedNs: 200, idle: false, nextDeadlineNs: 2000 },
      { reachedNs: 300, idle: true, nextDeadlineNs: 2000 },
    ]);
    expect(inputs(vm.received)).toEqual(['300 frame:1 x']);
    expect(p.clock).toEqual({ reachedNs: 320, idle: false, nextDeadlineNs: 350 });
    expect(outs(p)).toEqual(['300 now:x #0']);
    expect(q.clock).toEqual({ reachedNs: 400, idle: true, nextDeadlineNs: 2000 });
    expect(outs(q)).toEqual(['350 busy:x #1']);
  });
});

describe('engine: canonical order', () => {
  // Three busy VMs, one lookahead per round: sync points at 1000, 2000, 3000, 4000.
  // VM a reaches every sync point last in wall time; b's 2000 ns output comes late.
  const scripts = () => [
    new ScriptedVm('a', {
      busy: [[0, 5000]],
      reportDelay: () => 20,
      outputs: [
        { timeNs: 500, bytes: 'a0' },
        { timeNs: 500, bytes: 'a1' },
        { timeNs: 500, bytes: 'a2' },
        { timeNs: 1500, bytes: 'a3' },
        { timeNs: 2000, bytes: 'a4' },
      ],
    }),
    new ScriptedVm('b', {
      busy: [[0, 5000]],
      outputs: [
        { timeNs: 200, bytes: 'b0' },
        { timeNs: 1500, bytes: 'b1' },
        { timeNs: 2000, bytes: 'b2', afterStop: true },
      ],
    }),
    new ScriptedVm('c', {
      busy: [[0, 5000]],
      reportDelay: (t) => (t === 1000 ? 3 : 0),
      outputs: [
        { timeNs: 500, bytes: 'c0' },
        { timeNs: 1500, bytes: 'c1' },
        { timeNs: 2000, bytes: 'c2' },
        { timeNs: 2000, bytes: 'c3' },
      ],
    }),
  ];

  it.each(schedules.slice(0, 2))('injects by (time, VM index, per-VM sequence), whoever reports first (%s)', async (_, schedule) => {
    const vms = scripts();
    const arrivals: string[] = [];
    for (const vm of vms) {
      const listen = vm.listen.bind(vm);
      vm.listen = (onSync) => listen((p) => (arrivals.push(vm.name), onSync(p)));
    }
    const run = await runScripted({ vms, network: bounded(3, 1000), endNs: 4000, schedule });
    expect(vms[0]!.grants).toEqual([1000, 2000, 3000, 4000]);
    if (schedule.kind === 'parallel') expect(arrivals.slice(0, 6)).toEqual(['b', 'c', 'a', 'b', 'c', 'a']);
    expect(injections(run.injected)).toEqual([
      '200 vm1 b0',
      '500 vm0 a0',
      '500 vm0 a1',
      '500 vm0 a2',
      '500 vm2 c0',
      '1500 vm0 a3',
      '1500 vm1 b1',
      '1500 vm2 c1',
      '2000 vm0 a4',
      '2000 vm1 b2',
      '2000 vm2 c2',
      '2000 vm2 c3',
    ]);
  });
});

describe('engine: outputs at the safe time', () => {
  it.each(schedules)('holds them back until no earlier-sorting output can appear (%s)', async (_, schedule) => {
    // Both stop at 2000. b reports its 2000 ns output there; a produces its own
    // just after its report, so the engine learns of it only at the next sync point.
    const vms = [
      new ScriptedVm('a', { busy: [[0, 5000]], outputs: [{ timeNs: 2000, bytes: 'a-late', afterStop: true }] }),
      new ScriptedVm('b', { busy: [[0, 5000]], outputs: [{ timeNs: 1000, bytes: 'b-early' }, { timeNs: 2000, bytes: 'b-on-time' }] }),
    ];
    const run = await runScripted({ vms, network: bounded(2, 1000), endNs: 4000, schedule });
    expect(vms[1]!.reports.map((c) => c.reachedNs)).toContain(2000);
    expect(injections(run.injected)).toEqual(['1000 vm1 b-early', '2000 vm0 a-late', '2000 vm1 b-on-time']);
    // b-on-time was known in the round at safe time 2000 but waited for the next one.
    const round = run.safeTimes.findIndex((t) => t > 2000);
    expect(run.injected.slice(1).map((i) => run.safeTimes[i.round])).toEqual([run.safeTimes[round], run.safeTimes[round]]);
    expect(run.safeTimes).toContain(2000);
  });

  it.each(schedules)('never injects an output at or after the safe time (%s)', async (_, schedule) => {
    const vms = ['a', 'b', 'c'].map(
      (name, i) =>
        new ScriptedVm(name, {
          busy: [[0, 3000]],
          outputs: [0, 400, 1000, 1000, 1999, 2000, 2600].map((t, k) => ({ timeNs: t, bytes: `${name}${k}`, afterStop: (k + i) % 2 === 0 })),
        }),
    );
    const run = await runScripted({ vms, network: bounded(3, 1000), endNs: 3000, schedule });
    for (const i of run.injected) expect(i.timeNs).toBeLessThan(run.safeTimes[i.round]!);
    expect(run.injected.map((i) => [i.timeNs, i.vm, i.seq])).toEqual(
      run.injected.map((i) => [i.timeNs, i.vm, i.seq]).sort((x, y) => x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!),
    );
    expect(run.injected).toHaveLength(21);
  });
});

describe('engine: a VM that just got input counts as busy', () => {
  // b is idle with no deadline when its input arrives at 6000 ns, and answers
  // 100 ns later. Had its idleness let a run past 11100 ns, the answer would
  // reach a guest already past it (the lane refuses such an input).
  const L = 5000;
  const answer = (i: ReceivedInput) => (show(i.bytes) === 'ping' || i.kind === 'serial' ? [{ delayNs: 100, bytes: 'pong' }] : []);
  const cases = [
    ['a frame', { outputs: [{ timeNs: 1000, bytes: 'ping' }] }, {}],
    ['relay bytes', {}, { outputs: [{ timeNs: 1000, kind: 'serial' as const, bytes: 'hello' }] }],
  ] as const;

  it.each(cases)('after %s, the answer of an idle VM reaches the other in time (parallel)', async (_, aScript, bScript) => {
    const vms = [new ScriptedVm('a', aScript), new ScriptedVm('b', { ...bScript, react: answer })];
    const network = wires(
      [
        { from: 0, port: 0, to: 1, toPort: 0, delayNs: L },
        { from: 1, port: 0, to: 0, toPort: 0, delayNs: L },
      ],
      L,
    );
    const run = await runScripted({ vms, network, endNs: 50_000, schedule: parallel });
    const [a, b] = vms as [ScriptedVm, ScriptedVm];
    expect(b.received.map((i) => i.timeNs)).toEqual([6000]);
    expect(inputs(a.received)).toEqual(['11100 frame:0 pong']);
    // Idle, b was let far ahead of a: not a lookahead at a time.
    expect(b.grants.length).toBeLessThan(10);
    expect(run.result.reachedNs).toBe(50_000);
  });
});

describe('engine: frames from VM to network to VM', () => {
  // a sends p3 at 1000; each VM answers p(n-1) to p(n), b after 250 ns, a after 300 ns.
  const countdown = (delayNs: number) => (i: ReceivedInput) => {
    const n = Number(show(i.bytes).slice(1));
    return n > 0 ? [{ delayNs, bytes: `p${n - 1}` }] : [];
  };
  const network = wires([
    { from: 0, port: 0, to: 1, toPort: 0, delayNs: 2000 },
    { from: 1, port: 0, to: 0, toPort: 0, delayNs: 3000 },
  ]);

  it.each([...schedules, ['lockstep 700 ns', lockstep(700)] as [string, SyncSchedule]])(
    'delivers each frame at its arrival time (%s)',
    async (_, schedule) => {
      const vms = [new ScriptedVm('a', { outputs: [{ timeNs: 1000, bytes: 'p3' }], react: countdown(300) }), new ScriptedVm('b', { react: countdown(250) })];
      const log: string[] = [];
      const run = await runScripted({
        vms,
        network: (calendar, lanes) => {
          const net = network(calendar, lanes);
          return {
            source: net.source,
            inject(vm, o) {
              log.push(`${calendar.now} inject vm${vm} ${show(o.bytes)}`);
              calendar.after(0, () => log.push(`${calendar.now} network`));
              net.inject(vm, o);
            },
          };
        },
        endNs: 20_000,
        schedule,
      });
      const [a, b] = vms as [ScriptedVm, ScriptedVm];
      expect(inputs(b.received)).toEqual(['3000 frame:0 p3', '8550 frame:0 p1']);
      expect(inputs(a.received)).toEqual(['6250 frame:0 p2', '11800 frame:0 p0']);
      expect(injections(run.injected)).toEqual(['1000 vm0 p3', '3250 vm1 p2', '6550 vm0 p1', '8800 vm1 p0']);
      // A zero-delay network event an output schedules runs before any later injection.
      expect(log.filter((l) => !l.endsWith('network')).length).toBe(4);
      expect(log.every((l, k) => !l.includes('inject') || log[k + 1]?.endsWith('network'))).toBe(true);
      expect(run.result.reachedNs).toBe(20_000);
      if (schedule.kind === 'parallel') {
        // No VM stops for a delivery, and idle VMs skip ahead: a handful of rounds, not one per lookahead.
        expect(run.safeTimes.length).toBeLessThan(10);
      } else {
        const step = Math.min(schedule.quantumNs, 2000);
        expect(run.safeTimes.length).toBeGreaterThanOrEqual(20_000 / step);
      }
    },
  );
});
