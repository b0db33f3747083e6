import { describe, expect, it } from 'vitest';
import { flowTraceCsv, formatSeconds } from '../../../orchestrator/src/results/flow-trace.js';

describe('formatSeconds', () => {
  it.each([
    [0, '0.000000000'],
    [1, '0.000000001'],
    [1_500_000_000, '1.500000000'],
    [-1500, '-0.000001500'],
    [30_000_000_007, '30.000000007'],
  ])('%d ns is %s s', (ns, s) => {
    expect(formatSeconds(ns)).toBe(s);
  });
});

describe('flowTraceCsv', () => {
  it('writes a header and one row per sample relative to the origin, blanking the infinite ssthresh', () => {
    const csv = flowTraceCsv(
      [
        { timeNs: 2_010_000_000, cwndSegments: 10, ssthreshSegments: 0x7fffffff, rttUs: 40_321, rttvarUs: 20_000, bytesAcked: 1, totalRetrans: 0, deliveryRateBps: 0 },
        { timeNs: 2_020_000_000, cwndSegments: 12, ssthreshSegments: 8, rttUs: 41_000, rttvarUs: 1_200, bytesAcked: 14_481, totalRetrans: 1, deliveryRateBps: 9_800_000 },
      ],
      2_000_000_000,
    );
    expect(csv).toBe(
      'time_s,cwnd_segments,ssthresh_segments,rtt_us,rttvar_us,bytes_acked,total_retrans,delivery_rate_bps\n' +
        '0.010000000,10,,40321,20000,1,0,0\n' +
        '0.020000000,12,8,41000,1200,14481,1,9800000\n',
    );
  });
});
