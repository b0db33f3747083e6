// `output: json` actions: stdout parsed into summary.json, a stdout that is
// not JSON named as such, an unfinished action said so, and nothing at all
// added when no action asks.

import { describe, expect, it } from 'vitest';
import { actionOutputs } from '../../../orchestrator/src/results/action-outputs.js';
import type { ActionRecord } from '../../../orchestrator/src/results/outcome-records.js';
import type { ResolvedAction } from '../../../orchestrator/src/scenario/types.js';

const action = (index: number, output?: 'json'): ResolvedAction => ({ index, atNs: 500_000_000, host: 0, op: { kind: 'exec', argv: ['iperf3'] }, ...(output ? { output } : {}) });
const record = (index: number, stdout: string, finished = true): ActionRecord => ({
  index,
  host: 'client',
  atNs: 500_000_000,
  doneNs: finished ? 3e9 : undefined,
  kind: 'exec',
  what: 'iperf3',
  status: finished ? 0 : undefined,
  stdout,
  stderr: '',
  error: undefined,
});

describe('action outputs in summary.json', () => {
  it('adds nothing when no action asks', () => {
    expect(actionOutputs([action(0)], [record(0, '{}')])).toEqual({});
  });

  it('parses the marked actions only', () => {
    const out = actionOutputs([action(0), action(1, 'json'), action(2, 'json'), action(3, 'json')], [record(0, '{"a":1}'), record(1, '{"end":{"sum_received":{"bits_per_second":9.5e6}}}'), record(2, 'iperf3: error'), record(3, '', false)]);
    expect(out.action_outputs).toEqual([
      { index: 1, host: 'client', at_s: 0.5, status: 0, json: { end: { sum_received: { bits_per_second: 9.5e6 } } } },
      { index: 2, host: 'client', at_s: 0.5, status: 0, json: null, json_error: expect.stringMatching(/^stdout is not JSON: /) },
      { index: 3, host: 'client', at_s: 0.5, status: null, json: null, json_error: 'the action had not finished when the run ended' },
    ]);
  });
});
