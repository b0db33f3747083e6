// `cosim validate` refuses what ns-3 cannot model before anything is built or
// run: one line per feature naming it, then where it is in the scenario.

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resetCliAfterEach, runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cosim-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
resetCliAfterEach();

const HUB_AND_JITTER = `name: hubby
duration: 5s
hosts:
  - { name: a, kernel: "6.1", ip: 10.0.0.1/24 }
  - { name: b, kernel: "6.1", ip: 10.0.0.2/24 }
switches:
  - { name: hub0, kind: hub }
links:
  - { name: la, between: [a, hub0], rate: 10Mbit, delay: 5ms }
  - { name: lb, between: [hub0, b], rate: 10Mbit, delay: 5ms, jitter: 1ms }
flows:
  - { id: f, from: a, to: b, cc: reno }
`;

describe('cosim validate --against ns3 with an unsupported scenario', () => {
  it('names the hub and the jitter with their lines, exits 1 and writes nothing', async () => {
    const file = join(dir, 'hub.yaml');
    writeFileSync(file, HUB_AND_JITTER);
    const out = join(dir, 'out');
    const t0 = Date.now();
    const { stderr, exitCode } = await runCli(['validate', file, '--against', 'ns3', '--out', out]);
    expect(stderr).toContain(`${file}: 2 problems`);
    expect(stderr).toMatch(/✖ ns-3 validation does not support hubs \(hub0\): only point-to-point links between hosts are translated\n {2}→ at switches\[0\] in .*hub\.yaml:7/);
    expect(stderr).toMatch(/✖ ns-3 validation does not support jitter \(link lb\): ns-3's point-to-point channel has a fixed delay\n {2}→ at links\[1\]\.jitter in .*hub\.yaml:10/);
    expect(exitCode).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('refuses an RngRun that ns-3 cannot take', async () => {
    const file = join(dir, 'hub.yaml');
    writeFileSync(file, HUB_AND_JITTER);
    const { stderr, exitCode } = await runCli(['validate', file, '--against', 'ns3', '--rng-run', '0']);
    expect(stderr).toContain('--rng-run must be a whole number from 1 to 4294967295, not 0');
    expect(exitCode).toBe(2);
  });
});
