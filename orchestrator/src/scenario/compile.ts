// From a parsed YAML value to a ResolvedScenario, collecting every issue
// (unknown keys, bad values, dangling references) before failing once.
// docs/scenario-spec.md documents every key this accepts.

import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { IssueList, Path } from './issues.js';
import type {
  NodeRef,
  ResolvedNic,
  ResolvedAction,
  ResolvedDirection,
  ResolvedFlow,
  ResolvedHost,
  ResolvedLink,
  ResolvedLoss,
  ResolvedScenario,
  ResolvedSwitch,
} from './types.js';
import { compileAdditionsSpec, hostAdditions } from './guest-additions.js';
import { OutputClaims, outputFile } from './output-files.js';
import { parseDurationNs, parseQueueLimit, parseRateBps, parseSizeBytes } from './units.js';

type Obj = Record<string, unknown>;

const DEFAULTS = {
  seed: 1,
  memoryMiB: 256,
  icountShift: 0,
  queue: '100p',
  sampleInterval: '10ms',
  agingNs: 300_000_000_000,
} as const;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

class Checker {
  constructor(readonly issues: IssueList) {}

  obj(v: unknown, path: Path, keys: readonly string[], required: readonly string[] = []): Obj | undefined {
    if (!isObj(v)) {
      this.issues.add('invalid_type', path, `${label(path)} must be a mapping`);
      return undefined;
    }
    for (const k of Object.keys(v)) {
      if (!keys.includes(k)) this.issues.add('unrecognized_key', [...path, k], `unknown field "${k}" (expected one of: ${keys.join(', ')})`);
    }
    for (const k of required) {
      if (v[k] === undefined) this.issues.add('missing_key', [...path, k], `${k} is required`);
    }
    return v;
  }

  list(v: unknown, path: Path): unknown[] {
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      this.issues.add('invalid_type', path, `${label(path)} must be a list`);
      return [];
    }
    return v;
  }

  name(v: unknown, path: Path): string | undefined {
    if (typeof v !== 'string' || !/^[A-Za-z][A-Za-z0-9_-]{0,31}$/.test(v)) {
      this.issues.add('invalid_value', path, `${label(path)} must be a name of letters, digits, - and _ (at most 32, starting with a letter)`);
      return undefined;
    }
    return v;
  }

  int(v: unknown, path: Path, min: number, max: number, fallback: number): number {
    if (v === undefined) return fallback;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      this.issues.add('invalid_value', path, `${label(path)} must be an integer from ${min} to ${max}`);
      return fallback;
    }
    return v;
  }

  bool(v: unknown, path: Path, fallback: boolean): boolean {
    if (v === undefined) return fallback;
    if (typeof v === 'boolean') return v;
    this.issues.add('invalid_type', path, `${label(path)} must be true or false`);
    return fallback;
  }

  prob(v: unknown, path: Path): number {
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) {
      this.issues.add('invalid_value', path, `${label(path)} must be a probability from 0 to 1`);
      return 0;
    }
    return v;
  }

  unit<T>(r: { ok: true; value: T } | { ok: false; message: string }, path: Path, fallback: T): T {
    if (r.ok) return r.value;
    this.issues.add('invalid_value', path, r.message);
    return fallback;
  }
}

function label(path: Path): string {
  const last = [...path].reverse().find((p) => typeof p === 'string');
  return typeof last === 'string' ? last : 'value';
}

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

function ipNumber(ip: string): number {
  return ip.split('.').reduce((n, o) => n * 256 + Number(o), 0);
}

/** Whether two addresses are in one subnet (same prefix length, same network). */
function sameSubnet(a: { ip: string; prefixLength: number }, b: { ip: string; prefixLength: number }): boolean {
  if (a.prefixLength !== b.prefixLength) return false;
  const size = 2 ** (32 - a.prefixLength);
  return Math.floor(ipNumber(a.ip) / size) === Math.floor(ipNumber(b.ip) / size);
}

