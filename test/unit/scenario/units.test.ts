import { describe, expect, it } from 'vitest';
import { parseDurationNs, parseQueueLimit, parseRateBps, parseSizeBytes } from '../../../orchestrator/src/scenario/units.js';

describe('parseDurationNs', () => {
  it.each([
    ['20ms', 20_000_000],
    ['1.5s', 1_500_000_000],
    ['250us', 250_000],
    ['100ns', 100],
    ['2min', 120_000_000_000],
    [' 30 s ', 30_000_000_000],
  ])('%j -> %d ns', (input, ns) => {
    expect(parseDurationNs(input)).toEqual({ ok: true, value: ns });
  });

  it.each([[5], ['5'], ['-5ms'], ['1e3ms'], ['5 parsecs'], [null], ['NaNms']])('refuses %j', (input) => {
    expect(parseDurationNs(input, 'delay')).toEqual({ ok: false, message: 'delay must be a duration like 20ms, 1.5s or 250us' });
  });
});

describe('parseRateBps', () => {
  it.each([
    ['10Mbit', 10_000_000],
    ['1Gbps', 1_000_000_000],
    ['500kbit', 500_000],
    ['10 Mbit', 10_000_000],
    [2_000_000, 2_000_000],
  ])('%j -> %d bit/s', (input, bps) => {
    expect(parseRateBps(input)).toEqual({ ok: true, value: bps });
  });

  it.each([['0Mbit'], [-5], ['fast'], [0]])('refuses %j', (input) => {
    expect(parseRateBps(input, 'rate').ok).toBe(false);
  });
});

describe('parseSizeBytes and parseQueueLimit', () => {
  it('reads SI and binary sizes', () => {
    expect(parseSizeBytes('64KB')).toEqual({ ok: true, value: 64_000 });
    expect(parseSizeBytes('1MiB')).toEqual({ ok: true, value: 1_048_576 });
    expect(parseSizeBytes(1500)).toEqual({ ok: true, value: 1500 });
  });

  it('reads packet counts and sizes as queue limits', () => {
    expect(parseQueueLimit('50p')).toEqual({ ok: true, packets: 50 });
    expect(parseQueueLimit('64KB')).toEqual({ ok: true, bytes: 64_000 });
    expect(parseQueueLimit('0p')).toEqual({ ok: false, message: 'queue must hold at least 1 packet' });
    expect(parseQueueLimit('lots')).toEqual({ ok: false, message: 'queue must be a packet count like 50p or a size like 64KB' });
  });
});
