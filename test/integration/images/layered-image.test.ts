// Images with packages and files are reproducible and pinned like stock
// ones. Built again from a copy of the recipe in another folder, with
// another COSIM_CACHE and umask 077 (reusing this cache's downloaded .debs,
// which are checked against the locks anyway), the image has this
// checkout's bytes and image.json. And what can go wrong says what is wrong:
// an unknown package, a pinned version that has left the archive, an image
// too big for its host's memory.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SetupError } from '../../../orchestrator/src/errors.js';
import { ensureHostImage, layerArgs } from '../../../orchestrator/src/images/host-image.js';
import { knownKernels } from '../../../orchestrator/src/images/kernel-catalog.js';
import { loadScenarioText } from '../../../orchestrator/src/scenario/load-scenario.js';
import { repoRoot } from '../../../orchestrator/src/setup/build-check.js';
import { tempDir } from '../helpers/guest.js';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const mainCache = process.env.COSIM_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'cosim');

/**
 * Run a recipe of `checkout` with its own cache and umask; stdout's last line
 * and stderr. Asynchronous: a build can take a minute, longer than vitest
 * lets a worker block.
 */
function recipe(checkout: string, cache: string, umask: string, script: string, ...args: string[]): Promise<{ status: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn('sh', ['-c', `umask ${umask} && exec "$0" "$@"`, join(checkout, script), ...args], { env: { ...process.env, COSIM_CACHE: cache } });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.on('close', (status) => done({ status, out: out.trim().split('\n').pop() ?? '', err }));
  });
}

const SCENARIO = (memory: string) => `name: layered
duration: 1s
packages: [iperf3]
files: {/etc/cosim-note: note.txt}
hosts:
  - {name: sender, kernel: "6.1", ip: 10.0.0.1/24, memory: ${memory}}
`;

describe('images with packages and files', () => {
  const root = repoRoot();
  const other = tempDir('layered-image');
  const checkout = join(other, 'elsewhere', 'cosim');
  const cache = join(other, 'cache');
  const note = join(other, 'note.txt');
  let mainDir = '';

  beforeAll(async () => {
    writeFileSync(note, 'a user file\n');
    const scenario = loadScenarioText(SCENARIO('256MiB'), join(other, 'layered.yaml'), knownKernels());
    const built = await recipe(root, mainCache, '022', 'images/layer.sh', ...layerArgs(scenario.hosts[0]!, scenario.file));
    expect(built.status, built.err).toBe(0);
    mainDir = ensureHostImage(scenario.hosts[0]!, scenario.file).dir;
    for (const dir of ['relay-agent', 'images', 'scripts/lib']) cpSync(join(root, dir), join(checkout, dir), { recursive: true });
    // Every .deb this image needs: the kernel's, busybox and the packages' (named in the locks).
    mkdirSync(join(cache, 'debs'), { recursive: true });
    const locked = readFileSync(join(root, 'images', 'packages.lock'), 'utf8') + readFileSync(join(root, 'images', 'kernels.lock'), 'utf8');
    for (const deb of readdirSync(join(mainCache, 'debs'))) {
      const [name, version] = deb.replace(/\.deb$/, '').split('_');
      if (new RegExp(`\\s${name!.replace(/[.+]/g, '\\$&')}\\s+${version!.replace('%3a', ':').replace(/[.+~]/g, '\\$&')}\\s`).test(locked)) {
        copyFileSync(join(mainCache, 'debs', deb), join(cache, 'debs', deb));
      }
    }
  });

  afterAll(() => rmSync(other, { recursive: true, force: true }));

  it('builds the same bytes and image.json from another folder, cache and umask', async () => {
    const r = await recipe(checkout, cache, '077', 'images/layer.sh', '6.1', '--frozen', '--file', `/etc/cosim-note=${note}`, 'iperf3');
    expect(r.err).not.toMatch(/downloading/);
    expect(r.status, r.err).toBe(0);
    expect(basename(r.out)).toBe(basename(mainDir));
    expect(sha256(join(r.out, 'initramfs.cpio.gz'))).toBe(sha256(join(mainDir, 'initramfs.cpio.gz')));
    expect(JSON.parse(readFileSync(join(r.out, 'image.json'), 'utf8'))).toEqual(JSON.parse(readFileSync(join(mainDir, 'image.json'), 'utf8')));
    // The stock image under it is the pinned one (images/initramfs.lock), its bytes the first of ours.
    const stock = readFileSync(join(cache, 'images', basename(mainDir).split('+')[0]!, 'initramfs.cpio.gz'));
    expect(readFileSync(join(r.out, 'initramfs.cpio.gz')).subarray(0, stock.length).equals(stock)).toBe(true);
  });

  it('names a package the suite does not have', async () => {
    const r = await recipe(checkout, cache, '022', 'images/packages.sh', 'bookworm', 'iperf3', 'no-such-package-cosim');
    expect(r.status).not.toBe(0);
    expect(r.err).toMatch(/cannot resolve iperf3 no-such-package-cosim in bookworm: E: Unable to locate package no-such-package-cosim/);
    // Nothing was written to the lock.
    expect(readFileSync(join(checkout, 'images', 'packages.lock'), 'utf8')).toBe(readFileSync(join(root, 'images', 'packages.lock'), 'utf8'));
  });

  it('names a pinned version that has left the archive, and what to do', async () => {
    const lock = join(checkout, 'images', 'packages.lock');
    writeFileSync(lock, readFileSync(lock, 'utf8').replace(/^(bookworm\s+dash,iperf3\s+iperf3\s+)(\S+)/m, '$13.0-gone'));
    const r = await recipe(checkout, cache, '022', 'images/packages.sh', 'bookworm', 'dash', 'iperf3');
    expect(r.status).not.toBe(0);
    expect(r.err).toMatch(/packages iperf3=3\.0-gone \(suite bookworm\) cannot all be downloaded: .*run images\/packages.sh --update bookworm/);
    expect(existsSync(join(cache, 'debs', 'iperf3_3.0-gone_amd64.deb'))).toBe(false);
  });

  it("refuses an image too big for its host's memory, naming the host", () => {
    const scenario = loadScenarioText(SCENARIO('64MiB'), join(other, 'layered.yaml'), knownKernels());
    expect(() => ensureHostImage(scenario.hosts[0]!, scenario.file)).toThrow(SetupError);
    expect(() => ensureHostImage(scenario.hosts[0]!, scenario.file)).toThrow(/^Setup problem: host sender: image 6\.1-\w+\+\w+ unpacks to \d+ MiB .* needs about \d+ MiB of guest memory, more than its 64 MiB/);
  });
});
