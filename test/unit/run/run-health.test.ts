import { describe, expect, it } from 'vitest';
import type { ActionRecord } from '../../../orchestrator/src/results/outcome-records.js';
import { assessRunHealth } from '../../../orchestrator/src/run/run-health.js';

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
});
