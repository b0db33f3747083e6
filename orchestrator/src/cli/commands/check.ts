import type { CommandModule } from 'yargs';
import type { NodeRef, ResolvedScenario } from '../../scenario/types.js';
import type { SizeDistribution } from '../../sim/traffic-schedule.js';
import { knownKernels } from '../../images/kernel-catalog.js';
import { checkGuestMemory } from '../../run/resource-check.js';
import { SERVER_SYSCTLS } from '../../run/server-sysctls.js';
import { loadScenario } from '../../scenario/load-scenario.js';
import { overridesFromArgs, SET_OPTION } from '../scenario-overrides.js';

const DEFAULT_KEYS = new Set(SERVER_SYSCTLS.map((d) => d.key));

/** A host's own sysctls, each that replaces a server default saying so. */
function ownSysctls(sysctls: [string, string][]): string {
  return sysctls.map(([k, v]) => `, sysctl ${k}=${v}${DEFAULT_KEYS.has(k) ? ' (instead of the server default)' : ''}`).join('');
}

/** A guest's CPU speed, when it is not the default one instruction per ns. */
const cpuText = (mips: number | undefined): string => (mips === undefined ? '' : `, cpu ${mips / 1000} GHz`);

/** The settings every guest gets that a stock boot of it would not have, and which hosts set their own instead. */
export function serverDefaultLines(s: Pick<ResolvedScenario, 'hosts'>): string[] {
  const lines = ['  server defaults (docs/scenario-spec.md, "Server defaults"), unless a host sets its own:'];
  for (const d of SERVER_SYSCTLS) {
    const own = s.hosts.filter((h) => h.sysctls.some(([k]) => k === d.key)).map((h) => h.name);
    const scope = d.perNamespace ? '' : ', VM-wide';
    lines.push(`    ${d.key}=${d.value} (stock ${d.stock256MiB} on 256 MiB${scope})${own.length ? `; own value on ${own.join(', ')}` : ''}`);
  }
  return lines;
}

const sizeText = (d: SizeDistribution): string =>
  d.kind === 'fixed' ? `${d.bytes} B` : d.kind === 'uniform' ? `one of ${d.sizes.join(', ')} B` : d.kind === 'exponential' ? `exponential, mean ${d.meanBytes} B` : `lognormal, mean ${d.meanBytes} B, sigma ${d.sigma}`;

/** One line per workload of every kind: TCP flows (short_flows expanded into them), UDP flows, request/response. */
export function workloadLines(s: Pick<ResolvedScenario, 'hosts' | 'flows' | 'udpFlows' | 'requestResponse'>): string[] {
  const name = (i: number) => s.hosts[i]!.name;
  const lines: string[] = [];
  for (const f of s.flows) {
    const size = f.bytes === 'until_end' ? '' : `, ${f.bytes} B`;
    lines.push(`  flow ${f.id}: ${name(f.from)} -> ${f.toIp}:${f.port} from ${f.startNs / 1e9} s${size}, ${f.cc ?? 'default cc'}`);
  }
  for (const u of s.udpFlows ?? []) {
    const onOff = u.onOff ? `, on ${u.onOff.onNs / 1e6} ms / off ${u.onOff.offNs / 1e6} ms (${u.onOff.distribution})` : '';
    lines.push(`  udp flow ${u.id}: ${name(u.from)} -> ${u.toIp}:${u.port} from ${u.startNs / 1e9} s for ${u.durationNs / 1e9} s, ${u.rateBps / 1e6} Mbit/s, ${u.datagramBytes}-byte datagrams${onOff}`);
  }
  for (const w of s.requestResponse ?? []) {
    const gap = w.meanGapNs === undefined ? '' : `, mean gap ${w.meanGapNs / 1e6} ms`;
    lines.push(
      `  request/response ${w.id}: ${name(w.from)} -> ${w.toIp}:${w.port} from ${w.startNs / 1e9} s, ${w.count} requests (${w.arrival}${gap}), ` +
        `requests ${sizeText(w.requestSize)}, responses ${sizeText(w.responseSize)}, ${w.cc ?? 'default cc'}`,
    );
  }
  return lines;
}

