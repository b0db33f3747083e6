// Guest-made data cannot crash the results writer, through the CLI: an
// `output: json` exec printing 32,000 nested `[` used to kill writeResults
// with "Maximum call stack size exceeded" (exit 70, no summary.json, no
// digest: issue 26, finding 10). Now the run completes, the text stays in
// actions.json, and a named warning says why it was not parsed.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cosim } from '../helpers/cosim-cli.js';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';

const SCENARIO = `name: deep-json
duration: 3s
hosts:
  - {name: a, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: b, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - {name: l, between: [a, b], rate: 10Mbit, delay: 5ms}
actions:
  - at: 0.5s
    host: a
    exec: awk 'BEGIN { for (i = 0; i < 32000; i++) printf "["; for (i = 0; i < 32000; i++) printf "]" }'
    output: json
`;

describe('an exec printing JSON 32,000 levels deep', () => {
  it('completes with summary.json, the digest and a named warning', async () => {
    requireQemu();
    requireImage('6.1');
    const dir = tempDir('deep-json');
    const file = join(dir, 'deep.yaml');
    writeFileSync(file, SCENARIO);
    const out = join(dir, 'results');
    const r = await cosim(['run', file, '--out', out]);
    expect(r.stderr).not.toContain('a bug');
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { status: string; digest: string; warnings: string[]; action_outputs: { json: unknown; json_error: string }[] };
    expect(summary.status).toBe('completed');
    expect(summary.digest).toBe(readFileSync(join(out, 'digest.txt'), 'utf8').trim());
    expect(summary.warnings).toContain('action 0 (on a) printed JSON nested deeper than 64 levels: it is kept as text in actions.json only');
    expect(summary.action_outputs[0]).toMatchObject({ json: null });
    expect(r.stdout + r.stderr).toContain('warning: action 0 (on a) printed JSON nested deeper than 64 levels');
    const actions = JSON.parse(readFileSync(join(out, 'actions.json'), 'utf8')) as { stdout: string }[];
    expect(actions[0]!.stdout).toBe('['.repeat(32_000) + ']'.repeat(32_000));
  });
});
