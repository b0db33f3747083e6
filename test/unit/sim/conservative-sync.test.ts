import { describe, expect, it } from 'vitest';
import { earliestOutputNs, horizonNs, type InputSource, safeTimeNs, type SyncView } from '../../../orchestrator/src/sim/conservative-sync.js';

const busy = (reachedNs: number) => ({ reachedNs, idle: false, nextDeadlineNs: Infinity });
const idle = (reachedNs: number, nextDeadlineNs = Infinity) => ({ reachedNs, idle: true, nextDeadlineNs });

describe('earliestOutputNs', () => {
  it('is the reached time for a busy VM, and for an idle one its next deadline or input, whichever is first', () => {
    expect(earliestOutputNs(busy(100), 50)).toBe(100);
    expect(earliestOutputNs(idle(100, 500), Infinity)).toBe(500);
    expect(earliestOutputNs(idle(100, 500), 300)).toBe(300);
    expect(earliestOutputNs(idle(100), Infinity)).toBe(Infinity);
    // An input for the very time it is at wakes it there.
    expect(earliestOutputNs(idle(100, 500), 100)).toBe(100);
  });

  it('ignores idleness for the lockstep reference', () => {
    expect(earliestOutputNs(idle(100, 500), Infinity, false)).toBe(100);
  });
});

describe('safeTimeNs', () => {
  it('is the earliest point any VM reached', () => {
    expect(safeTimeNs([busy(300), idle(200, 900), busy(250)])).toBe(200);
  });
});

describe('horizonNs', () => {
  const view: SyncView = { safeNs: 1000, nextOutputNs: (vm) => [1000, 5000][vm]! };
  // A link from each VM to the other: 2000 ns of delay, plus 10 ns for the shortest frame.
  const link: InputSource = { earliestNewInputNs: (vm, v) => Math.max(v.safeNs, v.nextOutputNs(1 - vm)) + 2010 };
  const relay: InputSource = { earliestNewInputNs: () => Infinity };

  it('is the earliest new input any source can send, capped by the end', () => {
    expect(horizonNs(0, [link, relay], view, 1e9)).toBe(7010);
    expect(horizonNs(1, [link, relay], view, 1e9)).toBe(3010);
    expect(horizonNs(1, [link], view, 2500)).toBe(2500);
  });

  it('is Infinity when nothing bounds it (the engine then takes a bounded step)', () => {
    expect(horizonNs(0, [relay], view, Infinity)).toBe(Infinity);
  });
});
