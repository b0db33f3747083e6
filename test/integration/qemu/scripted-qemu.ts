// A scripted orchestrator for the patched QEMU: one QEMU and the
// orchestrator's end of its sync socket, driven message by message on a real
// Unix socket, in the manner of QEMU's qtests. Shared by the tests of QEMU's
// side of the protocol (cosim-sync.test.ts, timed-inputs.test.ts).

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { expect } from 'vitest';
import { qemuArgs, type VmNic, type VmSerialPort } from '../../../orchestrator/src/qemu/qemu-command.js';
import { decodeHello, decodeReached, encodeMessage, type Hello, MsgKind, SyncDecoder, type SyncMessage } from '../../../orchestrator/src/qemu/sync-codec.js';
import { SyncListener } from '../../../orchestrator/src/qemu/sync-connection.js';
import { requireImage, requireQemu, tempDir } from '../helpers/guest.js';

export type SyncPoint = ReturnType<typeof decodeReached>;

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface Launch {
  nics?: VmNic[];
  serialPorts?: VmSerialPort[];
  /** Appended to the image's kernel command line. */
  append?: string;
  /** Also open a QMP monitor, to watch QEMU's own shutdown events. */
  qmp?: boolean;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function waitFor(what: string, pred: () => boolean, timeoutMs: number): Promise<void> {
  const t0 = Date.now();
  while (!pred()) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(20);
  }
}

/** Gone, or a zombie nobody has reaped yet. */
export function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
  return stat === '' || stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
}

/** A QMP client that only negotiates and records events. */
export class Qmp {
  readonly events: { event: string; data?: Record<string, unknown> }[] = [];
  ready = false;
  readonly #socket: Socket;
  #buf = '';

  constructor(path: string) {
    this.#socket = connect(path);
    this.#socket.on('error', () => undefined);
    this.#socket.on('data', (d: Buffer) => {
      this.#buf += d.toString();
      let nl: number;
      while ((nl = this.#buf.indexOf('\n')) >= 0) {
        const msg = JSON.parse(this.#buf.slice(0, nl)) as Record<string, unknown>;
        this.#buf = this.#buf.slice(nl + 1);
        if ('QMP' in msg) this.#socket.write('{"execute":"qmp_capabilities"}\n');
        else if ('return' in msg) this.ready = true;
        else if ('event' in msg) this.events.push(msg as Qmp['events'][number]);
      }
    });
  }

  shutdownReasons(): unknown[] {
    return this.events.filter((e) => e.event === 'SHUTDOWN').map((e) => e.data?.reason);
  }
}

/** One QEMU and the scripted orchestrator's end of its sync socket. */
export class ScriptedQemu {
  hello!: Hello;
  exited!: Promise<Exit>;
  pid = 0;
  qmp: Qmp | undefined;
  consoleLogPath = '';
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
    q.consoleLogPath = join(dir, 'console.log');
    const args = qemuArgs({
      kernelPath: image.kernelPath,
      initrdPath: image.initrdPath,
      append: [image.cmdline, launch.append].filter(Boolean).join(' '),
      memoryMiB: 256,
      icountShift: 0,
      seed: 42,
      consoleLogPath: q.consoleLogPath,
      syncSocketPath: listener.path,
      nics: launch.nics ?? [],
      serialPorts: launch.serialPorts ?? [],
    });
    const qmpPath = join(dir, 'qmp.sock');
    if (launch.qmp) args.push('-qmp', `unix:${qmpPath},server=on,wait=off`);
    const proc = spawn(requireQemu(), args, { stdio: ['ignore', 'ignore', 'pipe'] });
    running.push(proc);
    q.pid = proc.pid!;
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
    // The monitor has listened since the machine was created, before HELLO.
    if (launch.qmp) q.qmp = new Qmp(qmpPath);
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

  close(): void {
    this.#socket.destroy();
  }

  get stderr(): string {
    return this.#stderr.join('');
  }

  /** Let the guest run until QMP is ready: the main loop runs only while the guest does. */
  async runUntilQmpReady(): Promise<SyncPoint> {
    for (;;) {
      const { clock } = await this.syncPoint();
      if (this.qmp!.ready) return clock;
      await sleep(20);
      this.grant(clock.reachedNs + 1_000_000);
    }
  }
}

const running: ReturnType<typeof spawn>[] = [];
/** SIGKILL every QEMU started since the last call that still runs (for afterEach). */
export function killAll(): void {
  for (const p of running.splice(0)) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
}

/** The lines of QEMU's stderr that come from the sync object. */
export function syncLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.includes('cosim-sync:'));
}
