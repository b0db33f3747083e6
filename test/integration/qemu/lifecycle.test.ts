// QEMU never outlives its orchestrator and never trusts its bytes: a
// SIGKILLed orchestrator leaves no QEMU behind, and a malformed message makes
// QEMU exit at once with a message naming the problem.

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { qemuArgs } from '../../../orchestrator/src/qemu/qemu-command.js';
import { encodeMessage, HEADER_BYTES, MsgKind, SyncDecoder } from '../../../orchestrator/src/qemu/sync-codec.js';
import { SyncListener } from '../../../orchestrator/src/qemu/sync-connection.js';
import { isAlive, requireImage, requireQemu, tempDir } from '../helpers/guest.js';

const child = fileURLToPath(new URL('../helpers/orchestrator-child.ts', import.meta.url));

function waitFor(pred: () => boolean, timeoutMs: number): Promise<boolean> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const tick = () => {
      if (pred()) resolve(true);
      else if (Date.now() - t0 > timeoutMs) resolve(false);
      else setTimeout(tick, 50);
    };
    tick();
  });
}

describe('QEMU lifecycle', () => {
  it('leaves no QEMU behind when the orchestrator is SIGKILLed', async () => {
    requireQemu();
    requireImage('6.1');
    const orch = spawn(process.execPath, ['--import', 'tsx', child, join(tempDir('kill'), 'console.log')], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const pid = await new Promise<number>((resolve, reject) => {
      let out = '';
      orch.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /qemu-pid (\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      orch.once('exit', (code) => reject(new Error(`orchestrator child exited early with ${code}`)));
    });
    expect(isAlive(pid)).toBe(true);
    await new Promise((r) => setTimeout(r, 1500));
    expect(isAlive(pid)).toBe(true);
    orch.kill('SIGKILL');
    expect(await waitFor(() => !isAlive(pid), 5000)).toBe(true);
  });

  it('exits with a clear message on an oversized message', async () => {
    const image = requireImage('6.1');
    const listener = new SyncListener('bad');
    const qemu = spawn(
      requireQemu(),
      qemuArgs({
        kernelPath: image.kernelPath,
        initrdPath: image.initrdPath,
        append: image.cmdline,
        memoryMiB: 256,
        icountShift: 0,
        seed: 1,
        consoleLogPath: join(tempDir('bad'), 'console.log'),
        syncSocketPath: listener.path,
        nics: [],
        serialPorts: [{ port: 0, name: 'cosim.relay' }],
      }),
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    qemu.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => qemu.once('exit', (code) => resolve(code)));
    const socket = await listener.accept();
    // QEMU resets the connection when it exits; that is the expected outcome here.
    socket.on('error', () => undefined);
    const decoder = new SyncDecoder('bad');
    await new Promise<void>((resolve) => {
      socket.on('data', (d: Buffer) => {
        if (decoder.push(d).some((m) => m.kind === MsgKind.REACHED)) resolve();
      });
    });
    const bad = encodeMessage(MsgKind.GRANT, 0, 1000);
    bad.writeUInt32LE(70_000, 0);
    socket.write(Buffer.concat([bad, Buffer.alloc(HEADER_BYTES)]));
    expect(await exited).toBe(1);
    expect(stderr).toMatch(/cosim-sync: message at byte 0 has a payload of 70000 bytes, over the limit of 65536/);
  });
});
