// Figures across a run's flows for summary.json: each flow's RTT
// percentiles (from its TCP_INFO samples) and, for a flow of a fixed size,
// its completion time; percentiles of those completion times; and Jain's
// fairness index of the flows' goodputs, (sum x)^2 / (n sum x^2), 1 when
// all are equal, 1/n when one flow has everything.
//
// A completion time is read off the samples: the first sample whose
// bytes_acked reaches the flow's size, less its start. It is therefore an
// upper bound, late by at most one sample interval (fct_resolution_s).
//
// A flow without a single sample never connected (its sampler starts once
// connect returns): it is counted as such (`never_connected`, and
// `connected: false` on its row), so percentiles over the flows that
// completed never hide the ones that did not start (issue 26, finding 9).

import type { ResolvedScenario } from '../scenario/types.js';
import type { FlowSample } from './flow-trace.js';
import { type Percentiles, percentiles } from './percentiles.js';

export interface FlowMetrics {
  flows: { id: string; bytes: number | null; connected: boolean; fct_s: number | null; fct_resolution_s: number; rtt_us: Percentiles | null }[];
  /** Over the flows of a fixed size that completed. */
  fct_s: Percentiles | null;
  /** Flows of a fixed size that completed, of `sized`. */
  completed: number;
  sized: number;
  /** Flows (of any size) that never connected: no TCP_INFO sample at all. */
  never_connected: number;
  /** Of the flows' goodputs, over all flows; null without flows or traffic. */
  jain_index: number | null;
}

export function jainIndex(xs: readonly number[]): number | null {
  const sum = xs.reduce((a, x) => a + x, 0);
  const squares = xs.reduce((a, x) => a + x * x, 0);
  if (xs.length === 0 || squares === 0) return null;
  return Number(((sum * sum) / (xs.length * squares)).toFixed(6));
}

export function flowMetrics(
  scenario: ResolvedScenario,
  epochNs: number | undefined,
  flows: readonly { id: string; samples: FlowSample[] }[],
  goodputBps: readonly number[],
): FlowMetrics {
  const rows = scenario.flows.map((f) => {
    const samples = flows.find((x) => x.id === f.id)?.samples ?? [];
    const bytes = f.bytes === 'until_end' ? null : f.bytes;
    let fct: number | null = null;
    if (bytes !== null && epochNs !== undefined) {
      const done = samples.find((s) => s.bytesAcked >= bytes);
      if (done) fct = Number(((done.timeNs - epochNs - f.startNs) / 1e9).toFixed(9));
    }
    return { id: f.id, bytes, connected: samples.length > 0, fct_s: fct, fct_resolution_s: f.sampleIntervalNs / 1e9, rtt_us: percentiles(samples.filter((s) => s.rttUs > 0).map((s) => s.rttUs)) };
  });
  const fcts = rows.flatMap((r) => (r.fct_s === null ? [] : [r.fct_s]));
  return {
    flows: rows,
    fct_s: percentiles(fcts),
    completed: fcts.length,
    sized: rows.filter((r) => r.bytes !== null).length,
    never_connected: rows.filter((r) => !r.connected).length,
    jain_index: jainIndex(goodputBps),
  };
}
