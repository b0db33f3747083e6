// Exec actions marked `output: json` (iperf3 -J, ss -j, ip -j ...) have
// their stdout parsed into summary.json, so a script reads the program's own
// figures without parsing actions.json's strings. The raw text stays in
// actions.json, which is what the digest covers.
//
// The text is the guest's, so it is bounded before it is parsed: a document
// nested deeper than MAX_JSON_DEPTH (32,000 `[` made JSON.stringify overflow
// the stack and killed the results writer) or longer than MAX_JSON_BYTES is
// kept as text only, with a named warning.

import type { ActionRecord } from './outcome-records.js';
import type { ResolvedAction } from '../scenario/types.js';

/** Deepest nesting of arrays and objects parsed into summary.json (iperf3 -J reaches 6). */
export const MAX_JSON_DEPTH = 64;
/** Longest stdout parsed into summary.json. */
export const MAX_JSON_BYTES = 4 * 2 ** 20;

export interface ActionOutput {
  index: number;
  host: string;
  /** When it was issued, seconds after the experiment's start. */
  at_s: number;
  status: number | null;
  /** The parsed stdout, or null when it was not JSON (json_error says why). */
  json: unknown;
  json_error?: string;
}

export interface ActionOutputs {
  /** `{ action_outputs: [...] }` when some action asks for it, else nothing (summary.json unchanged). */
  fields: { action_outputs?: ActionOutput[] };
  /** One per output refused for its size or depth: the run's summary names them. */
  warnings: string[];
}

export function actionOutputs(actions: readonly ResolvedAction[], records: readonly ActionRecord[]): ActionOutputs {
  const wanted = new Set(actions.filter((a) => a.output === 'json').map((a) => a.index));
  if (wanted.size === 0) return { fields: {}, warnings: [] };
  const warnings: string[] = [];
  const outputs = records
    .filter((r) => wanted.has(r.index))
    .map((r): ActionOutput => {
      const base = { index: r.index, host: r.host, at_s: r.atNs / 1e9, status: r.status ?? null };
      if (r.doneNs === undefined) return { ...base, json: null, json_error: 'the action had not finished when the run ended' };
      const tooBig = boundsProblem(r.stdout);
      if (tooBig !== undefined) {
        warnings.push(`action ${r.index} (on ${r.host}) printed JSON ${tooBig}: it is kept as text in actions.json only`);
        return { ...base, json: null, json_error: `stdout was not parsed: ${tooBig}; the text is in actions.json` };
      }
      try {
        return { ...base, json: JSON.parse(r.stdout) as unknown };
      } catch (err) {
        return { ...base, json: null, json_error: `stdout is not JSON: ${(err as Error).message}` };
      }
    });
  return { fields: { action_outputs: outputs }, warnings };
}

/** Why `text` is too big to parse, or undefined. The depth is that of its brackets outside strings, found without parsing. */
function boundsProblem(text: string): string | undefined {
  if (text.length > MAX_JSON_BYTES) return `of ${text.length} characters, over the ${MAX_JSON_BYTES / 2 ** 20} MiB limit`;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_JSON_DEPTH) return `nested deeper than ${MAX_JSON_DEPTH} levels`;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return undefined;
}
