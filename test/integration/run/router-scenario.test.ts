// A whole run through a Linux router guest with two NICs: routes from the
// kernel command line, forwarding enabled by a sysctl, frames leaving the
// router's second NIC with the TTL it decremented, and an exec action that
// shows the sender's routing table. The router's eth1 has a MAC of the
// scenario's choosing, which the frames it forwards carry.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownKernels } from '../../../orchestrator/src/images/kernel-catalog.js';
import { runScenario } from '../../../orchestrator/src/run/run-scenario.js';
import { loadScenarioText } from '../../../orchestrator/src/scenario/load-scenario.js';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';

describe('a routed scenario', () => {
  it('carries a flow through the router, one hop, and records the action', async () => {
    requireQemu();
    requireImage('6.1');
    const text = readFileSync('examples/router.yaml', 'utf8').replace('duration: 10s', 'duration: 3s').replace('cc: cubic', 'cc: cubic\n    bytes: 1MB')
      .replace('- ip: 10.0.2.254/24', '- {ip: 10.0.2.254/24, mac: 02:c0:51:00:00:01}');
    const scenario = loadScenarioText(text, 'examples/router.yaml', knownKernels());
    const out = tempDir('router');
    const r = await runScenario(scenario, { outDir: out, progress: null, log: () => undefined });

    expect(r.outcome.status).toBe('completed');
    expect(r.outcome.flows[0]!.receivedBytes).toBe(1_000_000);
    expect(r.outcome.actions[0]!.stdout).toMatch(/^default via 10\.0\.1\.254 dev eth0/m);
    // On the right-hand link, data from the sender has crossed one router.
    const ttlAndSource = execFileSync('tshark', ['-r', join(out, 'pcap', 'right.pcap'), '-Y', 'ip.src == 10.0.1.1 && tcp.len > 0', '-T', 'fields', '-e', 'ip.ttl', '-e', 'eth.src'], {
      encoding: 'utf8',
    })
      .trim()
      .split('\n');
    expect(ttlAndSource.length).toBeGreaterThan(600);
    expect(new Set(ttlAndSource)).toEqual(new Set(['63\t02:c0:51:00:00:01']));
  });
});
