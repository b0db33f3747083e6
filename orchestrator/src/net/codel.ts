// CoDel's control loop (RFC 8289, as Linux's include/net/codel_impl.h), apart
// from any queue: CodelQueue runs one over its FIFO, FqCodelQueue one per
// flow. It watches each dequeued frame's sojourn time; once that has stayed
// above `target` for a whole `interval` it drops (or marks) one frame, then
// the next ones at interval/sqrt(count) spacing until the sojourn falls back
// below target.

import { CODEL_DEFAULTS, type CodelOptions } from '../sim/queue-config.js';
import type { Frame } from './frame.js';
import type { QueuedFrame } from './frame-fifo.js';

export interface CodelParams {
  targetNs: number;
  intervalNs: number;
  /** Below this many bytes left in the queue nothing is dropped (one MTU-sized frame). */
  mtuBytes: number;
  /** Mark ECN-capable frames (set CE) instead of dropping them. */
  ecn: boolean;
}

/** One CoDel instance's state (Linux's struct codel_vars). */
export class CodelVars {
  count = 0;
  lastCount = 0;
  dropping = false;
  /** When the sojourn time may first count as persistently above target; 0 when below. */
  firstAboveNs = 0;
  dropNextNs = 0;
}

/** What CoDel needs from the queue it serves. */
export interface CodelHost {
  /** Take the head frame out of the queue CoDel serves. */
  take(): QueuedFrame | undefined;
  /** Bytes held by the whole queue after the frame just taken out. */
  backlogBytes(): number;
  /** Throw `item` away (counted and traced by the queue). */
  drop(item: QueuedFrame): void;
  /** The frame with CE set (counted and traced), or undefined when it is not ECN-capable. */
  mark(item: QueuedFrame): Frame | undefined;
}

/** The parameters for `options`, defaults filled in (`ecn` the kind's), checked. */
export function codelParams(options: CodelOptions, kind: 'codel' | 'fq_codel', name: string): CodelParams {
  const p = {
    targetNs: options.targetNs ?? CODEL_DEFAULTS.targetNs,
    intervalNs: options.intervalNs ?? CODEL_DEFAULTS.intervalNs,
    mtuBytes: options.mtuBytes ?? CODEL_DEFAULTS.mtuBytes,
    ecn: options.ecn ?? CODEL_DEFAULTS.ecn[kind],
  };
  if (!(Number.isSafeInteger(p.targetNs) && p.targetNs > 0)) throw new RangeError(`queue ${name}: targetNs must be a positive integer, got ${p.targetNs}`);
  if (!(Number.isSafeInteger(p.intervalNs) && p.intervalNs > 0)) throw new RangeError(`queue ${name}: intervalNs must be a positive integer, got ${p.intervalNs}`);
  return p;
}

function controlLaw(tNs: number, p: CodelParams, count: number): number {
  return tNs + Math.floor(p.intervalNs / Math.sqrt(count));
}

function shouldDrop(item: QueuedFrame | undefined, nowNs: number, v: CodelVars, p: CodelParams, host: CodelHost): boolean {
  if (!item) {
    v.firstAboveNs = 0;
    return false;
  }
  if (nowNs - item.enqueuedNs < p.targetNs || host.backlogBytes() <= p.mtuBytes) {
    v.firstAboveNs = 0;
    return false;
  }
  if (v.firstAboveNs === 0) {
    v.firstAboveNs = nowNs + p.intervalNs;
    return false;
  }
  return nowNs >= v.firstAboveNs;
}

function tryMark(item: QueuedFrame, p: CodelParams, host: CodelHost): boolean {
  if (!p.ecn) return false;
  const marked = host.mark(item);
  if (!marked) return false;
  item.frame = marked;
  return true;
}

/** The next frame to send from `host`, after dropping (or marking) what CoDel decides. */
export function codelDequeue(nowNs: number, v: CodelVars, p: CodelParams, host: CodelHost): QueuedFrame | undefined {
  let item = host.take();
  if (!item) {
    v.dropping = false;
    return undefined;
  }
  const drop = shouldDrop(item, nowNs, v, p, host);
  if (v.dropping) {
    if (!drop) {
      v.dropping = false;
    } else {
      while (v.dropping && nowNs >= v.dropNextNs) {
        v.count++;
        if (tryMark(item!, p, host)) {
          v.dropNextNs = controlLaw(v.dropNextNs, p, v.count);
          return item;
        }
        host.drop(item!);
        item = host.take();
        if (!shouldDrop(item, nowNs, v, p, host)) v.dropping = false;
        else v.dropNextNs = controlLaw(v.dropNextNs, p, v.count);
      }
    }
  } else if (drop) {
    if (!tryMark(item, p, host)) {
      host.drop(item);
      item = host.take();
      shouldDrop(item, nowNs, v, p, host);
    }
    v.dropping = true;
    const delta = v.count - v.lastCount;
    v.count = delta > 1 && nowNs - v.dropNextNs < 16 * p.intervalNs ? delta : 1;
    v.lastCount = v.count;
    v.dropNextNs = controlLaw(nowNs, p, v.count);
  }
  return item;
}
