import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { CommandModule } from 'yargs';
import { knownKernels } from '../../images/kernel-catalog.js';
import { runScenario } from '../../run/run-scenario.js';
import { signalExitCode } from '../../run/stop-controller.js';
import { loadScenario } from '../../scenario/load-scenario.js';
import { overridesFromArgs, SET_OPTION } from '../scenario-overrides.js';
import { CliFailure } from '../cli-failure.js';

interface RunArgs {
  scenario: string;
  out: string | undefined;
  sync: 'parallel' | 'lockstep' | undefined;
  'hang-timeout': number;
  force: boolean;
  set: string[] | undefined;
  seed: number | undefined;
  snapshot: boolean;
}

/** Node's timers hold at most 2^31 - 1 ms; a longer hang timeout would fire at once. */
const MAX_HANG_TIMEOUT_S = Math.floor((2 ** 31 - 1) / 1000);

export const runCommand: CommandModule<object, RunArgs> = {
  command: 'run <scenario>',
  describe: 'Boot the scenario\'s guests, run it on the simulated network and write a results folder',
  builder: (y) =>
    y
      .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (YAML, see docs/scenario-spec.md)' })
      .option('out', {
        type: 'string',
        describe:
          'results folder (default: results/<scenario name>). It must be new, empty, or the results of an earlier run of the same scenario file, which are replaced; ' +
          'anything else is refused, and so is a folder another cosim is writing (naming its pid)',
      })
      .option('set', SET_OPTION)
      .option('seed', { type: 'number', describe: 'the scenario\'s seed (same as --set seed=N)' })
      .option('force', {
        type: 'boolean',
        default: false,
        describe:
          'replace the results of another scenario in --out (never a folder that is not cosim results, nor a file cosim did not write, at any depth), ' +
          'and run even if the guests need more memory than this machine has',
      })
      .option('sync', {
        choices: ['parallel', 'lockstep'] as const,
        describe: 'how VMs are advanced: parallel with lookahead (fast) or one at a time (the reference); results are identical',
      })
      .option('hang-timeout', {
        type: 'number',
        default: 120,
        describe: `wall-clock seconds a guest may take to reach its next sync point before the run stops, naming it as hung (at most ${MAX_HANG_TIMEOUT_S})`,
      })
      .option('snapshot', {
        type: 'boolean',
        default: true,
        describe:
          'start each guest from a snapshot of it at agent-ready (made by booting it once, cached in ~/.cache/cosim/snapshots; same results as a boot); --no-snapshot boots every guest',
      })
      .example('$0 run examples/dumbbell.yaml', 'one Reno flow over a 10 Mbit/s, 20 ms bottleneck; results in results/dumbbell')
      .example('$0 run examples/dumbbell.yaml --set flows.reno.cc=cubic --seed 2 --out results/cubic', 'the same with CUBIC and another seed')
      .example('$0 run examples/dumbbell.yaml --out /tmp/a && $0 run examples/dumbbell.yaml --out /tmp/b && $0 compare /tmp/a /tmp/b', 'check reproducibility')
      .epilogue(
        'The results folder holds summary.json and summary.txt, traces/<flow>.csv (cwnd, RTT, bytes acked over simulated time), ' +
          'pcap/<link>.pcap (nanosecond timestamps of simulated time), plots/*.svg, console/<host>.log and digest.txt. ' +
          'Ctrl-C stops at the next sync point and keeps partial results; a second Ctrl-C kills at once.',
      ),
  handler: async (args) => {
    const hang = args['hang-timeout'];
    if (!(hang > 0 && hang <= MAX_HANG_TIMEOUT_S)) throw new CliFailure(`--hang-timeout must be a number of seconds from above 0 to ${MAX_HANG_TIMEOUT_S}, not ${hang}`, 2);
    const scenario = loadScenario(args.scenario, knownKernels(), { overrides: overridesFromArgs(args.set, args.seed) });
    const out = args.out ?? join('results', scenario.name || basename(args.scenario, '.yaml'));
    const { outcome, digest } = await runScenario(scenario, {
      outDir: out,
      existing: args.force ? 'force' : 'replace-results',
      handleSignals: true,
      ignoreMemoryLimit: args.force,
      syncTimeoutMs: Math.round(hang * 1000),
      snapshots: args.snapshot,
      ...(args.sync ? { sync: args.sync } : {}),
    });
    process.stdout.write(readFileSync(join(out, 'summary.txt'), 'utf8'));
    process.stdout.write(`results in ${out}\n`);
    if (outcome.status !== 'completed') throw new CliFailure(`run ${outcome.status}: ${outcome.reason ?? 'unknown reason'} (partial results kept in ${out}, digest ${digest})`, outcome.signal ? signalExitCode(outcome.signal) : 1);
  },
};
