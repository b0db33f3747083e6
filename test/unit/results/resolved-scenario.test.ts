// resolved-scenario.json, which both the results writer and a study's reuse
// check (isComplete) produce through one function: no file path, and a
// custom kernel named by its content rather than by where it lies.

import { describe, expect, it } from 'vitest';
import { resolvedScenarioJson, scenarioForDigest } from '../../../orchestrator/src/results/resolved-scenario.js';
import { loadScenarioText } from '../../../orchestrator/src/scenario/load-scenario.js';
import type { ResolvedScenario } from '../../../orchestrator/src/scenario/types.js';
import { kernels } from '../helpers/kernels.js';

const scenario = loadScenarioText(
  `name: t
duration: 1s
hosts:
  - {name: a, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: b, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - {name: l, between: [a, b], rate: 10Mbit}
`,
  '/somewhere/t.yaml',
  kernels('6.1'),
);

describe('resolved-scenario.json', () => {
  it('leaves out where the scenario file was', () => {
    const text = resolvedScenarioJson(scenario, undefined);
    expect(text).not.toContain('/somewhere');
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(scenarioForDigest(scenario, []))));
  });

  it("names a custom kernel by the sums of the run's identity, not by its paths", () => {
    const custom: ResolvedScenario = { ...scenario, hosts: [{ ...scenario.hosts[0]!, customKernel: { path: '/home/u/bzImage', modulesDir: undefined } }, scenario.hosts[1]!] };
    const sums = [{ host: 'a', vmlinuz_sha256: 'v'.repeat(64), initramfs_sha256: 'i'.repeat(64) }];
    const [a, b] = scenarioForDigest(custom, sums).hosts;
    expect(a!.customKernel).toEqual({ vmlinuz_sha256: 'v'.repeat(64), initramfs_sha256: 'i'.repeat(64) });
    expect(b!.customKernel).toBeUndefined();
    expect(resolvedScenarioJson(custom, sums)).not.toContain('/home/u');
    expect(scenarioForDigest(custom, undefined).hosts[0]!.customKernel).toEqual({ vmlinuz_sha256: null, initramfs_sha256: null });
  });
});
