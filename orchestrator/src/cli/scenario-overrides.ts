import { parseOverride, type Override } from '../scenario/overrides.js';
import { CliFailure } from './cli-failure.js';

/** `--set path=value ...` and `--seed N` as overrides, or a usage error naming the bad one. */
export function overridesFromArgs(set: readonly string[] | undefined, seed: number | undefined): Override[] {
  const overrides: Override[] = [];
  for (const text of set ?? []) {
    const o = parseOverride(text);
    if (typeof o === 'string') throw new CliFailure(o, 2);
    overrides.push(o);
  }
  if (seed !== undefined) overrides.push({ path: 'seed', value: seed });
  return overrides;
}

export const SET_OPTION = {
  type: 'string',
  array: true,
  describe:
    'set a scenario value by path, written as in the file: links.bottleneck.rate=20Mbit, flows.reno.cc=cubic, hosts.sender.kernel=6.12 (repeatable); ' +
    'a path reaches only what the scenario sets, and never __proto__, constructor or prototype',
} as const;
