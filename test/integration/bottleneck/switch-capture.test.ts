// Capture on a switch's ports with real guests: three 6.1 hosts on one
// learning switch, a 500 KB transfer from a to b. The switch's pcapng has
// an "in" and an "out" interface per port; tshark shows every TCP frame
// that entered on a's port leaving on b's, and c's port carrying only what
// the switch flooded before it learnt where b is (ARP broadcasts, and at
// most the first unicast frames).

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';
import { runScenarioText } from './helpers.js';

const run = promisify(execFile);

const SCENARIO = `name: switch-capture
seed: 2
duration: 3s
hosts:
  - {name: a, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: b, kernel: "6.1", ip: 10.0.0.2/24}
  - {name: c, kernel: "6.1", ip: 10.0.0.3/24}
switches:
  - {name: sw, capture: true}
links:
  - {name: la, between: [a, sw], rate: 100Mbit, delay: 1ms}
  - {name: lb, between: [sw, b], rate: 10Mbit, delay: 1ms}
  - {name: lc, between: [c, sw], rate: 100Mbit, delay: 1ms}
flows:
  - {id: ab, from: a, to: b, bytes: 500KB, cc: cubic}
`;

async function count(file: string, filter: string): Promise<Map<string, number>> {
  const { stdout } = await run('tshark', ['-r', file, '-Y', filter, '-T', 'fields', '-e', 'frame.interface_name'], { maxBuffer: 64 << 20 });
  const counts = new Map<string, number>();
  for (const name of stdout.trim().split('\n').filter(Boolean)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

describe('taps on switch ports', () => {
  it('show each frame entering one port and leaving by another', async () => {
    requireQemu();
    requireImage('6.1');
    const out = await runScenarioText(tempDir('switch-capture'), 'switch-capture', SCENARIO);
    const file = join(out, 'pcap', 'sw.pcapng');
    const all = await count(file, 'frame');
    expect([...all.keys()].sort()).toEqual(
      ['a (la)', 'b (lb)', 'c (lc)'].flatMap((p) => [`sw port to ${p} in`, `sw port to ${p} out`]).sort(),
    );
    const tcp = await count(file, 'tcp');
    console.log([...all].map(([k, v]) => `${k}: ${v}`).join(', '));
    // Data from a to b: in on a's port, out on b's, never on c's beyond the first flooded frames.
    expect(tcp.get('sw port to a (la) in')).toBeGreaterThan(300);
    expect(tcp.get('sw port to b (lb) out')).toBe(tcp.get('sw port to a (la) in'));
    expect(tcp.get('sw port to a (la) out')).toBe(tcp.get('sw port to b (lb) in'));
    expect(tcp.get('sw port to c (lc) out') ?? 0).toBeLessThanOrEqual(2);
    const arp = await count(file, 'arp.opcode == 1');
    expect(arp.get('sw port to c (lc) out')).toBeGreaterThan(0);
  });
});
