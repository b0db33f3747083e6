// Golden digests: short scenarios whose expected digests are committed.
// Any machine that sets this commit up must get exactly these bytes: the
// images and the agent are pinned by content (images/initramfs.lock,
// relay-agent/agent.lock), QEMU is built from a pinned source, and the digest
// covers simulation content only. A change that alters a digest updates
// digests.json in the same commit (`npm run golden:update -- "<why>"`), and its
// message says why.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireImage, requireQemu, tempDir } from '../integration/helpers/guest.js';
import { goldenScenarios, readGoldenDigests, runGolden } from './golden/golden-runs.js';

describe('golden digests', () => {
  const dir = tempDir('golden');
  const { digests } = readGoldenDigests();

  it('has a digest for every golden scenario and none for a scenario that is gone', () => {
    expect(Object.keys(digests).sort()).toEqual(goldenScenarios());
  });

  it.each(goldenScenarios())('%s gives its committed digest', async (file) => {
    requireQemu();
    requireImage('6.1');
    const r = await runGolden(file, join(dir, file));
    expect(r.outcome.status, r.outcome.reason).toBe('completed');
    expect(r.outcome.warnings ?? []).toEqual([]);
    expect(r.digest, `${file}: results in ${join(dir, file)}; if the change is meant to alter it, run npm run golden:update -- "<why>"`).toBe(digests[file]);
  });
});
