// `links:`: point-to-point links between hosts' NICs and switches, each with
// two directions (rate, delay, jitter, queue, loss) and its meters (pcap,
// throughput). Also checks the topology: no layer-2 loops, one link per NIC.
// `reverse:` overrides rate, delay, jitter, queue, loss or schedule for the direction
// from the second end to the first (an asymmetric access link). A new
// per-direction key goes in directionOf and reverseOf below; a queue kind's
// keys in queue.ts, a loss model's in loss.ts, a schedule's steps in
// schedule.ts, the MTU's checks in mtu.ts.

import { type ClaimOutput, type Checker, type Obj } from '../checker.js';
import type { Path } from '../issues.js';
import { outputFile } from '../output-files.js';
import type { CaptureTap, NodeRef, ResolvedDirection, ResolvedLink } from '../types.js';
import { parseDurationNs, parseRateBps } from '../units.js';
import type { HostTable } from './hosts.js';
import { compileLoss } from './loss.js';
import { resolveLinkMtu } from './mtu.js';
import { compileQueue } from './queue.js';
import { compileSchedule } from './schedule.js';
import { compileAggregate, compilePolicer } from './shaping.js';
import { compileTrace } from './trace.js';
import type { SwitchTable } from './switches.js';

/** Disjoint sets of names; join() says whether the two were apart. */
class UnionFind {
  readonly #parent = new Map<string, string>();

