// A token-bucket policer in front of a queue: it passes a full bucket at
// once, then the fill rate, and drops the rest on arrival, counted with
// the queue's drops, reason `policer`.

import { describe, expect, it } from 'vitest';
import { DropTailQueue } from '../../../orchestrator/src/net/drop-tail-queue.js';
import type { QueueDropReason } from '../../../orchestrator/src/net/queue.js';
import { TokenBucket } from '../../../orchestrator/src/net/token-bucket.js';

const MS = 1_000_000;

describe('TokenBucket', () => {
  it('starts full, passes its burst at once and then its rate', () => {
    const b = new TokenBucket({ rateBps: 8_000_000, burstBytes: 3000 }, 'p'); // 1 byte per us
    expect([b.admit(1500, 0), b.admit(1500, 0), b.admit(1500, 0)]).toEqual([true, true, false]);
    expect(b.admit(1500, 1.499 * MS)).toBe(false);
    expect(b.admit(1500, 1.5 * MS)).toBe(true);
    expect(b.tokensAt(100 * MS)).toBe(3000);
    expect([b.passed, b.dropped]).toEqual([3, 2]);
  });

  it('passes exactly burst + rate x time of a flood, and the queue counts the rest as policer drops', () => {
    const clock = { now: 0 };
    const q = new DropTailQueue({ limitPackets: 1_000_000 }, 'q', clock);
    q.policer = new TokenBucket({ rateBps: 5_000_000, burstBytes: 15_000 }, 'q');
    const reasons = new Map<QueueDropReason, number>();
    q.drop.subscribe(({ reason }) => reasons.set(reason, (reasons.get(reason) ?? 0) + 1));
    // 1500-byte frames every 800 us (15 Mbit/s) for 2 s.
    let offered = 0;
    for (let t = 0; t < 2000 * MS; t += 0.8 * MS) {
      clock.now = t;
      q.receive({ bytes: new Uint8Array(1500), id: offered++ });
    }
    const passedBytes = q.counters.enqueued * 1500;
    const bound = 15_000 + (5_000_000 * (clock.now / 1e9)) / 8;
    expect(passedBytes).toBeLessThanOrEqual(bound);
    expect(passedBytes).toBeGreaterThan(bound - 1500);
    expect(q.counters.dropped).toBe(offered - q.counters.enqueued);
    expect([...reasons]).toEqual([['policer', q.counters.dropped]]);
    expect(q.policer.dropped).toBe(q.counters.dropped);
  });

  it('refuses a rate or a bucket that is not positive, naming the policer', () => {
    expect(() => new TokenBucket({ rateBps: 0, burstBytes: 1500 }, 'up')).toThrow('policer up: rateBps must be positive, got 0');
    expect(() => new TokenBucket({ rateBps: 1, burstBytes: 0.5 }, 'up')).toThrow(/burstBytes must be a whole number of bytes/);
  });
});
