// Input is bounded before it is parsed, through the CLI (issue 26, finding
// 14): `cosim check /dev/zero` grew to 11 GB in 31 s, and the dry run of a
// study of 10^6 runs died after 170 s in V8's out-of-memory crash. Each is
// now one message, exit 1, at once.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../../orchestrator/src/scenario/input-file.js';
import { MAX_STUDY_RUNS } from '../../../orchestrator/src/study/load-study.js';
import { resetCliAfterEach, runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cosim-bounded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
resetCliAfterEach();

async function refused(args: string[], message: string): Promise<void> {
  const t0 = Date.now();
  const { stderr, exitCode } = await runCli(args);
  expect(stderr).toContain(message);
  expect(exitCode).toBe(1);
  expect(Date.now() - t0).toBeLessThan(5000);
}

describe('bounded input', () => {
  it('refuses a device as a scenario without reading it', () => refused(['check', '/dev/zero'], 'cannot read /dev/zero: it is not a regular file (a device, FIFO or socket)'));

  it('refuses a device as a study', () => refused(['study', '/dev/zero', '--dry-run'], 'cannot read /dev/zero: it is not a regular file'));

  it(`refuses a scenario file over ${MAX_INPUT_BYTES / 2 ** 20} MiB`, async () => {
    const file = join(dir, 'huge.yaml');
    writeFileSync(file, `name: huge\n${'# padding\n'.repeat(MAX_INPUT_BYTES / 10 + 1)}`);
    await refused(['check', file], `cannot read ${file}: it is larger than 4 MiB, the most a scenario or study file may be`);
  });

  it(`refuses a study of more than ${MAX_STUDY_RUNS} runs before making any`, async () => {
    const file = join(dir, 'big.yaml');
    const values = (n: number, unit: string) => `[${Array.from({ length: n }, (_, i) => `${i + 1}${unit}`).join(', ')}]`;
    writeFileSync(
      file,
      `name: big
repetitions: 1000
scenario:
  name: t
  duration: 2s
  hosts:
    - {name: a, kernel: "6.1", ip: 10.0.0.1/24}
    - {name: b, kernel: "6.1", ip: 10.0.0.2/24}
  links:
    - {name: l, between: [a, b], rate: 10Mbit, delay: 5ms}
axes:
  links.l.delay: ${values(10, 'ms')}
  links.l.rate: ${values(100, 'Mbit')}
`,
    );
    await refused(['study', file, '--dry-run'], `the study has 1000000 runs (10 (links.l.delay) x 100 (links.l.rate) x 1000 repetitions), more than the ${MAX_STUDY_RUNS} a study may have; split it into several studies`);
  });
});
