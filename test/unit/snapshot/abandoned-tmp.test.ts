// A snapshot's temporary folder left by a maker killed with SIGKILL is
// removed at the next start; one whose maker lives is not (issue 26,
// finding 19).

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeAbandonedTmp } from '../../../orchestrator/src/snapshot/make-snapshot.js';

describe('removeAbandonedTmp', () => {
  it('removes the temporary folders of dead makers only', () => {
    const root = mkdtempSync(join(tmpdir(), 'cosim-snapshots-'));
    const dead = spawnSync('true').pid!;
    for (const name of [`k1.tmp-${dead}-1700000000000`, `k2.tmp-1-1700000000000`, `k3.tmp-${process.pid}-1700000000000`, 'k4', 'k5.failed-console.log']) mkdirSync(join(root, name));
    removeAbandonedTmp(root);
    expect(readdirSync(root).sort()).toEqual(['k2.tmp-1-1700000000000', `k3.tmp-${process.pid}-1700000000000`, 'k4', 'k5.failed-console.log']);
  });

  it('does nothing without a snapshot folder', () => {
    expect(() => removeAbandonedTmp(join(tmpdir(), 'cosim-no-such-folder'))).not.toThrow();
  });
});
