import type { CommandModule } from 'yargs';
import { compareResults } from '../../results/compare-results.js';
import { CliFailure } from '../cli-failure.js';

interface CompareArgs {
  a: string;
  b: string;
}

export const compareCommand: CommandModule<object, CompareArgs> = {
  command: 'compare <a> <b>',
  describe: 'Compare two results folders: digest first, then the first differing file and byte',
  builder: (y) =>
    y
      .positional('a', { type: 'string', demandOption: true, describe: 'first results folder' })
      .positional('b', { type: 'string', demandOption: true, describe: 'second results folder' })
      .example('$0 compare results/run1 results/run2', 'check that two runs of a scenario gave identical bytes'),
  handler: (args) => {
    const r = compareResults(args.a, args.b);
    if (r.same) {
      process.stdout.write(`identical: digest ${r.digestA}\n`);
      return;
    }
    const lines = [`digests differ: ${r.digestA} vs ${r.digestB}`];
    for (const d of r.differences) lines.push(`  ${d.path}: ${d.detail}`);
    throw new CliFailure(lines.join('\n'), 1);
  },
};
