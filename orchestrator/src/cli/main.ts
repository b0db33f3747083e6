import yargs from 'yargs';
import { GuestError, OutputError, ProtocolError, ScenarioError, SetupError } from '../errors.js';
import { NotResultsError } from '../results/compare-results.js';
import { CliFailure } from './cli-failure.js';
import { checkCommand } from './commands/check.js';
import { compareCommand } from './commands/compare.js';
import { doctorCommand } from './commands/doctor.js';
import { imagesCommand } from './commands/images.js';
import { runCommand } from './commands/run.js';
import { studyCommand } from './commands/study.js';
import { validateCommand } from './commands/validate.js';
import { ValidationError } from '../validate/validation-error.js';
import { formatError } from './format-error.js';

const INTRO = `$0 <command> [options]

Run real, unmodified Linux kernels in QEMU in lockstep with a simulated
network. Every frame crosses simulated links, queues and pcap meters; the
same scenario gives the same bytes every time.

Typical session:
  $0 doctor                          is everything installed?
  $0 run examples/dumbbell.yaml      boot the guests, run, write results/
  $0 study examples/studies/cc.yaml  many runs (axes x seeds), one report
  $0 compare results/a results/b     are two runs identical?
  $0 validate examples/dumbbell.yaml --against ns3   the same in ns-3, side by side`;

/** Entry point of the `cosim` command. Only this function prints errors and sets the exit code. */
export async function main(argv: string[]): Promise<void> {
  const debug = argv.includes('--debug');
  try {
    await yargs(argv)
      .scriptName('cosim')
      .usage(INTRO)
      .command(runCommand)
      .command(studyCommand)
      .command(checkCommand)
      .command(compareCommand)
      .command(validateCommand)
      .command(imagesCommand)
      .command(doctorCommand)
      .option('debug', { type: 'boolean', default: false, describe: 'print the stack of an unexpected error' })
      .demandCommand(1, 'Name a command; see the list above.')
      .strict()
      .help()
      .wrap(Math.min(100, process.stdout.columns ?? 100))
      .fail((msg, err, y) => {
        if (err) throw err;
        process.stderr.write(`${y.help()}\n\n${msg}\n`);
        process.exit(2);
      })
      .parseAsync();
  } catch (err) {
    process.stderr.write(`${formatError(err, { debug })}\n`);
    process.exitCode = err instanceof CliFailure ? err.exitCode : isKnown(err) ? 1 : 70;
  }
}

function isKnown(err: unknown): boolean {
  return err instanceof NotResultsError || err instanceof ScenarioError || err instanceof SetupError || err instanceof GuestError || err instanceof ProtocolError || err instanceof OutputError || err instanceof ValidationError;
}
