// `packages:` and `files:`: a scenario-wide default, a host's own list that
// replaces it, the kernel's suite unless one is named, user files checked
// and identified by content, and every mistake reported with its path.

import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../../../orchestrator/src/errors.js';
import { guestPathIssue } from '../../../orchestrator/src/scenario/guest-additions.js';
import { loadScenarioText } from '../../../orchestrator/src/scenario/load-scenario.js';
import { kernels } from '../helpers/kernels.js';

const KERNELS = kernels('5.10', '6.1', '6.12');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const dir = mkdtempSync(join(tmpdir(), 'cosim-additions-'));
const file = join(dir, 'scenario.yaml');
writeFileSync(join(dir, 'tool.sh'), '#!/bin/sh\necho hi\n');
chmodSync(join(dir, 'tool.sh'), 0o755);
writeFileSync(join(dir, 'app.conf'), 'x = 1\n');

function scenario(top: string, hostA: string, hostB = ''): string {
  return `name: t
duration: 3s
${top}
hosts:
  - name: a
    kernel: "6.1"
    ip: 10.0.0.1/24
${hostA}
  - name: b
    kernel: "6.12"
    ip: 10.0.0.2/24
${hostB}
`;
}

function issues(text: string): { path: string; message: string; line: number | undefined }[] {
  try {
    loadScenarioText(text, file, KERNELS);
  } catch (err) {
    if (err instanceof ScenarioError) return err.issues.map((i) => ({ path: i.path.join('.'), message: i.message, line: i.line }));
    throw err;
  }
  throw new Error('expected a ScenarioError');
}

describe('packages and files', () => {
  it('gives every host the top level, sorted, from its kernel suite', () => {
    const s = loadScenarioText(scenario('packages: [iproute2, iperf3]', ''), file, KERNELS);
    expect(s.hosts.map((h) => h.additions)).toEqual([
      { suite: 'bookworm', packages: ['iperf3', 'iproute2'], files: [] },
      { suite: 'bookworm-backports', packages: ['iperf3', 'iproute2'], files: [] },
    ]);
  });

  it("lets a host replace the default, or ask for none (the stock image, with no additions key at all)", () => {
    const s = loadScenarioText(scenario('packages: [iperf3]', '    packages: {suite: trixie, names: [tcpdump]}', '    packages: []'), file, KERNELS);
    expect(s.hosts[0]!.additions).toEqual({ suite: 'trixie', packages: ['tcpdump'], files: [] });
    expect('additions' in s.hosts[1]!).toBe(false);
  });

  it('identifies files by content and mode, keeping the path as written', () => {
    const s = loadScenarioText(scenario('files: {/etc/app.conf: app.conf}', '    files: {/usr/local/bin/tool: tool.sh, /etc/app.conf: app.conf}'), file, KERNELS);
    expect(s.hosts[0]!.additions!.files).toEqual([
      { path: '/etc/app.conf', source: 'app.conf', sha256: sha256('x = 1\n'), mode: '0644' },
      { path: '/usr/local/bin/tool', source: 'tool.sh', sha256: sha256('#!/bin/sh\necho hi\n'), mode: '0755' },
    ]);
    // Without packages there is no suite (images/layer.sh still adds dash, from the kernel's).
    expect(s.hosts[1]!.additions).toEqual({ suite: '', packages: [], files: [{ path: '/etc/app.conf', source: 'app.conf', sha256: sha256('x = 1\n'), mode: '0644' }] });
  });

  it('reports every mistake with its path and line', () => {
    const text = scenario(
      'packages: [iperf3, Bad_Name, iperf3]\nfiles: {/tmp/x: app.conf, relative/path: app.conf}',
      '    packages: {suite: sid, names: [iperf3], extra: 1}\n    files: {/usr/bin/missing: nothing-here, /init: app.conf, /etc/dir: .}',
    );
    expect(issues(text)).toEqual([
      { path: 'packages.1', message: '"Bad_Name" is not a Debian package name (lower-case letters, digits, + - .)', line: 3 },
      { path: 'packages.2', message: 'package iperf3 is listed twice', line: 3 },
      { path: 'files./tmp/x', message: '/tmp is mounted over at boot, which would hide /tmp/x; put it elsewhere (e.g. /usr/local or /etc)', line: 4 },
      { path: 'files.relative/path', message: 'guest path "relative/path" must be absolute and plain (letters, digits, . _ + @ -; no . or .. parts)', line: 4 },
      { path: 'hosts.0.packages.extra', message: 'unknown field "extra" (expected one of: suite, names)', line: 9 },
      { path: 'hosts.0.packages.suite', message: 'suite must be one of bullseye, bookworm, bookworm-backports, trixie', line: 9 },
      { path: 'hosts.0.files./usr/bin/missing', message: `no file ${join(dir, 'nothing-here')} for /usr/bin/missing`, line: 10 },
      { path: 'hosts.0.files./init', message: '/init is the image\'s own; choose another path', line: 10 },
      { path: 'hosts.0.files./etc/dir', message: `no file ${dir} for /etc/dir (a folder: list its files one by one)`, line: 10 },
    ]);
  });

  it('refuses guest paths that would escape, hide or be hidden', () => {
    expect(guestPathIssue('/usr/local/bin/x')).toBeUndefined();
    expect(guestPathIssue('/usr/../etc/x')).toMatch(/no \. or \.\. parts/);
    expect(guestPathIssue('/etc/')).toMatch(/absolute and plain/);
    expect(guestPathIssue('/proc/x')).toMatch(/\/proc is mounted over/);
    expect(guestPathIssue('/sbin/cosim-relay')).toMatch(/image's own/);
  });
});
