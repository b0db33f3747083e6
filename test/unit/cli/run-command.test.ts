// A malformed scenario stops `cosim run` before anything starts: one line per
// problem naming the field and line, a non-zero exit code, and no VM.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resetCliAfterEach, runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cosim-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
resetCliAfterEach();

const BASE = `name: t
duration: 5s
hosts:
  - { name: a, kernel: "6.1", ip: 10.0.0.1/24 }
  - { name: b, kernel: "6.1", ip: 10.0.0.2/24 }
links:
  - { name: l, between: [a, b], rate: 10Mbit, delay: 5ms }
`;

describe('cosim run with a malformed scenario', () => {
  it.each([
    ['an unknown field', BASE + 'colour: red\n', /✖ unknown field "colour"[^\n]*\n {2}→ at colour in .*bad.yaml:8/],
    ['a negative rate', BASE.replace('10Mbit', '-1Mbit'), /✖ rate must be a positive rate like 10Mbit[^\n]*\n {2}→ at links\[0\]\.rate in .*bad.yaml:7/],
    ['an unknown kernel', BASE.replace('kernel: "6.1", ip: 10.0.0.1', 'kernel: "2.6", ip: 10.0.0.1'), /✖ unknown kernel "2.6"; known: 5.10, 6.1, 6.12, or \{path: bzImage, modules: dir\} for your own\n {2}→ at hosts\[0\]\.kernel in .*bad.yaml:4/],
    ['a link to a missing host', BASE.replace('between: [a, b]', 'between: [a, z]'), /✖ no host or switch named "z"\n {2}→ at links\[0\]\.between\[1\] in .*bad.yaml:7/],
  ])('reports %s and exits 1 without starting a VM', async (_, text, pattern) => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, text);
    const t0 = Date.now();
    const { stderr, exitCode } = await runCli(['run', file, '--out', join(dir, 'out')]);
    expect(stderr).toMatch(pattern);
    expect(exitCode).toBe(1);
    // Nothing was booted: a guest takes seconds to start.
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('names a scenario file that does not exist', async () => {
    const { stderr, exitCode } = await runCli(['run', join(dir, 'missing.yaml')]);
    expect(stderr).toContain('cannot read');
    expect(exitCode).toBe(1);
  });
});
