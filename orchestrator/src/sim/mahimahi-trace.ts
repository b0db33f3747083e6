// Mahimahi's trace format: one whole number of ms a line, in order, each a
// moment at which the link may deliver one full-size packet; repeated
// times are several opportunities at once, and the last time is the
// period after which the trace loops. Read by the scenario compiler (to
// check and hash a trace) and by the run (net/delivery-trace.ts).

/** The opportunity times of a Mahimahi trace file (one integer of ms per line), or why it is not one. */
export function parseMahimahiTrace(text: string): { ok: true; opportunitiesMs: number[] } | { ok: false; message: string } {
  const out: number[] = [];
  const lines = text.split('\n');
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '') continue;
    if (!/^\d+$/.test(line) || !Number.isSafeInteger(Number(line))) return { ok: false, message: `line ${i + 1} is ${JSON.stringify(raw.slice(0, 40))}, not a whole number of ms` };
    const ms = Number(line);
    if (out.length > 0 && ms < out[out.length - 1]!) return { ok: false, message: `line ${i + 1} (${ms} ms) is before the line above it (${out[out.length - 1]} ms): times go in order` };
    out.push(ms);
  }
  if (out.length === 0) return { ok: false, message: 'it has no delivery opportunities' };
  if (out[out.length - 1]! <= 0) return { ok: false, message: 'its last time must be above 0 ms: it is the period the trace loops with' };
  return { ok: true, opportunitiesMs: out };
}
