import yargs from 'yargs';

/** Entry point of the `cosim` command. Only this function prints errors and sets the exit code. */
export async function main(argv: string[]): Promise<void> {
  try {
    await yargs(argv)
      .scriptName('cosim')
      .usage('$0 <command> [options]\n\nRun real Linux kernels in QEMU in lockstep with a simulated network.')
      .demandCommand(1, 'Name a command; see the list above.')
      .strict()
      .help()
      .parseAsync();
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}
