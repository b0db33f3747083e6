// The co-simulation loop. Each VM runs on its own from one sync point to the
// next; whenever one reports, the engine:
//
// 1. delivers every reported output stamped before the safe time (the
//    earliest point any VM has reached) through its VM's lane, which hands a
//    frame to its NIC and serial bytes to the relay client, in canonical
//    order (time, VM index, per-VM sequence) -- never in the order they
//    happened to arrive -- and runs the calendar up to the safe time. Links
//    and the relay transport send inputs to VMs as soon as they are known,
//    stamped, through the lanes;
// 2. grants each stopped VM the furthest horizon no unsent input can reach
//    it before (sim/conservative-sync.ts). A VM that cannot move yet waits
//    for the safe time to advance; nobody waits at a global barrier.
//
// The schedule (parallel with idle skipping, or the lockstep reference: one
// VM at a time, a fixed quantum, no idle skipping) changes only how fast this
// goes, never what happens: see docs/testing-determinism.md.
//
// Nothing here allocates a timer or a promise per sync point: VMs report
// through a listener, and one interval timer watches for hung VMs and stop
// requests.

import { GuestError } from '../errors.js';
import { horizonNs, type InputSource, safeTimeNs, type SyncView } from '../sim/conservative-sync.js';
import type { VmSyncPoint } from '../sim/vm-endpoint.js';
import type { VmLane } from './vm-lane.js';

/** The part of the calendar the engine drives. */
export interface EngineCalendar {
  readonly now: number;
  peek(): number;
  runUntil(ns: number): void;
}

export type SyncSchedule = { kind: 'parallel' } | { kind: 'lockstep'; quantumNs: number };

/** When nothing bounds a VM (all idle, nothing scheduled), it moves this far at a time. */
export const UNBOUNDED_STEP_NS = 1_000_000_000;

export interface EngineOptions {
  lanes: readonly VmLane[];
  calendar: EngineCalendar;
  /** Everything that sends VMs inputs: each bounds how far a VM may run. */
  sources: readonly InputSource[];
  endNs: number;
  schedule: SyncSchedule;
  /**
   * Asked after each delivery: true if a promise continuation (a library
   * user awaiting a relay reply) must run before the calendar moves on.
   */
  wantsTurn?(): boolean;
  /** Called each time the safe time advances. */
  onRound?(safeNs: number, round: number): void;
  /** A reason stops the run at the next sync point (checked at least every 250 ms of wall time). */
  stopRequested?(): string | undefined;
  /** Wall-clock limit for a VM to reach its next sync point (default 120 s). */
  syncTimeoutMs?: number;
}

export interface EngineResult {
  reachedNs: number;
  /** How many times the safe time advanced. */
  rounds: number;
  stoppedBecause: string | undefined;
}

export class Engine {
  readonly #opts: EngineOptions;
  readonly #lanes: readonly VmLane[];
  readonly #useIdle: boolean;
  readonly #view: SyncView;
  /** Per VM, the earliest output it may still give, as of this step (see #bound). */
  #nextOutputNs: number[];
  #endNs: number;
  #safeNs = -1;
  #rounds = 0;
  #running = false;
  #again = false;
  #paused = false;
  #done = false;
  #settle: ((r: EngineResult) => void) | undefined;
  #fail: ((e: Error) => void) | undefined;
  #watchdog: NodeJS.Timeout | undefined;

