import { describe, expect, it } from 'vitest';
import { CodelQueue } from '../../../orchestrator/src/net/codel-queue.js';
import { DropTailQueue } from '../../../orchestrator/src/net/drop-tail-queue.js';
import { FqCodelQueue } from '../../../orchestrator/src/net/fq-codel-queue.js';
import { createQueue } from '../../../orchestrator/src/net/queue-factory.js';
import { RedQueue } from '../../../orchestrator/src/net/red-queue.js';
import { Calendar } from '../../../orchestrator/src/sim/calendar.js';
import { ipFrame } from './helpers/packets.js';

describe('createQueue', () => {
  const env = { clock: new Calendar(), seed: 1, rateBps: 8_000_000 };

  it('builds each kind with its parameters; no kind is drop-tail', () => {
    const dt = createQueue({ limitPackets: 7 }, 'a', env);
    expect(dt).toBeInstanceOf(DropTailQueue);
    expect((dt as DropTailQueue).limitPackets).toBe(7);
    expect(createQueue({ kind: 'drop_tail', limitBytes: 3000 }, 'b', env).kind).toBe('drop_tail');
    const red = createQueue({ kind: 'red', minThPackets: 3, maxThPackets: 9 }, 'c', env) as RedQueue;
    expect(red).toBeInstanceOf(RedQueue);
    expect(red.params.maxThPackets).toBe(9);
    // RED's idle decay: one 1000-byte packet at the link's 8 Mbit/s.
    expect(red.idlePacketNs).toBe(1_000_000);
    const codel = createQueue({ kind: 'codel', targetNs: 2_000_000 }, 'd', env) as CodelQueue;
    expect(codel).toBeInstanceOf(CodelQueue);
    expect(codel.params).toEqual({ targetNs: 2_000_000, intervalNs: 100_000_000, mtuBytes: 1514, ecn: false });
    const fq = createQueue({ kind: 'fq_codel', flows: 16 }, 'e', env) as FqCodelQueue;
    expect(fq).toBeInstanceOf(FqCodelQueue);
    expect(fq.params.ecn).toBe(true);
  });

  it('gives every kind the same counters and trace points', () => {
    for (const kind of ['drop_tail', 'red', 'codel', 'fq_codel'] as const) {
      const q = createQueue({ kind }, `q-${kind}`, env);
      const seen: string[] = [];
      q.enqueue.subscribe(() => seen.push('enqueue'));
      q.dequeueTrace.subscribe(() => seen.push('dequeue'));
      q.receive(ipFrame(1));
      expect(q.depthPackets).toBe(1);
      expect(q.depthBytes).toBe(1514);
      expect(q.dequeue()?.id).toBe(1);
      expect(q.dequeue()).toBeUndefined();
      expect(seen).toEqual(['enqueue', 'dequeue']);
      expect(q.counters).toEqual({ enqueued: 1, dequeued: 1, dropped: 0, marked: 0, maxDepthPackets: 1, maxDepthBytes: 1514 });
    }
  });

  it('holds each kind to its default limits (ns-3\'s 100p for drop-tail and RED, Linux\'s for CoDel and FQ-CoDel)', () => {
    const limits = (['drop_tail', 'red', 'codel', 'fq_codel'] as const).map((kind) => {
      const q = createQueue({ kind }, `q-${kind}`, env) as DropTailQueue | RedQueue | CodelQueue | FqCodelQueue;
      return [kind, q.limitPackets, q.limitBytes];
    });
    expect(limits).toEqual([
      ['drop_tail', 100, Infinity],
      ['red', 100, Infinity],
      ['codel', 1000, Infinity],
      ['fq_codel', 10240, 32 * 2 ** 20],
    ]);
    expect(() => createQueue({ kind: 'codel', limitPackets: 0 }, 'z', env)).toThrow('queue z: limits must be at least 1, got 0 packets / Infinity bytes');
  });

  it('seeds random queues from the scenario seed and their own name', () => {
    const a = createQueue({ kind: 'fq_codel' }, 'x', env) as FqCodelQueue;
    const b = createQueue({ kind: 'fq_codel' }, 'y', env) as FqCodelQueue;
    const ports = [...Array(20).keys()].map((p) => ipFrame(0, { srcPort: 20000 + p }));
    expect(ports.map((f) => a.flowOf(f))).not.toEqual(ports.map((f) => b.flowOf(f)));
    const a2 = createQueue({ kind: 'fq_codel' }, 'x', env) as FqCodelQueue;
    expect(ports.map((f) => a2.flowOf(f))).toEqual(ports.map((f) => a.flowOf(f)));
  });

  it('drops, whatever the kind, a frame longer than the link carries, and takes the frame size as CoDel\'s MTU', () => {
    for (const kind of ['drop_tail', 'red', 'codel', 'fq_codel'] as const) {
      const q = createQueue({ kind }, `j-${kind}`, { ...env, maxFrameBytes: 9014 });
      const drops: string[] = [];
      q.drop.subscribe((e) => drops.push(`${e.frame.id}:${e.reason}`));
      q.receive(ipFrame(1, { bytes: 9014 }));
      q.receive(ipFrame(2, { bytes: 9015 }));
      expect(drops).toEqual(['2:over-mtu']);
      expect(q.counters).toMatchObject({ enqueued: 1, dropped: 1 });
    }
    expect((createQueue({ kind: 'codel' }, 'k', { ...env, maxFrameBytes: 9014 }) as CodelQueue).params.mtuBytes).toBe(9014);
    expect((createQueue({ kind: 'codel', mtuBytes: 3000 }, 'k', { ...env, maxFrameBytes: 9014 }) as CodelQueue).params.mtuBytes).toBe(3000);
    // An 802.1Q tag is 4 bytes more.
    const q = createQueue({}, 't', { ...env, maxFrameBytes: 1514 });
    const tagged = ipFrame(3, { bytes: 1518 });
    tagged.bytes.set([0x81, 0x00], 12);
    q.receive(tagged);
    expect(q.counters.dropped).toBe(0);
    expect(createQueue({}, 'u', env).maxFrameBytes).toBe(Infinity);
  });
});
