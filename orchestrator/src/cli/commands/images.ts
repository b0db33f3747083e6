import type { CommandModule } from 'yargs';
import { ensureImage, listImages } from '../../images/kernel-catalog.js';

export const imagesCommand: CommandModule = {
  command: 'images <action>',
  describe: 'List the guest kernels or build their images (list | build)',
  builder: (y) =>
    y
      .positional('action', { choices: ['list', 'build'] as const, demandOption: true })
      .option('kernel', { type: 'string', describe: 'kernel version to build (default: all)' })
      .example('$0 images list', 'kernel versions, Debian packages, built or not')
      .example('$0 images build --kernel 6.12', 'fetch and build the 6.12 image'),
  handler: (args) => {
    if (args.action === 'build') {
      for (const { pin } of listImages()) {
        if (args.kernel === undefined || args.kernel === pin.version) process.stdout.write(`${pin.version}: ${ensureImage(pin.version).dir}\n`);
      }
      if (args.kernel !== undefined && !listImages().some((i) => i.pin.version === args.kernel)) ensureImage(String(args.kernel));
      return;
    }
    for (const { pin, dir } of listImages()) {
      process.stdout.write(`${pin.version.padEnd(6)} ${pin.package} ${pin.packageVersion} (${pin.suite})  ${dir ? `built: ${dir}` : 'not built'}\n`);
    }
  },
};
