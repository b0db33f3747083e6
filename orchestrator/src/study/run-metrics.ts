// What a study keeps of each run, read back from its results folder (so runs
// done earlier, or on a cluster's nodes, count exactly like runs done now):
// status, digest, goodput, retransmits, drops and RTT percentiles, plus the
// first flow's cwnd over time for the overlay plots.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RttPercentiles, rttPercentiles } from '../results/percentiles.js';
import { outputFile } from '../scenario/output-files.js';

/** RTT percentiles are of every TCP_INFO RTT sample of every flow, in microseconds. */
export interface RunMetrics extends RttPercentiles {
  status: 'completed' | 'stopped' | 'failed' | 'missing';
  reason: string;
  digest: string;
  /** Sum over the run's flows. */
  goodputBps: number;
  retransmits: number;
  /** Queue drops plus random-loss drops, over every queue. */
  drops: number;
  /** The first flow's cwnd samples: [seconds since the experiment's start, segments]. */
  cwnd: [number, number][];
}

interface SummaryJson {
  status: RunMetrics['status'];
  reason: string | null;
  digest: string;
  flows: { id: string; goodput_bps: number; retransmits: number }[];
  queues: { drops: number; loss_drops: number }[];
}

/**
 * The summary.json of the run in `dir`: `summary` when it reads as one, else
 * `problem`, a sentence naming the file (undefined when there is none). A
 * truncated or edited file is the user's disk's, not a bug: a study reruns
 * that run instead of failing on it (issue 26, finding 11).
 */
export function readRunSummary(dir: string): { summary?: SummaryJson & Record<string, unknown>; problem?: string } {
  const path = join(dir, 'summary.json');
  if (!existsSync(path)) return {};
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    return { problem: `${path} cannot be read as JSON (${(err as Error).message})` };
  }
  const s = value as Partial<SummaryJson> | null;
  const known = ['completed', 'stopped', 'failed', 'missing'];
  if (typeof s !== 'object' || s === null || !known.includes(s.status as string) || !Array.isArray(s.flows) || !Array.isArray(s.queues)) {
    return { problem: `${path} is not a run's summary (no status, flows and queues)` };
  }
  return { summary: s as SummaryJson & Record<string, unknown> };
}

export function readRunMetrics(dir: string): RunMetrics {
  const { summary: s, problem } = readRunSummary(dir);
  if (problem !== undefined) return { ...EMPTY, status: 'missing', reason: `${problem}: the run counts as not done` };
  if (s === undefined) return { ...EMPTY, status: 'missing', reason: 'no summary.json: the run did not finish' };
  const rtts: number[] = [];
  let cwnd: [number, number][] = [];
  s.flows.forEach((f, i) => {
    const trace = join(dir, outputFile.flowTrace(f.id));
    if (!existsSync(trace)) return;
    const rows = readFileSync(trace, 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    for (const r of rows) rtts.push(Number(r[3]));
    if (i === 0) cwnd = rows.map((r) => [Number(r[0]), Number(r[1])]);
  });
  rtts.sort((a, b) => a - b);
  return {
    status: s.status,
    reason: s.reason ?? '',
    digest: s.digest,
    goodputBps: s.flows.reduce((sum, f) => sum + f.goodput_bps, 0),
    retransmits: s.flows.reduce((sum, f) => sum + f.retransmits, 0),
    drops: s.queues.reduce((sum, q) => sum + q.drops + q.loss_drops, 0),
    ...rttPercentiles(rtts),
    cwnd,
  };
}

const EMPTY: RunMetrics = { status: 'missing', reason: '', digest: '', goodputBps: 0, retransmits: 0, drops: 0, rttP50Us: 0, rttP95Us: 0, rttP99Us: 0, cwnd: [] };