  constructor(opts: EngineOptions) {
    this.#opts = opts;
    this.#lanes = opts.lanes;
    this.#endNs = opts.endNs;
    this.#useIdle = opts.schedule.kind === 'parallel';
    this.#nextOutputNs = this.#lanes.map(() => 0);
    const safeNs = () => this.#safeNs;
    this.#view = {
      get safeNs() {
        return safeNs();
      },
      nextOutputNs: (vm) => this.#nextOutputNs[vm]!,
    };
  }

  /** Move the end of the run (e.g. once the guests are up and the experiment's clock starts). */
  setEndNs(endNs: number): void {
    if (!(endNs >= this.#opts.calendar.now)) throw new RangeError(`end ${endNs} ns is before now (${this.#opts.calendar.now} ns)`);
    this.#endNs = endNs;
  }

  run(): Promise<EngineResult> {
    return new Promise<EngineResult>((resolve, reject) => {
      this.#settle = resolve;
      this.#fail = reject;
      const startMs = Date.now();
      for (const lane of this.#lanes) {
        lane.grantedAtMs = startMs;
        lane.endpoint.listen(
          (point) => this.#onSync(lane, point),
          (err) => this.#finish(err),
        );
      }
      const limitMs = this.#opts.syncTimeoutMs ?? 120_000;
      this.#watchdog = setInterval(() => this.#watch(limitMs), Math.min(250, limitMs / 2));
    });
  }

  #onSync(lane: VmLane, point: VmSyncPoint): void {
    if (this.#done) return;
    lane.reached(point);
    this.#advance();
  }

  /** Move everything that can move. A sync point reported meanwhile (a fake VM answering a grant at once) runs one more step. */
  #advance(): void {
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = true;
    try {
      do {
        this.#again = false;
        if (this.#paused || this.#done) break;
        this.#step();
      } while (this.#again);
    } catch (err) {
      this.#finish(err instanceof Error ? err : new Error(String(err)));
    } finally {
      this.#running = false;
    }
  }

  #step(): void {
    const lanes = this.#lanes;
    if (lanes.some((l) => l.clock === undefined)) return;
    const safe = safeTimeNs(lanes.map((l) => l.clock!));
    if (safe > this.#safeNs) {
      if (!this.#deliverBefore(safe)) return;
      this.#runCalendarTo(safe);
      this.#safeNs = safe;
      this.#opts.onRound?.(Math.min(safe, this.#endNs), this.#rounds++);
    }
    if (safe >= this.#endNs) return this.#finish(undefined);
    const stop = this.#opts.stopRequested?.();
    if (stop !== undefined) return this.#finish(undefined, stop);
    this.#bound();
    if (this.#opts.schedule.kind === 'parallel') {
      for (const lane of lanes) if (lane.stopped) this.#tryGrant(lane, Infinity);
    } else if (!lanes.some((l) => !l.stopped)) {
      // The reference schedule: the VM furthest behind, alone, one quantum at most.
      let next = lanes[0]!;
      for (const l of lanes) if (l.reachedNs < next.reachedNs) next = l;
      this.#tryGrant(next, this.#opts.schedule.quantumNs);
    }
    for (const lane of lanes) if (!lane.stopped) lane.flush();
    if (lanes.every((l) => l.stopped)) {
      throw new Error(`internal: no VM can move at ${safe} ns (horizons ${lanes.map((l) => this.#horizon(l)).join(', ')} ns)`);
    }
  }

  /**
   * What each VM may still emit, for the horizons of this step. An idle VM
   * wakes at its next timer or input, and inputs it has not been sent yet
   * depend on what the others emit: start from "no earlier than where each
   * VM is" and tighten twice through the input sources (every pass gives
   * valid bounds, since each source's lookahead is positive).
   */
  #bound(): void {
    const lanes = this.#lanes;
    for (const l of lanes) this.#nextOutputNs[l.index] = l.nextOutputNs(false);
    if (!this.#useIdle) return;
    for (let pass = 0; pass < 2; pass++) {
      const newInput = lanes.map((l) => horizonNs(l.index, this.#opts.sources, this.#view, Infinity));
      for (const l of lanes) this.#nextOutputNs[l.index] = l.nextOutputNs(true, newInput[l.index]);
    }
  }

  #horizon(lane: VmLane): number {
    const h = horizonNs(lane.index, this.#opts.sources, this.#view, this.#endNs);
    return Number.isFinite(h) ? h : this.#safeNs + UNBOUNDED_STEP_NS;
  }

  #tryGrant(lane: VmLane, quantumNs: number): void {
    const horizon = Math.min(this.#horizon(lane), lane.reachedNs + quantumNs);
    if (horizon > lane.reachedNs) lane.grant(horizon, Date.now());
    else if (lane.reachedNs === this.#safeNs) {
      throw new Error(`internal: horizon ${horizon} ns of VM ${lane.name} is not past the safe time ${this.#safeNs} ns`);
    }
  }

  /**
   * Deliver every output stamped before `safeNs` and before the end (read
   * live: a delivery may move it); later ones may still gain
   * earlier-sorting peers, or fall after the run. False if it paused to let
   * a promise continuation run first (it resumes by itself).
   */
  #deliverBefore(safeNs: number): boolean {
    const { calendar } = this.#opts;
    for (;;) {
      let from: VmLane | undefined;
      for (const lane of this.#lanes) {
        const o = lane.peekOutput();
        if (o && (!from || o.timeNs < from.peekOutput()!.timeNs)) from = lane;
      }
      const output = from?.peekOutput();
      if (!from || !output || output.timeNs >= safeNs || output.timeNs >= this.#endNs) return true;
      if (output.timeNs < calendar.now) {
        throw new Error(`internal: output of VM ${from.name} at ${output.timeNs} ns is before network time ${calendar.now} ns`);
      }
      calendar.runUntil(output.timeNs);
      from.deliver(from.takeOutput());
      if (this.#opts.wantsTurn?.()) {
        this.#paused = true;
        setImmediate(() => {
          this.#paused = false;
          this.#advance();
        });
        return false;
      }
    }
  }

  /** Run the calendar to `safeNs`, or to the end if an event moves it there first. */
  #runCalendarTo(safeNs: number): void {
    const { calendar } = this.#opts;
    for (;;) {
      const to = Math.min(safeNs, this.#endNs);
      const next = calendar.peek();
      if (next >= to) {
        calendar.runUntil(to);
        return;
      }
      calendar.runUntil(next);
    }
  }

  #watch(limitMs: number): void {
    if (this.#done) return;
    const stop = this.#opts.stopRequested?.();
    if (stop !== undefined && !this.#running) return this.#finish(undefined, stop);
    const now = Date.now();
    const late = this.#lanes.filter((l) => !l.stopped && now - l.grantedAtMs > limitMs);
    if (late.length > 0) {
      this.#finish(new GuestError(late.map((l) => l.name).join(', '), 'sync', `stopped answering: no sync point within ${limitMs / 1000} s of wall time`));
    }
  }

  #finish(err: Error | undefined, stoppedBecause?: string): void {
    if (this.#done) return;
    this.#done = true;
    clearInterval(this.#watchdog);
    if (err) return this.#fail?.(err);
    const reachedNs = Math.max(0, Math.min(this.#safeNs, this.#endNs));
    this.#settle?.({ reachedNs, rounds: this.#rounds, stoppedBecause });
  }
}
