// The relay transport as an input source: requests reach a guest 1 ms after
// they are issued, and they come only from events scheduled through `at` and
// from handlers of agents that may still react.

import { describe, expect, it } from 'vitest';
import { RELAY_REACTION_NS } from '../../../orchestrator/src/relay/reaction-time.js';
import { RelayTransport } from '../../../orchestrator/src/run/relay-transport.js';
import { Calendar } from '../../../orchestrator/src/sim/calendar.js';

const view = (safeNs: number, next: number[]) => ({ safeNs, nextOutputNs: (vm: number) => next[vm]! });

describe('RelayTransport', () => {
  it('sends a request stamped the reaction time after it is issued', () => {
    const calendar = new Calendar();
    const sent: [number, number, string][] = [];
    const transport = new RelayTransport(calendar, [{ sendSerial: (port, b, at) => sent.push([port, at, Buffer.from(b).toString()]) }]);
    calendar.runUntil(5000);
    transport.sink(0, 0)(Buffer.from('req'));
    expect(sent).toEqual([[0, 5000 + RELAY_REACTION_NS, 'req']]);
  });

  it('bounds every VM by its scheduled events, and by the next output of an agent that may react', () => {
    const calendar = new Calendar();
    const transport = new RelayTransport(calendar, [{ sendSerial: () => undefined }, { sendSerial: () => undefined }]);
    const parties = [{ mayReact: false }, { mayReact: false }];
    transport.watch(parties);
    expect(transport.earliestNewInputNs(0, view(0, [100, 200]))).toBe(Infinity);
    parties[1]!.mayReact = true;
    expect(transport.earliestNewInputNs(0, view(0, [100, 200]))).toBe(200 + RELAY_REACTION_NS);
    const ran: number[] = [];
    transport.at(50_000, () => ran.push(calendar.now));
    transport.at(10_000, () => ran.push(calendar.now));
    parties[1]!.mayReact = false;
    expect(transport.earliestNewInputNs(1, view(0, [100, 200]))).toBe(10_000 + RELAY_REACTION_NS);
    calendar.runUntil(20_000);
    expect(transport.earliestNewInputNs(1, view(20_000, [100, 200]))).toBe(50_000 + RELAY_REACTION_NS);
    calendar.runUntil(60_000);
    expect(ran).toEqual([10_000, 50_000]);
    expect(transport.earliestNewInputNs(1, view(60_000, [100, 200]))).toBe(Infinity);
  });
});
