import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { knownKernels } from '../../images/kernel-catalog.js';
import { signalExitCode } from '../../run/stop-controller.js';
import { loadStudy } from '../../study/load-study.js';
import { defaultJobs, runStudy } from '../../study/run-study.js';
import { runStudyOnSlurm } from '../../study/slurm-runner.js';
import { CliFailure } from '../cli-failure.js';

interface StudyArgs {
  study: string;
  out: string | undefined;
  jobs: number | undefined;
  on: 'local' | 'slurm';
  'dry-run': boolean;
  snapshot: boolean;
  force: boolean;
}

export const studyCommand: CommandModule<object, StudyArgs> = {
  command: 'study <study>',
  describe: 'Run a study: a scenario over the cross product of axes (kernels, congestion controls, buffers, seeds), with one report',
  builder: (y) =>
    y
      .positional('study', { type: 'string', demandOption: true, describe: 'study file (YAML): name, scenario (a path or inline), axes, repetitions' })
      .option('out', { type: 'string', describe: 'study folder (default: results/<study name>); an earlier run of the same study there is resumed' })
      .option('jobs', { type: 'number', describe: 'runs at once (default: from the cores and memory of this machine; on Slurm, as many as the cluster gives)' })
      .option('on', {
        choices: ['local', 'slurm'] as const,
        default: 'local' as const,
        describe:
          'where the runs run: this machine, or a Slurm cluster as one job array (sbatch --array), one task per run not already complete. ' +
          'For slurm, the study folder (--out), cosim and Node.js must be at the same paths on the nodes (a shared file system)',
      })
      .option('snapshot', {
        type: 'boolean',
        default: true,
        describe: 'start each run\'s guests from snapshots at agent-ready, made once and cached (same results as booting); --no-snapshot boots them every run',
      })
      .option('dry-run', { type: 'boolean', default: false, describe: 'list the runs and exit' })
      .option('force', { type: 'boolean', default: false, describe: 'run even when a run\'s guests need more memory than this machine has' })
      .example('$0 study examples/studies/cc.yaml', 'reno, cubic and bbr x two buffer sizes x 3 seeds; report in results/cc/report.html')
      .example('$0 study examples/studies/kernels.yaml --dry-run', 'list the runs a study would make')
      .example('SBATCH_PARTITION=short $0 study examples/studies/cc.yaml --on slurm --out /shared/cc', 'the CC study on a Slurm cluster, into a folder shared with the nodes')
      .epilogue(
        'Axes set scenario values by path, as `cosim run --set` does: hosts.sender.kernel, flows.reno.cc, links.bottleneck.queue, seed. ' +
          'The study folder holds runs/<id>/ (each a `cosim run` results folder), scenarios/<id>.yaml, runs.csv (one row per run), ' +
          'summary.csv (mean and 95% CI per cell), plots/*.svg and report.html. Runs already complete with the same scenario and images are not run again. ' +
          'Ctrl-C stops the runs under way and keeps every finished one. ' +
          'With --on slurm, each task runs `cosim run <out>/scenarios/<id>.yaml --out <out>/runs/<id>` on its node (logs in <out>/slurm/logs/); ' +
          'the study waits with squeue (no accounting needed), Ctrl-C cancels the array (scancel), and sbatch\'s SBATCH_* variables (SBATCH_PARTITION, SBATCH_TIMELIMIT, SBATCH_ACCOUNT) apply. ' +
          'docs/studies.md has the details.',
      ),
  handler: async (args) => {
    const study = loadStudy(args.study, knownKernels());
    if (args.jobs !== undefined && !(Number.isInteger(args.jobs) && args.jobs >= 1)) throw new CliFailure(`--jobs must be a whole number of runs, 1 or more, not ${args.jobs}`, 2);
    if (args['dry-run']) {
      const atOnce = args.on === 'slurm' ? `on Slurm, ${args.jobs ? `${args.jobs} at once` : 'as many at once as the cluster gives'}` : `${args.jobs ?? defaultJobs(study)} at once`;
      const lines = [`study ${study.name}: ${study.runs.length} runs, ${atOnce}`];
      for (const r of study.runs) lines.push(`  ${r.id}  seed ${r.seed}${r.cell.map((c) => `  ${c.path}=${typeof c.value === 'object' ? JSON.stringify(c.value) : String(c.value)}`).join('')}`);
      process.stdout.write(`${lines.join('\n')}\n`);
      return;
    }
    const out = args.out ?? join('results', study.name);
    const abort = new AbortController();
    let signalled: NodeJS.Signals | undefined;
    const onSignal = (signal: NodeJS.Signals) => {
      if (signalled) process.exit(signalExitCode(signalled));
      signalled = signal;
      process.stderr.write(`${signal}: stopping the runs under way, keeping every finished run (again to stop at once${args.on === 'slurm' ? ', leaving the Slurm array to end by itself' : ''})\n`);
      abort.abort(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
      const options = { outDir: out, signal: abort.signal, ...(args.jobs ? { jobs: args.jobs } : {}), ignoreMemoryLimit: args.force, snapshots: args.snapshot };
      const r = args.on === 'slurm' ? await runStudyOnSlurm(study, options) : await runStudy(study, options);
      const failed = r.results.filter((x) => x.metrics.status !== 'completed').length;
      process.stdout.write(`study ${study.name}: ${r.results.length - failed} of ${r.results.length} runs completed (${r.reused} reused); results in ${out}\n`);
      if (signalled) throw new CliFailure(`study stopped by ${signalled}; finished runs are kept in ${out}, and running it again resumes`, signalExitCode(signalled));
      if (failed > 0) throw new CliFailure(`${failed} of ${r.results.length} runs did not complete; see ${join(out, 'runs.csv')}`, 1);
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  },
};
