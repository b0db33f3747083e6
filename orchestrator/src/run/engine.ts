// The co-simulation loop: VMs and the network calendar advance in rounds.
//
// Each round: every VM is stopped at a sync point. Their outputs are injected
// into the network in canonical order (time, VM index, per-VM sequence) --
// never in the order they happened to arrive -- and the calendar runs up to
// the safe time. Inputs the network produced for a VM at exactly its stopped
// time are delivered, and every VM is granted the next horizon. The schedule
// (parallel with lookahead and idle skipping, or the lockstep reference)
// changes only how fast this goes, never what happens: see
// docs/testing-determinism.md.

import {
  lockstepHorizonNs,
  parallelHorizonNs,
  safeTimeNs,
  type VmClock,
} from '../sim/conservative-sync.js';
import { GuestError } from '../errors.js';
import type { VmEndpoint, VmOutput, VmSyncPoint } from './vm-endpoint.js';

/** The part of the calendar the engine drives. */
export interface EngineCalendar {
  readonly now: number;
  peek(): number;
  runUntil(ns: number): void;
}

export type SyncSchedule = { kind: 'parallel' } | { kind: 'lockstep'; quantumNs: number };

export interface EngineOptions {
  vms: readonly VmEndpoint[];
  calendar: EngineCalendar;
  /** Smallest delay between a VM output and any input it can cause. */
  lookaheadNs: number;
  endNs: number;
  schedule: SyncSchedule;
  /** Hand one output to the network or the relay client, at `calendar.now === output.timeNs`. */
  inject(vmIndex: number, output: VmOutput): void;
  /** Called once per round with the safe time reached. */
  onRound?(safeNs: number, round: number): void;
  /** Checked once per round; a reason stops the run there. */
  stopRequested?(): string | undefined;
  /** Wall-clock limit for a VM to reach its next sync point (default 120 s). */
  syncTimeoutMs?: number;
}

export interface EngineResult {
  reachedNs: number;
  rounds: number;
  stoppedBecause: string | undefined;
}

interface Pending {
  vm: number;
  output: VmOutput;
}

function canonicalOrder(a: Pending, b: Pending): number {
  return a.output.timeNs - b.output.timeNs || a.vm - b.vm || a.output.seq - b.output.seq;
}

/**
 * Deliveries from the network to VMs go through here, so the engine can check
 * the one thing that would silently break determinism: an input for a time
 * the VM has already passed.
 */
export class Engine {
  readonly #opts: EngineOptions;
  #endNs: number;
  readonly #clocks: VmClock[] = [];
  readonly #gotInput: boolean[] = [];
  #pending: Pending[] = [];

  constructor(opts: EngineOptions) {
    this.#opts = opts;
    this.#endNs = opts.endNs;
  }

