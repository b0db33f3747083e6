import type { CommandModule } from 'yargs';
import { ensureCustomImage, ensureImage, listImages } from '../../images/kernel-catalog.js';
import { describeLayer, layeredImages } from '../../images/layered-images.js';
import { listSnapshots, snapshotsDir } from '../../snapshot/snapshot-cache.js';

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export const imagesCommand: CommandModule = {
  command: 'images <action>',
  describe: 'List the guest kernels or build their images (list | build)',
  builder: (y) =>
    y
      .positional('action', { choices: ['list', 'build'] as const, demandOption: true })
      .option('kernel', { type: 'string', describe: 'kernel version to build (default: all)' })
      .option('custom', { type: 'string', describe: 'build an image for your own bzImage instead' })
      .option('modules', { type: 'string', describe: 'with --custom: the INSTALL_MOD_PATH of `make modules_install`' })
      .option('packages', { type: 'boolean', default: false, describe: 'with list: every package of each image with packages, dependencies and versions included' })
      .example('$0 images list', 'kernel versions, Debian packages, sizes, built or not, the images with packages or files built on each, and the snapshots of booted guests')
      .example('$0 images build --kernel 6.12', 'fetch and build the 6.12 image')
      .example('$0 images build --custom ~/linux/arch/x86/boot/bzImage --modules /tmp/mods', 'an image for your own kernel'),
  handler: (args) => {
    if (args.action === 'build') {
      if (args.custom !== undefined) {
        const img = ensureCustomImage({ path: String(args.custom), modulesDir: args.modules === undefined ? undefined : String(args.modules) });
        process.stdout.write(`custom ${img.kernelRelease}: ${img.dir}\n`);
        return;
      }
      for (const { pin } of listImages()) {
        if (args.kernel === undefined || args.kernel === pin.version) process.stdout.write(`${pin.version}: ${ensureImage(pin.version).dir}\n`);
      }
      if (args.kernel !== undefined && !listImages().some((i) => i.pin.version === args.kernel)) ensureImage(String(args.kernel));
      return;
    }
    for (const { pin, image } of listImages()) {
      const state = image
        ? `built, kernel ${mb(image.vmlinuzBytes)} + initramfs ${mb(image.initramfsBytes)} (sha256 ${image.initramfsSha256.slice(0, 16)}…): ${image.dir}`
        : 'not built';
      process.stdout.write(`${pin.version.padEnd(6)} ${pin.package} ${pin.packageVersion} (${pin.suite})  ${state}\n`);
      for (const layered of image ? layeredImages(image.dir) : []) {
        process.stdout.write(`       ${describeLayer(layered)}\n`);
        if (args.packages) process.stdout.write(`         ${layered.layer!.packages.map((p) => `${p.name}=${p.version}`).join(' ')}\n`);
      }
    }
    const snapshots = listSnapshots();
    process.stdout.write(`snapshots of booted guests (${snapshotsDir()}): ${snapshots.length === 0 ? 'none' : snapshots.length}\n`);
    for (const s of snapshots) {
      const m = s.meta;
      const key = s.dir.split('/').pop()!;
      if (!m) {
        process.stdout.write(`  ${key}  unreadable (rebuilt when a run needs it)\n`);
        continue;
      }
      process.stdout.write(
        `  ${key}  ${m.inputs.image.name} ${m.inputs.memoryMiB} MiB, ${m.inputs.nics.length} NIC(s), icount shift ${m.inputs.icountShift}${m.inputs.cpuMips === undefined ? '' : `, ${m.inputs.cpuMips} MIPS`}, at ${(m.snapshotNs / 1e9).toFixed(3)} s, ${mb(s.stateBytes)}, made ${m.createdAt}\n`,
      );
    }
  },
};
