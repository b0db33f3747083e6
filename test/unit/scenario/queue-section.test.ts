import { describe, expect, it } from 'vitest';
import { compileSection, sectionIssues } from './helpers/compile-section.js';

function withQueue(queue: string, extra = ''): string {
  return `name: q
duration: 1s
hosts:
  - {name: a, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: b, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - {name: l, between: [a, b], rate: 10Mbit, queue: ${queue}${extra}}
`;
}

const queueOf = (q: string) => compileSection(withQueue(q)).links[0]!.directions[0]!.queue;

const issuesOf = (q: string) => sectionIssues(withQueue(q));

describe('links[].queue', () => {
  it('keeps a plain limit as drop-tail with no kind, as before queue kinds', () => {
    expect(queueOf('33p')).toEqual({ limitPackets: 33 });
    expect(queueOf('64KB')).toEqual({ limitBytes: 64_000 });
    expect(queueOf('{kind: drop_tail}')).toEqual({ limitPackets: 100 });
  });

  it('resolves each kind with its defaults', () => {
    expect(queueOf('{kind: codel}')).toEqual({ kind: 'codel', limitPackets: 1000, targetNs: 5_000_000, intervalNs: 100_000_000, ecn: false });
    expect(queueOf('{kind: fq_codel, target: 2ms}')).toEqual({
      kind: 'fq_codel',
      limitPackets: 10240,
      flows: 1024,
      quantumBytes: 1514,
      targetNs: 2_000_000,
      intervalNs: 100_000_000,
      ecn: true,
    });
    expect(queueOf('{kind: red, limit: 50p, ecn: true}')).toEqual({
      kind: 'red',
      limitPackets: 50,
      minThPackets: 5,
      maxThPackets: 15,
      maxP: 0.1,
      weight: 0.002,
      gentle: true,
      ecn: true,
    });
  });

  it('reports bad kinds, keys of another kind, and bad values with their paths', () => {
    expect(issuesOf('{kind: pie}')).toEqual(['links.0.queue.kind: kind must be one of drop_tail, red, codel, fq_codel']);
    expect(issuesOf('{limit: 10p}')).toEqual(['links.0.queue.kind: kind must be one of drop_tail, red, codel, fq_codel']);
    expect(issuesOf('{kind: codel, min_th: 3}')[0]).toMatch(/^links\.0\.queue\.min_th: unknown field "min_th"/);
    expect(issuesOf('{kind: red, min_th: 20, max_th: 10}')).toEqual(['links.0.queue.max_th: max_th must be above min_th (20)']);
    expect(issuesOf('{kind: red, max_p: 0}')).toEqual(['links.0.queue.max_p: max_p must be above 0']);
    expect(issuesOf('{kind: codel, target: 0ms}')).toEqual(['links.0.queue.target: target must be longer than 0']);
    expect(issuesOf('{kind: fq_codel, quantum: 10}')).toEqual(['links.0.queue.quantum: quantum must be an integer from 64 to 65536']);
    expect(issuesOf('{kind: codel, limit: 0p}')).toEqual(['links.0.queue.limit: queue must hold at least 1 packet']);
  });

  it('claims the queue trace file, so a flow of the same name is refused', () => {
    const text = withQueue('10p', ', queue_trace: true').replace('name: l,', 'name: x,') + 'flows:\n  - {id: queue-x, from: a, to: b}\n';
    expect(() => compileSection(text)).toThrow(/flow queue-x would write traces\/queue-x\.csv, which link x's queue trace already writes/);
    expect(compileSection(withQueue('10p', ', queue_trace: true')).links[0]!.queueTrace).toBe(true);
    expect('queueTrace' in compileSection(withQueue('10p')).links[0]!).toBe(false);
  });

  it("gives the reverse direction its own rate, delay, jitter, queue and loss, the link's for the rest", () => {
    const text = withQueue('50p', ', delay: 10ms, reverse: {rate: 1Mbit, queue: {kind: codel}, loss: 0.01}');
    const [fwd, rev] = compileSection(text).links[0]!.directions;
    expect(fwd).toMatchObject({ id: 'l:a->b', rateBps: 10_000_000, delayNs: 10_000_000, queue: { limitPackets: 50 }, loss: undefined });
    expect(rev).toMatchObject({ id: 'l:b->a', rateBps: 1_000_000, delayNs: 10_000_000, jitterNs: 0, loss: { kind: 'bernoulli', lossProbability: 0.01 } });
    expect(rev!.queue.kind).toBe('codel');
    const noReverse = compileSection(withQueue('50p')).links[0]!.directions;
    expect(noReverse[1]).toEqual({ ...noReverse[0], id: 'l:b->a', from: noReverse[0]!.to, to: noReverse[0]!.from });
    expect(issuesOf('50p, reverse: {rate: fast, pcap: true}')).toEqual([
      'links.0.reverse.pcap: unknown field "pcap" (expected one of: rate, delay, jitter, queue, loss, trace, policer, aggregate, schedule)',
      expect.stringMatching(/^links\.0\.reverse\.rate: /),
    ]);
  });

  it('takes capture taps once each, and claims the pcapng', () => {
    expect(compileSection(withQueue('10p', ', capture: [after_queue, before_queue]')).links[0]!.capture).toEqual(['after_queue', 'before_queue']);
    expect('capture' in compileSection(withQueue('10p')).links[0]!).toBe(false);
    expect(issuesOf('10p, capture: [wire, before_queue, before_queue]')).toEqual([
      'links.0.capture.0: a tap is one of before_queue, after_queue',
      'links.0.capture.2: before_queue is listed twice',
    ]);
    expect(issuesOf('10p, capture: []')).toEqual(['links.0.capture: capture lists at least one tap (before_queue, after_queue)']);
  });

  it('claims a switch capture, so a link capture of the same name is refused', () => {
    const text = withQueue('10p', ', capture: [after_queue]').replace('name: l,', 'name: sw,').replace('links:', 'switches:\n  - {name: sw, capture: true}\nlinks:');
    expect(() => compileSection(text)).toThrow(/link sw's capture would write pcap\/sw\.pcapng, which switch sw's capture already writes/);
  });
});
