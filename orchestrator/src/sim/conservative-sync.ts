// Conservative synchronization of VMs with the network calendar.
//
// Each VM is a logical process that has reached some virtual time T and
// reported whether it is idle and when its own next timer fires. Inputs are
// sent to a VM ahead of time, stamped (the patched QEMU injects each at
// exactly its time), so a VM never has to stop for one. Two rules keep every
// run the same whatever the schedule:
//
// - the network may only process what can no longer change: events up to
//   the safe time, the earliest point any VM has reached (every output
//   stamped before it is known);
// - a VM may only run up to a horizon before which nothing it has not been
//   sent yet can reach it. Each input source bounds that for each VM: the
//   network from the state of the links into it (per-channel lookahead), the
//   relay transport from its scheduled requests and from the VMs whose
//   replies it may react to.
//
// Both rules need "the earliest output VM j may still produce": its reached
// time if it is running, else (idle) its next timer or the next input it
// was sent, whichever comes first. This file is the only place that knows
// both VMs and the calendar's side.

/** What one VM told us at its last sync point. */
export interface VmClock {
  /** Virtual time the VM is stopped at. */
  reachedNs: number;
  /** Every vCPU halted: nothing happens before `nextDeadlineNs` without input. */
  idle: boolean;
  /** The VM's own next timer (absolute), Infinity if none. */
  nextDeadlineNs: number;
}

/** What an input source may ask about the state of the run. */
export interface SyncView {
  /** Every VM output stamped before this is injected, and every calendar event at or before it has run. */
  readonly safeNs: number;
  /** The earliest stamp VM `vm` may still give an output that is not injected yet. */
  nextOutputNs(vm: number): number;
}

/** Anything that sends VMs inputs: the network's links, the relay transport. */
export interface InputSource {
  /** The earliest time something this source has not sent yet could reach VM `vm`. */
  earliestNewInputNs(vm: number, view: SyncView): number;
}

/**
 * Earliest time a VM could emit anything, given what it reported and the
 * earliest input it was sent and has not been given yet. Without `useIdle`
 * (the lockstep reference) an idle VM counts as running.
 */
export function earliestOutputNs(clock: VmClock, nextInputNs: number, useIdle = true): number {
  if (!useIdle || !clock.idle) return clock.reachedNs;
  return Math.max(clock.reachedNs, Math.min(clock.nextDeadlineNs, nextInputNs));
}

/** The safe time: the earliest point any VM has reached. */
export function safeTimeNs(clocks: readonly VmClock[]): number {
  let safe = Infinity;
  for (const c of clocks) safe = Math.min(safe, c.reachedNs);
  return safe;
}

/**
 * How far VM `vm` may run: no input it has not been sent can reach it
 * earlier, and never past the end. Infinity when nothing bounds it.
 */
export function horizonNs(vm: number, sources: readonly InputSource[], view: SyncView, endNs: number): number {
  let horizon = endNs;
  for (const s of sources) horizon = Math.min(horizon, s.earliestNewInputNs(vm, view));
  return horizon;
}