function parseCidr(v: unknown): { ip: string; prefix: number } | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(v);
  if (!m || m.slice(1, 5).some((o) => Number(o) > 255) || Number(m[5]) < 1 || Number(m[5]) > 32) return undefined;
  return { ip: m.slice(1, 5).join('.'), prefix: Number(m[5]) };
}

export interface CompileOptions {
  file: string;
  knownKernels: readonly string[];
}

/** Why `value` cannot be a guest NIC's MAC address, or undefined when it can. */
function macIssue(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i.test(value)) return 'mac must look like 52:54:00:12:34:56';
  if (parseInt(value.slice(0, 2), 16) & 1) return `mac ${value} is a multicast address; a NIC needs a unicast one (even first byte)`;
  if (/^00(:00){5}$/.test(value)) return 'mac must not be all zeros';
  return undefined;
}

export function compileScenario(raw: unknown, issues: IssueList, options: CompileOptions): ResolvedScenario {
  const c = new Checker(issues);
  const top = c.obj(raw, [], ['name', 'seed', 'duration', 'sync', 'packages', 'files', 'hosts', 'switches', 'links', 'flows', 'actions'], ['name', 'duration', 'hosts']) ?? {};
  const name = c.name(top.name, ['name']) ?? 'scenario';
  const seed = c.int(top.seed, ['seed'], 0, 2 ** 31 - 1, DEFAULTS.seed);
  const durationNs = top.duration === undefined ? 0 : c.unit(parseDurationNs(top.duration, 'duration'), ['duration'], 0);
  if (top.duration !== undefined && durationNs <= 0 && issues.issues.every((i) => i.path[0] !== 'duration')) {
    issues.add('invalid_value', ['duration'], 'duration must be longer than 0');
  }
  let sync: ResolvedScenario['sync'] = 'parallel';
  if (top.sync !== undefined) {
    if (top.sync === 'parallel' || top.sync === 'lockstep') sync = top.sync;
    else issues.add('invalid_value', ['sync'], 'sync must be "parallel" or "lockstep"');
  }

  const hosts: ResolvedHost[] = [];
  const byName = new Map<string, number>();
  const topAdditions = compileAdditionsSpec(issues, top, [], options.file);
  const ips = new Map<string, string>();
  const macs = new Map<string, string>();
  c.list(top.hosts, ['hosts']).forEach((h, i) => {
    const p: Path = ['hosts', i];
    const o = c.obj(h, p, ['name', 'kernel', 'memory', 'icount_shift', 'ip', 'mac', 'nics', 'routes', 'sysctls', 'packages', 'files'], ['name', 'kernel']);
    if (!o) return;
    const hostName = c.name(o.name, [...p, 'name']);
    if (hostName && byName.has(hostName)) issues.add('duplicate_name', [...p, 'name'], `there is already a host named ${hostName}`);
    let kernel = String(o.kernel ?? '');
    let customKernel: ResolvedHost['customKernel'];
    if (isObj(o.kernel)) {
      kernel = 'custom';
      customKernel = compileCustomKernel(c, o.kernel, [...p, 'kernel'], dirname(resolve(options.file)));
    } else if (o.kernel !== undefined && !options.knownKernels.includes(kernel)) {
      issues.add('unknown_kernel', [...p, 'kernel'], `unknown kernel "${kernel}"; known: ${options.knownKernels.join(', ')}, or {path: bzImage, modules: dir} for your own`);
    }
    const mem = o.memory === undefined ? DEFAULTS.memoryMiB * 2 ** 20 : c.unit(parseSizeBytes(o.memory, 'memory'), [...p, 'memory'], 0);
    const memoryMiB = Math.floor(mem / 2 ** 20);
    if (o.memory !== undefined && (memoryMiB < 64 || memoryMiB > 16384)) issues.add('invalid_value', [...p, 'memory'], 'memory must be from 64MiB to 16GiB');
    if ((o.ip === undefined) === (o.nics === undefined)) {
      issues.add('missing_key', [...p, 'ip'], 'a host has either ip (one NIC, eth0) or nics (a list of NICs)');
    }
    if (o.nics !== undefined && o.mac !== undefined) issues.add('invalid_value', [...p, 'mac'], 'with nics, give each NIC its own mac');
    const nicSpecs: { ip: unknown; path: Path; mac: unknown; macPath: Path }[] =
      o.nics === undefined
        ? [{ ip: o.ip, path: [...p, 'ip'], mac: o.mac, macPath: [...p, 'mac'] }]
        : c.list(o.nics, [...p, 'nics']).flatMap((n, k) => {
            const no = c.obj(n, [...p, 'nics', k], ['ip', 'mac'], ['ip']);
            return no ? [{ ip: no.ip, path: [...p, 'nics', k, 'ip'], mac: no.mac, macPath: [...p, 'nics', k, 'mac'] }] : [];
          });
    if (Array.isArray(o.nics) && (o.nics.length < 1 || o.nics.length > 8)) issues.add('invalid_value', [...p, 'nics'], 'nics must list from 1 to 8 NICs');
    const nics: ResolvedNic[] = [];
    for (const [k, spec] of nicSpecs.entries()) {
      const cidr = spec.ip === undefined ? undefined : parseCidr(spec.ip);
      if (spec.ip !== undefined && !cidr) issues.add('invalid_value', spec.path, 'ip must be an IPv4 address with prefix length like 10.0.0.1/24');
      if (cidr && ips.has(cidr.ip)) issues.add('duplicate_name', spec.path, `${cidr.ip} is already used by ${ips.get(cidr.ip)}`);
      if (cidr) ips.set(cidr.ip, hostName ?? '?');
      const hex = (n: number) => (n & 0xff).toString(16).padStart(2, '0');
      let mac = `52:54:00:${hex(k)}:${hex((hosts.length + 1) >> 8)}:${hex(hosts.length + 1)}`;
      if (spec.mac !== undefined) {
        const problem = macIssue(spec.mac);
        if (problem) issues.add('invalid_value', spec.macPath, problem);
        else mac = String(spec.mac).toLowerCase();
      }
      const owner = `${hostName ?? '?'}:eth${k}`;
      if (macs.has(mac)) issues.add('duplicate_name', spec.macPath, `MAC ${mac} is already used by ${macs.get(mac)}`);
      macs.set(mac, owner);
      nics.push({ name: `eth${k}`, ip: cidr?.ip ?? '0.0.0.0', prefixLength: cidr?.prefix ?? 24, mac });
    }
    const routes: ResolvedHost['routes'] = [];
    c.list(o.routes, [...p, 'routes']).forEach((r, k) => {
      const rp: Path = [...p, 'routes', k];
      const ro = c.obj(r, rp, ['to', 'via'], ['to', 'via']);
      if (!ro || ro.to === undefined || ro.via === undefined) return;
      const to = ro.to === 'default' ? 'default' : parseCidr(ro.to);
      const via = typeof ro.via === 'string' ? parseCidr(`${ro.via}/32`) : undefined;
      if (!to) issues.add('invalid_value', [...rp, 'to'], 'to must be "default" or a network like 10.1.0.0/16');
      if (!via) issues.add('invalid_value', [...rp, 'via'], 'via must be an IPv4 address like 10.0.0.254');
      else if (!nics.some((n) => sameSubnet(n, { ip: via.ip, prefixLength: n.prefixLength }))) {
        issues.add('invalid_value', [...rp, 'via'], `gateway ${via.ip} is not in a subnet of any of this host's NICs`);
      }
      if (to && via) routes.push({ to: to === 'default' ? 'default' : `${to.ip}/${to.prefix}`, via: via.ip });
    });
    const sysctls: [string, string][] = [];
    if (o.sysctls !== undefined) {
      if (!isObj(o.sysctls)) issues.add('invalid_type', [...p, 'sysctls'], 'sysctls must be a mapping of net.* keys to values');
      else
        for (const [k, v] of Object.entries(o.sysctls)) {
          const problem = sysctlIssue(k, v);
          if (problem) issues.add('invalid_value', [...p, 'sysctls', k], problem);
          else sysctls.push([k, String(v)]);
        }
    }
    const additions = hostAdditions(topAdditions, compileAdditionsSpec(issues, o, p, options.file), kernel);
    if (!hostName) return;
    const index = hosts.length;
    byName.set(hostName, index);
    hosts.push({
      name: hostName,
      index,
      kernel,
      customKernel,
      memoryMiB: memoryMiB || DEFAULTS.memoryMiB,
      icountShift: icountShiftOf(c, o.icount_shift, [...p, 'icount_shift']),
      sysctls,
      nics,
      routes,
      // Only when there are some, so a stock host's resolved form (and digest) stays as it was.
      ...(additions ? { additions } : {}),
    });
  });
  if (Array.isArray(top.hosts) && top.hosts.length === 0) issues.add('invalid_value', ['hosts'], 'hosts must list at least one host');

  const hostRef = (v: unknown, path: Path): number | undefined => {
    const idx = typeof v === 'string' ? byName.get(v) : undefined;
    if (idx === undefined) issues.add('unknown_reference', path, `no host named ${JSON.stringify(v)}`);
    return idx;
  };

  const switches: ResolvedSwitch[] = [];
  const switchByName = new Map<string, number>();
  c.list(top.switches, ['switches']).forEach((w, i) => {
    const p: Path = ['switches', i];
    const o = c.obj(w, p, ['name', 'kind', 'aging'], ['name']);
    if (!o) return;
    const swName = c.name(o.name, [...p, 'name']);
    if (swName && (byName.has(swName) || switchByName.has(swName))) issues.add('duplicate_name', [...p, 'name'], `there is already a host or switch named ${swName}`);
    let kind: ResolvedSwitch['kind'] = 'learning';
    if (o.kind !== undefined) {
      if (o.kind === 'learning' || o.kind === 'hub') kind = o.kind;
      else issues.add('invalid_value', [...p, 'kind'], 'kind must be "learning" (a switch) or "hub"');
    }
    const agingNs = o.aging === undefined ? DEFAULTS.agingNs : c.unit(parseDurationNs(o.aging, 'aging'), [...p, 'aging'], DEFAULTS.agingNs);
    if (o.aging !== undefined && agingNs <= 0) issues.add('invalid_value', [...p, 'aging'], 'aging must be longer than 0');
    if (!swName || switchByName.has(swName) || byName.has(swName)) return;
    switchByName.set(swName, switches.length);
    switches.push({ name: swName, index: switches.length, kind, agingNs: agingNs > 0 ? agingNs : DEFAULTS.agingNs });
  });

  // A link end: a switch, a host with one NIC, or "host:ethN".
  const nodeRef = (v: unknown, path: Path): NodeRef | undefined => {
    const [base, nicName] = typeof v === 'string' ? v.split(':', 2) : [undefined, undefined];
    if (base !== undefined && switchByName.has(base) && nicName === undefined) return { kind: 'switch', index: switchByName.get(base)!, name: base, nic: 0 };
    const host = base === undefined ? undefined : byName.get(base);
    if (host === undefined) {
      issues.add('unknown_reference', path, `no host or switch named ${JSON.stringify(v)}`);
      return undefined;
    }
    const h = hosts[host]!;
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
  const outputs = new OutputClaims();
  const claim = (file: string, owner: string, path: Path): void => {
    const earlier = outputs.claim(file, owner);
    if (earlier !== undefined) issues.add('duplicate_name', path, `${owner} would write ${file}, which ${earlier} already writes; rename one of them`);
  };
  c.list(top.links, ['links']).forEach((l, i) => {
    const p: Path = ['links', i];
    const o = c.obj(l, p, ['name', 'between', 'rate', 'delay', 'jitter', 'reorder', 'queue', 'loss', 'pcap', 'throughput'], ['name', 'between', 'rate']);
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
        const nicName = `${e.name}:${hosts[e.index]!.nics[e.nic]!.name}`;
        if (linked.has(nicKey)) issues.add('invalid_value', [...p, 'between', k], `${nicName} is already on link ${linked.get(nicKey)}; join several links with a switch`);
        else linked.set(nicKey, linkName ?? '?');
      });
    }
    const rateBps = o.rate === undefined ? 1 : c.unit(parseRateBps(o.rate, 'rate'), [...p, 'rate'], 1);
    const delayNs = o.delay === undefined ? 0 : c.unit(parseDurationNs(o.delay, 'delay'), [...p, 'delay'], 0);
    const jitterNs = o.jitter === undefined ? 0 : c.unit(parseDurationNs(o.jitter, 'jitter'), [...p, 'jitter'], 0);
    const reorder = c.bool(o.reorder, [...p, 'reorder'], false);
    if (o.reorder === true && jitterNs === 0) issues.add('invalid_value', [...p, 'reorder'], 'reorder only has an effect with jitter');
    const q = parseQueueLimit(o.queue ?? DEFAULTS.queue);
    if (!q.ok) issues.add('invalid_value', [...p, 'queue'], q.message);
    const queue = q.ok ? { ...(q.packets ? { limitPackets: q.packets } : {}), ...(q.bytes ? { limitBytes: q.bytes } : {}) } : {};
    const loss = compileLoss(c, o.loss, [...p, 'loss']);
    const pcap = c.bool(o.pcap, [...p, 'pcap'], false);
    const throughputIntervalNs = o.throughput === undefined ? 0 : c.unit(parseDurationNs(o.throughput, 'throughput'), [...p, 'throughput'], 0);
    if (o.throughput !== undefined && throughputIntervalNs > 0 && throughputIntervalNs < 1_000_000) {
      issues.add('invalid_value', [...p, 'throughput'], 'throughput (the bin width of the throughput trace) must be at least 1ms');
    }
    const [a, b] = ends;
    if (linkName && pcap) claim(outputFile.linkPcap(linkName), `link ${linkName}`, [...p, 'name']);
    if (linkName && throughputIntervalNs > 0) claim(outputFile.linkThroughput(linkName), `link ${linkName}'s throughput trace`, [...p, 'name']);
    if (linkName && a && b && a.name !== b.name) {
      const dir = (from: NodeRef, to: NodeRef): ResolvedDirection => ({
        id: `${linkName}:${from.name}->${to.name}`,
        from,
        to,
        rateBps,
        delayNs,
        jitterNs,
        reorder,
        queue,
        loss,
      });
      links.push({ name: linkName, ends: [a, b], directions: [dir(a, b), dir(b, a)], pcap, throughputIntervalNs });
    }
  });

  const flows: ResolvedFlow[] = [];
  const flowIds = new Set<string>();
  c.list(top.flows, ['flows']).forEach((f, i) => {
    const p: Path = ['flows', i];
    const o = c.obj(f, p, ['id', 'from', 'to', 'port', 'start', 'bytes', 'cc', 'sample_interval'], ['id', 'from', 'to']);
    if (!o) return;
    const id = c.name(o.id, [...p, 'id']);
    if (id && flowIds.has(id)) issues.add('duplicate_name', [...p, 'id'], `there is already a flow ${id}`);
    else if (id) claim(outputFile.flowTrace(id), `flow ${id}`, [...p, 'id']);
    if (id) flowIds.add(id);
    const from = o.from === undefined ? undefined : hostRef(o.from, [...p, 'from']);
    const to = o.to === undefined ? undefined : hostRef(o.to, [...p, 'to']);
    if (from !== undefined && from === to) issues.add('invalid_value', [...p, 'to'], 'a flow goes to another host');
    else if (from !== undefined && to !== undefined) {
      const [hf, ht] = [hosts[from]!, hosts[to]!];
      const dst = ht.nics[0]!;
      if (!l3.same(`host ${hf.name}`, `host ${ht.name}`)) issues.add('unknown_reference', [...p, 'to'], `no links join ${hf.name} to ${ht.name}`);
      else if (hf.routes.length === 0 && !hf.nics.some((n) => sameSubnet(n, dst))) {
        issues.add('invalid_value', [...p, 'to'], `${ht.name}'s address ${dst.ip}/${dst.prefixLength} is in none of ${hf.name}'s subnets, and ${hf.name} has no routes`);
      }
    }
    const startNs = o.start === undefined ? 0 : c.unit(parseDurationNs(o.start, 'start'), [...p, 'start'], 0);
    let bytes: number | 'until_end' = 'until_end';
    if (o.bytes !== undefined && o.bytes !== 'until_end') bytes = c.unit(parseSizeBytes(o.bytes, 'bytes'), [...p, 'bytes'], 0);
    let cc: string | undefined;
    if (o.cc !== undefined) {
      if (typeof o.cc === 'string' && /^[a-z0-9_]{1,15}$/.test(o.cc)) cc = o.cc;
      else issues.add('invalid_value', [...p, 'cc'], 'cc must be a congestion control name like reno, cubic or bbr');
    }
    const sampleIntervalNs = c.unit(parseDurationNs(o.sample_interval ?? DEFAULTS.sampleInterval, 'sample_interval'), [...p, 'sample_interval'], 10_000_000);
    if (sampleIntervalNs < 100_000) issues.add('invalid_value', [...p, 'sample_interval'], 'sample_interval must be at least 100us');
    if (id && from !== undefined && to !== undefined && from !== to) {
      flows.push({ id, from, to, toIp: hosts[to]!.nics[0]!.ip, port: c.int(o.port, [...p, 'port'], 1, 65535, 5001 + i), startNs, bytes, cc, sampleIntervalNs });
    }
  });

  const actions: ResolvedAction[] = [];
  c.list(top.actions, ['actions']).forEach((a, i) => {
    const p: Path = ['actions', i];
    const o = c.obj(a, p, ['at', 'host', 'exec', 'sysctl', 'output'], ['at', 'host']);
    if (!o) return;
    const atNs = o.at === undefined ? 0 : c.unit(parseDurationNs(o.at, 'at'), [...p, 'at'], 0);
    const host = o.host === undefined ? undefined : hostRef(o.host, [...p, 'host']);
    let op: ResolvedAction['op'] | undefined;
    if ((o.exec === undefined) === (o.sysctl === undefined)) {
      issues.add('invalid_value', p, 'an action has exactly one of exec or sysctl');
    } else if (o.exec !== undefined) {
      if (typeof o.exec === 'string' && o.exec.trim() !== '') op = { kind: 'exec', argv: ['/bin/sh', '-c', o.exec] };
      else if (Array.isArray(o.exec) && o.exec.length > 0 && o.exec.length <= 64 && o.exec.every((x) => typeof x === 'string')) op = { kind: 'exec', argv: o.exec as string[] };
      else issues.add('invalid_value', [...p, 'exec'], 'exec must be a shell command line or a list of up to 64 argument strings');
    } else {
      const sy = c.obj(o.sysctl, [...p, 'sysctl'], Object.keys(isObj(o.sysctl) ? o.sysctl : {}));
      const entries = sy ? Object.entries(sy) : [];
      const [k, v] = entries[0] ?? [];
      if (sy && entries.length !== 1) issues.add('invalid_value', [...p, 'sysctl'], 'sysctl must be one key: value pair (use one action per key)');
      else if (k !== undefined && sysctlIssue(k, v)) issues.add('invalid_value', [...p, 'sysctl', k], sysctlIssue(k, v)!);
      else if (k !== undefined) op = { kind: 'sysctl', key: k, value: String(v) };
    }
    if (o.at !== undefined && durationNs > 0 && atNs >= durationNs) issues.add('invalid_value', [...p, 'at'], `at must be before the end of the run (duration ${durationNs / 1e9} s)`);
    let json = false;
    if (o.output !== undefined) {
      if (o.output !== 'json' && o.output !== 'text') issues.add('invalid_value', [...p, 'output'], 'output must be "text" (the default) or "json"');
      else if (o.exec === undefined) issues.add('invalid_value', [...p, 'output'], 'output applies to an exec action');
      else json = o.output === 'json';
    }
    // output only when json, so the resolved form of other actions (and their digest) stays as it was.
    if (host !== undefined && op) actions.push({ index: i, atNs, host, op, ...(json ? { output: 'json' as const } : {}) });
  });

  return { name, file: options.file, seed, durationNs, sync, hosts, switches, links, flows, actions };
}

