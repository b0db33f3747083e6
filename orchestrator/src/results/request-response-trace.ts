// A request/response workload's trace (traces/<id>.csv, one row per
// completed request) and its figures for summary.json's flow_metrics:
// requests asked and completed, completion-time percentiles and mean.
//
// A completion time is measured on the client's clock, from when the
// request was due to when its response's last byte arrived; the due and
// completed columns are those moments in experiment time (converted
// through the time each report reached the orchestrator, so within a few
// microseconds).

import { formatSeconds } from './flow-trace.js';
import { type Percentiles, percentiles } from './percentiles.js';

export interface RequestRecord {
  index: number;
  dueNs: number;
  completedNs: number;
  completionNs: number;
  requestBytes: number;
  responseBytes: number;
}

export interface RequestResponseOutcome {
  id: string;
  requests: number;
  completed: RequestRecord[];
  /** Requests the server answered, when it saw the end (absent if the run ended first). */
  served: number | undefined;
}

export interface RequestResponseMetrics {
  id: string;
  requests: number;
  completed: number;
  completion_s: Percentiles | null;
  mean_completion_s: number | null;
}

const COLUMNS = ['index', 'due_s', 'completed_s', 'completion_s', 'request_bytes', 'response_bytes'] as const;

export function requestResponseTraceCsv(o: RequestResponseOutcome, originNs: number): string {
  const lines: string[] = [COLUMNS.join(',')];
  for (const r of o.completed) {
    lines.push([r.index, formatSeconds(r.dueNs - originNs), formatSeconds(r.completedNs - originNs), formatSeconds(r.completionNs), r.requestBytes, r.responseBytes].join(','));
  }
  return `${lines.join('\n')}\n`;
}

export function requestResponseMetrics(o: RequestResponseOutcome): RequestResponseMetrics {
  const seconds = o.completed.map((r) => Number((r.completionNs / 1e9).toFixed(9)));
  return {
    id: o.id,
    requests: o.requests,
    completed: o.completed.length,
    completion_s: percentiles(seconds),
    mean_completion_s: seconds.length === 0 ? null : Number((seconds.reduce((a, b) => a + b, 0) / seconds.length).toFixed(9)),
  };
}
