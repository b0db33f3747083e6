// Exec actions marked `output: json` (iperf3 -J, ss -j, ip -j ...) have
// their stdout parsed into summary.json, so a script reads the program's own
// figures without parsing actions.json's strings. The raw text stays in
// actions.json, which is what the digest covers.

import type { ActionRecord } from './outcome-records.js';
import type { ResolvedAction } from '../scenario/types.js';

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

/** `{ action_outputs: [...] }` when some action asks for it, else nothing (summary.json unchanged). */
export function actionOutputs(actions: readonly ResolvedAction[], records: readonly ActionRecord[]): { action_outputs?: ActionOutput[] } {
  const wanted = new Set(actions.filter((a) => a.output === 'json').map((a) => a.index));
  if (wanted.size === 0) return {};
  return {
    action_outputs: records
      .filter((r) => wanted.has(r.index))
      .map((r) => {
        const base = { index: r.index, host: r.host, at_s: r.atNs / 1e9, status: r.status ?? null };
        if (r.doneNs === undefined) return { ...base, json: null, json_error: 'the action had not finished when the run ended' };
        try {
          return { ...base, json: JSON.parse(r.stdout) as unknown };
        } catch (err) {
          return { ...base, json: null, json_error: `stdout is not JSON: ${(err as Error).message}` };
        }
      }),
  };
}
