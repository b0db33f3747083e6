import { describe, expect, it } from 'vitest';
import { BernoulliLoss } from '../../../orchestrator/src/net/bernoulli-loss.js';
import { GilbertElliottLoss } from '../../../orchestrator/src/net/gilbert-elliott-loss.js';
import type { LossModel } from '../../../orchestrator/src/net/loss-model.js';
import { streamFor } from '../../../orchestrator/src/sim/random.js';

const N = 200_000;
/** Draw each frame's fate in wire order and record it, as a link does. */
function push(loss: LossModel, n = N): void {
  const bytes = new Uint8Array(64);
  for (let id = 0; id < n; id++) loss.record({ bytes, id }, loss.lose());
}
function droppedIds(seed: number): number[] {
  const loss = new BernoulliLoss({ lossProbability: 0.1 }, streamFor(seed, 'link:a:forward'), 'l');
  const ids: number[] = [];
  loss.drop.subscribe((d) => ids.push(d.frame.id));
  push(loss, 1000);
  return ids;
}

describe('BernoulliLoss', () => {
  it('loses p of the frames within 1% (relative 5%) over 200k frames', () => {
    const loss = new BernoulliLoss({ lossProbability: 0.02 }, streamFor(1, 'x'), 'l');
    push(loss);
    expect(Math.abs(loss.dropped / N - 0.02)).toBeLessThan(0.001);
    expect(loss.passed + loss.dropped).toBe(N);
  });

  it('drops the same frames for the same seed and different ones for another', () => {
    expect(droppedIds(5)).toEqual(droppedIds(5));
    expect(droppedIds(6)).not.toEqual(droppedIds(5));
  });

  it('refuses a probability outside [0, 1]', () => {
    expect(() => new BernoulliLoss({ lossProbability: 1.5 }, streamFor(1, 'x'), 'up')).toThrow('loss up: lossProbability must be in [0, 1], got 1.5');
  });
});

describe('GilbertElliottLoss', () => {
  it('matches its stationary loss rate within 5% relative, in bursts', () => {
    const o = { p: 0.01, r: 0.2 };
    const loss = new GilbertElliottLoss(o, streamFor(3, 'ge'), 'ge');
    const ids: number[] = [];
    loss.drop.subscribe((d) => ids.push(d.frame.id));
    push(loss);
    const expected = GilbertElliottLoss.stationaryLoss(o);
    expect(expected).toBeCloseTo(0.01 / 0.21, 12);
    expect(Math.abs(loss.dropped / N - expected) / expected).toBeLessThan(0.05);
    // Mean burst length is 1/r = 5 frames: far above Bernoulli's ~1.
    let bursts = 0;
    for (let i = 0; i < ids.length; i++) if (i === 0 || ids[i] !== ids[i - 1]! + 1) bursts++;
    expect(ids.length / bursts).toBeGreaterThan(4);
  });
});

describe('streamFor', () => {
  it('gives independent streams per name and reproducible ones per seed', () => {
    const a = streamFor(1, 'a');
    const a2 = streamFor(1, 'a');
    const b = streamFor(1, 'b');
    const xs = [a.next(), a.next(), a.next()];
    expect([a2.next(), a2.next(), a2.next()]).toEqual(xs);
    expect([b.next(), b.next(), b.next()]).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});
