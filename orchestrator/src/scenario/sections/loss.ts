// A link direction's `loss:`: a probability (Bernoulli) or a Gilbert-Elliott
// channel. A new loss model's keys go here.

import type { Checker } from '../checker.js';
import type { Path } from '../issues.js';
import type { ResolvedLoss } from '../types.js';

export function compileLoss(c: Checker, v: unknown, path: Path): ResolvedLoss | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'number') return { kind: 'bernoulli', lossProbability: c.prob(v, path) };
  const o = c.obj(v, path, ['bernoulli', 'gilbert_elliott']);
  if (!o) return undefined;
  if (o.bernoulli !== undefined) return { kind: 'bernoulli', lossProbability: c.prob(o.bernoulli, [...path, 'bernoulli']) };
  if (o.gilbert_elliott !== undefined) {
    const g = c.obj(o.gilbert_elliott, [...path, 'gilbert_elliott'], ['p', 'r', 'loss_good', 'loss_bad'], ['p', 'r']);
    if (!g) return undefined;
    const gp = [...path, 'gilbert_elliott'];
    return {
      kind: 'gilbert_elliott',
      p: c.prob(g.p, [...gp, 'p']),
      r: c.prob(g.r, [...gp, 'r']),
      lossInGood: g.loss_good === undefined ? 0 : c.prob(g.loss_good, [...gp, 'loss_good']),
      lossInBad: g.loss_bad === undefined ? 1 : c.prob(g.loss_bad, [...gp, 'loss_bad']),
    };
  }
  c.issues.add('missing_key', path, 'loss needs bernoulli or gilbert_elliott');
  return undefined;
}