export const checkCommand: CommandModule<object, { scenario: string; set: string[] | undefined; seed: number | undefined }> = {
  command: 'check <scenario>',
  describe: 'Validate a scenario file and show what it describes, without starting anything',
  builder: (y) =>
    y
      .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (YAML)' })
      .option('set', SET_OPTION)
      .option('seed', { type: 'number', describe: 'the scenario\'s seed (same as --set seed=N)' })
      .example('$0 check examples/dumbbell.yaml', 'list hosts, links and flows, or every problem with its line'),
  handler: (args) => {
    const s = loadScenario(args.scenario, knownKernels(), { overrides: overridesFromArgs(args.set, args.seed) });
    const lines = [`${s.name}: ${s.durationNs / 1e9} s, seed ${s.seed}, ${s.sync} sync`];
    for (const v of s.vms ?? []) lines.push(`  vm ${v.name}: kernel ${v.customKernel?.path ?? v.kernel}, ${v.memoryMiB} MiB${cpuText(v.cpuMips)}, ${v.hosts.length} virtual hosts`);
    for (const h of s.hosts) {
      // A virtual host is a namespace of its VM, each NIC a VLAN of the VM's NIC.
      const where = h.virtual ? `in vm ${s.vms![h.virtual.vm]!.name}` : `kernel ${h.customKernel?.path ?? h.kernel}, ${h.memoryMiB} MiB${cpuText(h.cpuMips)}`;
      const nic = (n: (typeof h.nics)[number], k: number) => `${n.name} ${n.ip}/${n.prefixLength}${n.mtu !== undefined ? ` mtu ${n.mtu}` : ''}${h.virtual ? ` (VLAN ${h.virtual.vlanIds[k]})` : ''}${n.offloads ? ` (offloads: ${['checksum', ...(n.offloads.tso ? ['tso'] : []), ...(n.offloads.lro ? ['lro'] : [])].join(', ')})` : ''}`;
      lines.push(`  host ${h.name}: ${where}, ${h.nics.map(nic).join(', ')}${h.routes.map((r) => `, route ${r.to} via ${r.via}`).join('')}${ownSysctls(h.sysctls)}`);
    }
    lines.push(...serverDefaultLines(s));
    const endName = (e: NodeRef) => (e.kind === 'host' && s.hosts[e.index]!.nics.length > 1 ? `${e.name}:${s.hosts[e.index]!.nics[e.nic]!.name}` : e.name);
    for (const w of s.switches) lines.push(`  ${w.kind === 'hub' ? 'hub' : 'switch'} ${w.name}`);
    for (const l of s.links) {
      const d = l.directions[0];
      const extras = [d.jitterNs ? `jitter ${d.jitterNs / 1e6} ms${d.reorder ? ' (may reorder)' : ''}` : '', l.pcap ? 'pcap' : '', l.throughputIntervalNs ? 'throughput trace' : '', l.mtu ? `mtu ${l.mtu}` : ''];
      lines.push(`  link ${l.name}: ${endName(l.ends[0])} <-> ${endName(l.ends[1])}, ${d.rateBps / 1e6} Mbit/s, ${d.delayNs / 1e6} ms${extras.filter(Boolean).map((e) => `, ${e}`).join('')}`);
    }
    lines.push(...workloadLines(s));
    for (const a of s.actions) {
      const what =
        a.op.kind === 'exec'
          ? `exec ${JSON.stringify(a.op.argv.at(-1))}${a.op.timeoutNs ? `, timeout ${a.op.timeoutNs / 1e9} s` : ''}`
          : `sysctl ${a.op.key}=${a.op.value}`;
      lines.push(`  action at ${a.atNs / 1e9} s on ${s.hosts[a.host]!.name}: ${what}`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    const memory = checkGuestMemory(s);
    if (!memory.fits) process.stderr.write(`warning: ${memory.message}; \`cosim run\` will refuse it unless given --force\n`);
  },
};
