// npm run golden:update -- "<why the digests changed>"
//
// Runs every golden scenario and writes its digest into digests.json. Use it
// only for a change that is meant to alter what guests see or what the
// network does, and say why in the same commit.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIGESTS_FILE, goldenScenarios, runGolden } from './golden-runs.js';

const reason = process.argv.slice(2).join(' ').trim();
if (!reason) {
  process.stderr.write('usage: npm run golden:update -- "<why the golden digests change>"\n');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'cosim-golden-'));
const digests: Record<string, string> = {};
for (const file of goldenScenarios()) {
  const t0 = Date.now();
  const r = await runGolden(file, join(dir, file));
  if (r.outcome.status !== 'completed') {
    process.stderr.write(`${file}: ${r.outcome.status}: ${r.outcome.reason}\n`);
    process.exit(1);
  }
  digests[file] = r.digest;
  process.stderr.write(`${file}: ${r.digest} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
}
writeFileSync(DIGESTS_FILE, `${JSON.stringify({ reason, digests }, null, 2)}\n`);
process.stderr.write(`wrote ${DIGESTS_FILE}; results in ${dir}\n`);
