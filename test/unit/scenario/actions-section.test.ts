// `actions:` exec timeouts: parsed by units.ts into whole ns, left out of the
// resolved form when not given (so other scenarios' digests stay as they
// were), and refused where they mean nothing.

import { describe, expect, it } from 'vitest';
import { compileSection, sectionIssues } from './helpers/compile-section.js';

const text = (actions: string) => `name: a
duration: 5s
hosts:
  - {name: a, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: b, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - {name: l, between: [a, b], rate: 10Mbit}
actions:
${actions}
`;

describe('exec action timeouts', () => {
  it('resolves a timeout to integer ns, and leaves it out when not given', () => {
    const s = compileSection(text('  - {at: 1s, host: a, exec: "sleep 9", timeout: 1.5s}\n  - {at: 1s, host: a, exec: "true"}'));
    expect(s.actions[0]!.op).toEqual({ kind: 'exec', argv: ['/bin/sh', '-c', 'sleep 9'], timeoutNs: 1_500_000_000 });
    expect('timeoutNs' in s.actions[1]!.op).toBe(false);
  });

  it('refuses a timeout on a sysctl, of zero, or without a unit', () => {
    expect(sectionIssues(text('  - {at: 1s, host: a, sysctl: {net.ipv4.tcp_ecn: 1}, timeout: 1s}'))).toEqual(['actions.0.timeout: timeout applies to an exec action']);
    expect(sectionIssues(text('  - {at: 1s, host: a, exec: "true", timeout: 0s}'))).toEqual(['actions.0.timeout: timeout must be a positive duration (leave it out for none)']);
    expect(sectionIssues(text('  - {at: 1s, host: a, exec: "true", timeout: 5}'))).toHaveLength(1);
  });
});
