import type { CommandModule } from 'yargs';
import { knownKernels } from '../../images/kernel-catalog.js';
import { loadScenario } from '../../scenario/load-scenario.js';

export const checkCommand: CommandModule<object, { scenario: string }> = {
  command: 'check <scenario>',
  describe: 'Validate a scenario file and show what it describes, without starting anything',
  builder: (y) =>
    y
      .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (YAML)' })
      .example('$0 check examples/dumbbell.yaml', 'list hosts, links and flows, or every problem with its line'),
  handler: (args) => {
    const s = loadScenario(args.scenario, knownKernels());
    const lines = [`${s.name}: ${s.durationNs / 1e9} s, seed ${s.seed}, ${s.sync} sync`];
    for (const h of s.hosts) lines.push(`  host ${h.name}: kernel ${h.kernel}, ${h.memoryMiB} MiB, ${h.ip}/${h.prefixLength}`);
    for (const l of s.links) {
      const d = l.directions[0];
      lines.push(`  link ${l.name}: ${s.hosts[l.hosts[0]]!.name} <-> ${s.hosts[l.hosts[1]]!.name}, ${d.rateBps / 1e6} Mbit/s, ${d.delayNs / 1e6} ms${l.pcap ? ', pcap' : ''}`);
    }
    for (const f of s.flows) lines.push(`  flow ${f.id}: ${s.hosts[f.from]!.name} -> ${f.toIp}:${f.port} from ${f.startNs / 1e9} s, ${f.cc ?? 'default cc'}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  },
};
