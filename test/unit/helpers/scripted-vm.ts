// A scripted stand-in for a guest, for engine tests, and the tiny network it
// talks over.
//
// What a ScriptedVm emits is a pure function of its script and of the inputs
// delivered to it with their times, as a real guest's is under icount: the
// grant schedule changes only where it stops and when it reports, never what
// it does. It keeps the sync protocol as the patched QEMU does
// (qemu-patches/PROTOCOL.md, version 3) and throws on any breach by the
// engine:
//
// - the first sync point is at 0, then exactly each granted horizon, which
//   must be past the point it is stopped at;
// - inputs are stamped with their delivery time, which must not be before
//   the sync point it is stopped at or, while it runs, its horizon; each is
//   delivered at exactly its time. At one time t the order is: outputs of
//   the guest's timers at t, then the inputs stamped t in the order sent,
//   then what the guest does next at t. At a sync point T the report comes
//   after the inputs already held for T, and inputs sent in answer to it for
//   T are delivered right away;
// - outputs reported at a sync point at H are stamped in (previous point, H],
//   plus those stamped exactly at the previous point that the guest produced
//   after that point's report (`afterStop`);
// - it reports idle and its next deadline truthfully from the script (inputs
//   it holds do not count, as in QEMU): an idle VM emits nothing before its
//   deadline unless it gets input.

import { Engine, type EngineResult, type SyncSchedule } from '../../../orchestrator/src/run/engine.js';
import type { VmEndpoint, VmOutput, VmSyncPoint } from '../../../orchestrator/src/sim/vm-endpoint.js';
import { VmLane } from '../../../orchestrator/src/run/vm-lane.js';
import { Calendar } from '../../../orchestrator/src/sim/calendar.js';
import type { InputSource, VmClock } from '../../../orchestrator/src/sim/conservative-sync.js';

export type IoKind = VmOutput['kind'];

/** An output the guest produces at `timeNs` whatever happens. */
export interface ScriptedOutput {
  timeNs: number;
  kind?: IoKind;
  port?: number;
  bytes: Uint8Array | string;
  /** At a sync point at `timeNs`, produced after its report (reaches the engine one sync point later). */
  afterStop?: boolean;
}

/** An input as the guest saw it: at the time it was stopped at. */
export interface ReceivedInput {
  timeNs: number;
  kind: IoKind;
  port: number;
  bytes: Uint8Array;
  /** How many inputs this VM got before this one. */
  index: number;
}

/** An output caused by an input, `delayNs` (>= 0) after it. */
export interface Reaction {
  delayNs: number;
  kind?: IoKind;
  port?: number;
  bytes: Uint8Array | string;
  /** Until the output the vCPU computes (reports busy) instead of sleeping on a timer (idle, with this deadline). */
  busy?: boolean;
  /** As ScriptedOutput's; forced for delayNs 0, since the guest sees the input only after the report. */
  afterStop?: boolean;
}

export interface VmScript {
  outputs?: readonly ScriptedOutput[];
  /** Periods [fromNs, toNs) in which the vCPU runs: sync points inside them report busy. */
  busy?: ReadonlyArray<readonly [number, number]>;
  /** Timers that fire and emit nothing: they bound the reported next deadline. */
  timers?: readonly number[];
  /** What an input makes the guest do; called once per input, in delivery order. */
  react?(input: ReceivedInput): readonly Reaction[];
  /** Macrotask turns before the sync point at `reachedNs` is reported (default 0): wall-clock order only. */
  reportDelay?(reachedNs: number): number;
}

interface Planned {
  timeNs: number;
  afterStop: boolean;
  /** Creation order: breaks ties, independent of the schedule. */
  order: number;
  kind: IoKind;
  port: number;
  bytes: Uint8Array;
}

const encoder = new TextEncoder();
const toBytes = (b: Uint8Array | string): Uint8Array => (typeof b === 'string' ? encoder.encode(b) : b);

/** Production order at one time: outputs before the stop first, then creation order. */
function plannedOrder(a: Planned, b: Planned): number {
  return a.timeNs - b.timeNs || Number(a.afterStop) - Number(b.afterStop) || a.order - b.order;
}

interface Held {
  timeNs: number;
  kind: IoKind;
  port: number;
  bytes: Uint8Array;
}

