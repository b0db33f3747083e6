// examples/router-chain.yaml, shortened: three routers and two end hosts as
// virtual hosts of one VM, each router with two NICs (two VLANs) and
// forwarding on in its own namespace only. traceroute names the routers,
// the flow's frames reach dst's link with the TTL three routers left, and
// each router's routing table is its own.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownKernels } from '../../../orchestrator/src/images/kernel-catalog.js';
import { runScenario } from '../../../orchestrator/src/run/run-scenario.js';
import { loadScenarioText } from '../../../orchestrator/src/scenario/load-scenario.js';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';

describe('a chain of routers in one VM', () => {
  it('forwards through three virtual routers, each with its own routes', async () => {
    requireQemu();
    requireImage('6.1');
    const text = readFileSync('examples/router-chain.yaml', 'utf8')
      .replace('duration: 6s', 'duration: 3s')
      .replace('start: 2s, cc: reno}', 'start: 1500ms, cc: reno, bytes: 500KB}')
      .replace('{at: 5s, host: r2,', '{at: 2500ms, host: r2,');
    const scenario = loadScenarioText(text, 'examples/router-chain.yaml', knownKernels());
    const out = tempDir('router-chain');
    const r = await runScenario(scenario, { outDir: out, progress: null, log: () => undefined });
    expect(r.outcome.status, r.outcome.reason).toBe('completed');
    expect(r.outcome.warnings).toEqual([]);
    expect(r.outcome.flows[0]!.receivedBytes).toBe(500_000);

    const hops = [...r.outcome.actions[0]!.stdout.matchAll(/^\s*(\d+)\s+(\S+)/gm)].map((m) => m[2]);
    expect(hops).toEqual(['10.0.1.254', '10.0.2.2', '10.0.3.2', '10.0.4.1']);
    const [own, r1] = r.outcome.actions[1]!.stdout.split(/\n(?=10\.0\.1\.0\/24 dev eth0)/);
    expect(own).toContain('10.0.1.0/24 via 10.0.2.1 dev eth0');
    expect(own).toContain('10.0.4.0/24 via 10.0.3.2 dev eth1');
    expect(r1).toContain('10.0.3.0/24 via 10.0.2.2 dev eth1');
    // Data from src on the last hop: three routers took one off the TTL each.
    const ttls = execFileSync('tshark', ['-r', join(out, 'pcap', 'hop4.pcap'), '-Y', 'ip.src == 10.0.1.1 && tcp.len > 0', '-T', 'fields', '-e', 'ip.ttl', '-e', 'eth.src'], { encoding: 'utf8' })
      .trim()
      .split('\n');
    expect(ttls.length).toBeGreaterThan(300);
    // r3's eth1 is host r3's second NIC: index 3, NIC 1 (52:54:00:KK:HH:HH).
    expect(new Set(ttls)).toEqual(new Set(['61\t52:54:00:01:00:04']));
  }, 300_000);
});
