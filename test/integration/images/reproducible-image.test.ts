// The guest's inputs are bit-reproducible and pinned. The 6.1 image built in
// this checkout and built again from a copy of the recipe in another folder,
// with another COSIM_CACHE and another umask, has the same relay agent,
// initramfs and vmlinuz bytes, and they are the ones relay-agent/agent.lock
// and images/initramfs.lock pin; image.json names them. A build that comes
// out different from its pin is refused with both hashes and the lock file.
// The copy reuses this cache's downloaded packages (they are checked against
// images/kernels.lock anyway), so nothing is fetched.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureImage, kernelPins } from '../../../orchestrator/src/images/kernel-catalog.js';
import { repoRoot } from '../../../orchestrator/src/setup/build-check.js';
import { tempDir } from '../helpers/guest.js';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const mainCache = process.env.COSIM_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'cosim');

/** Non-comment rows of a lock file, split on whitespace. */
function rows(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.trim().split(/\s+/));
}

interface ImageMeta {
  key: string;
  initramfsSha256: string;
  vmlinuzSha256: string;
  relayAgentSha256: string | null;
}

/** Run a recipe of `checkout` with its own cache and umask; stdout's last line and stderr. */
function recipe(checkout: string, cache: string, umask: string, script: string, ...args: string[]) {
  const r = spawnSync('sh', ['-c', `umask ${umask} && exec "$0" "$@"`, join(checkout, script), ...args], {
    env: { ...process.env, COSIM_CACHE: cache },
    encoding: 'utf8',
  });
  return { status: r.status, out: r.stdout.trim().split('\n').pop() ?? '', err: r.stderr };
}

describe('reproducible, pinned guest inputs', () => {
  const root = repoRoot();
  const other = tempDir('repro-image');
  const checkout = join(other, 'elsewhere', 'cosim');
  const cache = join(other, 'cache');
  const agentPin = Object.fromEntries(rows(join(root, 'relay-agent', 'agent.lock')).map(([k, ...v]) => [k, v.join(' ')]));
  const imagePin = rows(join(root, 'images', 'initramfs.lock')).find((r) => r[0] === '6.1')!;
  let mainDir = '';

  beforeAll(() => {
    mainDir = ensureImage('6.1').dir;
    for (const dir of ['relay-agent', 'images', 'scripts/lib']) cpSync(join(root, dir), join(checkout, dir), { recursive: true });
    mkdirSync(join(cache, 'debs'), { recursive: true });
    const pins = [kernelPins().find((p) => p.version === '6.1')!, ...rows(join(root, 'images', 'kernels.lock')).filter((r) => r[0] === 'busybox').map((r) => ({ package: r[2]!, packageVersion: r[3]! }))];
    for (const p of pins) {
      const deb = `${p.package}_${p.packageVersion.replace(':', '%3a')}_amd64.deb`;
      copyFileSync(join(mainCache, 'debs', deb), join(cache, 'debs', deb));
    }
  });

  afterAll(() => rmSync(other, { recursive: true, force: true }));

  it('pins what this checkout builds: agent.lock and the 6.1 row of initramfs.lock', () => {
    const meta = JSON.parse(readFileSync(join(mainDir, 'image.json'), 'utf8')) as ImageMeta;
    expect(imagePin).toHaveLength(4);
    expect(basename(mainDir)).toBe(`6.1-${imagePin[1]}`);
    expect(sha256(join(mainDir, 'initramfs.cpio.gz'))).toBe(imagePin[2]);
    expect(sha256(join(mainDir, 'vmlinuz'))).toBe(imagePin[3]);
    expect(meta).toMatchObject({ key: imagePin[1], initramfsSha256: imagePin[2], vmlinuzSha256: imagePin[3], relayAgentSha256: agentPin['cosim-relay'] });
  });

  it('builds the same bytes from another folder, cache and umask, twice', () => {
    const first = recipe(checkout, cache, '077', 'images/build.sh', '6.1');
    expect(first.err).not.toMatch(/downloading/);
    expect(first.status, first.err).toBe(0);
    expect(first.out).toBe(join(cache, 'images', basename(mainDir)));
    for (const file of ['initramfs.cpio.gz', 'vmlinuz']) expect(sha256(join(first.out, file)), file).toBe(sha256(join(mainDir, file)));
    const agent = recipe(checkout, cache, '077', 'relay-agent/build.sh', '--check');
    expect(agent.status, agent.err).toBe(0);
    expect(agent.out.startsWith(cache)).toBe(true);
    expect(sha256(agent.out)).toBe(agentPin['cosim-relay']);
    expect(JSON.parse(readFileSync(join(first.out, 'image.json'), 'utf8'))).toEqual(JSON.parse(readFileSync(join(mainDir, 'image.json'), 'utf8')));

    rmSync(first.out, { recursive: true });
    const again = recipe(checkout, cache, '022', 'images/build.sh', '6.1');
    expect(again.status, again.err).toBe(0);
    expect(sha256(join(again.out, 'initramfs.cpio.gz'))).toBe(imagePin[2]);
  });

  it('refuses an image or agent that differs from its pin, naming the lock file and both hashes', () => {
    const imageLock = join(checkout, 'images', 'initramfs.lock');
    const wrong = '0'.repeat(64);
    writeFileSync(imageLock, readFileSync(imageLock, 'utf8').replace(imagePin[2]!, wrong));
    const image = recipe(checkout, cache, '022', 'images/build.sh', '6.1', '--check');
    expect(image.status).not.toBe(0);
    expect(image.err).toContain(`initramfs.cpio.gz sha256 ${imagePin[2]} but images/initramfs.lock pins ${wrong} for the same inputs`);

    const agentLock = join(checkout, 'relay-agent', 'agent.lock');
    writeFileSync(agentLock, readFileSync(agentLock, 'utf8').replace(agentPin['cosim-relay']!, wrong));
    const agent = recipe(checkout, cache, '022', 'relay-agent/build.sh', '--check');
    expect(agent.status).not.toBe(0);
    expect(agent.err).toContain(`has sha256 ${agentPin['cosim-relay']} but relay-agent/agent.lock pins ${wrong}`);
  });
});
