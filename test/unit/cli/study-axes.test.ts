// Study axes through `cosim study --dry-run`: two axes that reach one field
// are refused, naming both (they used to run one value each time, labelled
// with the other's: issue 26, finding 4).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { resetCliAfterEach, runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cosim-study-axes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
resetCliAfterEach();

const study = (axes: string) => `name: axes
scenario:
  name: t
  duration: 2s
  hosts:
    - {name: a, kernel: "6.1", ip: 10.0.0.1/24}
    - {name: b, kernel: "6.1", ip: 10.0.0.2/24}
  links:
    - {name: l, between: [a, b], rate: 10Mbit, delay: 5ms}
  flows:
    - {id: f, from: a, to: b}
axes:
${axes}`;

async function dryRun(axes: string): Promise<{ stderr: string; stdout: string; exitCode: number | undefined }> {
  const file = join(dir, 'study.yaml');
  writeFileSync(file, study(axes));
  vi.restoreAllMocks();
  process.exitCode = undefined;
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  return { ...(await runCli(['study', file, '--dry-run'])), stdout };
}

describe('cosim study with axes that reach one field', () => {
  it('refuses two spellings of one field, naming both axes', async () => {
    const r = await dryRun('  flows.f.cc: [reno, cubic]\n  flows.0.cc: [bbr]\n');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/✖ axes flows\.f\.cc and flows\.0\.cc both set the same field, flows\[0\]\.cc: each run would use one axis's value and be labelled with the other's; keep one of them\n {2}→ at axes\.flows\.0\.cc in .*study\.yaml:14/);
    expect(r.stdout).toBe('');
  });

  it('refuses an axis inside another\'s value, and allows different fields', async () => {
    const inside = await dryRun('  links.l: [{name: l, between: [a, b], rate: 1Mbit}]\n  links.0.rate: [5Mbit]\n');
    expect(inside.exitCode).toBe(1);
    expect(inside.stderr).toContain('✖ axes links.l and links.0.rate both set links[0].rate (inside links[0])');
    const fine = await dryRun('  flows.f.cc: [reno, cubic]\n  links.0.rate: [5Mbit]\n');
    expect(fine.exitCode, fine.stderr).toBeUndefined();
    expect(fine.stdout.split('\n')[0]).toMatch(/^study axes: 2 runs, \d+ at once$/);
  });
});

describe('cosim study with several bad axes (issue 26, finding 17)', () => {
  it('reports every axis that cannot be set, not only the first', async () => {
    const r = await dryRun('  links.nope.rate: [1Mbit]\n  flows.g.cc: [reno]\n  hosts.zz.kernel: ["6.1"]\n');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('3 problems');
    for (const [axis, line] of [['links.nope.rate', 13], ['flows.g.cc', 14], ['hosts.zz.kernel', 15]] as const) {
      expect(r.stderr).toContain(`✖ cannot set ${axis}: `);
      expect(r.stderr).toMatch(new RegExp(`→ at axes\\.${axis.replaceAll('.', '\\.')}\\[0\\] in .*study\\.yaml:${line}\\n`));
    }
  });

  it('blames each bad value on its own axis, not another of the same section', async () => {
    const r = await dryRun('  links.l.rate: [-1Mbit]\n  links.l.delay: [fast]\n  flows.f.cc: [renoo]\n');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/✖ rate must be [^\n]*\n {2}→ at axes\.links\.l\.rate\[0\]/);
    expect(r.stderr).toMatch(/✖ delay must be [^\n]*\n {2}→ at axes\.links\.l\.delay\[0\]/);
    expect(r.stderr).toMatch(/✖ unknown congestion control "renoo" for a's kernel 6\.1; known: reno, cubic, [^\n]*\n {2}→ at axes\.flows\.f\.cc\[0\]/);
  });
});

describe('cosim study of a file that is not a study', () => {
  it('quotes none of its lines', async () => {
    const file = join(dir, 'shadow');
    writeFileSync(file, 'root:$6$salt$secrethash:19000:0:99999:7:::\n');
    const r = await runCli(['study', file, '--dry-run']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('this is not a study: none of its 1 top-level keys is one a study has (name, scenario, repetitions, axes); is it the right file?');
    expect(r.stderr).not.toContain('secrethash');
  });
});
