// Scenario paths (`--set` and study axes) change the field they name and
// nothing else: never an object's prototype (`--set __proto__.loss=0.5` once
// gave every link 50% loss: issue 26, finding 5), never an inherited name,
// never a second field. A seeded loop of generated paths checks it.

import { describe, expect, it } from 'vitest';
import { applyOverride } from '../../../orchestrator/src/scenario/overrides.js';
import { streamFor } from '../../../orchestrator/src/sim/random.js';

const BASE = {
  name: 't',
  seed: 1,
  hosts: [
    { name: 'sender', kernel: '6.1', ip: '10.0.0.1/24' },
    { name: 'receiver', kernel: '6.1', ip: '10.0.0.2/24' },
  ],
  links: [{ name: 'wan', between: ['sender', 'receiver'], rate: '10Mbit', loss: { bernoulli: 0.01 } }],
  flows: [{ id: 'reno', from: 'sender', to: 'receiver' }],
};

/** Segments a path is made of: real keys, element names and indices, prototype names, inherited names, and junk. */
const SEGMENTS = ['hosts', 'links', 'flows', 'name', 'seed', 'kernel', 'rate', 'loss', 'bernoulli', 'between', 'cc', 'sender', 'receiver', 'wan', 'reno', '0', '1', '2', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'length', 'x'];
const VALUES: unknown[] = [0.5, 'cubic', { loss: 0.5 }, null, ['a'], true];

/** Whether `path` names the location `at` in `base`: each segment is its key, or a list element's name, id or index. */
function names(path: string[], at: (string | number)[], base: unknown): boolean {
  if (path.length !== at.length) return false;
  let node = base as Record<string | number, unknown>;
  for (const [i, key] of at.entries()) {
    if (Array.isArray(node)) {
      const e = node[key as number] as { name?: unknown; id?: unknown } | undefined;
      if (typeof key !== 'number' || !(e?.name === path[i] || e?.id === path[i] || String(key) === path[i])) return false;
    } else if (key !== path[i]) return false;
    node = node[key] as Record<string | number, unknown>;
  }
  return true;
}

/** Every location where `a` and `b` differ, as deep as both are containers of the same kind. */
function differences(a: unknown, b: unknown, at: (string | number)[] = []): (string | number)[][] {
  const both = (v: unknown) => typeof v === 'object' && v !== null;
  if (!both(a) || !both(b) || Array.isArray(a) !== Array.isArray(b)) return Object.is(a, b) ? [] : [at];
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return [at];
  const keys = new Set([...Reflect.ownKeys(a as object), ...Reflect.ownKeys(b as object)].map(String));
  return [...keys].flatMap((k) => {
    const key = Array.isArray(a) && /^\d+$/.test(k) ? Number(k) : k;
    const [x, y] = [(a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]];
    const hasX = Object.hasOwn(a as object, k);
    const hasY = Object.hasOwn(b as object, k);
    if (hasX !== hasY) return [[...at, key]];
    return differences(x, y, [...at, key]);
  });
}

describe('scenario paths', () => {
  it('refuse __proto__, constructor and prototype anywhere, naming the path', () => {
    for (const path of ['__proto__.loss', 'links.wan.__proto__.loss', 'constructor.prototype.loss', 'hosts.0.constructor', 'prototype']) {
      expect(() => applyOverride(BASE, { path, value: 0.5 })).toThrow(new RegExp(`^${path.replace(/\./g, '\\.')}: "(__proto__|constructor|prototype)" is not a scenario field \\(it would reach an object's prototype\\)$`));
    }
    expect(({} as { loss?: unknown }).loss).toBeUndefined();
  });

  it('never walk into an inherited name', () => {
    expect(() => applyOverride(BASE, { path: 'toString.x', value: 1 })).toThrow('toString: the scenario has no "toString" here');
    expect(() => applyOverride(BASE, { path: 'hosts.length', value: 1 })).toThrow('hosts.length: no element "length" in hosts');
  });

  it('change the named field and nothing else, for any generated path (seeded)', () => {
    const stream = streamFor(26, 'override-paths');
    const rng = () => stream.next();
    const before = JSON.stringify(BASE);
    const protoKeys = [Object.prototype, Array.prototype, Function.prototype].map((p) => Reflect.ownKeys(p).length);
    let applied = 0;
    for (let n = 0; n < 20_000; n++) {
      const path = Array.from({ length: 1 + Math.floor(rng() * 4) }, () => SEGMENTS[Math.floor(rng() * SEGMENTS.length)]!);
      const value = VALUES[Math.floor(rng() * VALUES.length)];
      let result: unknown;
      try {
        result = applyOverride(BASE, { path: path.join('.'), value });
      } catch (err) {
        expect((err as Error).message).toMatch(/^\S+: /);
        continue;
      }
      applied++;
      const changed = differences(BASE, result);
      // Every change is at or below the one location the path names (none when the value was already there).
      for (const at of changed) expect(at.length >= path.length && names(path, at.slice(0, path.length), BASE), `${path.join('.')} changed ${at.join('.')}`).toBe(true);
      expect(path.some((s) => ['__proto__', 'constructor', 'prototype'].includes(s)), path.join('.')).toBe(false);
    }
    expect(applied).toBeGreaterThan(500);
    expect(JSON.stringify(BASE)).toBe(before);
    expect([Object.prototype, Array.prototype, Function.prototype].map((p) => Reflect.ownKeys(p).length)).toEqual(protoKeys);
  });
});
