// What the ns-3 translation refuses: every feature it cannot reproduce is one
// issue with its path, and a scenario of supported features has none.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { knownKernels } from '../../../orchestrator/src/images/kernel-catalog.js';
import { loadScenarioText } from '../../../orchestrator/src/scenario/load-scenario.js';
import { flowCc, unsupportedFeatures } from '../../../orchestrator/src/validate/ns3-support.js';

const DUMBBELL = readFileSync('examples/dumbbell.yaml', 'utf8');
const load = (text: string) => loadScenarioText(text, 'examples/dumbbell.yaml', knownKernels());
const paths = (text: string) => unsupportedFeatures(load(text)).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('unsupportedFeatures', () => {
  it('finds nothing to refuse in the dumbbell', () => {
    expect(paths(DUMBBELL)).toEqual([]);
  });

  it('names jitter, Gilbert-Elliott loss and a byte-limited queue on their link', () => {
    const text = DUMBBELL.replace('queue: 33p', 'queue: 50KB\n    jitter: 1ms\n    loss: {gilbert_elliott: {p: 0.01, r: 0.5}}');
    expect(paths(text)).toEqual([
      'links.0.jitter: ns-3 validation does not support jitter (link bottleneck): ns-3\'s point-to-point channel has a fixed delay',
      'links.0.loss: ns-3 validation does not support Gilbert-Elliott loss (link bottleneck): only Bernoulli loss is translated',
      'links.0.queue: ns-3 validation does not support a queue limit in bytes (link bottleneck): ns-3 counts bytes without the Ethernet header; give the limit in packets (33p)',
    ]);
  });

  it('names an active queue management discipline', () => {
    expect(paths(DUMBBELL.replace('queue: 33p', 'queue: {kind: codel}'))).toEqual([
      'links.0.queue.kind: ns-3 validation does not support a codel queue (link bottleneck): only drop-tail queues are translated',
    ]);
  });

  it('names a hub, an action, an untranslated sysctl and congestion control', () => {
    const text = readFileSync('examples/dumbbell.yaml', 'utf8')
      .replace('between: [sender, receiver]', 'between: [sender, hub0]')
      .replace('links:\n', 'switches:\n  - {name: hub0, kind: hub}\nlinks:\n  - {name: other, between: [hub0, receiver], rate: 10Mbit}\n')
      .replace('net.ipv4.tcp_congestion_control: reno', 'net.ipv4.tcp_congestion_control: reno\n      net.ipv4.tcp_ecn: 1')
      .replace('cc: reno', 'cc: vegas')
      .concat('actions:\n  - {at: 1s, host: sender, exec: ip route}\n');
    expect(paths(text)).toEqual([
      'switches.0: ns-3 validation does not support hubs (hub0): only point-to-point links between hosts are translated',
      'actions.0: ns-3 validation does not support actions (exec on sender at 1 s): ns-3 runs no guest programs',
      'hosts.0.sysctls.net.ipv4.tcp_ecn: ns-3 validation does not support the sysctl net.ipv4.tcp_ecn (host sender); translated: net.ipv4.tcp_congestion_control, net.ipv4.ip_forward, net.ipv4.conf.all.forwarding, net.ipv4.tcp_sack, net.ipv4.tcp_timestamps, net.ipv4.tcp_window_scaling',
      'flows.0.cc: ns-3 validation does not support the congestion control vegas (flow reno); translated: reno, cubic, bbr',
    ]);
  });

  it('refuses a resolved field it does not know yet rather than leave it out', () => {
    const scenario = load(DUMBBELL);
    const link = scenario.links[0]!;
    const directions = link.directions.map((d) => ({ ...d, burstBytes: 1500 }));
    const withNew = { ...scenario, links: [{ ...link, directions, shaper: { rateBps: 1 } }] } as unknown as typeof scenario;
    expect(unsupportedFeatures(withNew).map((i) => i.path.join('.'))).toEqual(['links.0.shaper', 'links.0.burstBytes']);
  });

  it('takes a flow\'s congestion control from the flow, else its sender\'s sysctl, else the kernel\'s cubic', () => {
    expect(flowCc(load(DUMBBELL), 0)).toBe('reno');
    expect(flowCc(load(DUMBBELL.replace('    cc: reno\n', '')), 0)).toBe('reno');
    expect(flowCc(load(DUMBBELL.replace('    cc: reno\n', '').replace('    sysctls:\n      net.ipv4.tcp_congestion_control: reno\n', '')), 0)).toBe('cubic');
  });
});
