// A run's summary.json read back by a study: a truncated or foreign file is
// named, and the run counts as not done, instead of stopping the study with
// "Unexpected end of JSON input" (issue 26, finding 11).

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRunMetrics, readRunSummary } from '../../../orchestrator/src/study/run-metrics.js';

const runDir = (summary?: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'cosim-run-metrics-'));
  if (summary !== undefined) writeFileSync(join(dir, 'summary.json'), summary);
  return dir;
};

describe('readRunSummary and readRunMetrics', () => {
  it('reads a run\'s summary', () => {
    const dir = runDir(JSON.stringify({ status: 'completed', reason: null, digest: 'd', flows: [{ id: 'f', goodput_bps: 5, retransmits: 1 }], queues: [{ drops: 2, loss_drops: 1 }] }));
    expect(readRunSummary(dir).problem).toBeUndefined();
    expect(readRunMetrics(dir)).toMatchObject({ status: 'completed', digest: 'd', goodputBps: 5, retransmits: 1, drops: 3 });
  });

  it('says nothing of a run that has no summary', () => {
    expect(readRunSummary(runDir())).toEqual({});
    expect(readRunMetrics(runDir())).toMatchObject({ status: 'missing', reason: 'no summary.json: the run did not finish' });
  });

  it.each([
    ['truncated', '{"status": "completed", "fl', /cannot be read as JSON \(.+\)$/],
    ['not a summary', '[1, 2]', / is not a run's summary \(no status, flows and queues\)$/],
    ['null', 'null', / is not a run's summary/],
  ])('names a summary.json that is %s and counts the run as not done', (_, text, why) => {
    const dir = runDir(text);
    const { problem } = readRunSummary(dir);
    expect(problem).toMatch(why);
    expect(problem?.startsWith(join(dir, 'summary.json'))).toBe(true);
    expect(readRunMetrics(dir)).toMatchObject({ status: 'missing', reason: `${problem}: the run counts as not done` });
  });
});
