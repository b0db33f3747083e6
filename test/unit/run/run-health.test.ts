import { describe, expect, it } from 'vitest';
import type { ActionRecord } from '../../../orchestrator/src/results/outcome-records.js';
import { actionWarnings, assessRunHealth, missedSamples } from '../../../orchestrator/src/run/run-health.js';

const S = 1_000_000_000;
const action = (doneNs: number | undefined): ActionRecord => ({
  index: 0,
  host: 'sender',
  atNs: S / 2,
  doneNs,
  kind: 'exec',
  what: 'pkill cosim-relay',
  status: undefined,
  stdout: '',
  stderr: '',
  error: undefined,
});

describe('assessRunHealth', () => {
  const flow = (lastSampleNs: number | undefined) => ({ id: 'reno', sender: 'sender', sampleIntervalNs: 10_000_000, lastSampleNs });

  it('finds a healthy run healthy', () => {
    expect(assessRunHealth({ endNs: 7 * S, epochNs: 2 * S, flows: [flow(7 * S - 5_000_000)], actions: [action(S)] })).toEqual({ failures: [], warnings: [] });
  });

  it('fails a run whose sender agent went silent, and names unfinished actions', () => {
    const h = assessRunHealth({ endNs: 7 * S, epochNs: 2 * S, flows: [flow(2.5 * S)], actions: [action(undefined)] });
    expect(h.failures).toEqual([
      "the relay agent on sender went silent: flow reno's TCP_INFO samples stopped at 0.500000000 s of the experiment (one every 0.010000000 s was due until 5.000000000 s)",
    ]);
    expect(h.warnings).toEqual(['action 0 (exec "pkill cosim-relay" on sender at 0.500000000 s) had not finished when the run ended']);
  });

  it('warns of a flow that never connected', () => {
    expect(assessRunHealth({ endNs: 7 * S, epochNs: 2 * S, flows: [flow(undefined)], actions: [] }).warnings).toEqual(['flow reno sent no TCP_INFO sample: it never connected']);
  });

  it('names many flows that never connected in one warning, with their count', () => {
    const flows = Array.from({ length: 8 }, (_, i) => ({ ...flow(i < 7 ? undefined : 7 * S - 5_000_000), id: `s-${i}` }));
    expect(assessRunHealth({ endNs: 7 * S, epochNs: 2 * S, flows, actions: [] }).warnings).toEqual([
      '7 of 8 flows sent no TCP_INFO sample: they never connected (s-0, s-1, s-2, s-3, s-4, … (2 more)); flow_metrics counts them as never_connected, outside fct_s',
    ]);
  });

  it('warns of samplers that missed ticks, naming five flows and counting the rest', () => {
    const flows = Array.from({ length: 7 }, (_, i) => ({ ...flow(7 * S), id: `f${i}`, missedTicks: i }));
    expect(missedSamples(flows)).toEqual([
      ...[1, 2, 3, 4, 5].map((i) => `flow f${i}'s TCP_INFO sampler on sender missed ${i} of its ticks (one every 0.010000000 s): its relay agent was busy, so the trace has gaps`),
      "and 1 more flows' TCP_INFO samplers missed ticks",
    ]);
    expect(assessRunHealth({ endNs: 7 * S, epochNs: 2 * S, flows: [{ ...flow(7 * S), missedTicks: 0 }], actions: [] }).warnings).toEqual([]);
  });
});

describe('actionWarnings', () => {
  it('names actions that failed, were cut at 64 KiB or killed at their timeout, quoting at most 100 characters', () => {
    const done = action(S);
    expect(actionWarnings([done])).toEqual([]);
    expect(
      actionWarnings([
        { ...done, error: 'EAGAIN: already 16 programs running' },
        { ...done, index: 1, truncated: true, timedOut: true, what: 'x'.repeat(150) },
      ]),
    ).toEqual([
      'action 0 (exec "pkill cosim-relay" on sender at 0.500000000 s) failed: EAGAIN: already 16 programs running',
      `action 1 (exec "${'x'.repeat(100)}..." on sender at 0.500000000 s) was killed at its timeout`,
      `action 1 (exec "${'x'.repeat(100)}..." on sender at 0.500000000 s) wrote more than 64 KiB to stdout or stderr: actions.json keeps the first 64 KiB of each`,
    ]);
  });
});
