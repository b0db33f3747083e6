// A scripted stand-in for a guest, for engine tests, and the tiny network it
// talks over.
//
// What a ScriptedVm emits is a pure function of its script and of the inputs
// delivered to it with their times, as a real guest's is under icount: the
// grant schedule changes only where it stops and when it reports, never what
// it does. It keeps the sync protocol as the patched QEMU does
// (qemu-patches/PROTOCOL.md) and throws on any breach by the engine:
//
// - the first sync point is at 0, then exactly each granted horizon, which
//   must be past the point it is stopped at;
// - outputs reported at a sync point at H are stamped in (previous point, H],
//   plus those stamped exactly at the previous point that the guest produced
//   after that point's report (`afterStop`: QEMU runs equal-deadline timers in
//   arming order, so the side depends on the schedule);
// - it reports idle and its next deadline truthfully from the script: an idle
//   VM emits nothing before its deadline unless it gets input;
// - inputs are accepted only while it is stopped at a sync point the engine
//   has been told about; they are delivered at that time.

import { Engine, type EngineResult, type SyncSchedule } from '../../../orchestrator/src/run/engine.js';
import type { VmEndpoint, VmOutput, VmSyncPoint } from '../../../orchestrator/src/run/vm-endpoint.js';
import { Calendar } from '../../../orchestrator/src/sim/calendar.js';
import type { VmClock } from '../../../orchestrator/src/sim/conservative-sync.js';

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
  readonly #script: VmScript;
  readonly #planned: Planned[] = [];
  readonly #busy: [number, number][];
  #order = 0;
  #seq = 0;
  #unreported: VmOutput[] = [];
  #stopNs = 0;
  /** running: heading for #stopNs; reporting: nextSync asked; stopped: the engine knows #stopNs. */
  #state: 'running' | 'reporting' | 'stopped' = 'running';

  constructor(name: string, script: VmScript = {}) {
    this.name = name;
    this.#script = script;
    this.#busy = (script.busy ?? []).map(([a, b]) => [a, b]);
    for (const o of script.outputs ?? []) {
      checkTime(name, 'output', o.timeNs);
      this.#plan(o.timeNs, o.afterStop ?? false, o.kind ?? 'frame', o.port ?? 0, toBytes(o.bytes));
    }
    this.#runTo(0);
  }

  nextSync(): Promise<VmSyncPoint> {
    if (this.#state !== 'running') return Promise.reject(new Error(`${this.name}: nextSync again at ${this.#stopNs} ns without a grant`));
    this.#state = 'reporting';
    const point: VmSyncPoint = { clock: this.#clock(), outputs: this.#unreported };
    this.#unreported = [];
    let wait = Promise.resolve();
    for (let i = this.#script.reportDelay?.(this.#stopNs) ?? 0; i > 0; i--) wait = wait.then(() => new Promise((r) => setImmediate(r)));
    return wait.then(() => {
      this.#state = 'stopped';
      this.reports.push(point.clock);
      return point;
    });
  }

  deliverFrame(port: number, bytes: Uint8Array): void {
    this.#input('frame', port, bytes);
  }

  deliverSerial(port: number, bytes: Uint8Array): void {
    this.#input('serial', port, bytes);
  }

  grant(horizonNs: number): void {
    if (this.#state !== 'stopped') throw new Error(`${this.name}: grant to ${horizonNs} ns while not stopped at a reported sync point`);
    if (!Number.isSafeInteger(horizonNs) || !(horizonNs > this.#stopNs)) {
      throw new Error(`${this.name}: grant to ${horizonNs} ns is not past its sync point at ${this.#stopNs} ns`);
    }
    this.grants.push(horizonNs);
    this.#runTo(horizonNs);
    this.#state = 'running';
  }

  /** Produce what the guest produces up to its stop at `horizonNs`, before that stop's report. */
  #runTo(horizonNs: number): void {
    let k = 0;
    for (; k < this.#planned.length; k++) {
      const p = this.#planned[k]!;
      if (p.timeNs > horizonNs || (p.timeNs === horizonNs && p.afterStop)) break;
      if (p.timeNs < this.#stopNs) throw new Error(`${this.name}: internal: output planned at ${p.timeNs} ns, before its stop at ${this.#stopNs} ns`);
      const out: VmOutput = { kind: p.kind, port: p.port, timeNs: p.timeNs, seq: this.#seq++, bytes: p.bytes };
      this.emitted.push(out);
      this.#unreported.push(out);
    }
    this.#planned.splice(0, k);
    this.#stopNs = horizonNs;
  }

  /** What the guest is doing at its stop, from the script and the inputs so far. */
  #clock(): VmClock {
    const t = this.#stopNs;
    const idle = !this.#busy.some(([a, b]) => a <= t && t < b);
    let next = this.#planned[0]?.timeNs ?? Infinity;
    for (const d of this.#script.timers ?? []) if (d >= t && d < next) next = d;
    for (const [a] of this.#busy) if (a >= t && a < next) next = a;
    return { reachedNs: t, idle, nextDeadlineNs: next };
  }

  #input(kind: IoKind, port: number, bytes: Uint8Array): void {
    if (this.#state !== 'stopped') throw new Error(`${this.name}: ${kind} input while not stopped at a reported sync point (heading for ${this.#stopNs} ns)`);
    const input: ReceivedInput = { timeNs: this.#stopNs, kind, port, bytes: Uint8Array.from(bytes), index: this.received.length };
    this.received.push(input);
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

/** Hands an injected output to the network; `deliver*` reach a VM at the calendar's current time. */
export type Network = (calendar: Calendar, engine: Engine) => (vm: number, output: VmOutput) => void;

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
  return (calendar, engine) => (vm, o) => {
    if (o.kind === 'serial') {
      if (serialEchoNs !== undefined) calendar.after(serialEchoNs, () => engine.deliverSerial(vm, o.port, o.bytes));
      return;
    }
    for (const w of list) {
      if (w.from === vm && w.port === o.port) calendar.after(w.delayNs, () => engine.deliverFrame(w.to, w.toPort, o.bytes));
    }
  };
}

export interface ScriptedRunOptions {
  vms: readonly ScriptedVm[];
  network: Network;
  lookaheadNs: number;
  endNs: number;
  schedule: SyncSchedule;
  /** Called with the calendar before the run, to schedule network-side events. */
  setup?(calendar: Calendar): void;
}

export interface ScriptedRun {
  result: EngineResult;
  /** Every output the engine injected, in injection order (each at calendar time = its stamp, or the run fails). */
  injected: Injection[];
  /** The safe time of every round. */
  safeTimes: number[];
  calendar: Calendar;
}

/** Run scripted VMs over a network with the real engine and calendar. */
export async function runScripted(opts: ScriptedRunOptions): Promise<ScriptedRun> {
  const calendar = new Calendar();
  const injected: Injection[] = [];
  const safeTimes: number[] = [];
  let toNetwork: (vm: number, output: VmOutput) => void = () => undefined;
  const engine = new Engine({
    vms: opts.vms,
    calendar,
    lookaheadNs: opts.lookaheadNs,
    endNs: opts.endNs,
    schedule: opts.schedule,
    inject(vm, o) {
      if (calendar.now !== o.timeNs) throw new Error(`output of VM ${vm} stamped ${o.timeNs} ns injected at ${calendar.now} ns`);
      injected.push({ timeNs: o.timeNs, vm, kind: o.kind, port: o.port, seq: o.seq, bytes: o.bytes, round: safeTimes.length });
      toNetwork(vm, o);
    },
    onRound: (safeNs) => void safeTimes.push(safeNs),
    syncTimeoutMs: 10_000,
  });
  toNetwork = opts.network(calendar, engine);
  opts.setup?.(calendar);
  const result = await engine.run();
  return { result, injected, safeTimes, calendar };
}

/** `bytes` as text when printable, else hex: for readable expectations. */
export function show(bytes: Uint8Array): string {
  const text = new TextDecoder().decode(bytes);
  return /^[\x20-\x7e]*$/.test(text) ? text : Buffer.from(bytes).toString('hex');
}
