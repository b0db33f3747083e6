// orchestrator/src/relay/generated/ is checked in; this regenerates it from
// relay-agent/relay.proto into a temporary folder and fails when the two
// differ, so the schema and the code the orchestrator speaks it with cannot
// drift apart (`npm run relay:generate` brings them back in step).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../orchestrator/src/setup/build-check.js';

const checkedIn = join(repoRoot(), 'orchestrator/src/relay/generated');
const fresh = mkdtempSync(join(tmpdir(), 'cosim-relay-generated-'));
afterAll(() => rmSync(fresh, { recursive: true, force: true }));

describe('generated relay code', () => {
  it('is what relay.proto generates today', { timeout: 120_000 }, () => {
    execFileSync(process.execPath, [join(repoRoot(), 'scripts/relay-generate.mjs'), fresh], { stdio: 'pipe' });
    for (const file of ['relay.js', 'relay.d.ts']) {
      const same = readFileSync(join(fresh, file)).equals(readFileSync(join(checkedIn, file)));
      expect(same, `orchestrator/src/relay/generated/${file} differs from what relay-agent/relay.proto generates: run npm run relay:generate`).toBe(true);
    }
  });
});
