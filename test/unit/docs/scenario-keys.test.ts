// Every key docs/scenario-spec.md documents must run end to end in at least
// one short real-guest test: a documented loss model once crashed from a
// scenario while its unit tests passed. The golden scenarios (test/repro/
// golden/, run with real guests in CI) carry the keys; the few they cannot
// carry are listed below with the real-guest test that does.

import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { goldenScenarios, GOLDEN_DIR } from '../../repro/golden/golden-runs.js';

const AQM = 'test/integration/bottleneck/aqm.test.ts';
const WEB = '{id: web, from: server, to: client, count: 15, start: 100ms, mean_gap: 150ms, sizes: [20KB, 60KB, 150KB], port: 7000, cc: cubic, sample_interval: 5ms}';
const ASYM = 'test/integration/bottleneck/asymmetric.test.ts';
const REVERSE = 'reverse: {rate: 1Mbit, delay: 15ms, jitter: 1ms, queue: 20p, loss: 0.001}';
const RED = '{kind: red, limit: 100p, min_th: 5, max_th: 15, max_p: 0.1, weight: 0.002, gentle: true, ecn: true}';
const FQ = '{kind: fq_codel, limit: 10240p, flows: 64, quantum: 1514, target: 5ms, interval: 100ms, ecn: false}';

const UDP = 'test/integration/bottleneck/udp-flows.test.ts';
const UDP_CBR = '{id: cbr, from: a, to: b, port: 9100, start: 0s, rate: 15Mbit, datagram: 1200B, duration: 2s}';
const RR = 'test/integration/bottleneck/request-response.test.ts';
const RR_WEB =
  '{id: web, from: client, to: server, port: 8080, start: 0s, cc: cubic, count: 40, arrival: poisson, mean_gap: 50ms, request_size: {distribution: exponential, mean: 500B}, response_size: {distribution: lognormal, mean: 20KB, sigma: 1}, sample_interval: 50ms}';

const TRACE = 'test/integration/bottleneck/trace-link.test.ts';
const AGGREGATE = 'test/integration/bottleneck/aggregation.test.ts';
const POLICER = 'test/integration/bottleneck/policer.test.ts';
const SCHEDULE = 'test/integration/bottleneck/link-schedule.test.ts';
const SCHEDULE_REVERSE = 'reverse: {schedule: {steps: [{at: 0s, delay: 10ms, loss: 0, queue: 40p}, {at: 1s, delay: 12ms}], repeat: 2s}}';
const VIP = 'test/integration/virtual-hosts/one-vm.test.ts';
const JUMBO = 'test/integration/bottleneck/jumbo-frames.test.ts';
const VIP_VM = '  - {name: box, kernel: "6.1", memory: 256MiB, cpu: {speed: 2GHz}, icount_shift: 0, packages: [iproute2], files: {/usr/local/bin/whoami-vip: whoami-vip.sh}}';

