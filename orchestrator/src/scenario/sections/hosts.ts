// `hosts:`: each guest with its kernel, memory, NICs (addresses, MACs),
// routes, sysctls and image additions. A new per-host key goes here.
// `vms:`: guests that hold virtual IP hosts, placed in them with `vm:`.

import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type Checker, isObj, type Obj } from '../checker.js';
import { compileAdditionsSpec, hostAdditions } from '../guest-additions.js';
import type { Path } from '../issues.js';
import type { KernelChoice, ResolvedHost, ResolvedNic, ResolvedVm } from '../types.js';
import { parseSizeBytes } from '../units.js';
import { parseCidr, sameSubnet } from './addresses.js';
import { cpuMipsOf } from './cpu.js';
import { compileOffloads, DEFAULT_OFFLOADS } from './nic-offloads.js';
import { nicMtuOf } from './mtu.js';

const DEFAULTS = { memoryMiB: 256, icountShift: 0 } as const;

/**
 * 802.1Q ids 1 to 4094 (0 and 4095 are reserved): the most virtual
 * interfaces one VM's NIC can carry, each virtual host's NIC on its own.
 */
export const MAX_VLANS_PER_VM = 4094;

/**
 * The most virtual hosts in one VM. Each is configured through the VM's one
 * agent (namespace, VLAN, an `ip` exec: about 20 ms of simulated time at 256),
 * and the VM's one CPU saturates between 64 and 256 of them (docs/virtual-hosts.md,
 * Scale: 256 configured in 5.2 s of simulated time, the whole 5 s run in 82 s
 * of wall time). 4,094 were accepted, and after 10 minutes configuration had
 * reached 31 s of simulated time (issue 26, finding 15).
 */
export const MAX_VIRTUAL_HOSTS_PER_VM = 256;

/** Keys of a guest: a host that is a VM of its own has them, a virtual host takes its VM's. */
const GUEST_KEYS = ['kernel', 'memory', 'cpu', 'icount_shift', 'packages', 'files'] as const;

/** The hosts in file order, and how later sections refer to one by name. */
export class HostTable {
  readonly list: ResolvedHost[] = [];
  readonly byName = new Map<string, number>();
  /** `vms:`, in file order. */
  readonly vms: ResolvedVm[] = [];

  constructor(readonly c: Checker) {}

  /** The index of the host named `v`, or an issue at `path`. */
  ref(v: unknown, path: Path): number | undefined {
    const idx = typeof v === 'string' ? this.byName.get(v) : undefined;
    if (idx === undefined) this.c.issues.add('unknown_reference', path, `no host named ${JSON.stringify(v)}`);
    return idx;
  }
}

export interface HostsOptions {
  file: string;
  kernels: readonly KernelChoice[];
}

