import { describe, expect, it } from 'vitest';
import {
  earliestOutputNs,
  lockstepHorizonNs,
  parallelHorizonNs,
  safeTimeNs,
  type HorizonInputs,
} from '../../../orchestrator/src/sim/conservative-sync.js';

const busy = (reachedNs: number) => ({ reachedNs, idle: false, nextDeadlineNs: Infinity });
const idle = (reachedNs: number, nextDeadlineNs: number) => ({ reachedNs, idle: true, nextDeadlineNs });

function inputs(over: Partial<HorizonInputs>): HorizonInputs {
  return {
    vms: [busy(1_000), busy(1_000)],
    nextEventNs: Infinity,
    nextPendingOutputNs: Infinity,
    lookaheadNs: 20_000_000,
    endNs: 30_000_000_000,
    ...over,
  };
}

describe('earliestOutputNs', () => {
  it('is the reached time for a busy VM and the next deadline for an idle one', () => {
    expect(earliestOutputNs(busy(5))).toBe(5);
    expect(earliestOutputNs(idle(5, 400))).toBe(400);
    expect(earliestOutputNs(idle(5, Infinity))).toBe(Infinity);
  });
});

describe('safeTimeNs', () => {
  it('is the slowest VM', () => {
    expect(safeTimeNs([busy(7), busy(3), busy(9)])).toBe(3);
  });
});

describe('parallelHorizonNs', () => {
  it('lets busy VMs run one lookahead ahead', () => {
    expect(parallelHorizonNs(inputs({}))).toBe(1_000 + 20_000_000);
  });

  it('stops at the next network event', () => {
    expect(parallelHorizonNs(inputs({ nextEventNs: 5_000 }))).toBe(5_000);
  });

  it('skips ahead while every VM is idle', () => {
    const h = parallelHorizonNs(inputs({ vms: [idle(1_000, 4_000_000_000), idle(1_000, 9_000_000_000)] }));
    expect(h).toBe(4_000_000_000 + 20_000_000);
  });

  it('goes to the end when nothing at all is pending', () => {
    const h = parallelHorizonNs(inputs({ vms: [idle(1_000, Infinity)], endNs: 2_000_000 }));
    expect(h).toBe(2_000_000);
  });

  it('counts outputs not yet injected', () => {
    expect(parallelHorizonNs(inputs({ vms: [idle(1_000, Infinity)], nextPendingOutputNs: 1_000 }))).toBe(20_001_000);
  });

  it('refuses an event in the past', () => {
    expect(() => parallelHorizonNs(inputs({ nextEventNs: 500 }))).toThrow(/not past the safe time 1000 ns/);
  });

  it('refuses a zero lookahead', () => {
    expect(() => parallelHorizonNs(inputs({ lookaheadNs: 0 }))).toThrow(RangeError);
  });
});

describe('lockstepHorizonNs', () => {
  it('advances by the quantum even when VMs are idle', () => {
    const h = lockstepHorizonNs(inputs({ vms: [idle(1_000, 9_000_000_000)] }), 100_000);
    expect(h).toBe(101_000);
  });

  it('never passes the lookahead or the next event', () => {
    expect(lockstepHorizonNs(inputs({ lookaheadNs: 50 }), 100_000)).toBe(1_050);
    expect(lockstepHorizonNs(inputs({ nextEventNs: 1_010 }), 100_000)).toBe(1_010);
  });
});
