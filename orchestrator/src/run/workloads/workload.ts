// What a workload is to a run: something that issues relay requests at exact
// simulated times once the experiment starts, and reports what came of them.
// A run builds every kind in the registry (registry.ts) from the scenario,
// starts them in that order when its clock starts, and at the end asks each
// for its part of the outcome and of the run's health. A new workload is one
// file here, one scenario section, and its docs (docs/extending.md).

import type { TcpInfo } from '../../relay/relay-messages.js';
import type { ActionRecord } from '../../results/outcome-records.js';
import type { FlowOutcome } from '../../results/write-results.js';
import type { RequestResponseOutcome } from '../../results/request-response-trace.js';
import type { UdpFlowOutcome } from '../../results/udp-flow-trace.js';
import type { ResolvedScenario } from '../../scenario/types.js';
import type { Calendar } from '../../sim/calendar.js';
import type { HostRelay } from '../host-relay.js';
import type { RunHealth } from '../run-health.js';

/** Why a two-ended workload's sender (or client) starts later than its receiver (or server): its socket must be in place. */
export const SENDER_OFFSET_NS = 10_000_000;

/** Runs a step at an exact time (the relay transport's `at`, which bounds the VMs until then). */
export interface RequestScheduler {
  at(atNs: number, issue: () => void): void;
}

/** Everything a workload may use: one object, so a new need is one new field, not a new parameter everywhere. */
export interface WorkloadContext {
  readonly scenario: ResolvedScenario;
  /** For the current simulated time. */
  readonly calendar: Calendar;
  readonly scheduler: RequestScheduler;
  /** Host `host`'s relay agent: its VM's, acting in its network namespace when it is a virtual host. */
  relayOf(host: number): HostRelay;
  nameOf(host: number): string;
  /** Send the TCP_INFO samples of sampler request `samplerId`, issued through `host`'s relay, to `take`. */
  routeSamples(host: number, samplerId: number, take: (info: TcpInfo) => void): void;
  /** Stop the run, naming why. */
  fail(reason: string): void;
}

/** The outcome's workload parts, filled in by each workload. */
export interface WorkloadReport {
  flows: FlowOutcome[];
  udpFlows?: UdpFlowOutcome[];
  requestResponse?: RequestResponseOutcome[];
  actions: ActionRecord[];
}

/** How far the run got: the experiment's start, where it ended, and whether it reached its end. */
export interface RunSpan {
  epochNs: number;
  endNs: number;
  completed: boolean;
}

export interface Workload {
  /** Schedule its requests; `epochNs` is the experiment's time 0. */
  start(epochNs: number): void;
  /** Its part of the outcome, as it stands (also for a run cut short). */
  report(into: WorkloadReport): void;
  /** At the end of a run that started: what it did not do, as failures (the run failed) and warnings. */
  judge(span: RunSpan): RunHealth;
}

/** One kind of workload: builds its runner from the scenario, or undefined when the scenario has none. */
export type WorkloadKind = (ctx: WorkloadContext) => Workload | undefined;

/**
 * A kind with one runner per scenario item, started in item order, and no
 * health of its own to judge; undefined when the scenario has no items.
 */
export function perItem<T, R extends { start(epochNs: number): void }>(items: readonly T[] | undefined, make: (item: T) => R, report: (runners: readonly R[], into: WorkloadReport) => void): Workload | undefined {
  if (!items?.length) return undefined;
  const runners = items.map(make);
  return {
    start: (epochNs) => runners.forEach((r) => r.start(epochNs)),
    report: (into) => report(runners, into),
    judge: () => ({ failures: [], warnings: [] }),
  };
}