  /** Move the end of the run (e.g. once the guests are up and the experiment's clock starts). */
  setEndNs(endNs: number): void {
    if (!(endNs >= this.#opts.calendar.now)) throw new RangeError(`end ${endNs} ns is before now (${this.#opts.calendar.now} ns)`);
    this.#endNs = endNs;
  }

  deliverFrame(vmIndex: number, port: number, bytes: Uint8Array): void {
    this.#checkDeliveryTime(vmIndex);
    this.#opts.vms[vmIndex]!.deliverFrame(port, bytes);
  }

  deliverSerial(vmIndex: number, port: number, bytes: Uint8Array): void {
    this.#checkDeliveryTime(vmIndex);
    this.#opts.vms[vmIndex]!.deliverSerial(port, bytes);
  }

  async run(): Promise<EngineResult> {
    const { vms, calendar, schedule } = this.#opts;
    let round = 0;
    await this.#collect(vms.map((_, i) => i));
    for (;;) {
      const safeNs = safeTimeNs(this.#clocks);
      this.#injectBefore(safeNs);
      // Relay replies resolve promises; let their continuations schedule
      // follow-up actions before the calendar moves on.
      await drainMicrotasks();
      this.#runCalendarTo(safeNs);
      // The end may have moved during this round (the last guest said hello).
      const reachedNs = Math.min(safeNs, this.#endNs);
      this.#opts.onRound?.(reachedNs, round);
      if (safeNs >= this.#endNs) return { reachedNs, rounds: round, stoppedBecause: undefined };
      const stop = this.#opts.stopRequested?.();
      if (stop !== undefined) return { reachedNs: safeNs, rounds: round, stoppedBecause: stop };

      const horizonInputs = {
        vms: this.#clocks.map((c, i) => (this.#gotInput[i] ? { ...c, idle: false } : c)),
        nextEventNs: calendar.peek(),
        nextPendingOutputNs: this.#pending[0]?.output.timeNs ?? Infinity,
        lookaheadNs: this.#opts.lookaheadNs,
        endNs: this.#endNs,
      };
      this.#gotInput.fill(false);
      if (schedule.kind === 'parallel') {
        const horizonNs = parallelHorizonNs(horizonInputs);
        for (const vm of vms) vm.grant(horizonNs);
        await this.#collect(vms.map((_, i) => i));
      } else {
        const horizonNs = lockstepHorizonNs(horizonInputs, schedule.quantumNs);
        for (let i = 0; i < vms.length; i++) {
          vms[i]!.grant(horizonNs);
          await this.#collect([i]);
        }
      }
      round++;
    }
  }

  async #collect(indices: number[]): Promise<void> {
    const limitMs = this.#opts.syncTimeoutMs ?? 120_000;
    let timer: NodeJS.Timeout | undefined;
    const answered = new Set<number>();
    const watchdog = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const late = indices
          .filter((i) => !answered.has(i))
          .map((i) => this.#opts.vms[i]!.name)
          .join(', ');
        reject(new GuestError(late, 'sync', `stopped answering: no sync point within ${limitMs / 1000} s of wall time`));
      }, limitMs);
    });
    let points: VmSyncPoint[];
    try {
      const waits = indices.map((i) =>
        this.#opts.vms[i]!.nextSync().then((point) => {
          answered.add(i);
          return point;
        }),
      );
      points = await Promise.race([Promise.all(waits), watchdog]);
    } finally {
      clearTimeout(timer);
    }
    points.forEach((point, k) => {
      const vm = indices[k]!;
      this.#clocks[vm] = point.clock;
      this.#gotInput[vm] = false;
      for (const output of point.outputs) this.#pending.push({ vm, output });
    });
    this.#pending.sort(canonicalOrder);
  }

  /**
   * Inject every output stamped before `safeNs` and before the end (read
   * live: an injection may move it); later ones may still gain
   * earlier-sorting peers, or fall after the run.
   */
  #injectBefore(safeNs: number): void {
    const { calendar } = this.#opts;
    let k = 0;
    for (; k < this.#pending.length; k++) {
      const { vm, output } = this.#pending[k]!;
      if (output.timeNs >= safeNs || output.timeNs >= this.#endNs) break;
      if (output.timeNs < calendar.now) {
        throw new Error(`internal: output of VM ${vm} at ${output.timeNs} ns is before network time ${calendar.now} ns`);
      }
      calendar.runUntil(output.timeNs);
      this.#opts.inject(vm, output);
    }
    this.#pending = this.#pending.slice(k);
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

  #checkDeliveryTime(vmIndex: number): void {
    const clock = this.#clocks[vmIndex];
    const now = this.#opts.calendar.now;
    if (clock === undefined || clock.reachedNs !== now) {
      throw new Error(
        `internal: input for VM ${this.#opts.vms[vmIndex]?.name ?? vmIndex} at ${now} ns, but it is stopped at ${clock?.reachedNs} ns`,
      );
    }
    this.#gotInput[vmIndex] = true;
  }
}

function drainMicrotasks(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
