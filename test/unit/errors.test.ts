import { describe, expect, it } from 'vitest';
import { formatIssuePath, ScenarioError } from '../../orchestrator/src/errors.js';

describe('formatIssuePath', () => {
  it.each([
    [['links', 2, 'delay'], 'links[2].delay'],
    [['hosts', 0], 'hosts[0]'],
    [[], '(top level)'],
    [[0, 'a'], '[0].a'],
  ] as const)('formats %j as %s', (path, expected) => {
    expect(formatIssuePath(path)).toBe(expected);
  });
});

describe('ScenarioError', () => {
  it('names the file, the first issue and how many more', () => {
    const err = new ScenarioError('dumbbell.yaml', [
      { code: 'invalid_value', path: ['links', 0, 'rate'], message: 'rate must be positive' },
      { code: 'unknown_reference', path: ['links', 1, 'to'], message: 'no host named c' },
    ]);
    expect(err.message).toBe('Invalid scenario dumbbell.yaml: rate must be positive (at links[0].rate) and 1 more');
    expect(err.name).toBe('ScenarioError');
    expect(err.issues).toHaveLength(2);
  });
});
