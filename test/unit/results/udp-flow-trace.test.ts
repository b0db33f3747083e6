import { describe, expect, it } from 'vitest';
import { udpFlowSummary, udpFlowTraceCsv } from '../../../orchestrator/src/results/udp-flow-trace.js';
import type { ResolvedUdpFlow } from '../../../orchestrator/src/scenario/types.js';

const flow: ResolvedUdpFlow = { id: 'v', from: 0, to: 1, toIp: '10.0.0.2', port: 9000, startNs: 0, durationNs: 2e9, rateBps: 8e6, datagramBytes: 1000, sampleIntervalNs: 1e8 };
const outcome = {
  id: 'v',
  sent: [{ timeNs: 1.11e9, datagrams: 100, bytes: 100_000 }],
  received: [
    { timeNs: 1.1e9, datagrams: 0, bytes: 0 },
    { timeNs: 1.2e9, datagrams: 90, bytes: 90_000 },
  ],
  sentFinal: { timeNs: 3.01e9, datagrams: 2000, bytes: 2_000_000 },
  receivedFinal: { timeNs: 3.5e9, datagrams: 1500, bytes: 1_500_000 },
  sendErrors: 0,
  firstSendError: '',
};

describe('UDP flow trace and summary', () => {
  it('writes one row per receiver report with the rate since the previous one, beside the sender\'s latest report', () => {
    expect(udpFlowTraceCsv(outcome, 1e9)).toBe(
      [
        'time_s,received_datagrams,received_bytes,received_bps,sent_at_s,sent_datagrams,sent_bytes',
        '0.100000000,0,0,0,,0,0',
        '0.200000000,90,90000,7200000,0.110000000,100,100000',
        '2.500000000,1500,1500000,4904348,2.010000000,2000,2000000',
        '',
      ].join('\n'),
    );
  });

  it('counts the lost datagrams and the rates over the flow\'s duration', () => {
    expect(udpFlowSummary(flow, outcome)).toEqual({
      id: 'v',
      sent_datagrams: 2000,
      sent_bytes: 2_000_000,
      send_errors: 0,
      received_datagrams: 1500,
      received_bytes: 1_500_000,
      lost_datagrams: 500,
      loss_ratio: 0.25,
      sent_bps: 8_000_000,
      received_bps: 6_000_000,
      complete: true,
    });
    // Without final reports, the last progress reports count and the summary says so.
    const partial = udpFlowSummary(flow, { ...outcome, sentFinal: undefined, receivedFinal: undefined });
    expect([partial.sent_datagrams, partial.received_datagrams, partial.lost_datagrams, partial.complete]).toEqual([100, 90, 10, false]);
  });
});
