// The network a scenario compiles to, pinned at its edges: a frame a host's
// NIC sends enters the queue in front of its link, and reaches the far NIC
// at exactly now + serialization + propagation, in nanoseconds.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Frame, FrameSink } from '../../../orchestrator/src/net/frame.js';
import { buildNetwork, type HostNic } from '../../../orchestrator/src/run/build-network.js';
import { loadScenarioText } from '../../../orchestrator/src/scenario/load-scenario.js';
import { Calendar } from '../../../orchestrator/src/sim/calendar.js';
import { kernels } from '../helpers/kernels.js';

const SCENARIO = `
name: two
duration: 2s
hosts:
  - {name: a, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: b, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - {name: wire, between: [a, b], rate: 10Mbit, delay: 5ms, queue: 10p}
`;

/** A NIC that records what arrives and remembers its uplink. */
class RecordingNic implements HostNic {
  readonly vm: number;
  uplink: FrameSink | undefined;
  readonly arrivals: { atNs: number; id: number; bytes: number }[] = [];
  constructor(vm: number) {
    this.vm = vm;
  }
  connect(uplink: FrameSink): void {
    this.uplink = uplink;
  }
  receiveAt(frame: Frame, atNs: number): void {
    this.arrivals.push({ atNs, id: frame.id, bytes: frame.bytes.length });
  }
}

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('buildNetwork', () => {
  it('carries one 1500-byte frame from a NIC to the other at exactly 1 s + 1.2 ms + 5 ms', () => {
    dir = mkdtempSync(join(tmpdir(), 'cosim-net-'));
    mkdirSync(join(dir, 'pcap'));
    const scenario = loadScenarioText(SCENARIO, 'two.yaml', kernels('6.1'));
    const calendar = new Calendar();
    const a = new RecordingNic(0);
    const b = new RecordingNic(1);
    const errors: Error[] = [];
    const network = buildNetwork(scenario, calendar, [[a], [b]], dir, (e) => errors.push(e));
    calendar.schedule(1_000_000_000, () => a.uplink!.receive({ bytes: new Uint8Array(1500), id: 7 }));
    calendar.runUntil(2_000_000_000);
    network.close();
    // 1500 bytes at 10 Mbit/s: 1,200,000 ns on the wire, then 5 ms of propagation.
    expect(b.arrivals).toEqual([{ atNs: 1_000_000_000 + 1_200_000 + 5_000_000, id: 7, bytes: 1500 }]);
    expect(a.arrivals).toEqual([]);
    expect(network.queues.map((q) => [q.id, q.queue.counters.enqueued])).toEqual([
      ['wire:a->b', 1],
      ['wire:b->a', 0],
    ]);
    expect(errors).toEqual([]);
  });

  it('bounds how soon a frame not yet sent can reach a VM: the sender\'s next output plus the link', () => {
    dir = mkdtempSync(join(tmpdir(), 'cosim-net-'));
    mkdirSync(join(dir, 'pcap'));
    const scenario = loadScenarioText(SCENARIO, 'two.yaml', kernels('6.1'));
    const network = buildNetwork(scenario, new Calendar(), [[new RecordingNic(0)], [new RecordingNic(1)]], dir, () => undefined);
    // VM 0 may output at 3 ms at the earliest; the shortest frame (14 bytes: 11.2 us at 10 Mbit/s) then takes 5 ms.
    const view = { safeNs: 1_000_000, nextOutputNs: (vm: number) => (vm === 0 ? 3_000_000 : Infinity) };
    expect(network.earliestNewInputNs(1, view)).toBe(3_000_000 + 11_200 + 5_000_000);
    // Nothing bounds VM 1's output, so nothing new reaches VM 0.
    expect(network.earliestNewInputNs(0, view)).toBe(Infinity);
    network.close();
  });
});
