// `cosim` in this process, with stderr captured: for tests of what a command
// refuses before it starts anything (main sets process.exitCode; reset it).

import { afterEach, vi } from 'vitest';
import { main } from '../../../orchestrator/src/cli/main.js';

/** Call once at the top of a test file: restores stderr and the exit code after each test. */
export function resetCliAfterEach(): void {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });
}

export async function runCli(args: string[]): Promise<{ stderr: string; exitCode: number | undefined }> {
  let stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  await main(args);
  return { stderr, exitCode: process.exitCode as number | undefined };
}
