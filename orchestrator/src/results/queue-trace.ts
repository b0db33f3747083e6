// A queue trace as CSV that pandas reads without options: one row per
// queue event (enqueue, dequeue, drop, mark) of each direction of a link.
// `time_s` is simulated time since the guests started, the clock of the
// pcap timestamps; outcome.json's experiment_start_ns is the experiment's 0.

import type { QueueEventRecord } from '../net/queue-meter.js';
import type { Queue } from '../net/queue.js';
import type { LinkChangeEvent } from '../net/scheduled-direction.js';
import { formatSeconds } from './flow-trace.js';

export const QUEUE_TRACE_COLUMNS = ['time_s', 'queue', 'event', 'frame_bytes', 'ecn', 'depth_packets', 'depth_bytes', 'sojourn_s', 'reason'] as const;

export function queueTraceHeader(): string {
  return QUEUE_TRACE_COLUMNS.join(',');
}

export function queueTraceRow(e: QueueEventRecord): string {
  return [
    formatSeconds(e.timeNs),
    e.queue,
    e.event,
    e.frameBytes,
    e.ecn ?? '',
    e.depthPackets,
    e.depthBytes,
    e.sojournNs === undefined ? '' : formatSeconds(e.sojournNs),
    e.reason ?? '',
  ].join(',');
}

/**
 * A scheduled change of the direction (`schedule:`), as a row with event
 * `change`: the depth then, and in `reason` what is in force from then on,
 * as `key=value` pairs joined by `;` (the queue limit in bytes only when it
 * has one).
 */
export function queueChangeRow(timeNs: number, queue: Queue, e: LinkChangeEvent): string {
  const what = [`step=${e.step}`, `rate_bps=${e.rateBps}`, `delay_ns=${e.delayNs}`, `loss=${e.loss}`, `limit_packets=${e.limitPackets}`];
  if (Number.isFinite(e.limitBytes)) what.push(`limit_bytes=${e.limitBytes}`);
  return [formatSeconds(timeNs), queue.name, 'change', '', '', queue.depthPackets, queue.depthBytes, '', what.join(';')].join(',');
}
