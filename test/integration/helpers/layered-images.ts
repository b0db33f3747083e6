// Build the images with packages or files of a scenario's hosts before a test
// runs it. runScenario builds them too, but synchronously, and the first
// build of a kernel's network modules takes a minute, longer than vitest
// lets a worker block; a child process awaited here does not block.

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { layerArgs } from '../../../orchestrator/src/images/host-image.js';
import type { ResolvedScenario } from '../../../orchestrator/src/scenario/types.js';
import { repoRoot } from '../../../orchestrator/src/setup/build-check.js';

export async function buildLayeredImages(scenario: ResolvedScenario): Promise<void> {
  for (const host of scenario.hosts) {
    if (!host.additions) continue;
    const args = layerArgs(host, scenario.file);
    await new Promise<void>((done, fail) => {
      const child = spawn(join(repoRoot(), 'images', 'layer.sh'), args, { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (b: Buffer) => (err += b.toString()));
      child.on('close', (status) => (status === 0 ? done() : fail(new Error(`images/layer.sh ${args.join(' ')} failed for ${host.name}:\n${err}`))));
    });
  }
}
