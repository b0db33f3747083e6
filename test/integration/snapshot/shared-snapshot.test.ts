// One snapshot serves every host with the same image, memory and NIC count
// (issue 15): each host's addresses, MACs, routes and randomness come
// through its agent after agent-ready, in a booted run as in a restored one.
// So two hosts share one snapshot and still differ (each draws its own
// random numbers, from the scenario seed); a booted run and a restored run
// give the same digest; and a host whose image changed gets a new snapshot,
// never the old one.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knownKernels } from '../../../orchestrator/src/images/kernel-catalog.js';
import { runScenario } from '../../../orchestrator/src/run/run-scenario.js';
import { loadScenarioText } from '../../../orchestrator/src/scenario/load-scenario.js';
import { listSnapshots } from '../../../orchestrator/src/snapshot/snapshot-cache.js';
import { requireQemu, tempDir } from '../helpers/guest.js';

/** Two 6.1 hosts alike but for their names and addresses; each reports a fresh random UUID. */
const scenario = (seed: number, files: string) => `name: shared-snapshot
seed: ${seed}
duration: 1s
${files}
hosts:
  - {name: a, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: b, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - {name: wire, between: [a, b], rate: 100Mbit, delay: 1ms}
actions:
  - {at: 100ms, host: a, exec: "cat /proc/sys/kernel/random/uuid; ip -o addr show dev eth0; ip -o link show dev eth0"}
  - {at: 100ms, host: b, exec: "cat /proc/sys/kernel/random/uuid; ping -c 1 -W 1 10.0.0.1"}
`;

interface Action {
  host: string;
  status: number;
  stdout: string;
}

describe('one snapshot for every host alike', () => {
  const dir = tempDir('shared-snapshot');
  const saved = process.env.COSIM_SNAPSHOT_DIR;
  beforeAll(() => {
    requireQemu();
    process.env.COSIM_SNAPSHOT_DIR = join(dir, 'snapshots');
    writeFileSync(join(dir, 'note.txt'), 'first\n');
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.COSIM_SNAPSHOT_DIR;
    else process.env.COSIM_SNAPSHOT_DIR = saved;
  });

  async function run(name: string, seed: number, snapshots: boolean, files = '') {
    const lines: string[] = [];
    const s = loadScenarioText(scenario(seed, files), join(dir, `${name}.yaml`), knownKernels());
    const r = await runScenario(s, { outDir: join(dir, name), progress: null, log: (l) => lines.push(l), snapshots });
    expect(r.outcome.status, r.outcome.reason).toBe('completed');
    const actions = JSON.parse(readFileSync(join(dir, name, 'actions.json'), 'utf8')) as Action[];
    const uuid = (host: string) => actions.find((a) => a.host === host)!.stdout.split('\n')[0]!;
    return { digest: r.digest, lines, actions, uuid };
  }

  it('is made once for two hosts, gives each its own network and randomness, and matches a boot', async () => {
    const made = await run('made', 3, true);
    expect(made.lines.filter((l) => l.includes('none yet for this configuration'))).toEqual(['snapshot of a, b: none yet for this configuration; booting it once to make it']);
    expect(listSnapshots()).toHaveLength(1);
    // Each host has its own address and MAC, set through its agent, and they reach each other.
    const a = made.actions.find((x) => x.host === 'a')!;
    expect(a.stdout).toMatch(/inet 10\.0\.0\.1\/24/);
    expect(a.stdout).toMatch(/link\/ether 52:54:00:00:00:01/);
    expect(made.actions.find((x) => x.host === 'b')!.stdout).toMatch(/1 packets received/);
    // Restored from one snapshot, the two still draw different random numbers.
    expect(made.uuid('a')).toMatch(/^[0-9a-f-]{36}$/);
    expect(made.uuid('a')).not.toBe(made.uuid('b'));

    const booted = await run('booted', 3, false);
    expect(booted.digest).toBe(made.digest);
    // Another seed, other random numbers (and another run).
    const other = await run('other-seed', 4, true);
    expect(other.lines.some((l) => l.includes('none yet'))).toBe(false);
    expect(other.uuid('a')).not.toBe(made.uuid('a'));
    expect(other.digest).not.toBe(made.digest);
  }, 600_000);

  it('is not reused for an image that changed: a new one is made', async () => {
    const files = `files: {/etc/cosim-note: note.txt}`;
    const first = await run('files-1', 3, true, files);
    expect(first.lines.filter((l) => l.includes('none yet for this configuration'))).toHaveLength(1);
    const before = listSnapshots().map((s) => s.dir);
    writeFileSync(join(dir, 'note.txt'), 'second\n');
    const second = await run('files-2', 3, true, files);
    expect(second.lines.filter((l) => l.includes('none yet for this configuration'))).toHaveLength(1);
    const after = listSnapshots();
    expect(after).toHaveLength(before.length + 1);
    const fresh = after.find((s) => !before.includes(s.dir))!;
    for (const old of after.filter((s) => s !== fresh)) expect(fresh.meta!.inputs.image.initramfsSha256).not.toBe(old.meta!.inputs.image.initramfsSha256);
  }, 600_000);
});
