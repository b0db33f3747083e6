import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { knownKernels } from '../../images/kernel-catalog.js';
import { loadScenario } from '../../scenario/load-scenario.js';
import { signalExitCode } from '../../run/stop-controller.js';
import { runValidation } from '../../validate/run-validation.js';
import { ValidationError } from '../../validate/validation-error.js';
import { CliFailure } from '../cli-failure.js';
import { overridesFromArgs, SET_OPTION } from '../scenario-overrides.js';

interface ValidateArgs {
  scenario: string;
  against: 'ns3';
  out: string | undefined;
  set: string[] | undefined;
  'rng-run': number | undefined;
  'cosim-results': string | undefined;
}

export const validateCommand: CommandModule<object, ValidateArgs> = {
  command: 'validate <scenario>',
  describe: 'Run a scenario in cosim and in ns-3 and compare them side by side (goodput, sawtooth, RTT, drops)',
  builder: (y) =>
    y
      .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (YAML): point-to-point links, drop-tail queues, Bernoulli loss, static routes, reno/cubic/bbr flows' })
      .option('against', { choices: ['ns3'] as const, demandOption: true, describe: 'the simulator to compare with: ns3 (Debian\'s ns-3 3.37, installed on first use)' })
      .option('out', { type: 'string', describe: 'validation folder (default: results/<scenario name>-vs-ns3); new, empty, or an earlier validation, which is replaced' })
      .option('set', SET_OPTION)
      .option('rng-run', { type: 'number', describe: 'ns-3\'s RngRun, the random stream set its loss models draw from (default: the scenario\'s seed); recorded in the report' })
      .option('cosim-results', { type: 'string', describe: 'compare this earlier `cosim run` results folder of the same scenario instead of running it again' })
      .example('$0 validate examples/dumbbell.yaml --against ns3', 'the dumbbell in both simulators; report in results/dumbbell-vs-ns3/report.html')
      .example('$0 validate examples/dumbbell.yaml --against ns3 --set flows.reno.cc=cubic --out results/cubic-vs-ns3', 'the same with CUBIC')
      .example('$0 validate examples/dumbbell.yaml --against ns3 --cosim-results results/dumbbell', 'compare a run made earlier with `cosim run`')
      .epilogue(
        'The scenario is translated into an ns-3 program (C++), compiled once against Debian\'s libns3-dev 3.37 (cached under ~/.cache/cosim/ns3 by the program\'s text) and run with a fixed seed. ' +
          'A feature ns-3 cannot reproduce (switches and hubs, jitter, Gilbert-Elliott loss, RED/CoDel/FQ-CoDel or byte-limited queues, actions, other sysctls or congestion controls) is named with where it is in the scenario, and nothing runs. ' +
          'The folder holds comparison.csv (flow, metric, unit, cosim, ns3, difference_pct, target_pct, within), comparison.json (also both digests and the differences), plots/*.svg, report.html, cosim/ and ns3/. ' +
          'docs/validation.md explains what is matched, what is not, and how each figure is measured.',
      ),
  handler: async (args) => {
    const rngRun = args['rng-run'];
    if (rngRun !== undefined && !(Number.isInteger(rngRun) && rngRun >= 1 && rngRun <= 2 ** 32 - 1)) throw new CliFailure(`--rng-run must be a whole number from 1 to ${2 ** 32 - 1}, not ${rngRun}`, 2);
    const scenario = loadScenario(args.scenario, knownKernels(), { overrides: overridesFromArgs(args.set, undefined) });
    const out = args.out ?? join('results', `${scenario.name}-vs-ns3`);
    const r = await runValidation(scenario, {
      outDir: out,
      ...(rngRun !== undefined ? { rngRun } : {}),
      ...(args['cosim-results'] ? { cosimResults: args['cosim-results'] } : {}),
      installNs3: true,
      handleSignals: true,
      log: (line) => process.stderr.write(`${line}\n`),
    }).catch((err: unknown) => {
      // Ctrl-C during the cosim run exits as `cosim run` does (130, 143).
      if (err instanceof ValidationError && err.signal) throw new CliFailure(err.message, signalExitCode(err.signal));
      throw err;
    });
    const lines = ['flow            metric                            cosim         ns-3     diff %  target'];
    for (const row of r.rows) {
      const num = (v: number | null) => (v === null ? '-' : String(Number(v.toFixed(3))));
      // `within` is null when a side has no figure (one sawtooth cycle gives no period): not a miss.
      const verdict = row.within === null ? 'not measured' : row.within ? 'ok' : 'OUTSIDE';
      const target = row.targetPct === null ? '' : `±${row.targetPct}% ${verdict}`;
      lines.push(`${row.flow.padEnd(16)}${`${row.metric} (${row.unit})`.padEnd(32)}${num(row.cosim).padStart(8)}  ${num(row.ns3).padStart(11)}  ${num(row.differencePct).padStart(9)}  ${target}`);
    }
    lines.push('', `cosim digest ${r.cosimDigest}`, `ns-3 digest  ${r.ns3Digest}`, `report in ${r.report}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  },
};
