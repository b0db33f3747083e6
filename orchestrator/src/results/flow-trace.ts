// Per-flow traces over simulated time, as CSV that pandas and spreadsheets
// read without options: a header row, one sample per line, plain numbers.

/** One TCP_INFO sample of a flow's sender, stamped with simulated time. */
export interface FlowSample {
  timeNs: number;
  cwndSegments: number;
  ssthreshSegments: number;
  rttUs: number;
  rttvarUs: number;
  bytesAcked: number;
  totalRetrans: number;
  deliveryRateBps: number;
}

const COLUMNS = [
  'time_s',
  'cwnd_segments',
  'ssthresh_segments',
  'rtt_us',
  'rttvar_us',
  'bytes_acked',
  'total_retrans',
  'delivery_rate_bps',
] as const;

/** Kernels report "no ssthresh yet" as a huge sentinel; a blank cell plots better than 2^31. */
const SSTHRESH_INFINITE = 0x7fffffff;

/** `time_s` counts from `originNs` (the start of the experiment), with full nanosecond precision. */
export function flowTraceCsv(samples: readonly FlowSample[], originNs: number): string {
  const lines = [COLUMNS.join(',')];
  for (const s of samples) {
    lines.push(
      [
        formatSeconds(s.timeNs - originNs),
        s.cwndSegments,
        s.ssthreshSegments >= SSTHRESH_INFINITE ? '' : s.ssthreshSegments,
        s.rttUs,
        s.rttvarUs,
        s.bytesAcked,
        s.totalRetrans,
        s.deliveryRateBps,
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Exact decimal seconds from integer nanoseconds (no float rounding): -1500 -> "-0.000001500". */
export function formatSeconds(ns: number): string {
  const sign = ns < 0 ? '-' : '';
  const abs = Math.abs(ns);
  const whole = Math.floor(abs / 1e9);
  const frac = String(abs % 1e9).padStart(9, '0');
  return `${sign}${whole}.${frac}`;
}
