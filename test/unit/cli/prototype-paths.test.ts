// `--set __proto__.loss=0.5` (and the same as a study axis) once gave every
// link 50% loss and 5 ms of jitter without a word (issue 26, finding 5).
// Through the CLI: both are refused, naming the path.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { resetCliAfterEach, runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cosim-proto-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
resetCliAfterEach();

const SCENARIO = `name: t
duration: 2s
hosts:
  - {name: a, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: b, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - {name: l, between: [a, b], rate: 10Mbit, delay: 5ms}
flows:
  - {id: f, from: a, to: b}
`;

describe('scenario paths that would reach a prototype', () => {
  it('are refused by --set, naming the path', async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const file = join(dir, 's.yaml');
    writeFileSync(file, SCENARIO);
    for (const path of ['__proto__.loss', 'links.l.constructor.prototype.jitter']) {
      vi.restoreAllMocks();
      vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
      process.exitCode = undefined;
      const r = await runCli(['check', file, '--set', `${path}=0.5`]);
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`✖ cannot set ${path.replace(/\./g, '\\.')}: .*"(__proto__|constructor)" is not a scenario field \\(it would reach an object's prototype\\)\\n {2}→ at ${path.replace(/\./g, '\\.')} in `));
    }
    expect(({} as { loss?: unknown }).loss).toBeUndefined();
  });

  it('are refused as a study axis, naming the axis', async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const file = join(dir, 'study.yaml');
    writeFileSync(join(dir, 's.yaml'), SCENARIO);
    writeFileSync(file, 'name: proto\nscenario: s.yaml\naxes:\n  __proto__.loss: [0.5]\n');
    const r = await runCli(['study', file, '--dry-run']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/✖ cannot set __proto__\.loss: .*"__proto__" is not a scenario field .*\n {2}→ at axes\.__proto__\.loss\[0\] in .*study\.yaml:4/);
    expect(({} as { loss?: unknown }).loss).toBeUndefined();
  });
});
