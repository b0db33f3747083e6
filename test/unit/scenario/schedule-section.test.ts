// `schedule:` of a link direction: what it resolves to, that the link's
// schedule applies to both directions unless `reverse:` gives its own, and
// the issues it is refused with, each naming its field.

import { describe, expect, it } from 'vitest';
import { compileSection, sectionIssues } from './helpers/compile-section.js';

const text = (link: string) => `name: s
duration: 5s
hosts:
  - {name: a, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: b, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - {name: l, between: [a, b], rate: 10Mbit, delay: 10ms${link}}
`;

describe('link schedules', () => {
  it('leaves a link without one as it was: no schedule in its resolved form', () => {
    const s = compileSection(text(''));
    expect(s.links[0]!.directions.every((d) => !('schedule' in d))).toBe(true);
  });

  it('resolves steps with what each changes, in both directions', () => {
    const s = compileSection(text(', schedule: [{at: 2s, rate: 5Mbit}, {at: 3s, delay: 40ms, loss: 0.01, queue: 50p}, {at: 4s, queue: 64KB, loss: 0}]'));
    const steps = [
      { atNs: 2e9, rateBps: 5e6 },
      { atNs: 3e9, delayNs: 40e6, loss: { kind: 'bernoulli', lossProbability: 0.01 }, queue: { limitPackets: 50 } },
      { atNs: 4e9, loss: { kind: 'bernoulli', lossProbability: 0 }, queue: { limitBytes: 64000 } },
    ];
    expect(s.links[0]!.directions.map((d) => d.schedule)).toEqual([{ steps }, { steps }]);
  });

  it('repeats a pattern given with its period', () => {
    const s = compileSection(text(', schedule: {steps: [{at: 0s, rate: 10Mbit}, {at: 1s, rate: 2Mbit}], repeat: 2s}'));
    expect(s.links[0]!.directions[0].schedule).toEqual({ steps: [{ atNs: 0, rateBps: 10e6 }, { atNs: 1e9, rateBps: 2e6 }], repeatNs: 2e9 });
  });

  it('lets reverse give its own schedule, or none with []', () => {
    const own = compileSection(text(', schedule: [{at: 1s, rate: 5Mbit}], reverse: {rate: 1Mbit, schedule: [{at: 2s, rate: 500kbit}]}'));
    expect(own.links[0]!.directions.map((d) => [d.rateBps, d.schedule])).toEqual([
      [10e6, { steps: [{ atNs: 1e9, rateBps: 5e6 }] }],
      [1e6, { steps: [{ atNs: 2e9, rateBps: 500e3 }] }],
    ]);
    const none = compileSection(text(', schedule: [{at: 1s, rate: 5Mbit}], reverse: {schedule: []}'));
    expect('schedule' in none.links[0]!.directions[1]).toBe(false);
  });

  it('refuses what is not a step, naming the field', () => {
    expect(sectionIssues(text(', schedule: [{at: 2s, rate: 5Mbit}, {at: 1s, rate: 1Mbit}]'))).toEqual(["links.0.schedule.1.at: at must be after the previous step's (2 s): steps are listed in time order"]);
    expect(sectionIssues(text(', schedule: [{at: 2s}]'))).toEqual(['links.0.schedule.0: a step changes at least one of rate, delay, loss, queue']);
    expect(sectionIssues(text(', schedule: [{rate: 5Mbit}]'))).toEqual(['links.0.schedule.0.at: at is required']);
    expect(sectionIssues(text(', schedule: [{at: 1s, rate: 0}, {at: 2s, delay: soon}, {at: 3s, jitter: 1ms}]'))).toEqual([
      'links.0.schedule.0.rate: rate must be a positive rate like 10Mbit',
      'links.0.schedule.1.delay: delay must be a duration like 20ms, 1.5s or 250us',
      'links.0.schedule.2.jitter: unknown field "jitter" (expected one of: at, rate, delay, loss, queue)',
      'links.0.schedule.2: a step changes at least one of rate, delay, loss, queue',
    ]);
    expect(sectionIssues(text(', schedule: [{at: 1s, queue: {kind: codel}}]'))).toEqual(["links.0.schedule.0.queue: a step changes only the queue's limit (like 50p or 64KB); its kind stays the link's"]);
    expect(sectionIssues(text(', schedule: {steps: [{at: 3s, rate: 1Mbit}], repeat: 2s}'))).toEqual(['links.0.schedule.steps.0.at: at must be less than repeat (2 s): a repeating pattern\'s steps fall within it']);
    expect(sectionIssues(text(', schedule: {steps: [], repeat: 2s}'))).toEqual(['links.0.schedule.steps: a repeating schedule needs at least one step']);
    expect(sectionIssues(text(', schedule: 5Mbit'))).toEqual(['links.0.schedule: schedule must be a list of steps like {at: 2s, rate: 5Mbit}, or {steps: [...], repeat: 4s}']);
    expect(sectionIssues(text(', reverse: {schedule: [{at: 1s, loss: 2}]}'))).toEqual(['links.0.reverse.schedule.0.loss: loss must be a probability from 0 to 1']);
  });
});

describe('policers', () => {
  it('resolves a token bucket on both directions, or on the reverse alone', () => {
    const both = compileSection(text(', policer: {rate: 5Mbit, burst: 15KB}'));
    expect(both.links[0]!.directions.map((d) => d.policer)).toEqual([
      { rateBps: 5e6, burstBytes: 15000 },
      { rateBps: 5e6, burstBytes: 15000 },
    ]);
    const down = compileSection(text(', policer: {rate: 5Mbit, burst: 15KB}, reverse: {policer: null}'));
    expect('policer' in down.links[0]!.directions[1]).toBe(false);
    const up = compileSection(text(', reverse: {policer: {rate: 1Mbit, burst: 3000B}}'));
    expect(up.links[0]!.directions.map((d) => d.policer)).toEqual([undefined, { rateBps: 1e6, burstBytes: 3000 }]);
    expect('policer' in compileSection(text('')).links[0]!.directions[0]).toBe(false);
  });

  it('refuses a bucket without a rate or smaller than a frame, naming the field', () => {
    expect(sectionIssues(text(', policer: {rate: 5Mbit}'))).toEqual(['links.0.policer.burst: burst is required']);
    expect(sectionIssues(text(', policer: {rate: 5Mbit, burst: 1000B}'))).toEqual(['links.0.policer.burst: burst must hold at least one full frame (1514 bytes at MTU 1500); a smaller bucket drops every full-size frame']);
    expect(sectionIssues(text(', policer: {rate: fast, burst: 15KB, depth: 3}'))).toEqual([
      'links.0.policer.depth: unknown field "depth" (expected one of: rate, burst)',
      'links.0.policer.rate: rate must be a positive rate like 10Mbit, 1Gbps or 500kbit',
    ]);
  });
});
