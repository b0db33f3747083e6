import { describe, expect, it } from 'vitest';
import { formatError } from '../../../orchestrator/src/cli/format-error.js';
import { ScenarioError, SetupError } from '../../../orchestrator/src/errors.js';

describe('formatError', () => {
  it('prints every scenario issue with its path and line', () => {
    const err = new ScenarioError('dumbbell.yaml', [
      { code: 'invalid_value', path: ['links', 2, 'delay'], message: 'delay must be a duration like 5ms', line: 14 },
      { code: 'unknown_reference', path: ['flows', 0, 'to'], message: 'no host named recv' },
    ]);
    expect(formatError(err)).toMatchInlineSnapshot(`
      "dumbbell.yaml: 2 problems
      ✖ delay must be a duration like 5ms
        → at links[2].delay in dumbbell.yaml:14
      ✖ no host named recv
        → at flows[0].to in dumbbell.yaml"
    `);
  });

  it('gives setup problems their fix', () => {
    expect(formatError(new SetupError('patched QEMU is not built', 'run scripts/setup.sh'))).toBe(
      'Setup problem: patched QEMU is not built\n  → run scripts/setup.sh',
    );
  });

  it('marks anything else as a bug', () => {
    expect(formatError(new TypeError('x is undefined'))).toBe('Unexpected error (a bug; please report it): TypeError: x is undefined (run with --debug for the stack)');
    expect(formatError(new TypeError('x is undefined'), { debug: true })).toMatch(/^Unexpected error \(a bug; please report it\): TypeError: x is undefined\n {4}at /);
    expect(formatError(42)).toBe('Unexpected error: 42');
  });
});