export class ScriptedVm implements VmEndpoint {
  readonly name: string;
  /** Every input, with the time it was delivered at. */
  readonly received: ReceivedInput[] = [];
  /** Every output, in production order. */
  readonly emitted: VmOutput[] = [];
  /** Every horizon granted. */
  readonly grants: number[] = [];
  /** Every sync point reported, in order. */
  readonly reports: VmClock[] = [];
  /** Inputs delivered while the script had the vCPU idle. */
  inputsWhileIdle = 0;
  readonly #script: VmScript;
  readonly #planned: Planned[] = [];
  readonly #busy: [number, number][];
  /** Inputs sent and not delivered yet, by time then send order. */
  readonly #held: Held[] = [];
  #order = 0;
  #seq = 0;
  #unreported: VmOutput[] = [];
  #stopNs = 0;
  /** running: heading for #stopNs (already computed up to it); stopped: reported #stopNs. */
  #state: 'running' | 'stopped' = 'running';
  #listener: ((p: VmSyncPoint) => void) | undefined;
  /** Reports made before anyone listened, and a nextSync waiting for one. */
  readonly #unread: VmSyncPoint[] = [];
  #waiter: ((p: VmSyncPoint) => void) | undefined;
  /** Grants may stop answering after this many (to test the hang watchdog). */
  answerGrants = Infinity;

  constructor(name: string, script: VmScript = {}) {
    this.name = name;
    this.#script = script;
    this.#busy = (script.busy ?? []).map(([a, b]) => [a, b]);
    for (const o of script.outputs ?? []) {
      checkTime(name, 'output', o.timeNs);
      this.#plan(o.timeNs, o.afterStop ?? false, o.kind ?? 'frame', o.port ?? 0, toBytes(o.bytes));
    }
    this.#runTo(0);
    this.#report();
  }

