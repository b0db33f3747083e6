// A UDP flow's trace (traces/<id>.csv) and summary: the receiver's counts
// at each of its reports, and the rate received in each report's interval,
// beside the sender's counts at its latest report (the two ends report on
// their own clocks, so that report is up to one sample interval older:
// sent_at_s says when it was); sent, received and lost datagrams.

import type { ResolvedUdpFlow } from '../scenario/types.js';
import { formatSeconds } from './flow-trace.js';

/** Cumulative counts reported by one end, stamped with the simulated time the report arrived. */
export interface UdpSample {
  timeNs: number;
  datagrams: number;
  bytes: number;
}

export interface UdpFlowOutcome {
  id: string;
  /** Progress reports; the final ones apart. */
  sent: UdpSample[];
  received: UdpSample[];
  /** The ends' last reports, absent when the run ended before them. */
  sentFinal: UdpSample | undefined;
  receivedFinal: UdpSample | undefined;
  sendErrors: number;
  firstSendError: string;
}

export interface UdpFlowSummary {
  id: string;
  sent_datagrams: number;
  sent_bytes: number;
  /** Datagrams the sender's kernel refused (ENOBUFS, EAGAIN); not counted as sent. */
  send_errors: number;
  received_datagrams: number;
  received_bytes: number;
  lost_datagrams: number;
  loss_ratio: number | null;
  /** Bytes over the flow's sending time (its duration), in bit/s. */
  sent_bps: number;
  received_bps: number;
  /** Whether both ends gave their final counts (false: the run ended first, the last reports are used). */
  complete: boolean;
}

const COLUMNS = ['time_s', 'received_datagrams', 'received_bytes', 'received_bps', 'sent_at_s', 'sent_datagrams', 'sent_bytes'] as const;

/** One row per receiver report; `received_bps` over the time since the previous one. */
export function udpFlowTraceCsv(f: UdpFlowOutcome, originNs: number): string {
  const lines: string[] = [COLUMNS.join(',')];
  const received = f.receivedFinal ? [...f.received, f.receivedFinal] : f.received;
  let s = 0;
  let prev: UdpSample | undefined;
  const sent = f.sentFinal ? [...f.sent, f.sentFinal] : f.sent;
  for (const r of received) {
    while (s < sent.length && sent[s]!.timeNs <= r.timeNs) s++;
    const tx = sent[s - 1];
    const bps = prev && r.timeNs > prev.timeNs ? Math.round(((r.bytes - prev.bytes) * 8 * 1e9) / (r.timeNs - prev.timeNs)) : 0;
    lines.push([formatSeconds(r.timeNs - originNs), r.datagrams, r.bytes, bps, tx ? formatSeconds(tx.timeNs - originNs) : '', tx?.datagrams ?? 0, tx?.bytes ?? 0].join(','));
    prev = r;
  }
  return `${lines.join('\n')}\n`;
}

export function udpFlowSummary(flow: ResolvedUdpFlow, f: UdpFlowOutcome): UdpFlowSummary {
  const tx = f.sentFinal ?? f.sent.at(-1);
  const rx = f.receivedFinal ?? f.received.at(-1);
  const sent = tx?.datagrams ?? 0;
  const received = rx?.datagrams ?? 0;
  const bps = (bytes: number) => Math.round((bytes * 8 * 1e9) / flow.durationNs);
  return {
    id: f.id,
    sent_datagrams: sent,
    sent_bytes: tx?.bytes ?? 0,
    send_errors: f.sendErrors,
    received_datagrams: received,
    received_bytes: rx?.bytes ?? 0,
    lost_datagrams: sent - received,
    loss_ratio: sent > 0 ? Number(((sent - received) / sent).toFixed(6)) : null,
    sent_bps: bps(tx?.bytes ?? 0),
    received_bps: bps(rx?.bytes ?? 0),
    complete: f.sentFinal !== undefined && f.receivedFinal !== undefined,
  };
}