/** `top` is the whole scenario: its own `packages` and `files` are every host's default. */
export function compileHosts(c: Checker, top: Obj, options: HostsOptions): HostTable {
  const { issues } = c;
  const table = new HostTable(c);
  const { list: hosts, byName } = table;
  const topAdditions = compileAdditionsSpec(issues, top, [], options.file);
  const ips = new Map<string, string>();
  const macs = new Map<string, string>();
  const vms = compileVms(c, top, options, table.vms, topAdditions);
  /** VLAN ids given out so far, per VM. */
  const vlansUsed = table.vms.map(() => 0);
  c.list(top.hosts, ['hosts']).forEach((h, i) => {
    const p: Path = ['hosts', i];
    const o = c.obj(h, p, ['name', 'vm', ...GUEST_KEYS, 'ip', 'mac', 'mtu', 'offloads', 'nics', 'routes', 'sysctls'], ['name']);
    if (!o) return;
    const hostName = c.name(o.name, [...p, 'name']);
    if (hostName && byName.has(hostName)) issues.add('duplicate_name', [...p, 'name'], `there is already a host named ${hostName}`);
    if (hostName && vms.has(hostName)) issues.add('duplicate_name', [...p, 'name'], `there is already a VM named ${hostName} (vms:); hosts and VMs share one name space`);
    let vm: ResolvedVm | undefined;
    if (o.vm !== undefined) {
      const at = typeof o.vm === 'string' ? vms.get(o.vm) : undefined;
      if (at === undefined) {
        const known = table.vms.map((v) => v.name).join(', ');
        issues.add('unknown_reference', [...p, 'vm'], `no VM named ${JSON.stringify(o.vm)}; ${known ? `VMs: ${known}` : 'declare it under vms:'}`);
      } else vm = table.vms[at];
      for (const k of GUEST_KEYS) {
        if (o[k] !== undefined) issues.add('invalid_value', [...p, k], `a host placed in a VM (vm: ${String(o.vm)}) takes its ${k} from the VM; give ${k} under vms:`);
      }
    } else if (o.kernel === undefined) {
      issues.add('missing_key', [...p, 'kernel'], 'kernel is required (or vm: to place the host in a VM of vms:)');
    }
    let kernel = vm?.kernel ?? String(o.kernel ?? '');
    let customKernel: ResolvedHost['customKernel'] = vm?.customKernel;
    if (vm || o.vm !== undefined) {
      // A virtual host's guest keys were refused above; the VM's apply.
    } else if (isObj(o.kernel)) {
      kernel = 'custom';
      customKernel = compileCustomKernel(c, o.kernel, [...p, 'kernel'], dirname(resolve(options.file)));
    } else if (o.kernel !== undefined && !options.kernels.some((k) => k.version === kernel)) {
      issues.add('unknown_kernel', [...p, 'kernel'], `unknown kernel "${kernel}"; known: ${options.kernels.map((k) => k.version).join(', ')}, or {path: bzImage, modules: dir} for your own`);
    }
    const mem = vm ? vm.memoryMiB * 2 ** 20 : o.memory === undefined ? DEFAULTS.memoryMiB * 2 ** 20 : c.unit(parseSizeBytes(o.memory, 'memory'), [...p, 'memory'], 0);
    const memoryMiB = Math.floor(mem / 2 ** 20);
    if (!vm && o.memory !== undefined && (memoryMiB < 64 || memoryMiB > 16384)) issues.add('invalid_value', [...p, 'memory'], 'memory must be from 64MiB to 16GiB');
    const nics = compileNics(c, o, p, hosts.length, hostName, ips, macs);
    const routes = compileRoutes(c, o.routes, [...p, 'routes'], nics);
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
    // A virtual host's image is its VM's.
    const additions = o.vm === undefined ? hostAdditions(topAdditions, compileAdditionsSpec(issues, o, p, options.file), suiteOf(options, kernel)) : undefined;
    let virtual: ResolvedHost['virtual'];
    if (vm) {
      if (hostName && vm.hosts.length === MAX_VIRTUAL_HOSTS_PER_VM) {
        issues.add('invalid_value', [...p, 'vm'], `too many virtual hosts in VM ${vm.name}: at most ${MAX_VIRTUAL_HOSTS_PER_VM}, where configuration was measured to finish in reasonable time (docs/virtual-hosts.md, Scale); place some hosts in another VM`);
      }
      const first = vlansUsed[vm.index]!;
      vlansUsed[vm.index] = first + nics.length;
      if (first + nics.length > MAX_VLANS_PER_VM && first <= MAX_VLANS_PER_VM) {
        issues.add('invalid_value', [...p, o.nics === undefined ? 'ip' : 'nics'], `too many interfaces in VM ${vm.name}: its NIC carries each virtual host's NIC on its own 802.1Q VLAN, at most ${MAX_VLANS_PER_VM}; place some hosts in another VM`);
      }
      virtual = { vm: vm.index, vlanIds: nics.map((_, k) => first + k + 1) };
    }
    if (!hostName) return;
    const index = hosts.length;
    byName.set(hostName, index);
    vm?.hosts.push(index);
    hosts.push({
      name: hostName,
      index,
      kernel,
      customKernel,
      memoryMiB: memoryMiB || DEFAULTS.memoryMiB,
      icountShift: vm ? vm.icountShift : icountShiftOf(c, o.icount_shift, [...p, 'icount_shift']),
      ...cpuOf(vm ? vm.cpuMips : cpuMipsOf(c, o.cpu, [...p, 'cpu'])),
      sysctls,
      nics,
      routes,
      // Only when there are some, so a stock host's resolved form (and digest) stays as it was.
      ...(additions ? { additions } : {}),
      ...(virtual ? { virtual } : {}),
    });
  });
  table.vms.forEach((v, k) => {
    if (v.hosts.length === 0) issues.add('invalid_value', ['vms', k], `no host is placed in VM ${v.name} (vm: ${v.name}); remove it or place one`);
  });
  if (Array.isArray(top.hosts) && top.hosts.length === 0) issues.add('invalid_value', ['hosts'], 'hosts must list at least one host');
  return table;
}

