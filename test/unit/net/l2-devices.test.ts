import { describe, expect, it } from 'vitest';
import type { Frame } from '../../../orchestrator/src/net/frame.js';
import { Hub } from '../../../orchestrator/src/net/hub.js';
import { LearningSwitch } from '../../../orchestrator/src/net/learning-switch.js';
import { Link } from '../../../orchestrator/src/net/link.js';
import { DropTailQueue } from '../../../orchestrator/src/net/drop-tail-queue.js';
import { Calendar } from '../../../orchestrator/src/sim/calendar.js';

const BROADCAST = 'ff:ff:ff:ff:ff:ff';
const mac = (n: number) => `02:00:00:00:00:0${n}`;

let nextId = 0;
function frame(dst: string, src: string): Frame {
  const bytes = new Uint8Array(60);
  bytes.set(dst.split(':').map((h) => parseInt(h, 16)), 0);
  bytes.set(src.split(':').map((h) => parseInt(h, 16)), 6);
  return { bytes, id: nextId++ };
}

/** A device with `n` ports whose outputs are recorded per port as frame ids. */
function wire(device: { attach(s: { receive(f: Frame): void }): { receive(f: Frame): void } }, n: number) {
  const seen: number[][] = [];
  const ingress = Array.from({ length: n }, (_, port) => {
    seen.push([]);
    return device.attach({ receive: (f) => seen[port]!.push(f.id) });
  });
  return { seen, ingress };
}

describe('LearningSwitch', () => {
  it('floods unknown unicast and broadcast to every port but the ingress', () => {
    const sw = new LearningSwitch(new Calendar(), {}, 'sw');
    const { seen, ingress } = wire(sw, 4);
    const unknown = frame(mac(3), mac(1));
    const bcast = frame(BROADCAST, mac(2));
    ingress[0]!.receive(unknown);
    ingress[1]!.receive(bcast);
    expect(seen).toEqual([[bcast.id], [unknown.id], [unknown.id, bcast.id], [unknown.id, bcast.id]]);
    expect(sw.counters).toEqual({ forwarded: 0, flooded: 2, filtered: 0 });
  });

  it('learns source addresses and then forwards to that port only', () => {
    const sw = new LearningSwitch(new Calendar(), {}, 'sw');
    const { seen, ingress } = wire(sw, 3);
    ingress[2]!.receive(frame(BROADCAST, mac(3))); // host 3 announces itself (ARP request)
    const reply = frame(mac(3), mac(1));
    ingress[0]!.receive(reply);
    expect(sw.portOf(0x020000000003)).toBe(2);
    expect(seen[1]).not.toContain(reply.id);
    expect(seen[2]).toEqual([reply.id]);
    // Now host 1 is known too: the answer goes to port 0 alone.
    const back = frame(mac(1), mac(3));
    ingress[2]!.receive(back);
    expect(seen[0]).toContain(back.id);
    expect(seen[1]).not.toContain(back.id);
    expect(sw.counters.forwarded).toBe(2);
  });

  it('drops a frame whose destination is behind its own ingress port', () => {
    const sw = new LearningSwitch(new Calendar(), {}, 'sw');
    const { seen, ingress } = wire(sw, 2);
    ingress[0]!.receive(frame(BROADCAST, mac(1)));
    ingress[0]!.receive(frame(mac(1), mac(2)));
    expect(seen[1]).toHaveLength(1);
    expect(sw.counters.filtered).toBe(1);
  });

  it('follows a host that moves, and forgets addresses after the aging time', () => {
    const cal = new Calendar();
    const sw = new LearningSwitch(cal, { agingNs: 1_000 }, 'sw');
    const moves: [number, number][] = [];
    sw.learned.subscribe(({ mac: m, port }) => moves.push([m, port]));
    const { ingress } = wire(sw, 3);
    ingress[0]!.receive(frame(BROADCAST, mac(1)));
    ingress[1]!.receive(frame(BROADCAST, mac(1)));
    expect(sw.portOf(0x020000000001)).toBe(1);
    expect(moves).toEqual([
      [0x020000000001, 0],
      [0x020000000001, 1],
    ]);
    cal.schedule(999, () => expect(sw.portOf(0x020000000001)).toBe(1));
    cal.schedule(1_000, () => expect(sw.portOf(0x020000000001)).toBeUndefined());
    cal.runUntil(2_000);
  });

  it('through links, a ping-like exchange takes the link delays and nothing more', () => {
    const cal = new Calendar();
    const sw = new LearningSwitch(cal, {}, 'sw');
    const arrivals: string[] = [];
    // Two hosts, each joined to the switch by a 1 Gbit/s, 1 ms link per direction.
    const hostIn = [0, 1].map((h) => {
      const up = new DropTailQueue({}, `up${h}`);
      const down = new DropTailQueue({}, `down${h}`);
      new Link(cal, { rateBps: 1e9, delayNs: 1_000_000 }, `down${h}`)
        .pullFrom(down)
        .connect({ receive: (f) => arrivals.push(`${cal.now} host${h} got ${f.id}`) });
      const swPort = sw.attach(down);
      new Link(cal, { rateBps: 1e9, delayNs: 1_000_000 }, `up${h}`).pullFrom(up).connect(swPort);
      return up;
    });
    cal.schedule(0, () => hostIn[0]!.receive({ ...frame(BROADCAST, mac(1)), id: 100 }));
    cal.schedule(10_000_000, () => hostIn[1]!.receive({ ...frame(mac(1), mac(2)), id: 101 }));
    cal.runUntil(20_000_000);
    // 60 bytes at 1 Gbit/s = 480 ns per hop, plus 1 ms per hop.
    expect(arrivals).toEqual(['2000960 host1 got 100', '12000960 host0 got 101']);
  });
});

describe('Hub', () => {
  it('repeats every frame to every other port, known destination or not', () => {
    const hub = new Hub('hub');
    const { seen, ingress } = wire(hub, 3);
    const a = frame(BROADCAST, mac(1));
    const b = frame(mac(1), mac(2));
    ingress[0]!.receive(a);
    ingress[1]!.receive(b);
    expect(seen).toEqual([[b.id], [a.id], [a.id, b.id]]);
    expect(hub.repeated).toBe(2);
  });
});
