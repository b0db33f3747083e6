// A workload's `cc` is checked against what the guest kernel has (issue 26,
// finding 17): an unknown one passed `cosim check` and failed the run with
// a raw "setsockopt(6, 13)". The stock kernels' list is the built-in reno
// and cubic plus every tcp_* module the images load at boot.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STOCK_CONGESTION_CONTROLS } from '../../../orchestrator/src/scenario/sections/endpoints.js';
import { sectionIssues } from './helpers/compile-section.js';

const scenario = (kernel: string, cc: string) => `name: c
duration: 2s
hosts:
  - {name: a, kernel: ${kernel}, ip: 10.0.0.1/24}
  - {name: b, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - {name: l, between: [a, b], rate: 10Mbit}
flows:
  - {id: f, from: a, to: b, cc: ${cc}}
request_response:
  - {id: rr, from: a, to: b, count: 5, cc: ${cc}}
`;

describe('a workload\'s congestion control', () => {
  it('is one a stock kernel has: reno and cubic, and the modules the images load', () => {
    const modules = readFileSync('images/modules.list', 'utf8').split('\n').filter((l) => l.startsWith('tcp_')).map((l) => l.slice(4));
    expect([...STOCK_CONGESTION_CONTROLS].sort()).toEqual(['cubic', 'reno', ...modules].sort());
  });

  it('refuses a name the sender\'s stock kernel does not have, naming the known ones', () => {
    expect(sectionIssues(scenario('"6.12"', 'bbr'), ['6.1', '6.12'])).toEqual([]);
    const issues = sectionIssues(scenario('"6.12"', 'renoo'), ['6.1', '6.12']);
    expect(issues).toEqual([
      `flows.0.cc: unknown congestion control "renoo" for a's kernel 6.12; known: ${STOCK_CONGESTION_CONTROLS.join(', ')}`,
      `request_response.0.cc: unknown congestion control "renoo" for a's kernel 6.12; known: ${STOCK_CONGESTION_CONTROLS.join(', ')}`,
    ]);
  });
});