  root(k: string): string {
    let r = k;
    while (this.#parent.has(r)) r = this.#parent.get(r)!;
    return r;
  }

  join(a: string, b: string): boolean {
    const [ra, rb] = [this.root(a), this.root(b)];
    if (ra === rb) return false;
    this.#parent.set(ra, rb);
    return true;
  }

  same(a: string, b: string): boolean {
    return this.root(a) === this.root(b);
  }
}

export interface LinkSection {
  links: ResolvedLink[];
  /** Whether links join two hosts at all (directly, through switches or through hosts that route). */
  joined(hostA: string, hostB: string): boolean;
}

/** `baseDir` is the scenario file's folder, which trace files are relative to. */
export function compileLinks(c: Checker, v: unknown, hosts: HostTable, switches: SwitchTable, claim: ClaimOutput, baseDir: string): LinkSection {
  const { issues } = c;
  // A link end: a switch, a host with one NIC, or "host:ethN".
  const nodeRef = (v: unknown, path: Path): NodeRef | undefined => {
    const [base, nicName] = typeof v === 'string' ? v.split(':', 2) : [undefined, undefined];
    if (base !== undefined && switches.byName.has(base) && nicName === undefined) return { kind: 'switch', index: switches.byName.get(base)!, name: base, nic: 0 };
    const host = base === undefined ? undefined : hosts.byName.get(base);
    if (host === undefined) {
      issues.add('unknown_reference', path, `no host or switch named ${JSON.stringify(v)}`);
      return undefined;
    }
    const h = hosts.list[host]!;
    if (nicName === undefined) {
      if (h.nics.length === 1) return { kind: 'host', index: host, name: h.name, nic: 0 };
      issues.add('invalid_value', path, `${h.name} has ${h.nics.length} NICs; say which, like ${h.name}:eth1`);
      return undefined;
    }
    const nic = h.nics.findIndex((n) => n.name === nicName);
    if (nic < 0) {
      issues.add('unknown_reference', path, `${h.name} has no NIC ${nicName} (it has ${h.nics.map((n) => n.name).join(', ')})`);
      return undefined;
    }
    return { kind: 'host', index: host, name: h.name, nic };
  };
  // Switches do not run a spanning tree, so a loop of links would flood for
  // ever: at layer 2 (switches and host NICs) links must form a forest. A
  // second partition, with every host's NICs as one node, tells which hosts
  // can reach each other at all (through hosts that route).
  const l2 = new UnionFind();
  const l3 = new UnionFind();
  const l2Key = (n: NodeRef) => (n.kind === 'switch' ? `switch ${n.name}` : `nic ${n.name}:${n.nic}`);
  const l3Key = (n: NodeRef) => `${n.kind} ${n.name}`;
  const linked = new Map<string, string>();
  const links: ResolvedLink[] = [];
  const linkNames = new Set<string>();
  c.list(v, ['links']).forEach((l, i) => {
    const p: Path = ['links', i];
    const o = c.obj(l, p, ['name', 'between', 'rate', 'delay', 'jitter', 'reorder', 'queue', 'loss', 'pcap', 'throughput', 'queue_trace', 'capture', 'reverse', 'mtu', 'schedule', 'policer', 'aggregate', 'trace'], ['name', 'between', 'rate']);
    if (!o) return;
    const linkName = c.name(o.name, [...p, 'name']);
    if (linkName && linkNames.has(linkName)) issues.add('duplicate_name', [...p, 'name'], `there is already a link named ${linkName}`);
    if (linkName) linkNames.add(linkName);
    let ends: (NodeRef | undefined)[] = [];
    if (!Array.isArray(o.between) || o.between.length !== 2) {
      if (o.between !== undefined) issues.add('invalid_value', [...p, 'between'], 'between must list exactly two hosts or switches');
    } else {
      ends = o.between.map((h, k) => nodeRef(h, [...p, 'between', k]));
      const [x, y] = ends;
      if (x && y && x.name === y.name) issues.add('invalid_value', [...p, 'between'], 'a link joins two different hosts or switches');
      else if (x && y) {
        if (!l2.join(l2Key(x), l2Key(y))) {
          issues.add('invalid_value', [...p, 'between'], `this link closes a loop between ${x.name} and ${y.name}; switches have no spanning tree, so links must not form loops`);
        }
        l3.join(l3Key(x), l3Key(y));
      }
      ends.forEach((e, k) => {
        if (e?.kind !== 'host') return;
        const nicKey = l2Key(e);
        const nicName = `${e.name}:${hosts.list[e.index]!.nics[e.nic]!.name}`;
        if (linked.has(nicKey)) issues.add('invalid_value', [...p, 'between', k], `${nicName} is already on link ${linked.get(nicKey)}; join several links with a switch`);
        else linked.set(nicKey, linkName ?? '?');
      });
    }
    const forward = directionOf(c, o, p, baseDir);
    const reverse = o.reverse === undefined ? forward : reverseOf(c, o.reverse, [...p, 'reverse'], forward, baseDir);
    checkTraced(c, forward, p);
    if (o.reverse !== undefined) checkTraced(c, reverse, [...p, 'reverse']);
    const pcap = c.bool(o.pcap, [...p, 'pcap'], false);
    const throughputIntervalNs = o.throughput === undefined ? 0 : c.unit(parseDurationNs(o.throughput, 'throughput'), [...p, 'throughput'], 0);
    if (o.throughput !== undefined && throughputIntervalNs > 0 && throughputIntervalNs < 1_000_000) {
      issues.add('invalid_value', [...p, 'throughput'], 'throughput (the bin width of the throughput trace) must be at least 1ms');
    }
    const queueTrace = c.bool(o.queue_trace, [...p, 'queue_trace'], false);
    const capture = captureOf(c, o.capture, [...p, 'capture']);
    if (linkName && capture) claim(outputFile.linkCapture(linkName), `link ${linkName}'s capture`, [...p, 'name']);
    const [a, b] = ends;
    const mtu = a && b ? resolveLinkMtu(c, o.mtu, p, linkName ?? '?', [a, b], hosts.list) : undefined;
    if (linkName && queueTrace) claim(outputFile.queueTrace(linkName), `link ${linkName}'s queue trace`, [...p, 'name']);
    if (linkName && pcap) claim(outputFile.linkPcap(linkName), `link ${linkName}`, [...p, 'name']);
    if (linkName && throughputIntervalNs > 0) claim(outputFile.linkThroughput(linkName), `link ${linkName}'s throughput trace`, [...p, 'name']);
    if (linkName && a && b && a.name !== b.name) {
      const dir = (from: NodeRef, to: NodeRef, settings: DirectionSettings): ResolvedDirection => ({ id: `${linkName}:${from.name}->${to.name}`, from, to, ...settings });
      links.push({ name: linkName, ends: [a, b], directions: [dir(a, b, forward), dir(b, a, reverse)], pcap, throughputIntervalNs, ...(queueTrace ? { queueTrace: true as const } : {}), ...(capture ? { capture } : {}), ...(mtu ? { mtu } : {}) });
    }
  });
  return { links, joined: (x, y) => l3.same(`host ${x}`, `host ${y}`) };
}

type DirectionSettings = Omit<ResolvedDirection, 'id' | 'from' | 'to'>;

/** What one direction of link `o` does to frames: rate, delay, jitter, queue, loss, and how they change. */
function directionOf(c: Checker, o: Obj, p: Path, baseDir: string): DirectionSettings {
  const { issues } = c;
  const rateBps = o.rate === undefined ? 1 : c.unit(parseRateBps(o.rate, 'rate'), [...p, 'rate'], 1);
  const delayNs = o.delay === undefined ? 0 : c.unit(parseDurationNs(o.delay, 'delay'), [...p, 'delay'], 0);
  const jitterNs = o.jitter === undefined ? 0 : c.unit(parseDurationNs(o.jitter, 'jitter'), [...p, 'jitter'], 0);
  const reorder = c.bool(o.reorder, [...p, 'reorder'], false);
  if (o.reorder === true && jitterNs === 0) issues.add('invalid_value', [...p, 'reorder'], 'reorder only has an effect with jitter');
  const queue = compileQueue(c, o.queue, [...p, 'queue']);
  const loss = compileLoss(c, o.loss, [...p, 'loss']);
  const schedule = compileSchedule(c, o.schedule, [...p, 'schedule']);
  const policer = compilePolicer(c, o.policer, [...p, 'policer']);
  const aggregate = compileAggregate(c, o.aggregate, [...p, 'aggregate']);
  const trace = compileTrace(c, o.trace, [...p, 'trace'], baseDir);
  return { rateBps, delayNs, jitterNs, reorder, queue, loss, ...(trace ? { trace } : {}), ...(policer ? { policer } : {}), ...(aggregate ? { aggregate } : {}), ...(schedule ? { schedule } : {}) };
}

/** A trace-driven direction has no rate to change, and needs a delay for the engine's lookahead. */
function checkTraced(c: Checker, d: DirectionSettings, p: Path): void {
  if (!d.trace) return;
  if (d.delayNs === 0) c.issues.add('invalid_value', [...p, 'delay'], 'a trace-driven direction needs a delay above 0 (as Mahimahi pairs its link shell with mm-delay); 1us will do');
  if (d.schedule) c.issues.add('invalid_value', [...p, 'schedule'], 'a trace-driven direction takes no schedule: its trace says when it delivers');
}

/** What `reverse:` may set for the direction from the second end to the first. */
const REVERSE_KEYS = ['rate', 'delay', 'jitter', 'queue', 'loss', 'trace', 'policer', 'aggregate', 'schedule'];

/** The link's settings for its reverse direction: `forward`'s, with what `reverse:` sets instead. */
function reverseOf(c: Checker, v: unknown, p: Path, forward: DirectionSettings, baseDir: string): DirectionSettings {
  const r = c.obj(v, p, REVERSE_KEYS);
  if (!r) return forward;
  // The link's schedule applies to both directions unless `reverse:` gives its own (`[]` for none).
  const { schedule: forwardSchedule, policer: forwardPolicer, aggregate: forwardAggregate, trace: forwardTrace, ...fixed } = forward;
  const trace = r.trace === undefined ? forwardTrace : compileTrace(c, r.trace, [...p, 'trace'], baseDir);
  const schedule = r.schedule === undefined ? forwardSchedule : compileSchedule(c, r.schedule, [...p, 'schedule']);
  const policer = r.policer === undefined ? forwardPolicer : r.policer === null ? undefined : compilePolicer(c, r.policer, [...p, 'policer']);
  const aggregate = r.aggregate === undefined ? forwardAggregate : r.aggregate === null ? undefined : compileAggregate(c, r.aggregate, [...p, 'aggregate']);
  return {
    ...fixed,
    ...(trace ? { trace } : {}),
    ...(policer ? { policer } : {}),
    ...(aggregate ? { aggregate } : {}),
    ...(schedule ? { schedule } : {}),
    ...(r.rate !== undefined ? { rateBps: c.unit(parseRateBps(r.rate, 'rate'), [...p, 'rate'], forward.rateBps) } : {}),
    ...(r.delay !== undefined ? { delayNs: c.unit(parseDurationNs(r.delay, 'delay'), [...p, 'delay'], forward.delayNs) } : {}),
    ...(r.jitter !== undefined ? { jitterNs: c.unit(parseDurationNs(r.jitter, 'jitter'), [...p, 'jitter'], forward.jitterNs) } : {}),
    ...(r.queue !== undefined ? { queue: compileQueue(c, r.queue, [...p, 'queue']) } : {}),
    ...(r.loss !== undefined ? { loss: compileLoss(c, r.loss, [...p, 'loss']) } : {}),
  };
}

const TAPS: readonly CaptureTap[] = ['before_queue', 'after_queue'];

/** `capture:` a list of taps, each at most once, in the order given. */
function captureOf(c: Checker, v: unknown, p: Path): CaptureTap[] | undefined {
  if (v === undefined) return undefined;
  const taps: CaptureTap[] = [];
  const list = c.list(v, p);
  list.forEach((t, k) => {
    if (typeof t !== 'string' || !TAPS.includes(t as CaptureTap)) c.issues.add('invalid_value', [...p, k], `a tap is one of ${TAPS.join(', ')}`);
    else if (taps.includes(t as CaptureTap)) c.issues.add('invalid_value', [...p, k], `${t} is listed twice`);
    else taps.push(t as CaptureTap);
  });
  if (Array.isArray(v) && v.length === 0) c.issues.add('invalid_value', p, `capture lists at least one tap (${TAPS.join(', ')})`);
  return taps.length > 0 ? taps : undefined;
}
