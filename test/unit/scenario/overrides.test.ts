import { describe, expect, it } from 'vitest';
import { applyOverride, parseOverride, scalarOf } from '../../../orchestrator/src/scenario/overrides.js';

const base = {
  seed: 1,
  hosts: [
    { name: 'sender', kernel: '6.1' },
    { name: 'receiver', kernel: '6.1' },
  ],
  links: [{ name: 'bottleneck', rate: '10Mbit', queue: '33p' }],
  flows: [{ id: 'reno', from: 'sender' }],
};

describe('scenario overrides', () => {
  it('sets values through lists by name or id, and keys the file does not set yet', () => {
    let s = applyOverride(base, { path: 'hosts.sender.kernel', value: '6.12' });
    s = applyOverride(s, { path: 'flows.reno.cc', value: 'cubic' });
    s = applyOverride(s, { path: 'links.0.queue', value: '66p' });
    s = applyOverride(s, { path: 'seed', value: 4 });
    expect(s).toMatchObject({
      seed: 4,
      hosts: [{ name: 'sender', kernel: '6.12' }, { kernel: '6.1' }],
      links: [{ queue: '66p' }],
      flows: [{ id: 'reno', cc: 'cubic' }],
    });
    expect(base.hosts[0]!.kernel).toBe('6.1');
  });

  it('names the segment that does not resolve', () => {
    expect(() => applyOverride(base, { path: 'hosts.sendr.kernel', value: 'x' })).toThrow('hosts.sendr: no element named "sendr" (there are sender, receiver)');
    expect(() => applyOverride(base, { path: 'switches.sw.kind', value: 'hub' })).toThrow('switches: the scenario has no "switches" here');
    expect(() => applyOverride(base, { path: 'links..rate', value: 1 })).toThrow('has an empty segment');
  });

  it('reads values as YAML but keeps kernel versions as typed', () => {
    expect(scalarOf('5.10')).toBe('5.10');
    expect(scalarOf('6.1')).toBe(6.1);
    expect(scalarOf('42')).toBe(42);
    expect(scalarOf('20Mbit')).toBe('20Mbit');
    expect(scalarOf('{bernoulli: 0.01}')).toEqual({ bernoulli: 0.01 });
    expect(parseOverride('flows.reno.cc=cubic')).toEqual({ path: 'flows.reno.cc', value: 'cubic' });
    expect(parseOverride('cubic')).toMatch(/^--set needs path=value/);
  });
});
