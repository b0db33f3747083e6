// Setting one scenario value by path, before compilation: `cosim run --set`
// and a study's axes. A path walks mappings by key and lists by the `name`
// (or a flow's `id`) of an element, or by index: `hosts.sender.kernel`,
// `flows.reno.cc`, `links.bottleneck.queue`, `hosts.0.memory`, `seed`. Values
// are written as in the YAML file ("10Mbit", "33p", cubic), so the compiler
// checks them exactly as it checks the file.

import { parse } from 'yaml';

export interface Override {
  /** Dotted path, e.g. `links.bottleneck.rate`. */
  path: string;
  value: unknown;
}

/**
 * `path=value` from the command line. The value is read as YAML, except that
 * a number whose digits would change (5.10 read as 5.1) stays the text given.
 */
export function parseOverride(text: string): Override | string {
  const eq = text.indexOf('=');
  if (eq <= 0) return `--set needs path=value, like links.bottleneck.rate=20Mbit (got ${JSON.stringify(text)})`;
  const path = text.slice(0, eq).trim();
  const raw = text.slice(eq + 1);
  return { path, value: scalarOf(raw) };
}

/** A value typed on the command line or in a study axis, as YAML would read it. */
export function scalarOf(raw: string): unknown {
  let value: unknown;
  try {
    value = parse(raw);
  } catch {
    return raw;
  }
  if (typeof value === 'number' && String(value) !== raw.trim()) return raw.trim();
  return value ?? raw;
}

/** Path segments no override may use: they reach an object's prototype, not a scenario value. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Set `value` at `path` in a parsed scenario (a plain object from YAML),
 * returning a new object; throws an Error naming the first segment that does
 * not resolve. The last segment may be a key the file does not set yet.
 */
export function applyOverride(raw: unknown, override: Override): unknown {
  const target = overrideTarget(raw, override.path);
  const root = structuredClone(raw) as unknown;
  let node = root as Record<string | number, unknown>;
  for (const key of target.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[target[target.length - 1]!] = override.value;
  return root;
}

/**
 * The field `path` sets in `raw`, as keys and indices (`flows.reno.cc` ->
 * flows, 0, cc), so that two spellings of one field can be told apart from
 * two fields. Throws an Error naming the first segment that does not resolve,
 * or one that would reach a prototype (`__proto__`, `constructor`, `prototype`).
 */
export function overrideTarget(raw: unknown, path: string): (string | number)[] {
  const segments = path.split('.');
  if (segments.some((s) => s === '')) throw new Error(`path ${JSON.stringify(path)} has an empty segment`);
  const bad = segments.find((s) => FORBIDDEN.has(s));
  if (bad !== undefined) throw new Error(`${path}: "${bad}" is not a scenario field (it would reach an object's prototype)`);
  const target: (string | number)[] = [];
  let node = raw;
  for (let i = 0; i < segments.length - 1; i++) {
    const key = childKey(node, segments[i]!, segments.slice(0, i + 1).join('.'));
    target.push(key);
    node = (node as Record<string | number, unknown>)[key];
  }
  const last = segments[segments.length - 1]!;
  if (Array.isArray(node)) {
    const index = elementIndex(node, last);
    if (index === undefined) throw new Error(`${path}: no element ${JSON.stringify(last)} in ${segments.slice(0, -1).join('.') || 'the scenario'}`);
    target.push(index);
  } else if (isMapping(node)) {
    target.push(last);
  } else {
    throw new Error(`${path}: ${segments.slice(0, -1).join('.')} is not a mapping or a list`);
  }
  return target;
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The key or index of `segment` in `node`: an own key only, never one inherited (`toString`). */
function childKey(node: unknown, segment: string, pathSoFar: string): string | number {
  if (Array.isArray(node)) {
    const index = elementIndex(node, segment);
    if (index === undefined) {
      const names = node.map((e) => (isMapping(e) ? (e.name ?? e.id) : undefined)).filter((n) => n !== undefined);
      throw new Error(`${pathSoFar}: no element named ${JSON.stringify(segment)}${names.length ? ` (there are ${names.join(', ')})` : ''}`);
    }
    return index;
  }
  if (isMapping(node) && Object.hasOwn(node, segment)) return segment;
  throw new Error(`${pathSoFar}: the scenario has no ${JSON.stringify(segment)} here`);
}

/** An element of a list by its `name` or `id`, or by a numeric index. */
function elementIndex(list: unknown[], segment: string): number | undefined {
  const byName = list.findIndex((e) => isMapping(e) && (e.name === segment || e.id === segment));
  if (byName >= 0) return byName;
  if (/^\d+$/.test(segment) && Number(segment) < list.length) return Number(segment);
  return undefined;
}
