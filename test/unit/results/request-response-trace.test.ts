import { describe, expect, it } from 'vitest';
import { requestResponseMetrics, requestResponseTraceCsv } from '../../../orchestrator/src/results/request-response-trace.js';

const rec = (index: number, dueNs: number, completionNs: number) => ({ index, dueNs, completedNs: dueNs + completionNs, completionNs, requestBytes: 100, responseBytes: 1000 * (index + 1) });

describe('request/response trace and metrics', () => {
  it('writes one row per completed request in experiment time', () => {
    const o = { id: 'rpc', requests: 3, completed: [rec(0, 1_010_000_000, 21_500_000), rec(1, 1_031_500_000, 40_000_001)], served: undefined };
    expect(requestResponseTraceCsv(o, 1e9)).toBe(
      ['index,due_s,completed_s,completion_s,request_bytes,response_bytes', '0,0.010000000,0.031500000,0.021500000,100,1000', '1,0.031500000,0.071500001,0.040000001,100,2000', ''].join('\n'),
    );
  });

  it('gives nearest-rank percentiles and the mean of the completed requests', () => {
    const completed = [30, 10, 20, 40].map((ms, k) => rec(k, k * 1e8, ms * 1e6));
    expect(requestResponseMetrics({ id: 'w', requests: 5, completed, served: 4 })).toEqual({
      id: 'w',
      requests: 5,
      completed: 4,
      completion_s: { p50: 0.02, p90: 0.04, p99: 0.04, max: 0.04 },
      mean_completion_s: 0.025,
    });
    expect(requestResponseMetrics({ id: 'w', requests: 5, completed: [], served: undefined })).toEqual({ id: 'w', requests: 5, completed: 0, completion_s: null, mean_completion_s: null });
  });
});
