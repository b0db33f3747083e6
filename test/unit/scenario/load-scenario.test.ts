import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../../../orchestrator/src/errors.js';
import { formatError } from '../../../orchestrator/src/cli/format-error.js';
import { loadScenario, loadScenarioText } from '../../../orchestrator/src/scenario/load-scenario.js';
import { kernels } from '../helpers/kernels.js';

const KERNELS = kernels('5.10', '6.1', '6.12');

function issuesOf(text: string, file = 'bad.yaml') {
  try {
    loadScenarioText(text, file, KERNELS);
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

const SWITCHED = `name: t
duration: 4s
hosts:
  - {name: a, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: b, kernel: "6.1", ip: 10.0.0.2/24}
  - {name: c, kernel: "6.1", ip: 10.0.0.3/24}
switches:
  - name: sw
  - name: hub
    kind: hub
links:
  - {name: la, between: [a, sw], rate: 1Gbit, delay: 1ms}
  - {name: lb, between: [b, sw], rate: 1Gbit, delay: 1ms}
  - name: trunk
    between: [sw, hub]
    rate: 10Mbit
    delay: 10ms
    jitter: 2ms
    throughput: 100ms
  - {name: lc, between: [c, hub], rate: 1Gbit, delay: 1ms}
flows:
  - {id: f, from: a, to: c}
actions:
  - at: 1s
    host: a
    exec: ss -tin
  - at: 2.5s
    host: c
    sysctl: {net.ipv4.tcp_congestion_control: cubic}
  - at: 3s
    host: b
    exec: [cat, /proc/loadavg]
`;

const ROUTED = `name: t
duration: 4s
hosts:
  - name: a
    kernel: "6.1"
    ip: 10.0.1.1/24
    routes:
      - {to: default, via: 10.0.1.254}
  - {name: r, kernel: "6.1", nics: [{ip: 10.0.1.254/24}, {ip: 10.0.2.254/24}], sysctls: {net.ipv4.ip_forward: 1}}
  - name: b
    kernel: "6.1"
    ip: 10.0.2.1/24
    routes: [{to: 10.0.1.0/24, via: 10.0.2.254}]
links:
  - {name: left, between: [a, r:eth0], rate: 100Mbit, delay: 1ms}
  - {name: right, between: [r:eth1, b], rate: 10Mbit, delay: 10ms}
flows:
  - {id: f, from: a, to: b}
`;

const withMacOfA = (mac: string) => ROUTED.replace('ip: 10.0.1.1/24\n', `ip: 10.0.1.1/24\n    mac: ${mac}\n`);

describe('loadScenario', () => {
  it('compiles the dumbbell example with every unit converted', () => {
    const s = loadScenario('examples/dumbbell.yaml', KERNELS);
    expect(s.durationNs).toBe(30_000_000_000);
    expect(s.hosts.map((h) => [h.name, h.nics[0]!.ip, h.nics[0]!.mac, h.sysctls])).toEqual([
      ['sender', '10.0.0.1', '52:54:00:00:00:01', [['net.ipv4.tcp_congestion_control', 'reno']]],
      ['receiver', '10.0.0.2', '52:54:00:00:00:02', []],
    ]);
    expect(s.links[0]!.directions[0]).toEqual({
      id: 'bottleneck:sender->receiver',
      from: { kind: 'host', index: 0, name: 'sender', nic: 0 },
      to: { kind: 'host', index: 1, name: 'receiver', nic: 0 },
      rateBps: 10_000_000,
      delayNs: 20_000_000,
      jitterNs: 0,
      reorder: false,
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
      ✖ unknown kernel "9"; known: 5.10, 6.1, 6.12, or {path: bzImage, modules: dir} for your own
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

  it('joins hosts through switches and hubs, with jitter, throughput traces and actions', () => {
    const s = loadScenarioText(SWITCHED, 'switched.yaml', KERNELS);
    expect(s.switches).toEqual([
      { name: 'sw', index: 0, kind: 'learning', agingNs: 300_000_000_000 },
      { name: 'hub', index: 1, kind: 'hub', agingNs: 300_000_000_000 },
    ]);
    expect(s.links.map((l) => l.ends.map((e) => `${e.kind}:${e.name}`))).toEqual([
      ['host:a', 'switch:sw'],
      ['host:b', 'switch:sw'],
      ['switch:sw', 'switch:hub'],
      ['host:c', 'switch:hub'],
    ]);
    expect(s.links[2]!.directions[1]).toMatchObject({ id: 'trunk:hub->sw', jitterNs: 2_000_000, reorder: false });
    expect(s.links[2]!.throughputIntervalNs).toBe(100_000_000);
    expect(s.actions).toEqual([
      { index: 0, atNs: 1_000_000_000, host: 0, op: { kind: 'exec', argv: ['/bin/sh', '-c', 'ss -tin'] } },
      { index: 1, atNs: 2_500_000_000, host: 2, op: { kind: 'sysctl', key: 'net.ipv4.tcp_congestion_control', value: 'cubic' } },
      { index: 2, atNs: 3_000_000_000, host: 1, op: { kind: 'exec', argv: ['cat', '/proc/loadavg'] } },
    ]);
  });

  it.each([
    ['a loop of switches', SWITCHED.replace('between: [c, hub]', 'between: [sw, hub]'), 'links[3].between', /closes a loop between sw and hub/],
    ['a host with two links', SWITCHED.replace('between: [c, hub]', 'between: [a, hub]'), 'links[3].between[0]', /a:eth0 is already on link la/],
    ['a switch named like a host', SWITCHED.replace('name: hub', 'name: c'), 'switches[1].name', /already a host, VM or switch named c/],
    ['an unknown switch kind', SWITCHED.replace('kind: hub', 'kind: router'), 'switches[1].kind', /kind must be "learning"/],
    ['an action with both exec and sysctl', SWITCHED.replace('exec: ss -tin', 'exec: ss -tin\n    sysctl: {net.core.x: 1}'), 'actions[0]', /exactly one of exec or sysctl/],
    ['an action after the end', SWITCHED.replace('at: 3s', 'at: 5s'), 'actions[2].at', /before the end of the run/],
    ['a non-net sysctl action', SWITCHED.replace('net.ipv4.tcp_congestion_control: cubic', 'kernel.panic: 1'), 'actions[1].sysctl.kernel.panic', /not a net\.\* key/],
    ['reorder without jitter', SWITCHED.replace('jitter: 2ms', 'reorder: true'), 'links[2].reorder', /only has an effect with jitter/],
  ])('refuses %s, naming where', (_, text, path, message) => {
    const err = issuesOf(text);
    expect(formatError(err)).toContain(`→ at ${path} in bad.yaml`);
    expect(formatError(err)).toMatch(message);
  });

  it('refuses a flow between hosts that no link joins, or that are in different subnets', () => {
    const apart = GOOD.replace('links:', 'links: []\nx_links:').replace(/x_links:[\s\S]*?flows:/, 'flows:');
    expect(formatError(issuesOf(apart))).toMatch(/no links join a to b\n.*→ at flows\[0\]\.to/);
    const subnets = GOOD.replace('10.0.0.2/24', '10.0.1.2/24');
    expect(formatError(issuesOf(subnets))).toMatch(/b's address 10\.0\.1\.2\/24 is in none of a's subnets, and a has no routes/);
  });

  it('takes a custom kernel by path, relative to the scenario file, and names a missing one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cosim-scn-'));
    mkdirSync(join(dir, 'mods'));
    writeFileSync(join(dir, 'bzImage'), 'not checked here: images/build.sh reads the header');
    const custom = GOOD.replace('kernel: "6.1"', 'kernel: {path: bzImage, modules: mods}');
    const s = loadScenarioText(custom, join(dir, 'x.yaml'), KERNELS);
    expect(s.hosts[0]).toMatchObject({ kernel: 'custom', customKernel: { path: join(dir, 'bzImage'), modulesDir: join(dir, 'mods') } });
    expect(s.hosts[1]).toMatchObject({ kernel: '6.1', customKernel: undefined });
    const bad = (text: string) => issuesOf(text, join(dir, 'x.yaml'));
    const err = bad(custom.replace('path: bzImage', 'path: nope/bzImage'));
    expect(formatError(err)).toMatch(/no kernel file .*nope\/bzImage\n {2}→ at hosts\[0\]\.kernel\.path/);
    expect(formatError(bad(custom.replace('modules: mods', 'modules: gone')))).toMatch(/no modules folder .*gone/);
    expect(formatError(bad(custom.replace('modules: mods', 'modules: mods, cmdline: x')))).toMatch(/unknown field "cmdline"/);
  });

  it('gives a router several NICs, hosts routes through it, and links name the NIC', () => {
    const s = loadScenarioText(ROUTED, 'routed.yaml', KERNELS);
    const router = s.hosts[1]!;
    expect(router.nics).toEqual([
      { name: 'eth0', ip: '10.0.1.254', prefixLength: 24, mac: '52:54:00:00:00:02' },
      { name: 'eth1', ip: '10.0.2.254', prefixLength: 24, mac: '52:54:00:01:00:02' },
    ]);
    expect(s.hosts[0]!.routes).toEqual([{ to: 'default', via: '10.0.1.254' }]);
    expect(s.hosts[2]!.routes).toEqual([{ to: '10.0.1.0/24', via: '10.0.2.254' }]);
    expect(s.links[1]!.directions[0]).toMatchObject({ id: 'right:r->b', from: { kind: 'host', name: 'r', nic: 1 }, to: { name: 'b', nic: 0 } });
    expect(s.flows[0]!.toIp).toBe('10.0.2.1');
  });

  it('takes a MAC per NIC or for a one-NIC host, lower-cased', () => {
    const s = loadScenarioText(
      ROUTED.replace('nics: [{ip: 10.0.1.254/24}', 'nics: [{ip: 10.0.1.254/24, mac: 02:AA:00:00:00:01}').replace('ip: 10.0.1.1/24\n', 'ip: 10.0.1.1/24\n    mac: 02:aa:00:00:00:02\n'),
      'routed.yaml',
      KERNELS,
    );
    expect(s.hosts[0]!.nics[0]!.mac).toBe('02:aa:00:00:00:02');
    expect(s.hosts[1]!.nics.map((n) => n.mac)).toEqual(['02:aa:00:00:00:01', '52:54:00:01:00:02']);
  });

  it.each([
    ['a malformed MAC', withMacOfA('52:54:00:1:2:3'), 'hosts[0].mac', /mac must look like 52:54:00:12:34:56/],
    ['a multicast MAC', withMacOfA('01:00:5e:00:00:01'), 'hosts[0].mac', /multicast address; a NIC needs a unicast one/],
    ['a MAC used twice', withMacOfA('52:54:00:01:00:02'), 'hosts[1].nics[1].mac', /MAC 52:54:00:01:00:02 is already used by a:eth0/],
    ['a host-level MAC with nics', ROUTED.replace('name: r,', 'name: r, mac: 02:00:00:00:00:09,'), 'hosts[1].mac', /with nics, give each NIC its own mac/],
    ['a multi-NIC host named without its NIC', ROUTED.replace('between: [r:eth1, b]', 'between: [r, b]'), 'links[1].between[0]', /r has 2 NICs; say which, like r:eth1/],
    ['a NIC the host does not have', ROUTED.replace('r:eth1', 'r:eth2'), 'links[1].between[0]', /r has no NIC eth2 \(it has eth0, eth1\)/],
    ['a NIC on two links', ROUTED.replace('between: [r:eth1, b]', 'between: [r:eth0, b]'), 'links[1].between[0]', /r:eth0 is already on link left/],
    ['a gateway outside the host subnets', ROUTED.replace('via: 10.0.1.254', 'via: 10.0.9.1'), 'hosts[0].routes[0].via', /gateway 10.0.9.1 is not in a subnet/],
    ['a flow with no route', ROUTED.replace(/ {4}routes:\n {6}- \{to: default, via: 10\.0\.1\.254\}\n/, ''), 'flows[0].to', /10.0.2.1\/24 is in none of a's subnets, and a has no routes/],
    ['both ip and nics', ROUTED.replace('name: r,', 'name: r, ip: 10.0.3.1/24,'), 'hosts[1].ip', /either ip .* or nics/],
  ])('refuses %s, naming where', (_, text, path, message) => {
    const err = issuesOf(text);
    expect(formatError(err)).toContain(`→ at ${path} in bad.yaml`);
    expect(formatError(err)).toMatch(message);
  });

  it('keeps every example compiling', () => {
    for (const f of readdirSync('examples').filter((n) => n.endsWith('.yaml')).map((n) => `examples/${n}`)) {
      expect(() => loadScenarioText(readFileSync(f, 'utf8'), f, KERNELS)).not.toThrow();
    }
  });
});

describe('findings of the hostile run (issues 10 and 11)', () => {
  it('refuses two outputs that would share one file, naming both', () => {
    const clash = GOOD.replace('    delay: 20ms\n', '    delay: 20ms\n    throughput: 100ms\n').replace('  - id: f\n', '  - id: link-l\n');
    const err = issuesOf(clash);
    expect(err.issues).toHaveLength(1);
    expect(formatError(err)).toContain(
      "✖ flow link-l would write traces/link-l.csv, which link l's throughput trace already writes; rename one of them\n  → at flows[0].id in bad.yaml:17",
    );
  });

  it('refuses an icount_shift other than 0, saying why', () => {
    const err = issuesOf(GOOD.replace('    ip: 10.0.0.1/24\n', '    ip: 10.0.0.1/24\n    icount_shift: 2\n'));
    expect(err.issues.map((i) => i.path.join('.'))).toEqual(['hosts.0.icount_shift']);
    expect(err.issues[0]!.message).toMatch(/^icount_shift must be 0 \(the default\): with a larger shift a guest can only stop every 2\^shift ns/);
  });

  it('takes a guest CPU speed from 1 GHz up, in whole MHz, and leaves the default out of the resolved form', () => {
    const withCpu = (speed: string) => GOOD.replace('    ip: 10.0.0.1/24\n', `    ip: 10.0.0.1/24\n    cpu: {speed: ${speed}}\n`);
    expect(loadScenarioText(withCpu('3GHz'), 'good.yaml', KERNELS).hosts[0]!.cpuMips).toBe(3000);
    expect(loadScenarioText(withCpu('2500MHz'), 'good.yaml', KERNELS).hosts[0]!.cpuMips).toBe(2500);
    expect(loadScenarioText(withCpu('1.5GHz'), 'good.yaml', KERNELS).hosts[0]!.cpuMips).toBe(1500);
    expect(loadScenarioText(withCpu('1GHz'), 'good.yaml', KERNELS).hosts[0]).toEqual(loadScenarioText(GOOD, 'good.yaml', KERNELS).hosts[0]);
    expect(loadScenarioText(GOOD, 'good.yaml', KERNELS).hosts[0]).not.toHaveProperty('cpuMips');
    for (const [speed, message] of [
      ['500MHz', /^speed must be from 1GHz to 100GHz: below 1GHz an instruction lasts longer than a nanosecond/],
      ['101GHz', /^speed must be from 1GHz to 100GHz/],
      ['1.0005GHz', /^speed 1.0005GHz is not a whole number of MHz/],
      ['3', /^speed must be a clock rate like 3GHz or 2500MHz/],
      ['3Gbit', /^speed must be a clock rate like 3GHz/],
    ] as const) {
      const err = issuesOf(withCpu(speed));
      expect(err.issues.map((i) => i.path.join('.'))).toEqual(['hosts.0.cpu.speed']);
      expect(err.issues[0]!.message).toMatch(message);
    }
    expect(issuesOf(GOOD.replace('    ip: 10.0.0.1/24\n', '    ip: 10.0.0.1/24\n    cpu: {ghz: 3}\n')).issues.map((i) => i.path.join('.'))).toEqual(['hosts.0.cpu.ghz', 'hosts.0.cpu.speed']);
  });

  it('turns a YAML alias bomb into one located problem', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 7; i++) levels.push(`l${i}: &l${i} [${Array(9).fill(i === 1 ? '*a' : `*l${i - 1}`).join(',')}]`);
    const err = issuesOf(levels.join('\n'));
    expect(err.issues).toEqual([{ code: 'invalid_yaml', path: [], message: expect.stringMatching(/^not usable YAML: Excessive alias count/) }]);
  });

  it('prints at most 20 problems of a file of garbage', () => {
    // One key a scenario has, so it reads as a scenario with 300 unknown fields.
    const garbage = ['seed: 1', ...Array.from({ length: 300 }, (_, i) => `k${i}: ${i}`)].join('\n');
    const text = formatError(issuesOf(garbage));
    expect(text.split('\n').filter((l) => l.startsWith('✖'))).toHaveLength(20);
    expect(text).toMatch(/… and \d+ more \(fix these first\)$/);
  });

  it('quotes none of a file that is not a scenario at all, such as /etc/shadow (issue 26, finding 17)', () => {
    const shadow = 'root:$6$salt$secrethash:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n';
    const err = issuesOf(shadow);
    expect(err.issues).toEqual([{ code: 'invalid_value', path: [], message: 'this is not a scenario: none of its 2 top-level keys is one a scenario has (name, seed, duration, ...); is it the right file?' }]);
    expect(formatError(err)).not.toContain('secrethash');
  });
});
