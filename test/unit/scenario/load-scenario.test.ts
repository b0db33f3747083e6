import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../../../orchestrator/src/errors.js';
import { formatError } from '../../../orchestrator/src/cli/format-error.js';
import { loadScenario, loadScenarioText } from '../../../orchestrator/src/scenario/load-scenario.js';

const KERNELS = ['5.10', '6.1', '6.12'];

function issuesOf(text: string) {
  try {
    loadScenarioText(text, 'bad.yaml', KERNELS);
  } catch (err) {
    if (err instanceof ScenarioError) return err;
  }
  throw new Error('expected a ScenarioError');
}

const GOOD = `name: t
duration: 5s
hosts:
  - name: a
    kernel: "6.1"
    ip: 10.0.0.1/24
  - name: b
    kernel: "6.1"
    ip: 10.0.0.2/24
links:
  - name: l
    between: [a, b]
    rate: 10Mbit
    delay: 20ms
flows:
  - id: f
    from: a
    to: b
`;

describe('loadScenario', () => {
  it('compiles the dumbbell example with every unit converted', () => {
    const s = loadScenario('examples/dumbbell.yaml', KERNELS);
    expect(s.durationNs).toBe(30_000_000_000);
    expect(s.hosts.map((h) => [h.name, h.ip, h.mac, h.sysctls])).toEqual([
      ['sender', '10.0.0.1', '52:54:00:00:00:01', [['net.ipv4.tcp_congestion_control', 'reno']]],
      ['receiver', '10.0.0.2', '52:54:00:00:00:02', []],
    ]);
    expect(s.links[0]!.directions[0]).toEqual({
      id: 'bottleneck:sender->receiver',
      from: 0,
      to: 1,
      rateBps: 10_000_000,
      delayNs: 20_000_000,
      queue: { limitPackets: 33 },
      loss: undefined,
    });
    expect(s.flows[0]).toMatchObject({ id: 'reno', from: 0, to: 1, toIp: '10.0.0.2', port: 5001, bytes: 'until_end', cc: 'reno', sampleIntervalNs: 10_000_000 });
  });

  it('fills defaults', () => {
    const s = loadScenarioText(GOOD, 'good.yaml', KERNELS);
    expect(s.seed).toBe(1);
    expect(s.sync).toBe('parallel');
    expect(s.hosts[0]!.memoryMiB).toBe(256);
    expect(s.links[0]!.directions[1]!.queue).toEqual({ limitPackets: 100 });
    expect(s.flows[0]!.port).toBe(5001);
  });

  it.each([
    ['an unknown field', GOOD.replace('    delay: 20ms', '    delay: 20ms\n    colour: red'), 'unrecognized_key', 'links[0].colour', 15],
    ['a negative rate', GOOD.replace('10Mbit', '-10Mbit'), 'invalid_value', 'links[0].rate', 13],
    ['an unknown kernel', GOOD.replace('kernel: "6.1"', 'kernel: "4.19"'), 'unknown_kernel', 'hosts[0].kernel', 5],
    ['a link to a missing host', GOOD.replace('between: [a, b]', 'between: [a, c]'), 'unknown_reference', 'links[0].between[1]', 12],
    ['a duplicate host', GOOD.replace('name: b', 'name: a'), 'duplicate_name', 'hosts[1].name', 7],
    ['a bad address', GOOD.replace('10.0.0.2/24', '10.0.0.300/24'), 'invalid_value', 'hosts[1].ip', 9],
  ])('reports %s with its code, path and line', (_, text, code, path, line) => {
    const err = issuesOf(text);
    // The first issue is the one asked about (a duplicate also breaks references to the lost name).
    const issue = err.issues[0]!;
    expect(issue.code).toBe(code);
    expect(formatError(err)).toContain(`→ at ${path} in bad.yaml:${line}`);
    expect(issue.line).toBe(line);
  });

  it('reports every issue of a file at once', () => {
    const text = GOOD.replace('10Mbit', 'fast').replace('20ms', '20').replace('to: b', 'to: nobody').replace('kernel: "6.1"', 'kernel: "9"');
    const err = issuesOf(text);
    expect(formatError(err)).toMatchInlineSnapshot(`
      "bad.yaml: 4 problems
      ✖ unknown kernel "9"; known: 5.10, 6.1, 6.12
        → at hosts[0].kernel in bad.yaml:5
      ✖ rate must be a positive rate like 10Mbit, 1Gbps or 500kbit
        → at links[0].rate in bad.yaml:13
      ✖ delay must be a duration like 20ms, 1.5s or 250us
        → at links[0].delay in bad.yaml:14
      ✖ no host named "nobody"
        → at flows[0].to in bad.yaml:18"
    `);
  });

  it('reports YAML syntax errors with their line', () => {
    const err = issuesOf('name: [unclosed\nduration: 5s\n');
    expect(err.issues[0]!.code).toBe('invalid_yaml');
    expect(err.issues[0]!.line).toBeGreaterThan(0);
  });

  it('names an unreadable file', () => {
    expect(() => loadScenario('/nonexistent/x.yaml', KERNELS)).toThrow(/cannot read \/nonexistent\/x.yaml/);
  });

  it('keeps every example compiling', () => {
    for (const f of ['examples/dumbbell.yaml']) {
      expect(() => loadScenarioText(readFileSync(f, 'utf8'), f, KERNELS)).not.toThrow();
    }
  });
});
