import { describe, expect, it } from 'vitest';
import { formatProgress } from '../../../orchestrator/src/run/progress.js';

describe('formatProgress', () => {
  it('shows simulated time, share done, wall time and slowdown', () => {
    expect(
      formatProgress({ simulatedNs: 7_500_000_000, endNs: 30_000_000_000, wallMs: 15_000, rounds: 1234, vmStates: 'sender:run receiver:idle' }),
    ).toBe('sim 7.500 s / 30.000 s (25%)  wall 15.0 s  slowdown 2.00x  rounds 1234  sender:run receiver:idle');
  });

  it('has no slowdown before simulated time moves', () => {
    expect(formatProgress({ simulatedNs: 0, endNs: 1e9, wallMs: 300, rounds: 0, vmStates: '' })).toContain('slowdown -x');
  });
});
