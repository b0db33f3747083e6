// The build recipes (qemu-patches/build.sh, relay-agent/build.sh,
// images/build.sh) share one contract: `--check` prints the built artefact's
// path when it is up to date with the checked-out inputs, and exits 3 with a
// message otherwise. This module asks them, so the TypeScript side never
// recomputes their cache keys.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file (works from src/ under tsx and from dist/). */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'qemu-patches')) || !existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the repository root above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
  return dir;
}

export type BuildCheck = { ok: true; path: string } | { ok: false; reason: string };

/** Run `<script> <args...> --check` from the repository root. */
export function checkBuild(script: string, args: readonly string[] = []): BuildCheck {
  const root = repoRoot();
  const full = join(root, script);
  if (!existsSync(full)) return { ok: false, reason: `${script} does not exist in this checkout` };
  const r = spawnSync(full, [...args, '--check'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  if (r.error) return { ok: false, reason: `${script} could not run: ${r.error.message}` };
  const path = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status === 0 && path !== '') return { ok: true, path };
  const why = r.stderr.trim().split('\n').filter(Boolean).pop() ?? `exit status ${r.status}`;
  return { ok: false, reason: why };
}
