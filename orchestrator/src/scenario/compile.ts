// From a parsed YAML value to a ResolvedScenario, collecting every issue
// (unknown keys, bad values, dangling references) before failing once.
// docs/scenario-spec.md documents every key this accepts.
//
// This file reads the top level and calls one section compiler per list, in
// an order where each can refer to what came before:
//   sections/hosts.ts     hosts (kernel, memory, NICs, routes, sysctls)
//   sections/switches.ts  switches and hubs
//   sections/links.ts     links and their directions; topology checks
//     sections/queue.ts   a direction's queue (a new queue kind goes here)
//     sections/loss.ts    a direction's loss model
//   sections/flows.ts     TCP flows (a new workload goes beside it)
//   sections/short-flows.ts  many short flows, expanded into flows
//   sections/udp-flows.ts    paced UDP flows (constant rate, on/off)
//   sections/request-response.ts  request/response workloads
//   sections/actions.ts   timed exec and sysctl actions
// checker.ts holds the per-value checks every section uses.

import { dirname, resolve } from 'node:path';
import type { IssueList } from './issues.js';
import type { KernelChoice, ResolvedScenario } from './types.js';
import { Checker, outputClaimer } from './checker.js';
import { OutputClaims } from './output-files.js';
import { parseDurationNs } from './units.js';
import { compileActions } from './sections/actions.js';
import { compileFlows } from './sections/flows.js';
import { compileHosts } from './sections/hosts.js';
import { compileLinks } from './sections/links.js';
import { compileRequestResponse } from './sections/request-response.js';
import { compileShortFlows } from './sections/short-flows.js';
import { compileUdpFlows } from './sections/udp-flows.js';
import { compileSwitches } from './sections/switches.js';

const DEFAULTS = { seed: 1 } as const;

export const TOP_KEYS = ['name', 'seed', 'duration', 'sync', 'timeline', 'packages', 'files', 'vms', 'hosts', 'switches', 'links', 'flows', 'short_flows', 'udp_flows', 'request_response', 'actions'];

export interface CompileOptions {
  file: string;
  kernels: readonly KernelChoice[];
}

export function compileScenario(raw: unknown, issues: IssueList, options: CompileOptions): ResolvedScenario {
  const c = new Checker(issues);
  const top = c.obj(raw, [], TOP_KEYS, ['name', 'duration', 'hosts']) ?? {};
  const name = c.name(top.name, ['name']) ?? 'scenario';
  const seed = c.int(top.seed, ['seed'], 0, 2 ** 31 - 1, DEFAULTS.seed);
  const durationNs = top.duration === undefined ? 0 : c.unit(parseDurationNs(top.duration, 'duration'), ['duration'], 0);
  if (top.duration !== undefined && durationNs <= 0 && issues.issues.every((i) => i.path[0] !== 'duration')) {
    issues.add('invalid_value', ['duration'], 'duration must be longer than 0');
  }
  let sync: ResolvedScenario['sync'] = 'parallel';
  if (top.sync !== undefined) {
    if (top.sync === 'parallel' || top.sync === 'lockstep') sync = top.sync;
    else issues.add('invalid_value', ['sync'], 'sync must be "parallel" or "lockstep"');
  }

  const timeline = c.bool(top.timeline, ['timeline'], false);
  const claim = outputClaimer(issues, new OutputClaims());
  const hosts = compileHosts(c, top, options);
  // A switch's name may be neither a host's nor a VM's.
  const taken = new Map([...hosts.byName, ...hosts.vms.map((v) => [v.name, v.index] as const)]);
  const switches = compileSwitches(c, top.switches, taken, claim);
  const linkSection = compileLinks(c, top.links, hosts, switches, claim, dirname(resolve(options.file)));
  const flows = compileFlows(c, top.flows, hosts, linkSection, claim);
  flows.push(...compileShortFlows(c, top.short_flows, seed, hosts, linkSection, flows, claim));
  const udpFlows = compileUdpFlows(c, top.udp_flows, hosts, linkSection, durationNs, claim);
  const requestResponse = compileRequestResponse(c, top.request_response, hosts, linkSection, flows, claim);
  const actions = compileActions(c, top.actions, hosts, durationNs);

  return { name, file: options.file, seed, durationNs, sync, ...(timeline ? { timeline: true as const } : {}), hosts: hosts.list, ...(hosts.vms.length > 0 ? { vms: hosts.vms } : {}), switches: switches.list, links: linkSection.links, flows, ...(udpFlows.length > 0 ? { udpFlows } : {}), ...(requestResponse.length > 0 ? { requestResponse } : {}), actions };
}
