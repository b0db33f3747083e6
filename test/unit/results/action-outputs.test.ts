// `output: json` actions: stdout parsed into summary.json, a stdout that is
// not JSON named as such, an unfinished action said so, and nothing at all
// added when no action asks.

import { describe, expect, it } from 'vitest';
import { actionOutputs, MAX_JSON_BYTES, MAX_JSON_DEPTH } from '../../../orchestrator/src/results/action-outputs.js';
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
    expect(actionOutputs([action(0)], [record(0, '{}')])).toEqual({ fields: {}, warnings: [] });
  });

  it('parses the marked actions only', () => {
    const out = actionOutputs([action(0), action(1, 'json'), action(2, 'json'), action(3, 'json')], [record(0, '{"a":1}'), record(1, '{"end":{"sum_received":{"bits_per_second":9.5e6}}}'), record(2, 'iperf3: error'), record(3, '', false)]);
    expect(out.warnings).toEqual([]);
    expect(out.fields.action_outputs).toEqual([
      { index: 1, host: 'client', at_s: 0.5, status: 0, json: { end: { sum_received: { bits_per_second: 9.5e6 } } } },
      { index: 2, host: 'client', at_s: 0.5, status: 0, json: null, json_error: expect.stringMatching(/^stdout is not JSON: /) },
      { index: 3, host: 'client', at_s: 0.5, status: null, json: null, json_error: 'the action had not finished when the run ended' },
    ]);
  });

  it('keeps a document nested too deep, or too long, as text with a warning, without parsing it', () => {
    const deep = '['.repeat(32_000) + ']'.repeat(32_000);
    const ok = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
    const quoted = JSON.stringify({ s: '['.repeat(1000) });
    const long = `"${'x'.repeat(MAX_JSON_BYTES)}"`;
    const out = actionOutputs([action(1, 'json'), action(2, 'json'), action(3, 'json'), action(4, 'json')], [record(1, deep), record(2, ok), record(3, quoted), record(4, long)]);
    expect(out.fields.action_outputs?.map((o) => o.json_error ?? 'parsed')).toEqual([
      `stdout was not parsed: nested deeper than ${MAX_JSON_DEPTH} levels; the text is in actions.json`,
      'parsed',
      'parsed',
      `stdout was not parsed: of ${MAX_JSON_BYTES + 2} characters, over the 4 MiB limit; the text is in actions.json`,
    ]);
    expect(out.warnings).toEqual([
      `action 1 (on client) printed JSON nested deeper than ${MAX_JSON_DEPTH} levels: it is kept as text in actions.json only`,
      `action 4 (on client) printed JSON of ${MAX_JSON_BYTES + 2} characters, over the 4 MiB limit: it is kept as text in actions.json only`,
    ]);
  });
});
