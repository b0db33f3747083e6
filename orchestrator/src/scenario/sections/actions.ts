// `actions:`: things a host's relay agent does at a moment of the experiment
// (run a program, set a sysctl). A new action kind goes here.

import { type Checker, isObj } from '../checker.js';
import type { Path } from '../issues.js';
import type { ResolvedAction } from '../types.js';
import { parseDurationNs } from '../units.js';
import { type HostTable, sysctlIssue } from './hosts.js';

/** `durationNs`: the run's length (0 when unknown), which every action must come before. */
export function compileActions(c: Checker, v: unknown, hosts: HostTable, durationNs: number): ResolvedAction[] {
  const { issues } = c;
  const actions: ResolvedAction[] = [];
  c.list(v, ['actions']).forEach((a, i) => {
    const p: Path = ['actions', i];
    const o = c.obj(a, p, ['at', 'host', 'exec', 'sysctl', 'output', 'timeout'], ['at', 'host']);
    if (!o) return;
    const atNs = o.at === undefined ? 0 : c.unit(parseDurationNs(o.at, 'at'), [...p, 'at'], 0);
    const host = o.host === undefined ? undefined : hosts.ref(o.host, [...p, 'host']);
    let op: ResolvedAction['op'] | undefined;
    if ((o.exec === undefined) === (o.sysctl === undefined)) {
      issues.add('invalid_value', p, 'an action has exactly one of exec or sysctl');
    } else if (o.exec !== undefined) {
      if (typeof o.exec === 'string' && o.exec.trim() !== '') op = { kind: 'exec', argv: ['/bin/sh', '-c', o.exec] };
      else if (Array.isArray(o.exec) && o.exec.length > 0 && o.exec.length <= 64 && o.exec.every((x) => typeof x === 'string')) op = { kind: 'exec', argv: o.exec as string[] };
      else issues.add('invalid_value', [...p, 'exec'], 'exec must be a shell command line or a list of up to 64 argument strings');
    } else {
      const sy = c.obj(o.sysctl, [...p, 'sysctl'], Object.keys(isObj(o.sysctl) ? o.sysctl : {}));
      const entries = sy ? Object.entries(sy) : [];
      const [k, v] = entries[0] ?? [];
      if (sy && entries.length !== 1) issues.add('invalid_value', [...p, 'sysctl'], 'sysctl must be one key: value pair (use one action per key)');
      else if (k !== undefined && sysctlIssue(k, v)) issues.add('invalid_value', [...p, 'sysctl', k], sysctlIssue(k, v)!);
      else if (k !== undefined) op = { kind: 'sysctl', key: k, value: String(v) };
    }
    if (o.at !== undefined && durationNs > 0 && atNs >= durationNs) issues.add('invalid_value', [...p, 'at'], `at must be before the end of the run (duration ${durationNs / 1e9} s)`);
    let json = false;
    if (o.output !== undefined) {
      if (o.output !== 'json' && o.output !== 'text') issues.add('invalid_value', [...p, 'output'], 'output must be "text" (the default) or "json"');
      else if (o.exec === undefined) issues.add('invalid_value', [...p, 'output'], 'output applies to an exec action');
      else json = o.output === 'json';
    }
    if (o.timeout !== undefined) {
      const t = c.unit(parseDurationNs(o.timeout, 'timeout'), [...p, 'timeout'], -1);
      if (o.exec === undefined) issues.add('invalid_value', [...p, 'timeout'], 'timeout applies to an exec action');
      else if (t === 0) issues.add('invalid_value', [...p, 'timeout'], 'timeout must be a positive duration (leave it out for none)');
      // Only when set, so the resolved form of other actions (and their digest) stays as it was.
      else if (t > 0 && op?.kind === 'exec') op = { ...op, timeoutNs: t };
    }
    // output only when json, so the resolved form of other actions (and their digest) stays as it was.
    if (host !== undefined && op) actions.push({ index: i, atNs, host, op, ...(json ? { output: 'json' as const } : {}) });
  });
  return actions;
}