/**
 * Only shift 0 (one instruction, one nanosecond) for now. With a larger shift
 * an instruction lasts 2^shift ns, so a busy guest can only stop on a
 * multiple of it and would overshoot horizons and deliveries that are not
 * aligned; the run would then abort. Refused here with the reason instead.
 */
function icountShiftOf(c: Checker, v: unknown, path: Path): number {
  if (v === undefined || v === 0) return DEFAULTS.icountShift;
  c.issues.add(
    'invalid_value',
    path,
    'icount_shift must be 0 (the default): with a larger shift a guest can only stop every 2^shift ns and would pass the times the network gives it (docs/limitations.md)',
  );
  return DEFAULTS.icountShift;
}

/** `kernel: {path, modules}`: a user's bzImage and modules folder, relative to the scenario file. */
function compileCustomKernel(c: Checker, v: Obj, path: Path, baseDir: string): ResolvedHost['customKernel'] {
  const o = c.obj(v, path, ['path', 'modules'], ['path']);
  if (!o || o.path === undefined) return undefined;
  const file = typeof o.path === 'string' ? resolve(baseDir, o.path) : undefined;
  if (!file || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
    c.issues.add('invalid_value', [...path, 'path'], `no kernel file ${file ?? JSON.stringify(o.path)}`);
    return undefined;
  }
  let modulesDir: string | undefined;
  if (o.modules !== undefined) {
    modulesDir = typeof o.modules === 'string' ? resolve(baseDir, o.modules) : undefined;
    if (!modulesDir || !statSync(modulesDir, { throwIfNoEntry: false })?.isDirectory()) {
      c.issues.add('invalid_value', [...path, 'modules'], `no modules folder ${modulesDir ?? JSON.stringify(o.modules)}`);
      return undefined;
    }
  }
  return { path: file, modulesDir };
}