/** Keys another real-guest test exercises, with that test; each is checked to mention the key. */
const ELSEWHERE: Record<string, { test: string; mentions: string }> = {
  // Virtual IP hosts: one boot of a VM holding three.
  ...Object.fromEntries(['name', 'kernel', 'memory', 'icount_shift', 'packages', 'files'].map((k) => [`vms.${k}`, { test: VIP, mentions: VIP_VM }])),
  // CPU speed: one run with a guest at the default and one at 3 GHz.
  'hosts.cpu': { test: 'test/integration/qemu/cpu-speed.test.ts', mentions: 'cpu: {speed: 3GHz}' },
  'vms.cpu': { test: VIP, mentions: VIP_VM },
  'hosts.mtu': { test: JUMBO, mentions: '  - {name: b, vm: box, ip: 10.0.0.2/24, mtu: 9000}' },
  'links.mtu': { test: JUMBO, mentions: '  - {name: as, between: ["a:eth1", sw], rate: 1Gbit, delay: 1ms, mtu: 9000}' },
  'hosts.vm': { test: VIP, mentions: '  - {name: a, vm: box, ip: 10.0.0.1/24' },
  // Offloads change the guest's NIC features; golden scenarios keep the stock NIC.
  'hosts.offloads': { test: 'test/integration/bottleneck/offloads.test.ts', mentions: '  - {name: sender, kernel: "6.1", ip: 10.0.0.1/24, offloads: true}' },
  'hosts.kernel.path': { test: 'test/integration/images/custom-kernel.test.ts', mentions: '    kernel: {path: ${kernelDir}/boot/vmlinuz-${release}, modules: ${kernelDir}}' },
  'hosts.kernel.modules': { test: 'test/integration/images/custom-kernel.test.ts', mentions: '    kernel: {path: ${kernelDir}/boot/vmlinuz-${release}, modules: ${kernelDir}}' },
  // Packages take a download and an image build; one 4 s run carries them all.
  packages: { test: 'test/integration/images/guest-packages.test.ts', mentions: '\npackages: [iperf3, iproute2]\n' },
  files: { test: 'test/integration/images/guest-packages.test.ts', mentions: '\nfiles: {/usr/local/bin/netns-demo: netns-demo.sh}\n' },
  'hosts.packages': { test: 'test/integration/images/guest-packages.test.ts', mentions: '\n    packages: [iperf3]\n' },
  'hosts.files': { test: 'test/integration/images/guest-packages.test.ts', mentions: '\n    files: {/etc/cosim-note: note.txt}\n' },
  'actions.output': { test: 'test/integration/images/guest-packages.test.ts', mentions: '--json, output: json}' },
  'actions.timeout': { test: 'test/integration/relay/exec-never-blocks.test.ts', mentions: '  - {at: 1200ms, host: h1, exec: "sleep 30; echo never", timeout: 300ms}' },
  'links.reverse.rate': { test: ASYM, mentions: REVERSE },
  'links.reverse.delay': { test: ASYM, mentions: REVERSE },
  'links.reverse.jitter': { test: ASYM, mentions: REVERSE },
  'links.reverse.queue': { test: ASYM, mentions: REVERSE },
  'links.reverse.loss': { test: ASYM, mentions: REVERSE },
  // Link schedules: one 4 s run with a rate step forward and a repeating pattern on the ACK path.
  ...Object.fromEntries(['schedule', 'schedule.at', 'schedule.rate'].map((k) => [`links.${k}`, { test: SCHEDULE, mentions: '    schedule: [{at: 2s, rate: 5Mbit}]\n' }])),
  ...Object.fromEntries(['reverse.schedule', 'schedule.delay', 'schedule.loss', 'schedule.queue', 'schedule.steps', 'schedule.repeat'].map((k) => [`links.${k}`, { test: SCHEDULE, mentions: SCHEDULE_REVERSE }])),
  ...Object.fromEntries(['policer', 'policer.rate', 'policer.burst'].map((k) => [`links.${k}`, { test: POLICER, mentions: '    policer: {rate: 5Mbit, burst: 15KB}\n' }])),
  'links.reverse.policer': { test: POLICER, mentions: '    reverse: {policer: {rate: 2Mbit, burst: 10KB}}\n' },
  'links.aggregate': { test: AGGREGATE, mentions: 'aggregate: {every: 20ms}, reverse: {aggregate: null}' },
  'links.aggregate.every': { test: AGGREGATE, mentions: 'aggregate: {every: 20ms}, reverse: {aggregate: null}' },
  'links.reverse.aggregate': { test: AGGREGATE, mentions: 'aggregate: {every: 20ms}, reverse: {aggregate: null}' },
  'links.aggregate.frames': { test: AGGREGATE, mentions: 'aggregate: {frames: 4, timeout: 20ms}' },
  'links.aggregate.timeout': { test: AGGREGATE, mentions: 'aggregate: {frames: 4, timeout: 20ms}' },
  'links.trace': { test: TRACE, mentions: '    trace: lte-synthetic.trace\n' },
  'links.reverse.trace': { test: TRACE, mentions: '    reverse: {trace: constant-12mbit.trace}\n' },
  'links.capture': { test: 'test/integration/bottleneck/capture.test.ts', mentions: '    capture: [before_queue, after_queue]\n' },
  'switches.capture': { test: 'test/integration/bottleneck/switch-capture.test.ts', mentions: '  - {name: sw, capture: true}\n' },
  timeline: { test: 'test/integration/bottleneck/timeline.test.ts', mentions: '\ntimeline: true\n' },
  ...Object.fromEntries(['id', 'from', 'to', 'port', 'start', 'rate', 'datagram', 'duration'].map((k) => [`udp_flows.${k}`, { test: UDP, mentions: UDP_CBR }])),
  'udp_flows.on_off': { test: UDP, mentions: 'on_off: {on: 300ms, off: 200ms}, sample_interval: 50ms}' },
  'udp_flows.sample_interval': { test: UDP, mentions: 'on_off: {on: 300ms, off: 200ms}, sample_interval: 50ms}' },
  ...Object.fromEntries(['id', 'from', 'to', 'port', 'start', 'cc', 'count', 'arrival', 'mean_gap', 'request_size', 'response_size', 'sample_interval'].map((k) => [`request_response.${k}`, { test: RR, mentions: RR_WEB }])),
  'short_flows.id': { test: 'test/integration/bottleneck/short-flows-workload.test.ts', mentions: WEB },
  'short_flows.from': { test: 'test/integration/bottleneck/short-flows-workload.test.ts', mentions: WEB },
  'short_flows.to': { test: 'test/integration/bottleneck/short-flows-workload.test.ts', mentions: WEB },
  'short_flows.count': { test: 'test/integration/bottleneck/short-flows-workload.test.ts', mentions: WEB },
  'short_flows.start': { test: 'test/integration/bottleneck/short-flows-workload.test.ts', mentions: WEB },
  'short_flows.mean_gap': { test: 'test/integration/bottleneck/short-flows-workload.test.ts', mentions: WEB },
  'short_flows.sizes': { test: 'test/integration/bottleneck/short-flows-workload.test.ts', mentions: WEB },
  'short_flows.port': { test: 'test/integration/bottleneck/short-flows-workload.test.ts', mentions: WEB },
  'short_flows.cc': { test: 'test/integration/bottleneck/short-flows-workload.test.ts', mentions: WEB },
  'short_flows.sample_interval': { test: 'test/integration/bottleneck/short-flows-workload.test.ts', mentions: WEB },
  // Queue kinds: one 4 s real-guest run per kind, each checked against its model's behaviour.
  'links.queue_trace': { test: AQM, mentions: '    queue_trace: true\n' },
  'links.queue.kind': { test: AQM, mentions: "'{kind: drop_tail, limit: 1000p}'" },
  'links.queue.limit': { test: AQM, mentions: '{kind: codel, limit: 1000p, target: 5ms, interval: 100ms, ecn: false}' },
  'links.queue.target': { test: AQM, mentions: '{kind: codel, limit: 1000p, target: 5ms, interval: 100ms, ecn: false}' },
  'links.queue.interval': { test: AQM, mentions: '{kind: codel, limit: 1000p, target: 5ms, interval: 100ms, ecn: false}' },
  'links.queue.min_th': { test: AQM, mentions: RED },
  'links.queue.max_th': { test: AQM, mentions: RED },
  'links.queue.max_p': { test: AQM, mentions: RED },
  'links.queue.weight': { test: AQM, mentions: RED },
  'links.queue.gentle': { test: AQM, mentions: RED },
  'links.queue.ecn': { test: AQM, mentions: RED },
  'links.queue.flows': { test: AQM, mentions: FQ },
  'links.queue.quantum': { test: AQM, mentions: FQ },
};

