// The patched QEMU's end of the sync socket, against an orchestrator scripted
// message by message on a real Unix socket, in the manner of QEMU's qtests.
// QEMU refuses a frame shorter than an Ethernet header.

import { spawn } from 'node:child_process';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { qemuArgs, type VmNic, type VmSerialPort } from '../../../orchestrator/src/qemu/qemu-command.js';
import {
  decodeHello,
  decodeReached,
  encodeMessage,
  type Hello,
  MsgKind,
  SyncDecoder,
  type SyncMessage,
} from '../../../orchestrator/src/qemu/sync-codec.js';
import { SyncListener } from '../../../orchestrator/src/qemu/sync-connection.js';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';

const NIC: VmNic = { port: 0, mac: '52:54:00:00:00:01' };

type SyncPoint = ReturnType<typeof decodeReached>;

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

interface Launch {
  nics?: VmNic[];
  serialPorts?: VmSerialPort[];
}

/** One QEMU and the scripted orchestrator's end of its sync socket. */
class ScriptedQemu {
  hello!: Hello;
  exited!: Promise<Exit>;
  #socket!: Socket;
  #stderr: string[] = [];
  #inbox: SyncMessage[] = [];
  #closed = false;
  #notify: () => void = () => undefined;

  static async start(name: string, launch: Launch = {}): Promise<ScriptedQemu> {
    const q = new ScriptedQemu();
    const image = requireImage('6.1');
    const dir = tempDir(name);
    const listener = new SyncListener(name);
    const args = qemuArgs({
      kernelPath: image.kernelPath,
      initrdPath: image.initrdPath,
      append: image.cmdline,
      memoryMiB: 256,
      icountShift: 0,
      seed: 42,
      consoleLogPath: join(dir, 'console.log'),
      syncSocketPath: listener.path,
      nics: launch.nics ?? [],
      serialPorts: launch.serialPorts ?? [],
    });
    const proc = spawn(requireQemu(), args, { stdio: ['ignore', 'ignore', 'pipe'] });
    running.push(proc);
    proc.stderr!.setEncoding('utf8').on('data', (s: string) => q.#stderr.push(s));
    q.exited = new Promise((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
    q.#socket = await listener.accept();
    const decoder = new SyncDecoder(name);
    q.#socket.on('error', () => undefined);
    q.#socket.on('data', (d: Buffer) => {
      for (const m of decoder.push(d)) q.#inbox.push({ ...m, payload: Buffer.from(m.payload) });
      q.#notify();
    });
    q.#socket.on('close', () => {
      q.#closed = true;
      q.#notify();
    });
    q.hello = decodeHello(name, await q.#next(MsgKind.HELLO));
    return q;
  }

  async #next(expected?: number): Promise<SyncMessage> {
    for (;;) {
      const m = this.#inbox.shift();
      if (m) {
        if (expected !== undefined) expect(m.kind).toBe(expected);
        return m;
      }
      if (this.#closed) throw new Error(`QEMU closed the sync socket; it said: ${this.stderr}`);
      await new Promise<void>((resolve) => (this.#notify = resolve));
    }
  }

  /** The outputs up to the next sync point, and that sync point. */
  async syncPoint(): Promise<{ clock: SyncPoint; outputs: SyncMessage[] }> {
    const outputs: SyncMessage[] = [];
    for (;;) {
      const m = await this.#next();
      if (m.kind === MsgKind.REACHED) return { clock: decodeReached('vm', m), outputs };
      outputs.push(m);
    }
  }

  send(...messages: Buffer[]): void {
    this.#socket.write(Buffer.concat(messages));
  }

  grant(horizonNs: number): void {
    this.send(encodeMessage(MsgKind.GRANT, 0, horizonNs));
  }

  get stderr(): string {
    return this.#stderr.join('');
  }
}

const running: ReturnType<typeof spawn>[] = [];
afterEach(() => {
  for (const p of running.splice(0)) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
});

/** The lines of QEMU's stderr that come from the sync object. */
function syncLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.includes('cosim-sync:'));
}

describe('QEMU bounds what the orchestrator sends', () => {
  it('refuses a FRAME_IN shorter than an Ethernet header and takes one of 14 bytes', async () => {
    const q = await ScriptedQemu.start('runt', { nics: [NIC] });
    await q.syncPoint();
    q.send(encodeMessage(MsgKind.FRAME_IN, 0, 0, Buffer.alloc(14, 0xff)));
    q.grant(1000);
    await q.syncPoint();
    q.send(encodeMessage(MsgKind.FRAME_IN, 0, 1000, Buffer.alloc(13, 0xff)));
    q.grant(2000);
    expect(await q.exited).toEqual({ code: 1, signal: null });
    expect(syncLines(q.stderr)).toEqual([expect.stringMatching(/cosim-sync: FRAME_IN at byte 46 has 13 bytes, fewer than an Ethernet header \(14\)/)]);
  });
});
