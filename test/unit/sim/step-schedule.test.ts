import { describe, expect, it } from 'vitest';
import { meanOver, nextStepNs, stepAt } from '../../../orchestrator/src/sim/step-schedule.js';

const steps = [{ atNs: 0 }, { atNs: 100 }, { atNs: 300 }];

describe('step schedules', () => {
  it('finds the last step at or before a time, once', () => {
    expect([-1, 0, 99, 100, 299, 300, 10_000].map((t) => stepAt(steps, undefined, t).index)).toEqual([-1, 0, 0, 1, 1, 2, 2]);
    expect(stepAt([{ atNs: 50 }], undefined, 10)).toEqual({ period: 0, index: -1 });
  });

  it('names the next step strictly after a time, Infinity after the last', () => {
    expect([-5, 0, 99, 100, 300].map((t) => nextStepNs(steps, undefined, t))).toEqual([0, 100, 100, 300, Infinity]);
  });

  it('repeats with a period, the last step carrying over into the next period until its first step', () => {
    const late = [{ atNs: 20 }, { atNs: 60 }];
    expect(stepAt(late, 100, 10)).toEqual({ period: 0, index: -1 });
    expect(stepAt(late, 100, 110)).toEqual({ period: 0, index: 1 });
    expect(stepAt(late, 100, 125)).toEqual({ period: 1, index: 0 });
    expect(stepAt(late, 100, 260)).toEqual({ period: 2, index: 1 });
    expect([0, 20, 60, 119, 120, 160].map((t) => nextStepNs(late, 100, t))).toEqual([20, 60, 120, 120, 160, 220]);
  });

  it('averages a value over spans that cross steps, weighted by time', () => {
    const value = [10, 20, 40];
    const at = (p: { index: number }) => (p.index < 0 ? 5 : value[p.index]!);
    expect(meanOver(steps, undefined, 0, 100, at)).toBe(10);
    expect(meanOver(steps, undefined, 50, 150, at)).toBe(15);
    expect(meanOver(steps, undefined, 200, 400, at)).toBe(30);
    expect(meanOver([{ atNs: 50 }], undefined, 0, 100, () => 1)).toBe(1);
  });
});
