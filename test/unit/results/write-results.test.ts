// The results folder's writer: the files a run always has, the optional
// ones (actions, link throughput), and a full disk named by the first file
// that could not be written, with what was written before kept.

import { existsSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputError } from '../../../orchestrator/src/errors.js';
import { type RunOutcome, linkThroughputCsv, writeResults } from '../../../orchestrator/src/results/write-results.js';
import { loadScenarioText } from '../../../orchestrator/src/scenario/load-scenario.js';
import { kernels } from '../helpers/kernels.js';

const SCENARIO = `name: t
duration: 1s
hosts:
  - {name: a, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: b, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - {name: l, between: [a, b], rate: 10Mbit, throughput: 500ms}
`;

function outcome(): RunOutcome {
  return {
    scenario: loadScenarioText(SCENARIO, 't.yaml', kernels('6.1')),
    status: 'completed',
    reason: undefined,
    simulatedNs: 3_000_000_000,
    epochNs: 2_000_000_000,
    wallSeconds: 4,
    rounds: 10,
    kernelReleases: ['6.1.0-50-cloud-amd64', '6.1.0-50-cloud-amd64'],
    flows: [],
    queues: [],
    actions: [
      { index: 0, host: 'a', atNs: 500_000_000, doneNs: 501_000_000, kind: 'exec', what: '/bin/sh -c true', status: 0, stdout: 'hi\n', stderr: '', error: undefined },
    ],
    throughput: [
      {
        link: 'l',
        binNs: 500_000_000,
        directions: [
          { id: 'l:a->b', samples: [{ startNs: 0, bytes: 625_000, bps: 10_000_000 }, { startNs: 500_000_000, bytes: 0, bps: 0 }] },
          { id: 'l:b->a', samples: [{ startNs: 0, bytes: 6_250, bps: 100_000 }] },
        ],
      },
    ],
  };
}

describe('writeResults', () => {
  it('survives a guest\'s JSON nested 32,000 deep: summary.json and the digest are written, with a warning (issue 26, finding 10)', () => {
    const out = mkdtempSync(join(tmpdir(), 'cosim-results-'));
    const r = outcome();
    const deep = '['.repeat(32_000) + ']'.repeat(32_000);
    r.scenario = { ...r.scenario, actions: [{ index: 0, atNs: 500_000_000, host: 0, op: { kind: 'exec', argv: ['/bin/sh'] }, output: 'json' }] };
    r.actions = [{ ...r.actions[0]!, stdout: deep }];
    const { digest } = writeResults(out, r);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { digest: string; warnings: string[]; action_outputs: { json: unknown; json_error: string }[] };
    expect(summary.digest).toBe(digest);
    expect(summary.action_outputs[0]).toMatchObject({ json: null, json_error: expect.stringContaining('nested deeper than 64 levels') });
    expect(summary.warnings).toEqual(['action 0 (on a) printed JSON nested deeper than 64 levels: it is kept as text in actions.json only']);
    expect(readFileSync(join(out, 'summary.txt'), 'utf8')).toContain('warning: action 0 (on a) printed JSON nested deeper than 64 levels');
    expect((JSON.parse(readFileSync(join(out, 'actions.json'), 'utf8')) as { stdout: string }[])[0]!.stdout).toBe(deep);
  });

  it('writes actions.json and one throughput CSV per link, ready for pandas', () => {
    const out = mkdtempSync(join(tmpdir(), 'cosim-results-'));
    writeResults(out, outcome());
    expect(readFileSync(join(out, 'traces', 'link-l.csv'), 'utf8')).toBe(
      'time_s,l:a->b_bps,l:b->a_bps\n0.000000000,10000000,100000\n0.500000000,0,0\n',
    );
    const actions = JSON.parse(readFileSync(join(out, 'actions.json'), 'utf8')) as { stdout: string; at_ns: number }[];
    expect(actions[0]).toMatchObject({ at_ns: 500_000_000, stdout: 'hi\n', status: 0 });
  });

  it('names the first file a full disk refused, keeping the ones before it', () => {
    const out = mkdtempSync(join(tmpdir(), 'cosim-results-'));
    symlinkSync('/dev/full', join(out, 'outcome.json'));
    let err: unknown;
    try {
      writeResults(out, outcome());
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(OutputError);
    expect((err as OutputError).message).toBe(`cannot write ${join(out, 'outcome.json')}: the disk is full (ENOSPC)`);
    expect(existsSync(join(out, 'resolved-scenario.json'))).toBe(true);
    expect(existsSync(join(out, 'summary.json'))).toBe(false);
  });

  it('fills missing bins with zero when directions have different lengths', () => {
    const t = outcome().throughput[0]!;
    expect(linkThroughputCsv(t).split('\n')[2]).toBe('0.500000000,0,0');
  });
});
