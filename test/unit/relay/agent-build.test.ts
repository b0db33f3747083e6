// The agent's build is reproducible: a copy of the recipe in another folder,
// built into another cache, gives the same bytes as this checkout's build,
// and those are the bytes relay-agent/agent.lock pins. (The work folder's
// random name used to reach the binary through protobuf-c's asserts.)

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../orchestrator/src/setup/build-check.js';
import { agentBinary } from './host-agent.js';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('relay agent build', () => {
  const other = mkdtempSync(join(tmpdir(), 'cosim-agent-build-'));
  afterAll(() => rmSync(other, { recursive: true, force: true }));

  it('gives the pinned bytes from another folder and cache', () => {
    const root = repoRoot();
    const pinned = /^cosim-relay\s+([0-9a-f]{64})$/m.exec(readFileSync(join(root, 'relay-agent', 'agent.lock'), 'utf8'))?.[1];
    expect(pinned).toBeDefined();
    expect(sha256(agentBinary())).toBe(pinned);

    const checkout = join(other, 'some', 'where', 'else');
    for (const dir of ['relay-agent', 'scripts/lib']) cpSync(join(root, dir), join(checkout, dir), { recursive: true });
    const r = spawnSync(join(checkout, 'relay-agent', 'build.sh'), [], { env: { ...process.env, COSIM_CACHE: join(other, 'cache') }, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const built = r.stdout.trim().split('\n').pop()!;
    expect(built.startsWith(join(other, 'cache'))).toBe(true);
    expect(sha256(built)).toBe(pinned);
    expect(readFileSync(built).includes(Buffer.from(other))).toBe(false);
  }, 120_000);
});
