// `request_response:`: a client sends requests over one TCP connection and
// the server answers each with a response of the size the request asks for
// (relay-agent/traffic.c). Requests go back to back (closed loop, with
// optional think times) or with Poisson gaps whatever is outstanding. Sizes
// come from a distribution; sizes and gaps are drawn from the scenario
// seed's own stream for the workload (`request_response:<id>`, in
// sim/traffic-schedule.ts), so the same seed gives the same requests.

import type { ClaimOutput, Checker } from '../checker.js';
import { isObj } from '../checker.js';
import type { Path } from '../issues.js';
import type { ResolvedFlow, ResolvedRequestResponse } from '../types.js';
import { parseDurationNs, parseSizeBytes } from '../units.js';
import { MAX_DRAW_BYTES, type SizeDistribution } from '../../sim/traffic-schedule.js';
import type { HostTable } from './hosts.js';
import { claimPort, compileCc, compileSampleInterval, compileStart, forEachWorkload, resolvedEndpoints } from './endpoints.js';
import type { LinkSection } from './links.js';

const SECTION = {
  name: 'request_response',
  keys: ['id', 'from', 'to', 'port', 'start', 'count', 'arrival', 'mean_gap', 'request_size', 'response_size', 'cc', 'sample_interval'],
  required: ['id', 'from', 'to', 'count'],
  what: 'request/response workload',
};
const DEFAULTS = { port: 8000, requestSize: '100B', responseSize: '10KB' } as const;
/** The agent's limit for one client (TRAFFIC_MAX_REQUESTS). */
const MAX_COUNT = 20_000;

/** `flows`: TCP flows, whose (receiver, port) pairs a server must not reuse. */
export function compileRequestResponse(c: Checker, v: unknown, hosts: HostTable, links: LinkSection, flows: readonly ResolvedFlow[], claim: ClaimOutput): ResolvedRequestResponse[] {
  const { issues } = c;
  const out: ResolvedRequestResponse[] = [];
  const ports = new Set(flows.map((f) => `${f.to}:${f.port}`));
  forEachWorkload(c, v, SECTION, { hosts, links, claim }, ({ i, p, o, id, from, to }) => {
    const port = c.int(o.port, [...p, 'port'], 1, 65535, DEFAULTS.port + i);
    claimPort(c, ports, hosts, to, port, p, "another TCP flow's or workload's");
    const startNs = compileStart(c, o, p);
    const count = c.int(o.count, [...p, 'count'], 1, MAX_COUNT, 1);
    let arrival: ResolvedRequestResponse['arrival'] = 'closed_loop';
    if (o.arrival !== undefined) {
      if (o.arrival === 'closed_loop' || o.arrival === 'poisson') arrival = o.arrival;
      else issues.add('invalid_value', [...p, 'arrival'], 'arrival must be "closed_loop" or "poisson"');
    }
    let meanGapNs: number | undefined;
    if (o.mean_gap !== undefined) {
      meanGapNs = c.unit(parseDurationNs(o.mean_gap, 'mean_gap'), [...p, 'mean_gap'], 1);
      if (meanGapNs <= 0) issues.add('invalid_value', [...p, 'mean_gap'], 'mean_gap must be longer than 0');
    } else if (arrival === 'poisson') issues.add('missing_key', [...p, 'mean_gap'], 'mean_gap is required for Poisson arrivals');
    const requestSize = compileSize(c, o.request_size ?? DEFAULTS.requestSize, [...p, 'request_size'], 0);
    const responseSize = compileSize(c, o.response_size ?? DEFAULTS.responseSize, [...p, 'response_size'], 1);
    const cc = compileCc(c, o, p, from === undefined ? undefined : hosts.list[from]);
    const sampleIntervalNs = compileSampleInterval(c, o, p, 'generator');
    if (!id || from === undefined || to === undefined || from === to || !requestSize || !responseSize || (meanGapNs !== undefined && meanGapNs <= 0)) return;
    if (arrival === 'poisson' && meanGapNs === undefined) return;
    out.push({
      ...resolvedEndpoints(hosts, { id, from, to }, port, startNs),
      count,
      arrival,
      ...(meanGapNs !== undefined ? { meanGapNs } : {}),
      requestSize,
      responseSize,
      cc,
      sampleIntervalNs,
    });
  });
  return out;
}

/**
 * A size (`10KB`: fixed) or `{distribution: fixed | uniform | exponential |
 * lognormal, ...}`; every size from `min` to 100 MB.
 */
export function compileSize(c: Checker, v: unknown, p: Path, min: number): SizeDistribution | undefined {
  const size = (x: unknown, at: Path): number | undefined => {
    const r = parseSizeBytes(x, String([...at].reverse().find((k) => typeof k === 'string') ?? 'size'));
    if (!r.ok) {
      c.issues.add('invalid_value', at, r.message);
      return undefined;
    }
    if (r.value < min || r.value > MAX_DRAW_BYTES) {
      c.issues.add('invalid_value', at, `a size here must be from ${min}B to 100MB`);
      return undefined;
    }
    return r.value;
  };
  if (!isObj(v)) {
    const bytes = size(v, p);
    return bytes === undefined ? undefined : { kind: 'fixed', bytes };
  }
  const kind = v.distribution;
  switch (kind) {
    case 'fixed': {
      const o = c.obj(v, p, ['distribution', 'size'], ['size']);
      const bytes = o?.size === undefined ? undefined : size(o.size, [...p, 'size']);
      return bytes === undefined ? undefined : { kind, bytes };
    }
    case 'uniform': {
      const o = c.obj(v, p, ['distribution', 'sizes'], ['sizes']);
      if (!o || o.sizes === undefined) return undefined;
      if (!Array.isArray(o.sizes) || o.sizes.length === 0) {
        c.issues.add('invalid_value', [...p, 'sizes'], 'sizes must list at least one size, like [100B, 10KB]');
        return undefined;
      }
      const sizes = o.sizes.map((s, k) => size(s, [...p, 'sizes', k]));
      return sizes.every((s) => s !== undefined) ? { kind, sizes: sizes as number[] } : undefined;
    }
    case 'exponential':
    case 'lognormal': {
      const o = c.obj(v, p, kind === 'lognormal' ? ['distribution', 'mean', 'sigma'] : ['distribution', 'mean'], kind === 'lognormal' ? ['mean', 'sigma'] : ['mean']);
      const meanBytes = o?.mean === undefined ? undefined : size(o.mean, [...p, 'mean']);
      if (meanBytes !== undefined && meanBytes < 1) {
        c.issues.add('invalid_value', [...p, 'mean'], 'mean must be at least 1B');
        return undefined;
      }
      if (kind === 'exponential') return meanBytes === undefined ? undefined : { kind, meanBytes };
      if (o?.sigma === undefined) return undefined;
      if (typeof o.sigma !== 'number' || !(o.sigma > 0 && o.sigma <= 4)) {
        c.issues.add('invalid_value', [...p, 'sigma'], 'sigma must be a number above 0 and at most 4 (the spread of ln size)');
        return undefined;
      }
      return meanBytes === undefined ? undefined : { kind, meanBytes, sigma: o.sigma };
    }
    default:
      c.issues.add('invalid_value', [...p, 'distribution'], 'distribution must be one of: fixed, uniform, exponential, lognormal');
      return undefined;
  }
}
