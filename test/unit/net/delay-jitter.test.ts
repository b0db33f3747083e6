import { describe, expect, it } from 'vitest';
import { DelayJitter } from '../../../orchestrator/src/net/delay-jitter.js';
import { streamFor } from '../../../orchestrator/src/sim/random.js';

/** 10,000 frames, one every 100 us, through jitter of up to 1 ms: in release order (ties keep arrival order). */
function run(allowReorder: boolean, seed = 7) {
  const jitter = new DelayJitter({ maxJitterNs: 1_000_000, allowReorder }, streamFor(seed, 'j'), 'j');
  const released = Array.from({ length: 10_000 }, (_, id) => {
    const arriveNs = id * 100_000;
    const releaseNs = jitter.releaseNs(arriveNs);
    return { id, releaseNs, delay: releaseNs - arriveNs };
  });
  return released.sort((a, b) => a.releaseNs - b.releaseNs || a.id - b.id).map(({ id, delay }) => ({ id, delay }));
}

describe('DelayJitter', () => {
  it('never reorders by default, and never delays less than 0 or more than needed', () => {
    const out = run(false);
    expect(out).toHaveLength(10_000);
    expect(out.map((o) => o.id)).toEqual([...Array(10_000).keys()]);
    for (const o of out) expect(o.delay).toBeGreaterThanOrEqual(0);
    // Clamping only ever adds to a draw of at most 1 ms, and never beyond the
    // previous frame's release: with frames 100 us apart, still under 1 ms.
    expect(Math.max(...out.map((o) => o.delay))).toBeLessThanOrEqual(1_000_000);
  });

  it('reorders when asked, with a mean extra delay of half the maximum (within 2%)', () => {
    const out = run(true);
    expect(out).toHaveLength(10_000);
    const overtaken = out.filter((o, i) => i > 0 && o.id < out[i - 1]!.id).length;
    expect(overtaken).toBeGreaterThan(1_000);
    const mean = out.reduce((s, o) => s + o.delay, 0) / out.length;
    expect(Math.abs(mean - 500_000) / 500_000).toBeLessThan(0.02);
    for (const o of out) expect(o.delay).toBeLessThanOrEqual(1_000_000);
  });

  it('gives the same delays for the same seed, and others for another seed', () => {
    expect(run(true, 7)).toEqual(run(true, 7));
    expect(run(true, 8)).not.toEqual(run(true, 7));
  });

  it('names itself when the maximum is not a whole number of ns', () => {
    expect(() => new DelayJitter({ maxJitterNs: 1.5 }, streamFor(1, 'x'), 'up')).toThrow(/jitter up: maxJitterNs/);
  });
});
