// Conservative synchronization of VMs with the network calendar.
//
// Each VM is a logical process that has reached some virtual time T and
// reported whether it is idle and when its own next timer fires. The network
// may only process what can no longer change, and a VM may only run up to a
// horizon H before which nothing can reach it. Two facts bound H:
//
// - a frame a VM emits at t reaches any other VM no earlier than t + L, where
//   L is the smallest latency on any path (the lookahead);
// - a VM that is idle until D emits nothing before D unless it gets input.
//
// So H = min(next network event, earliest not-yet-injected output + L,
// earliest possible future output + L), capped at the end of the run. The
// calendar never learns about VMs; this file is the only place that knows both.

/** What one VM told us at its last sync point. */
export interface VmClock {
  /** Virtual time the VM is stopped at. */
  reachedNs: number;
  /** Every vCPU halted: nothing happens before `nextDeadlineNs` without input. */
  idle: boolean;
  /** The VM's own next timer (absolute), Infinity if none. */
  nextDeadlineNs: number;
}

export interface HorizonInputs {
  vms: readonly VmClock[];
  /** The calendar's next event time (Infinity when empty). */
  nextEventNs: number;
  /** The earliest VM output received but not yet injected into the network (Infinity if none). */
  nextPendingOutputNs: number;
  /** Smallest latency from any VM output to any VM input. */
  lookaheadNs: number;
  /** End of the simulation. */
  endNs: number;
}

/** Earliest time this VM could emit anything, given what it reported. */
export function earliestOutputNs(vm: VmClock): number {
  return vm.idle ? Math.max(vm.reachedNs, vm.nextDeadlineNs) : vm.reachedNs;
}

/**
 * Every VM output earlier than this is known: a VM stopped at T has sent all
 * its outputs stamped before T. The network may process everything before it.
 */
export function safeTimeNs(vms: readonly VmClock[]): number {
  let safe = Infinity;
  for (const vm of vms) safe = Math.min(safe, vm.reachedNs);
  return safe;
}

/** The common horizon every VM may run to in parallel. Always past the safe time. */
export function parallelHorizonNs(inputs: HorizonInputs): number {
  const { vms, nextEventNs, nextPendingOutputNs, lookaheadNs, endNs } = inputs;
  if (!(lookaheadNs > 0) || !Number.isSafeInteger(lookaheadNs)) {
    throw new RangeError(`lookahead must be a positive integer of nanoseconds, got ${lookaheadNs}`);
  }
  let horizon = Math.min(endNs, nextEventNs, nextPendingOutputNs + lookaheadNs);
  for (const vm of vms) horizon = Math.min(horizon, earliestOutputNs(vm) + lookaheadNs);
  return clampPastSafe(horizon, vms);
}

/**
 * The reference schedule: no idle skipping, a fixed quantum, one VM after the
 * other. It must give the same results as the parallel one; only speed differs.
 */
export function lockstepHorizonNs(inputs: HorizonInputs, quantumNs: number): number {
  const safe = safeTimeNs(inputs.vms);
  const horizon = Math.min(
    inputs.endNs,
    inputs.nextEventNs,
    inputs.nextPendingOutputNs + inputs.lookaheadNs,
    safe + Math.min(quantumNs, inputs.lookaheadNs),
  );
  return clampPastSafe(horizon, inputs.vms);
}

function clampPastSafe(horizon: number, vms: readonly VmClock[]): number {
  const safe = safeTimeNs(vms);
  if (!(horizon > safe)) {
    throw new RangeError(`horizon ${horizon} ns is not past the safe time ${safe} ns: an event or output is in the past`);
  }
  return horizon;
}
