// The schedules the relay agent's traffic generators follow (relay-agent/
// traffic.c), computed here from the scenario and the workload's own random
// stream, so the agent only paces and the same seed gives the same traffic:
// a UDP flow's on and off spans and its datagram interval, and a
// request/response workload's sizes and gaps.

import type { RandomStream } from './random.js';

/** How a size is drawn (`request_size:`, `response_size:`). */
export type SizeDistribution =
  | { kind: 'fixed'; bytes: number }
  | { kind: 'uniform'; sizes: number[] }
  | { kind: 'exponential'; meanBytes: number }
  | { kind: 'lognormal'; meanBytes: number; sigma: number };

export interface OnOff {
  onNs: number;
  offNs: number;
  /** Fixed spans, or exponentially distributed ones with these means. */
  distribution: 'fixed' | 'exponential';
}

/** The agent refuses more spans than this (TRAFFIC_MAX_PERIODS); a schedule is cut there. */
export const MAX_PERIODS = 20_000;
/** Largest size one draw may give: 100 MB. */
export const MAX_DRAW_BYTES = 100_000_000;

/** Time between datagrams of `datagramBytes` at `rateBps` (payload bits), whole ns. */
export function datagramIntervalNs(rateBps: number, datagramBytes: number): number {
  return Math.max(1, Math.round((datagramBytes * 8 * 1e9) / rateBps));
}

/**
 * Alternating on and off spans (on first) covering `durationNs`, the last cut
 * at the end; one on span for a constant-rate flow. Whole ns, each at least 1.
 */
export function onOffPeriodsNs(durationNs: number, onOff: OnOff | undefined, random: RandomStream): number[] {
  if (!onOff) return [durationNs];
  const out: number[] = [];
  let total = 0;
  while (total < durationNs && out.length < MAX_PERIODS) {
    const on = out.length % 2 === 0;
    const mean = on ? onOff.onNs : onOff.offNs;
    const span = Math.max(1, onOff.distribution === 'fixed' ? mean : Math.round(random.exponential(mean)));
    const cut = Math.min(span, durationNs - total);
    out.push(cut);
    total += cut;
  }
  return out;
}

/** One size from `d`, a whole number of bytes from `min` to MAX_DRAW_BYTES. */
export function drawSize(d: SizeDistribution, random: RandomStream, min: number): number {
  let x: number;
  switch (d.kind) {
    case 'fixed':
      x = d.bytes;
      break;
    case 'uniform':
      x = d.sizes[Math.floor(random.next() * d.sizes.length)]!;
      break;
    case 'exponential':
      x = random.exponential(d.meanBytes);
      break;
    case 'lognormal': {
      // ln X ~ N(mu, sigma^2) with E[X] = mean: mu = ln(mean) - sigma^2 / 2.
      const mu = Math.log(d.meanBytes) - (d.sigma * d.sigma) / 2;
      x = Math.exp(mu + d.sigma * standardNormal(random));
      break;
    }
  }
  return Math.min(MAX_DRAW_BYTES, Math.max(min, Math.round(x)));
}

/** Box-Muller, one value per two uniforms (the same count of draws every time). */
function standardNormal(random: RandomStream): number {
  const u1 = 1 - random.next();
  const u2 = random.next();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

export interface RequestSchedule {
  requestBytes: number[];
  responseBytes: number[];
  /** Before each request: after the previous one was due (open loop) or completed (closed loop). */
  gapsNs: number[];
}

/**
 * `count` requests, each drawing its gap, request size and response size in
 * that order from `random`. The first request is due at once; later gaps
 * are exponential with mean `meanGapNs` (Poisson arrivals, or think times),
 * or 0 without one.
 */
export function requestSchedule(
  count: number,
  request: SizeDistribution,
  response: SizeDistribution,
  meanGapNs: number | undefined,
  random: RandomStream,
): RequestSchedule {
  const s: RequestSchedule = { requestBytes: [], responseBytes: [], gapsNs: [] };
  for (let k = 0; k < count; k++) {
    const gap = meanGapNs === undefined ? 0 : Math.round(random.exponential(meanGapNs));
    s.gapsNs.push(k === 0 ? 0 : gap);
    s.requestBytes.push(drawSize(request, random, 0));
    s.responseBytes.push(drawSize(response, random, 1));
  }
  return s;
}

/** The mean of a distribution (for documentation and checks; the lognormal's by construction). */
export function meanBytes(d: SizeDistribution): number {
  switch (d.kind) {
    case 'fixed':
      return d.bytes;
    case 'uniform':
      return d.sizes.reduce((a, b) => a + b, 0) / d.sizes.length;
    case 'exponential':
    case 'lognormal':
      return d.meanBytes;
  }
}