/**
 * `vms:`: guests that hold virtual hosts, with the guest keys a host of its
 * own has. Fills `out`; returns the index of each VM by name.
 */
function compileVms(c: Checker, top: Obj, options: HostsOptions, out: ResolvedVm[], topAdditions: ReturnType<typeof compileAdditionsSpec>): Map<string, number> {
  const { issues } = c;
  const byName = new Map<string, number>();
  c.list(top.vms, ['vms']).forEach((v, i) => {
    const p: Path = ['vms', i];
    const o = c.obj(v, p, ['name', ...GUEST_KEYS], ['name', 'kernel']);
    if (!o) return;
    const name = c.name(o.name, [...p, 'name']);
    if (name && byName.has(name)) issues.add('duplicate_name', [...p, 'name'], `there is already a VM named ${name}`);
    let kernel = String(o.kernel ?? '');
    let customKernel: ResolvedVm['customKernel'];
    if (isObj(o.kernel)) {
      kernel = 'custom';
      customKernel = compileCustomKernel(c, o.kernel, [...p, 'kernel'], dirname(resolve(options.file)));
    } else if (o.kernel !== undefined && !options.kernels.some((k) => k.version === kernel)) {
      issues.add('unknown_kernel', [...p, 'kernel'], `unknown kernel "${kernel}"; known: ${options.kernels.map((k) => k.version).join(', ')}, or {path: bzImage, modules: dir} for your own`);
    }
    const mem = o.memory === undefined ? DEFAULTS.memoryMiB * 2 ** 20 : c.unit(parseSizeBytes(o.memory, 'memory'), [...p, 'memory'], 0);
    const memoryMiB = Math.floor(mem / 2 ** 20);
    if (o.memory !== undefined && (memoryMiB < 64 || memoryMiB > 16384)) issues.add('invalid_value', [...p, 'memory'], 'memory must be from 64MiB to 16GiB');
    const additions = hostAdditions(topAdditions, compileAdditionsSpec(issues, o, p, options.file), suiteOf(options, kernel));
    if (!name || byName.has(name)) return;
    byName.set(name, out.length);
    out.push({
      name,
      index: out.length,
      kernel,
      customKernel,
      memoryMiB: memoryMiB || DEFAULTS.memoryMiB,
      icountShift: icountShiftOf(c, o.icount_shift, [...p, 'icount_shift']),
      ...cpuOf(cpuMipsOf(c, o.cpu, [...p, 'cpu'])),
      ...(additions ? { additions } : {}),
      hosts: [],
    });
  });
  return byName;
}

/**
 * `ip` and `mac` (one NIC, eth0) or `nics`. `ips` and `macs` hold the
 * addresses taken so far, by owner, across hosts.
 */
