// A user's own kernel: here Debian's 6.1 bzImage and its modules, unpacked
// to a folder as `make install` and `make modules_install` would leave them.
// It boots to the relay agent with its modules; without them, or with a
// modules folder that lacks a driver, the error names the driver. A scenario
// naming it by relative paths gives the same digest from any folder.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCustomImage, ensureImage, kernelPins, knownKernels } from '../../../orchestrator/src/images/kernel-catalog.js';
import { runScenario } from '../../../orchestrator/src/run/run-scenario.js';
import { loadScenario } from '../../../orchestrator/src/scenario/load-scenario.js';
import { bootToHello } from '../helpers/boot.js';
import { tempDir } from '../helpers/guest.js';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('custom kernels', () => {
  const user = tempDir('custom-kernel');
  let bzImage = '';
  let release = '';

  beforeAll(() => {
    ensureImage('6.1'); // downloads the pinned package if this cache has not yet
    const pin = kernelPins().find((p) => p.version === '6.1')!;
    const cache = process.env.COSIM_CACHE ?? join(homedir(), '.cache', 'cosim');
    const deb = join(cache, 'debs', `${pin.package}_${pin.packageVersion.replace(':', '%3a')}_amd64.deb`);
    if (!existsSync(deb)) throw new Error(`${deb} is missing; run images/build.sh 6.1`);
    execFileSync('dpkg-deb', ['-x', deb, user]);
    release = readdirSync(join(user, 'lib', 'modules'))[0]!;
    bzImage = join(user, 'boot', `vmlinuz-${release}`);
  });

  it('builds the same image folder, byte for byte, from the same inputs', () => {
    const first = ensureCustomImage({ path: bzImage, modulesDir: user });
    const again = ensureCustomImage({ path: bzImage, modulesDir: user });
    expect(again.dir).toBe(first.dir);
    const initrdSha = sha256(first.initrdPath);
    rmSync(first.dir, { recursive: true });
    const rebuilt = ensureCustomImage({ path: bzImage, modulesDir: user });
    expect(rebuilt.dir).toBe(first.dir);
    expect(sha256(rebuilt.initrdPath)).toBe(initrdSha);
    expect(rebuilt.kernelRelease).toBe(release);
  });

  it('boots with its modules and reports its release through the agent', async () => {
    const image = ensureCustomImage({ path: bzImage, modulesDir: user });
    const { hello } = await bootToHello(image.kernelPath, image.initrdPath, image.cmdline, tempDir('custom-boot'));
    expect(hello?.kernelRelease).toBe(release);
  });

  it('runs from a scenario (kernel: {path, modules}) with the same digest wherever the files are', async () => {
    const scenarioText = (kernelDir: string) => `name: custom
duration: 3s
hosts:
  - name: mine
    kernel: {path: ${kernelDir}/boot/vmlinuz-${release}, modules: ${kernelDir}}
    ip: 10.0.0.1/24
  - {name: stock, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - {name: wan, between: [mine, stock], rate: 10Mbit, delay: 10ms}
flows:
  - {id: up, from: mine, to: stock}
`;
    // The same kernel, files and scenario in two places, named by relative paths from each.
    const a = tempDir('custom-scn-a');
    const b = tempDir('custom-scn-b');
    cpSync(user, join(a, 'kernel'), { recursive: true });
    cpSync(user, join(b, 'elsewhere', 'k'), { recursive: true });
    writeFileSync(join(a, 'custom.yaml'), scenarioText('kernel'));
    writeFileSync(join(b, 'custom.yaml'), scenarioText('elsewhere/k'));
    const run = (dir: string) => runScenario(loadScenario(join(dir, 'custom.yaml'), knownKernels()), { outDir: join(dir, 'results'), progress: null, log: () => undefined });
    const first = await run(a);
    expect(first.outcome.status, first.outcome.reason).toBe('completed');
    expect(first.outcome.kernelReleases).toEqual([release, expect.stringMatching(/^6\.1\./)]);
    expect(first.outcome.flows[0]!.samples.length).toBeGreaterThan(100);
    const second = await run(b);
    expect(second.digest).toBe(first.digest);
    expect(readFileSync(join(a, 'results', 'resolved-scenario.json'), 'utf8')).not.toContain(a);
  });

  it('without modules, ends the boot naming the driver the kernel lacks', async () => {
    // Debian builds virtio_pci as a module, so this bzImage alone has no virtio bus.
    const image = ensureCustomImage({ path: bzImage, modulesDir: undefined });
    const err = await bootToHello(image.kernelPath, image.initrdPath, image.cmdline, tempDir('custom-nomod')).catch((e: unknown) => e);
    expect(String(err)).toMatch(/the guest's init failed: the kernel lacks the virtio_pci driver \(CONFIG_VIRTIO_PCI\)/);
  });

  it('refuses a modules folder that has neither the driver nor builds it in, before booting', () => {
    const partial = tempDir('custom-partial');
    cpSync(join(user, 'lib'), join(partial, 'lib'), { recursive: true });
    const netDir = join(partial, 'lib', 'modules', release, 'kernel', 'drivers', 'net');
    rmSync(join(netDir, 'virtio_net.ko'), { force: true });
    rmSync(join(netDir, 'virtio_net.ko.xz'), { force: true });
    expect(() => ensureCustomImage({ path: bzImage, modulesDir: partial })).toThrow(
      /lacks the virtio_net driver: it is neither built in \(modules.builtin\) nor a module in .*; enable CONFIG_VIRTIO_NET/,
    );
  });

  it('refuses a file that is not a bzImage', () => {
    expect(() => ensureCustomImage({ path: join(user, 'boot', `config-${release}`), modulesDir: undefined })).toThrow(/is not a bzImage/);
  });
});
