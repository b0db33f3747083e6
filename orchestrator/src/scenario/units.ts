// Units are parsed here and nowhere else: the model only sees integer ns,
// bit/s and bytes. Rates and sizes use SI prefixes (k = 1000) unless the
// binary form is written out (KiB, MiB, GiB = 1024^n).

type Parsed = { ok: true; value: number } | { ok: false; message: string };

const DURATION_NS: Record<string, number> = { ns: 1, us: 1e3, ms: 1e6, s: 1e9, min: 60e9 };
const RATE_BPS: Record<string, number> = {
  bit: 1, bps: 1, kbit: 1e3, kbps: 1e3, mbit: 1e6, mbps: 1e6, gbit: 1e9, gbps: 1e9,
};
const SIZE_BYTES: Record<string, number> = {
  b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3,
};

function parseWithUnit(input: unknown, table: Record<string, number>, what: string, example: string, bareUnit: string | undefined): Parsed {
  const fail = (): Parsed => ({ ok: false, message: `${what} must be ${example}` });
  if (typeof input === 'number') {
    if (bareUnit === undefined || !Number.isFinite(input) || input < 0) return fail();
    return { ok: true, value: input * table[bareUnit]! };
  }
  if (typeof input !== 'string') return fail();
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]+)\s*$/.exec(input);
  if (!m) return fail();
  const factor = table[m[2]!.toLowerCase()];
  if (factor === undefined) return fail();
  return { ok: true, value: Number(m[1]) * factor };
}

/** "20ms", "1.5s", "250us", "100ns" -> integer ns. */
export function parseDurationNs(input: unknown, what = 'a duration'): Parsed {
  const r = parseWithUnit(input, DURATION_NS, what, 'a duration like 20ms, 1.5s or 250us', undefined);
  if (!r.ok) return r;
  const ns = Math.round(r.value);
  return Number.isSafeInteger(ns) ? { ok: true, value: ns } : { ok: false, message: `${what} is too long` };
}

/** "10Mbit", "1Gbps", "500kbit" or a plain number of bit/s. */
export function parseRateBps(input: unknown, what = 'a rate'): Parsed {
  const r = parseWithUnit(input, RATE_BPS, what, 'a positive rate like 10Mbit, 1Gbps or 500kbit', 'bit');
  if (!r.ok) return r;
  return r.value > 0 ? { ok: true, value: Math.round(r.value) } : { ok: false, message: `${what} must be a positive rate like 10Mbit` };
}

const MHZ: Record<string, number> = { mhz: 1, ghz: 1000 };

/** "3GHz", "2500MHz" -> MHz (not rounded: the caller decides what a fraction means). */
export function parseClockMhz(input: unknown, what = 'a clock rate'): Parsed {
  return parseWithUnit(input, MHZ, what, 'a clock rate like 3GHz or 2500MHz: that many guest instructions per simulated second', undefined);
}

/** "64KB", "1MiB", "1500B" or a plain number of bytes. */
export function parseSizeBytes(input: unknown, what = 'a size'): Parsed {
  const r = parseWithUnit(input, SIZE_BYTES, what, 'a size like 64KB, 1MiB or 1500B', 'b');
  if (!r.ok) return r;
  return Number.isSafeInteger(Math.round(r.value)) ? { ok: true, value: Math.round(r.value) } : { ok: false, message: `${what} is too large` };
}

/** "50p" (packets) or a size ("64KB"): a drop-tail queue limit. */
export function parseQueueLimit(input: unknown): { ok: true; packets?: number; bytes?: number } | { ok: false; message: string } {
  if (typeof input === 'string') {
    const m = /^\s*(\d+)\s*p\s*$/.exec(input);
    if (m) {
      const packets = Number(m[1]);
      return packets >= 1 ? { ok: true, packets } : { ok: false, message: 'queue must hold at least 1 packet' };
    }
  }
  const r = parseSizeBytes(input, 'queue');
  if (!r.ok) return { ok: false, message: 'queue must be a packet count like 50p or a size like 64KB' };
  return r.value >= 1 ? { ok: true, bytes: r.value } : { ok: false, message: 'queue must hold at least 1 byte' };
}