  listen(onSync: (p: VmSyncPoint) => void): void {
    this.#listener = onSync;
    for (const p of this.#unread.splice(0)) onSync(p);
  }

  /** The next sync point, for tests that drive the VM by hand. */
  nextSync(): Promise<VmSyncPoint> {
    const ready = this.#unread.shift();
    if (ready) return Promise.resolve(ready);
    return new Promise((resolve) => {
      this.#waiter = resolve;
    });
  }

  sendFrame(port: number, bytes: Uint8Array, atNs: number): void {
    this.#input('frame', port, bytes, atNs);
  }

  sendSerial(port: number, bytes: Uint8Array, atNs: number): void {
    this.#input('serial', port, bytes, atNs);
  }

  flush(): void {}

  grant(horizonNs: number): void {
    if (this.#state !== 'stopped') throw new Error(`${this.name}: grant to ${horizonNs} ns while not stopped at a reported sync point`);
    if (!Number.isSafeInteger(horizonNs) || !(horizonNs > this.#stopNs)) {
      throw new Error(`${this.name}: grant to ${horizonNs} ns is not past its sync point at ${this.#stopNs} ns`);
    }
    this.grants.push(horizonNs);
    this.#state = 'running';
    this.#runTo(horizonNs);
    if (this.grants.length < this.answerGrants) this.#report();
  }

  /** Report the sync point it runs to, after `reportDelay` macrotask turns (wall-clock order only). */
  #report(): void {
    let wait = Promise.resolve();
    for (let i = this.#script.reportDelay?.(this.#stopNs) ?? 0; i > 0; i--) wait = wait.then(() => new Promise((r) => setImmediate(r)));
    void wait.then(() => {
      // Inputs held for this point are delivered before it is reported.
      this.#deliverHeldAt(this.#stopNs);
      const point: VmSyncPoint = { clock: this.#clock(), outputs: this.#unreported };
      this.#unreported = [];
      this.#state = 'stopped';
      this.reports.push(point.clock);
      const waiter = this.#waiter;
      this.#waiter = undefined;
      if (this.#listener) this.#listener(point);
      else if (waiter) waiter(point);
      else this.#unread.push(point);
    });
  }

  /** Produce what the guest produces up to its stop at `horizonNs`, before that stop's report. */
  #runTo(horizonNs: number): void {
    for (;;) {
      const t = Math.min(this.#planned[0]?.timeNs ?? Infinity, this.#held[0]?.timeNs ?? Infinity);
      if (t > horizonNs) break;
      if (t < this.#stopNs) throw new Error(`${this.name}: internal: work at ${t} ns, before its stop at ${this.#stopNs} ns`);
      this.#emitAt(t, false);
      if (t === horizonNs) break;
      this.#deliverHeldAt(t);
      this.#emitAt(t, true);
    }
    this.#stopNs = horizonNs;
  }

  /** Emit the planned outputs at `t`: the timers' (`afterStop` false) or everything left at t. */
  #emitAt(t: number, all: boolean): void {
    while (this.#planned.length > 0) {
      const p = this.#planned[0]!;
      if (p.timeNs !== t || (!all && p.afterStop)) break;
      this.#planned.shift();
      const out: VmOutput = { kind: p.kind, port: p.port, timeNs: p.timeNs, seq: this.#seq++, bytes: p.bytes };
      this.emitted.push(out);
      this.#unreported.push(out);
    }
  }

  /** What the guest is doing at its stop, from the script and the inputs so far. */
  #clock(): VmClock {
    const t = this.#stopNs;
    let next = this.#planned[0]?.timeNs ?? Infinity;
    for (const d of this.#script.timers ?? []) if (d >= t && d < next) next = d;
    for (const [a] of this.#busy) if (a >= t && a < next) next = a;
    return { reachedNs: t, idle: this.#idleAt(t), nextDeadlineNs: next };
  }

  #idleAt(t: number): boolean {
    return !this.#busy.some(([a, b]) => a <= t && t < b);
  }

  #input(kind: IoKind, port: number, bytes: Uint8Array, atNs: number): void {
    const floorNs = this.#stopNs;
    if (!Number.isSafeInteger(atNs) || atNs < floorNs) {
      throw new Error(`${this.name}: ${kind} input stamped ${atNs} ns, before ${this.#state === 'stopped' ? 'the sync point it is at' : 'the horizon it runs to'} (${floorNs} ns)`);
    }
    const held: Held = { timeNs: atNs, kind, port, bytes: Uint8Array.from(bytes) };
    // In answer to a report, an input for that very time is delivered at once.
    if (this.#state === 'stopped' && atNs === this.#stopNs) return this.#deliver(held);
    let i = this.#held.length;
    while (i > 0 && this.#held[i - 1]!.timeNs > atNs) i--;
    this.#held.splice(i, 0, held);
  }

  #deliverHeldAt(t: number): void {
    while (this.#held[0]?.timeNs === t) this.#deliver(this.#held.shift()!);
  }

  #deliver(h: Held): void {
    const input: ReceivedInput = { timeNs: h.timeNs, kind: h.kind, port: h.port, bytes: h.bytes, index: this.received.length };
    this.received.push(input);
    if (this.#idleAt(h.timeNs)) this.inputsWhileIdle++;
    for (const r of this.#script.react?.(input) ?? []) {
      checkTime(this.name, 'reaction delay', r.delayNs);
      const at = input.timeNs + r.delayNs;
      if (r.busy && r.delayNs > 0) this.#busy.push([input.timeNs, at]);
      this.#plan(at, r.delayNs === 0 || (r.afterStop ?? false), r.kind ?? 'frame', r.port ?? 0, toBytes(r.bytes));
    }
  }

  #plan(timeNs: number, afterStop: boolean, kind: IoKind, port: number, bytes: Uint8Array): void {
    const p: Planned = { timeNs, afterStop, order: this.#order++, kind, port, bytes };
    let i = this.#planned.length;
    while (i > 0 && plannedOrder(this.#planned[i - 1]!, p) > 0) i--;
    this.#planned.splice(i, 0, p);
  }
}

function checkTime(vm: string, what: string, ns: number): void {
  if (!Number.isSafeInteger(ns) || ns < 0) throw new RangeError(`${vm}: ${what} must be a non-negative integer of ns, got ${ns}`);
}

/** One output as the network got it. */
export interface Injection {
  timeNs: number;
  vm: number;
  kind: IoKind;
  port: number;
  seq: number;
  bytes: Uint8Array;
  /** The round it was injected in: ScriptedRun.safeTimes[round] is that round's safe time. */
  round: number;
}

/** A network for scripted VMs: where injected outputs go, and what bounds each VM's horizon. */
export interface ScriptedNetwork {
  inject(vm: number, output: VmOutput): void;
  source: InputSource;
}

/** Builds the network over the calendar and the VMs' lanes (which take stamped inputs). */
export type Network = (calendar: Calendar, lanes: readonly VmLane[]) => ScriptedNetwork;

/** A frame a VM sends on `port` reaches VM `to` on its port `toPort`, `delayNs` later. */
export interface Wire {
  from: number;
  port: number;
  to: number;
  toPort: number;
  delayNs: number;
}

/**
 * Fixed-delay wires for frames; serial output comes back to the same VM on
 * the same port `serialEchoNs` later (a relay answering at once). Frames on
 * a port with no wire, and serial output with no echo, are dropped.
 */
export function wires(list: readonly Wire[], serialEchoNs?: number): Network {
  return (calendar, lanes) => ({
    inject(vm, o) {
      if (o.kind === 'serial') {
        if (serialEchoNs !== undefined) lanes[vm]!.sendSerial(o.port, o.bytes, calendar.now + serialEchoNs);
        return;
      }
      for (const w of list) if (w.from === vm && w.port === o.port) lanes[w.to]!.sendFrame(w.toPort, o.bytes, calendar.now + w.delayNs);
    },
    source: {
      earliestNewInputNs(vm, view) {
        let t = serialEchoNs === undefined ? Infinity : view.nextOutputNs(vm) + serialEchoNs;
        for (const w of list) if (w.to === vm) t = Math.min(t, view.nextOutputNs(w.from) + w.delayNs);
        return t;
      },
    },
  });
}

export interface ScriptedRunOptions {
  vms: readonly ScriptedVm[];
  network: Network;
  endNs: number;
  schedule: SyncSchedule;
  /** Called with the calendar before the run, to schedule network-side events. */
  setup?(calendar: Calendar): void;
  /** Called with the engine before it runs (to move its end from the network, as run-scenario does). */
  onEngine?(engine: Engine): void;
  syncTimeoutMs?: number;
}

export interface ScriptedRun {
  result: EngineResult;
  /** Every output the engine injected, in injection order (each at calendar time = its stamp, or the run fails). */
  injected: Injection[];
  /** The safe time of every round. */
  safeTimes: number[];
  calendar: Calendar;
  lanes: VmLane[];
}

/** Run scripted VMs over a network with the real engine and calendar. */
export async function runScripted(opts: ScriptedRunOptions): Promise<ScriptedRun> {
  const calendar = new Calendar();
  const injected: Injection[] = [];
  const safeTimes: number[] = [];
  // Built over the lanes, so the lanes reach it through this holder.
  const net: { current?: ScriptedNetwork } = {};
  // A lane that records each output the engine delivers, then gives it to the scripted network.
  class RecordingLane extends VmLane {
    override deliver(o: VmOutput): void {
      const vm = this.index;
      if (calendar.now !== o.timeNs) throw new Error(`output of VM ${vm} stamped ${o.timeNs} ns injected at ${calendar.now} ns`);
      injected.push({ timeNs: o.timeNs, vm, kind: o.kind, port: o.port, seq: o.seq, bytes: o.bytes, round: safeTimes.length });
      net.current!.inject(vm, o);
    }
  }
  const lanes = opts.vms.map((vm, i) => {
    const lane = new RecordingLane(i, vm.name);
    lane.attach(vm);
    return lane;
  });
  const network = (net.current = opts.network(calendar, lanes));
  const engine = new Engine({
    lanes,
    calendar,
    sources: [network.source],
    endNs: opts.endNs,
    schedule: opts.schedule,
    onRound: (safeNs) => void safeTimes.push(safeNs),
    syncTimeoutMs: opts.syncTimeoutMs ?? 10_000,
  });
  opts.setup?.(calendar);
  opts.onEngine?.(engine);
  const result = await engine.run();
  return { result, injected, safeTimes, calendar, lanes };
}

/** `bytes` as text when printable, else hex: for readable expectations. */
export function show(bytes: Uint8Array): string {
  const text = new TextDecoder().decode(bytes);
  return /^[\x20-\x7e]*$/.test(text) ? text : Buffer.from(bytes).toString('hex');
}