function compileNics(
  c: Checker,
  o: Obj,
  p: Path,
  hostsSoFar: number,
  hostName: string | undefined,
  ips: Map<string, string>,
  macs: Map<string, string>,
): ResolvedNic[] {
  const { issues } = c;
  if ((o.ip === undefined) === (o.nics === undefined)) {
    issues.add('missing_key', [...p, 'ip'], 'a host has either ip (one NIC, eth0) or nics (a list of NICs)');
  }
  if (o.nics !== undefined && o.mac !== undefined) issues.add('invalid_value', [...p, 'mac'], 'with nics, give each NIC its own mac');
  const hostMtu = nicMtuOf(c, o.mtu, [...p, 'mtu']);
  const hostOffloads = compileOffloads(c, o.offloads, [...p, 'offloads'], DEFAULT_OFFLOADS);
  const nicSpecs: { ip: unknown; path: Path; mac: unknown; macPath: Path; offloads: ResolvedNic['offloads']; offloadsPath: Path | undefined; mtu: number | undefined }[] =
    o.nics === undefined
      ? [{ ip: o.ip, path: [...p, 'ip'], mac: o.mac, macPath: [...p, 'mac'], offloads: hostOffloads, offloadsPath: o.offloads === undefined ? undefined : [...p, 'offloads'], mtu: hostMtu }]
      : c.list(o.nics, [...p, 'nics']).flatMap((n, k) => {
          const no = c.obj(n, [...p, 'nics', k], ['ip', 'mac', 'mtu', 'offloads'], ['ip']);
          const mtu = nicMtuOf(c, no?.mtu, [...p, 'nics', k, 'mtu']) ?? hostMtu;
          const offloadsPath: Path | undefined = no?.offloads !== undefined ? [...p, 'nics', k, 'offloads'] : o.offloads !== undefined ? [...p, 'offloads'] : undefined;
          const offloads = compileOffloads(c, no?.offloads, [...p, 'nics', k, 'offloads'], hostOffloads);
          return no ? [{ ip: no.ip, path: [...p, 'nics', k, 'ip'], mac: no.mac, macPath: [...p, 'nics', k, 'mac'], offloads, offloadsPath, mtu }] : [];
        });
  if (Array.isArray(o.nics) && (o.nics.length < 1 || o.nics.length > 8)) issues.add('invalid_value', [...p, 'nics'], 'nics must list from 1 to 8 NICs');
  const nics: ResolvedNic[] = [];
  for (const [k, spec] of nicSpecs.entries()) {
    const cidr = spec.ip === undefined ? undefined : parseCidr(spec.ip);
    if (spec.ip !== undefined && !cidr) issues.add('invalid_value', spec.path, 'ip must be an IPv4 address with prefix length like 10.0.0.1/24');
    if (cidr && ips.has(cidr.ip)) issues.add('duplicate_name', spec.path, `${cidr.ip} is already used by ${ips.get(cidr.ip)}`);
    if (cidr) ips.set(cidr.ip, hostName ?? '?');
    const hex = (n: number) => (n & 0xff).toString(16).padStart(2, '0');
    let mac = `52:54:00:${hex(k)}:${hex((hostsSoFar + 1) >> 8)}:${hex(hostsSoFar + 1)}`;
    if (spec.mac !== undefined) {
      const problem = macIssue(spec.mac);
      if (problem) issues.add('invalid_value', spec.macPath, problem);
      else mac = String(spec.mac).toLowerCase();
    }
    const owner = `${hostName ?? '?'}:eth${k}`;
    if (macs.has(mac)) issues.add('duplicate_name', spec.macPath, `MAC ${mac} is already used by ${macs.get(mac)}`);
    macs.set(mac, owner);
    // A virtual host's NICs are VLANs of its VM's one NIC, which the network never sees whole.
    if (spec.offloads && spec.offloadsPath && o.vm !== undefined) issues.add('invalid_value', spec.offloadsPath, 'a host placed in a VM (vm:) has no offloads: its NICs are VLANs of the VM\'s NIC');
    const offloads = o.vm === undefined ? spec.offloads : undefined;
    nics.push({ name: `eth${k}`, ip: cidr?.ip ?? '0.0.0.0', prefixLength: cidr?.prefix ?? 24, mac, ...(spec.mtu !== undefined ? { mtu: spec.mtu } : {}), ...(offloads ? { offloads } : {}) });
  }
  return nics;
}

function compileRoutes(c: Checker, v: unknown, path: Path, nics: ResolvedNic[]): ResolvedHost['routes'] {
  const { issues } = c;
  const routes: ResolvedHost['routes'] = [];
  c.list(v, path).forEach((r, k) => {
    const rp: Path = [...path, k];
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
  return routes;
}

/** Why `value` cannot be a guest NIC's MAC address, or undefined when it can. */
function macIssue(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i.test(value)) return 'mac must look like 52:54:00:12:34:56';
  if (parseInt(value.slice(0, 2), 16) & 1) return `mac ${value} is a multicast address; a NIC needs a unicast one (even first byte)`;
  if (/^00(:00){5}$/.test(value)) return 'mac must not be all zeros';
  return undefined;
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

/** Only a speed other than the default, so a stock guest's resolved form (and digest) stays as it was. */
const cpuOf = (cpuMips: number | undefined): { cpuMips?: number } => (cpuMips === undefined ? {} : { cpuMips });

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

/** Why `key: value` is not a settable sysctl, or undefined when it is (hosts' `sysctls` and `sysctl` actions). */
export function sysctlIssue(key: string, value: unknown): string | undefined {
  if (!/^net\.[A-Za-z0-9_.-]+$/.test(key) || key.includes('..')) return `sysctl ${key} is not a net.* key`;
  if (typeof value !== 'string' && typeof value !== 'number') return `sysctl ${key} must be a string or number`;
  return undefined;
}

/** The suite of a pinned kernel's packages; bookworm for a custom kernel. */
function suiteOf(options: HostsOptions, kernel: string): string {
  return options.kernels.find((k) => k.version === kernel)?.suite ?? 'bookworm';
}
