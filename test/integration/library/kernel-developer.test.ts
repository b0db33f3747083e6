// The library as a kernel developer uses it (docs/library.md): a vitest test
// that runs a scenario on a real kernel and asserts on TCP's behaviour.
// Here: Reno halves its window on a loss, and a run gives the same digest
// twice. Point `kernel` at your own bzImage to test a change.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareResults, knownKernels, loadScenarioText, runScenario } from '../../../orchestrator/src/index.js';
import { tempDir } from '../helpers/guest.js';

const SCENARIO = `name: reno-halves
duration: 4s
hosts:
  - {name: sender, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: receiver, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - {name: wan, between: [sender, receiver], rate: 10Mbit, delay: 20ms, queue: 33p}
flows:
  - {id: reno, from: sender, to: receiver, cc: reno}
`;

describe('a TCP assertion through the library', () => {
  it('sees Reno halve its congestion window at its first loss, the same way twice', async () => {
    const dir = tempDir('library');
    const scenario = loadScenarioText(SCENARIO, 'reno-halves.yaml', knownKernels());
    const run = (name: string) => runScenario(scenario, { outDir: join(dir, name), progress: null, log: () => undefined });
    const { outcome } = await run('a');
    expect(outcome.status).toBe('completed');
    const samples = outcome.flows[0]!.samples;
    // The first sample whose retransmit count rose: cwnd before and after the loss.
    const k = samples.findIndex((s, i) => i > 0 && s.totalRetrans > samples[i - 1]!.totalRetrans);
    expect(k).toBeGreaterThan(0);
    const peak = Math.max(...samples.slice(0, k).map((s) => s.cwndSegments));
    const after = samples.slice(k, k + 100).find((s) => s.ssthreshSegments < 1000)!;
    expect(after.ssthreshSegments).toBeGreaterThanOrEqual(Math.floor(peak / 2) - 2);
    expect(after.ssthreshSegments).toBeLessThanOrEqual(Math.ceil(peak / 2) + 2);
    await run('b');
    expect(compareResults(join(dir, 'a'), join(dir, 'b')).same).toBe(true);
  });
});
