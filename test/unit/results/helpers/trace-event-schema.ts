// The Trace Event Format as Perfetto and chrome://tracing read it (the
// "JSON Array Format" of Google's Trace Event Format document), restricted
// to the phases cosim writes: complete slices (X), instants (i), counters
// (C) and metadata (M). Times are microseconds.

import { z } from 'zod';

const base = {
  name: z.string().min(1),
  ts: z.number().nonnegative(),
  pid: z.number().int().nonnegative(),
  tid: z.number().int().nonnegative().optional(),
  cat: z.string().optional(),
};
const args = z.record(z.string(), z.union([z.string(), z.number()]));

export const traceEvent = z.discriminatedUnion('ph', [
  z.strictObject({ ...base, ph: z.literal('X'), dur: z.number().nonnegative(), tid: z.number().int().nonnegative(), args: args.optional() }),
  z.strictObject({ ...base, ph: z.literal('i'), s: z.enum(['g', 'p', 't']), args: args.optional() }),
  // A counter's args are its series: numbers only.
  z.strictObject({ ...base, ph: z.literal('C'), args: z.record(z.string(), z.number()) }),
  z.strictObject({ ...base, name: z.enum(['process_name', 'thread_name']), ph: z.literal('M'), args: z.strictObject({ name: z.string().min(1) }) }),
]);

export const traceFile = z.array(traceEvent).min(1);

export type TraceEventParsed = z.infer<typeof traceEvent>;
