// Issue 25, finding 1, and issue 26, finding 7, in real 6.1 guests through
// the CLI: a program that closes its output and runs on for 2 s no longer
// stops its relay agent (the TCP_INFO sampler on one host and the UDP
// pacing on the other keep their schedule through it), an exec with a
// timeout is killed and reported, output past 64 KiB is flagged, and an exec
// that cannot start is a named warning. One 4 s run covers them all.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cosim } from '../helpers/cosim-cli.js';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';

const dir = tempDir('exec-never-blocks');
const LONG_ARG = 'x'.repeat(5000);

const SCENARIO = `name: exec-never-blocks
duration: 4s
hosts:
  - {name: h0, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: h1, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - {name: wan, between: [h0, h1], rate: 10Mbit, delay: 10ms, queue: 50p}
flows:
  - {id: bulk, from: h0, to: h1, sample_interval: 10ms}
udp_flows:
  # The other direction, which carries only the flow's ACKs: no queue drops.
  - {id: cbr, from: h1, to: h0, rate: 1Mbit, sample_interval: 100ms}
actions:
  - {at: 1s, host: h0, exec: "exec >/dev/null 2>&1 </dev/null; sleep 2"}
  - {at: 1s, host: h1, exec: "exec >/dev/null 2>&1 </dev/null; sleep 2"}
  - {at: 1200ms, host: h1, exec: "sleep 30; echo never", timeout: 300ms}
  - {at: 1300ms, host: h1, exec: "yes | head -c 70000"}
  - {at: 1400ms, host: h1, exec: [/bin/echo, ${LONG_ARG}]}
`;

function csv(path: string): Record<string, number>[] {
  const [head, ...rows] = readFileSync(path, 'utf8').trim().split('\n');
  const cols = head!.split(',');
  return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [cols[i]!, Number(v)])));
}

interface ActionRow {
  index: number;
  status: number | null;
  error: string | null;
  stdout: string;
  truncated?: boolean;
  timed_out?: boolean;
}

describe('programs run by actions never block the relay agent', () => {
  it('keeps samples and pacing through a program that closed its output; names timeouts, truncation and failures', async () => {
    requireQemu();
    requireImage('6.1');
    const file = join(dir, 'scenario.yaml');
    writeFileSync(file, SCENARIO);
    const out = join(dir, 'out');
    const r = await cosim(['run', file, '--out', out]);
    expect(r.stderr).not.toMatch(/run failed/);
    expect(r.code).toBe(0);

    // (a) The sampler on h0: no gap over 20 ms from the first sample to the end (it was 2,003 ms).
    const samples = csv(join(out, 'traces', 'bulk.csv'));
    expect(samples.length).toBeGreaterThan(300);
    const gaps = samples.slice(1).map((s, i) => s.time_s! - samples[i]!.time_s!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(0.02);
    // (a) The UDP sender on h1: every 100 ms report from 0.5 s to 3.5 s within 15% of 1 Mbit/s.
    const cbr = csv(join(out, 'traces', 'cbr.csv')).filter((x) => x.time_s! > 0.5 && x.time_s! < 3.5);
    expect(cbr.length).toBeGreaterThan(25);
    for (const row of cbr) expect(Math.abs(row.received_bps! - 1e6)).toBeLessThan(0.15e6);

    const actions = JSON.parse(readFileSync(join(out, 'actions.json'), 'utf8')) as ActionRow[];
    expect(actions[0]).toMatchObject({ status: 0, error: null });
    expect(actions[1]).toMatchObject({ status: 0, error: null });
    // (b) Killed at its timeout, its process group with it: nothing echoed.
    expect(actions[2]).toMatchObject({ status: 137, timed_out: true, stdout: '' });
    // (c) 70,000 bytes written, the first 64 KiB kept.
    expect(actions[3]).toMatchObject({ status: 0, truncated: true });
    expect(actions[3]!.stdout.length).toBe(65536);
    // (d) An argument over 4096 bytes: refused by the agent, never started.
    expect(actions[4]!.status).toBeNull();
    expect(actions[4]!.error).toMatch(/^EMSGSIZE: argv is longer than 4096 bytes/);

    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { status: string; warnings: string[] };
    expect(summary.status).toBe('completed');
    expect(summary.warnings).toEqual([
      'action 2 (exec "/bin/sh -c sleep 30; echo never" on h1 at 1.200000000 s) was killed at its timeout',
      'action 3 (exec "/bin/sh -c yes | head -c 70000" on h1 at 1.300000000 s) wrote more than 64 KiB to stdout or stderr: actions.json keeps the first 64 KiB of each',
      `action 4 (exec "/bin/echo ${'x'.repeat(90)}..." on h1 at 1.400000000 s) failed: EMSGSIZE: argv is longer than 4096 bytes`,
    ]);
    const text = readFileSync(join(out, 'summary.txt'), 'utf8');
    expect(text).toContain('warning: action 2 (exec "/bin/sh -c sleep 30; echo never" on h1 at 1.200000000 s) was killed at its timeout');
    expect(text).toContain('warning: action 3 ');
    expect(text).toContain('warning: action 4 ');
  }, 600_000);
});
