// Shared by the bottleneck tests: a scenario's text run through `cosim
// run` (helpers/cosim-cli.ts), and the queue trace read back as rows.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cosim } from '../helpers/cosim-cli.js';

/** Runs `text` as a scenario into `dir/<name>`; rejects with stderr when the run fails. */
export async function runScenarioText(dir: string, name: string, text: string): Promise<string> {
  const file = join(dir, `${name}.yaml`);
  const out = join(dir, name);
  writeFileSync(file, text);
  const { code, stderr } = await cosim(['run', file, '--out', out]);
  if (code !== 0) throw new Error(`cosim run ${name} exited ${code}: ${stderr.slice(-2000)}`);
  return out;
}

export interface QueueRow {
  timeS: number;
  queue: string;
  event: string;
  frameBytes: number;
  ecn: number | undefined;
  depthPackets: number;
  depthBytes: number;
  sojournS: number | undefined;
  reason: string;
}

export function readQueueTrace(out: string, link: string): { header: string; rows: QueueRow[] } {
  const [header, ...lines] = readFileSync(join(out, 'traces', `queue-${link}.csv`), 'utf8').trimEnd().split('\n');
  const rows = lines.map((l) => {
    const [t, queue, event, fb, ecn, dp, db, soj, reason] = l.split(',');
    return { timeS: Number(t), queue: queue!, event: event!, frameBytes: Number(fb), ecn: ecn === '' ? undefined : Number(ecn), depthPackets: Number(dp), depthBytes: Number(db), sojournS: soj === '' ? undefined : Number(soj), reason: reason ?? '' };
  });
  return { header: header!, rows };
}

export function experimentStartS(out: string): number {
  return (JSON.parse(readFileSync(join(out, 'outcome.json'), 'utf8')) as { experiment_start_ns: number }).experiment_start_ns / 1e9;
}

/** Sojourn times (ms) of frames leaving `queue` from `fromS` on. */
export function sojournsMs(rows: QueueRow[], queue: string, fromS: number): number[] {
  return rows.filter((r) => r.queue === queue && r.event === 'dequeue' && r.timeS >= fromS).map((r) => r.sojournS! * 1e3);
}

export const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
