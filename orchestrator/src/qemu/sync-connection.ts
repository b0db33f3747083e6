// One VM's end of the sync socket, as the engine sees it (VmEndpoint).
//
// The orchestrator listens in a private directory before QEMU starts; QEMU's
// cosim-sync object connects, says HELLO, and from then on reports each sync
// point. Inputs for the current sync point are batched and written together
// with the GRANT in one write, since this is the per-frame hot path.

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GuestError, ProtocolError } from '../errors.js';
import type { VmEndpoint, VmOutput, VmSyncPoint } from '../run/vm-endpoint.js';
import { decodeHello, decodeReached, encodeMessage, type Hello, MsgKind, SyncDecoder } from './sync-codec.js';

/** A listening socket in a fresh 0700 directory, waiting for one QEMU. */
export class SyncListener {
  readonly path: string;
  readonly #dir: string;
  readonly #server: Server;
  readonly #accepted: Promise<Socket>;

  constructor(vm: string) {
    this.#dir = mkdtempSync(join(tmpdir(), 'cosim-sync-'));
    this.path = join(this.#dir, `${vm}.sock`);
    this.#server = createServer();
    this.#accepted = new Promise((resolve) => this.#server.once('connection', resolve));
    this.#server.listen(this.path);
  }

  /** The first connection; a second one is refused by closing the listener. */
  async accept(): Promise<Socket> {
    const socket = await this.#accepted;
    this.close();
    return socket;
  }

  close(): void {
    this.#server.close();
    rmSync(this.#dir, { recursive: true, force: true });
  }
}

export class SyncConnection implements VmEndpoint {
  readonly name: string;
  readonly #socket: Socket;
  readonly #decoder: SyncDecoder;
  #hello: Hello | undefined;
  #helloWaiter: { resolve: (h: Hello) => void; reject: (e: Error) => void } | undefined;
  #outputs: VmOutput[] = [];
  #seq = 0;
  #reached: VmSyncPoint[] = [];
  #waiter: { resolve: (p: VmSyncPoint) => void; reject: (e: Error) => void } | undefined;
  #batch: Buffer[] = [];
  #reachedNs = -1;
  /** The horizon last granted; QEMU's first stop is at 0. */
  #grantedNs = 0;
  #failure: Error | undefined;
  #quitting = false;
  /** Why the socket ended, filled in by whoever knows more (the process wrapper). */
  describeExit: () => string | Promise<string> = () => 'QEMU closed the sync socket';

  constructor(name: string, socket: Socket) {
    this.name = name;
    this.#socket = socket;
    this.#decoder = new SyncDecoder(name);
    socket.on('data', (chunk) => this.#onData(chunk));
    socket.on('error', (err: NodeJS.ErrnoException) => {
      // A peer that died resets the socket; 'close' follows and can say why QEMU died.
      if (err.code === 'ECONNRESET' || err.code === 'EPIPE') return;
      this.#fail(new GuestError(name, 'sync', `socket error: ${err.message}`, { cause: err }));
    });
    socket.on('close', () => {
      if (this.#quitting) return;
      void Promise.resolve(this.describeExit()).then((why) => this.#fail(new GuestError(name, 'sync', why)));
    });
  }

  hello(): Promise<Hello> {
    if (this.#hello) return Promise.resolve(this.#hello);
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      this.#helloWaiter = { resolve, reject };
    });
  }

  nextSync(): Promise<VmSyncPoint> {
    const ready = this.#reached.shift();
    if (ready) return Promise.resolve(ready);
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      this.#waiter = { resolve, reject };
    });
  }

  deliverFrame(port: number, bytes: Uint8Array): void {
    this.#batch.push(encodeMessage(MsgKind.FRAME_IN, port, this.#atSyncPoint('FRAME_IN'), bytes));
  }

  deliverSerial(port: number, bytes: Uint8Array): void {
    for (let off = 0; off < bytes.length; off += 65536) {
      this.#batch.push(encodeMessage(MsgKind.SERIAL_IN, port, this.#atSyncPoint('SERIAL_IN'), bytes.subarray(off, off + 65536)));
    }
  }

  grant(horizonNs: number): void {
    const at = this.#atSyncPoint('GRANT');
    if (!(horizonNs > at)) throw new RangeError(`grant to ${horizonNs} ns is not after the sync point at ${at} ns`);
    this.#batch.push(encodeMessage(MsgKind.GRANT, 0, horizonNs));
    this.#socket.write(this.#batch.length === 1 ? this.#batch[0]! : Buffer.concat(this.#batch));
    this.#batch = [];
    this.#reachedNs = -1;
    this.#grantedNs = horizonNs;
  }

  /** Ask QEMU to exit (answering the current sync point), then wait for the socket to close. */
  quit(): Promise<void> {
    this.#quitting = true;
    return new Promise((resolve) => {
      if (this.#socket.destroyed) return resolve();
      this.#socket.once('close', () => resolve());
      if (this.#reachedNs >= 0) this.#socket.write(encodeMessage(MsgKind.QUIT, 0, 0));
      else this.#socket.destroy();
    });
  }

  /** Drop the connection; QEMU exits on its own when it notices. */
  close(): void {
    this.#quitting = true;
    this.#socket.destroy();
  }

  #atSyncPoint(what: string): number {
    if (this.#reachedNs < 0) throw new Error(`internal: ${what} for ${this.name} while it runs`);
    return this.#reachedNs;
  }

  #onData(chunk: Buffer): void {
    if (this.#failure) return;
    try {
      for (const msg of this.#decoder.push(chunk)) {
        switch (msg.kind) {
          case MsgKind.HELLO:
            this.#hello = decodeHello(this.name, msg);
            this.#helloWaiter?.resolve(this.#hello);
            this.#helloWaiter = undefined;
            break;
          case MsgKind.REACHED: {
            if (this.#hello === undefined) throw new ProtocolError(this.name, 'REACHED', msg.offset, 'before HELLO');
            const clock = decodeReached(this.name, msg);
            if (clock.reachedNs !== this.#grantedNs) {
              // Inputs for the VM would now land at a time it has already passed.
              throw new GuestError(
                this.name,
                'sync',
                `stopped at ${clock.reachedNs} ns instead of its granted horizon ${this.#grantedNs} ns; ` +
                  'the patched QEMU did not hold the guest at its sync point (a QEMU bug: please report it with this run folder)',
              );
            }
            this.#reachedNs = clock.reachedNs;
            const point = { clock, outputs: this.#outputs };
            this.#outputs = [];
            if (this.#waiter) {
              this.#waiter.resolve(point);
              this.#waiter = undefined;
            } else this.#reached.push(point);
            break;
          }
          default:
            // Copy: the decoder's buffer is reused for later chunks.
            this.#outputs.push({
              kind: msg.kind === MsgKind.FRAME_OUT ? 'frame' : 'serial',
              port: msg.port,
              timeNs: msg.timeNs,
              seq: this.#seq++,
              bytes: Buffer.from(msg.payload),
            });
        }
      }
    } catch (err) {
      this.#fail(err instanceof Error ? err : new Error(String(err)));
      this.#socket.destroy();
    }
  }

  #fail(err: Error): void {
    this.#failure ??= err;
    this.#waiter?.reject(this.#failure);
    this.#waiter = undefined;
    this.#helloWaiter?.reject(this.#failure);
    this.#helloWaiter = undefined;
  }
}