/** Why `key: value` is not a settable sysctl, or undefined when it is. */
function sysctlIssue(key: string, value: unknown): string | undefined {
  if (!/^net\.[A-Za-z0-9_.-]+$/.test(key) || key.includes('..')) return `sysctl ${key} is not a net.* key`;
  if (typeof value !== 'string' && typeof value !== 'number') return `sysctl ${key} must be a string or number`;
  return undefined;
}

function compileLoss(c: Checker, v: unknown, path: Path): ResolvedLoss | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'number') return { kind: 'bernoulli', lossProbability: c.prob(v, path) };
  const o = c.obj(v, path, ['bernoulli', 'gilbert_elliott']);
  if (!o) return undefined;
  if (o.bernoulli !== undefined) return { kind: 'bernoulli', lossProbability: c.prob(o.bernoulli, [...path, 'bernoulli']) };
  if (o.gilbert_elliott !== undefined) {
    const g = c.obj(o.gilbert_elliott, [...path, 'gilbert_elliott'], ['p', 'r', 'loss_good', 'loss_bad'], ['p', 'r']);
    if (!g) return undefined;
    const gp = [...path, 'gilbert_elliott'];
    return {
      kind: 'gilbert_elliott',
      p: c.prob(g.p, [...gp, 'p']),
      r: c.prob(g.r, [...gp, 'r']),
      lossInGood: g.loss_good === undefined ? 0 : c.prob(g.loss_good, [...gp, 'loss_good']),
      lossInBad: g.loss_bad === undefined ? 1 : c.prob(g.loss_bad, [...gp, 'loss_bad']),
    };
  }
  c.issues.add('missing_key', path, 'loss needs bernoulli or gilbert_elliott');
  return undefined;
}
