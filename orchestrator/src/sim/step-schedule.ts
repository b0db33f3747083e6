// Where a list of timed steps stands at a moment: the time arithmetic of a
// link direction's schedule (net/link-schedule.ts), shared with the results
// writer, which reads the resolved steps back to show the scheduled rate
// beside the measured one. A schedule counts from an origin (the
// experiment's time 0); its steps, sorted and at distinct times, apply once,
// or with a period they apply again at every multiple of it (each step's
// time is then within the period).

/** Anything that happens at a time after the schedule's origin. */
export interface TimedStep {
  atNs: number;
}

/** Which step is in force: the last at or before the time, in which period (-1: before the first step of all). */
export interface StepPosition {
  period: number;
  index: number;
}

/** Index of the last step at or before `offsetNs`, -1 if none (binary search: steps are sorted). */
function lastAtOrBefore(steps: readonly TimedStep[], offsetNs: number): number {
  let lo = 0;
  let hi = steps.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (steps[mid]!.atNs <= offsetNs) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The step in force `relNs` after the origin. In a period after the first,
 * before its first step, the last step of the period before is in force.
 */
export function stepAt(steps: readonly TimedStep[], periodNs: number | undefined, relNs: number): StepPosition {
  if (relNs < 0 || steps.length === 0) return { period: 0, index: -1 };
  if (periodNs === undefined) return { period: 0, index: lastAtOrBefore(steps, relNs) };
  const period = Math.floor(relNs / periodNs);
  const index = lastAtOrBefore(steps, relNs - period * periodNs);
  return index >= 0 || period === 0 ? { period, index } : { period: period - 1, index: steps.length - 1 };
}

/** The time after the origin of the first step strictly after `relNs`; Infinity when none comes. */
export function nextStepNs(steps: readonly TimedStep[], periodNs: number | undefined, relNs: number): number {
  if (steps.length === 0) return Infinity;
  if (relNs < 0) return steps[0]!.atNs;
  if (periodNs === undefined) return steps[lastAtOrBefore(steps, relNs) + 1]?.atNs ?? Infinity;
  const period = Math.floor(relNs / periodNs);
  const next = steps[lastAtOrBefore(steps, relNs - period * periodNs) + 1];
  return next ? period * periodNs + next.atNs : (period + 1) * periodNs + steps[0]!.atNs;
}

/**
 * The mean over [fromNs, toNs) after the origin of a value that changes at
 * each step: `valueAt(position)` gives it for a step position (index -1 for
 * before any step).
 */
export function meanOver(steps: readonly TimedStep[], periodNs: number | undefined, fromNs: number, toNs: number, valueAt: (p: StepPosition) => number): number {
  if (toNs <= fromNs) return valueAt(stepAt(steps, periodNs, fromNs));
  let sum = 0;
  for (let t = fromNs; t < toNs; ) {
    const end = Math.min(toNs, nextStepNs(steps, periodNs, t));
    sum += valueAt(stepAt(steps, periodNs, t)) * (end - t);
    t = end;
  }
  return sum / (toNs - fromNs);
}