/** `section.key` for every documented key: "- `key`" bullets under "## section[]" headings. */
function documentedKeys(): string[] {
  const keys: string[] = [];
  let section = '';
  for (const line of readFileSync('docs/scenario-spec.md', 'utf8').split('\n')) {
    const heading = /^## (.*)$/.exec(line);
    if (heading) section = heading[1] === 'Top level' ? '' : heading[1]!.replace('[]', '');
    const bullet = /^- (`[^`]+`(?:, `[^`]+`)*) —/.exec(line);
    if (!bullet) continue;
    for (const k of bullet[1]!.matchAll(/`([^`]+)`/g)) keys.push(section ? `${section}.${k[1]}` : k[1]!);
  }
  return keys;
}

/** `section.key` paths present in a parsed scenario (lists flattened, nested mappings joined). */
function usedKeys(value: unknown, prefix = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => usedKeys(v, prefix, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const key = prefix ? `${prefix}.${k}` : k;
      out.add(key);
      // Below a host's sysctls and an action's sysctl are sysctl names, not keys; a loss model's fields are its own.
      if (!/^(hosts\.sysctls|actions\.sysctl|links\.loss)$/.test(key)) usedKeys(v, key, out);
    }
  }
  return out;
}

describe('documented scenario keys', () => {
  const documented = documentedKeys();
  const used = new Set<string>();
  for (const file of goldenScenarios()) for (const k of usedKeys(parse(readFileSync(`${GOLDEN_DIR}/${file}`, 'utf8')))) used.add(k);

  it('finds the keys in the spec', () => {
    expect(documented).toContain('links.loss');
    expect(documented).toContain('flows.sample_interval');
    expect(documented.length).toBeGreaterThan(35);
  });

  it('runs every documented key in a golden scenario or a named real-guest test', () => {
    const missing = documented.filter((k) => !used.has(k) && !(k in ELSEWHERE) && !Object.keys(ELSEWHERE).some((e) => e.startsWith(`${k}.`)));
    expect(missing, 'documented keys no real-guest test runs').toEqual([]);
  });

  it.each(Object.entries(ELSEWHERE))('%s is exercised by %s', (_key, { test, mentions }) => {
    expect(readFileSync(test, 'utf8')).toContain(mentions);
  });

  it('runs every loss model and every link-end form', () => {
    const text = goldenScenarios().map((f) => readFileSync(`${GOLDEN_DIR}/${f}`, 'utf8')).join('\n');
    expect(text).toMatch(/loss: \{gilbert_elliott: \{p: [\d.]+, r: [\d.]+, loss_good: [\d.]+, loss_bad: [\d.]+\}\}/);
    expect(text).toMatch(/loss: \{bernoulli: [\d.]+\}/);
    expect(text).toMatch(/loss: 0\.\d+/);
    expect(text).toMatch(/between: \[\w+:eth1, \w+\]|between: \[sw, \w+:eth0\]/);
    expect(text).toMatch(/kind: hub/);
    expect(text).toMatch(/queue: \d+KB/);
    expect(text).toMatch(/exec: \[/);
    expect(text).toMatch(/exec: "|exec: [a-z]/);
  });
});
