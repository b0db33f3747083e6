// One VM's end of the sync socket, as the engine sees it (VmEndpoint).
//
// The orchestrator listens in a private directory before QEMU starts; QEMU's
// cosim-sync object connects, says HELLO, and from then on reports each sync
// point. Inputs are stamped with the time the guest gets them and may be sent
// whenever they are known, also while the guest runs (QEMU reads them at its
// next sync point and injects each at its time). They are batched and written
// in one write per flush, or together with the GRANT, since this is the
// per-frame hot path.
//
// QEMU's bytes are untrusted here too: each output must be stamped inside
// the window the VM was granted (after its last sync point, at most its
// horizon, never earlier than the output before it), and what a VM may send
// between two sync points is bounded.

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GuestError, ProtocolError } from '../errors.js';
import { checkInputStamp, type VmEndpoint, type VmOutput, type VmSyncPoint } from '../sim/vm-endpoint.js';
import { decodeHello, decodeReached, decodeSnapshotDone, encodeMessage, type Hello, kindName, MsgKind, SyncDecoder } from './sync-codec.js';

/** Outputs a VM may send between two sync points: far above a real guest's (a few MB per ms at most). */
export const MAX_OUTPUT_BYTES_PER_SYNC = 64 * 2 ** 20;

/** sun_path holds 108 bytes with its terminating NUL. */
const MAX_SOCKET_PATH_BYTES = 107;

/** A listening socket in a fresh 0700 directory, waiting for one QEMU. */
export class SyncListener {
  readonly path: string;
  readonly #dir: string;
  readonly #server: Server;
  readonly #accepted: Promise<Socket>;

  constructor(vm: string) {
    this.#dir = mkdtempSync(join(tmpdir(), 'cosim-sync-'));
    this.path = join(this.#dir, `${vm}.sock`);
    if (Buffer.byteLength(this.path) > MAX_SOCKET_PATH_BYTES) {
      // Node would bind a silently truncated path, which QEMU then cannot find.
      rmSync(this.#dir, { recursive: true, force: true });
      throw new GuestError(vm, 'start', `the sync socket path ${this.path} is over ${MAX_SOCKET_PATH_BYTES} bytes, the limit for Unix sockets; set TMPDIR to a shorter folder`);
    }
    this.#server = createServer();
    this.#accepted = new Promise((resolve, reject) => {
      this.#server.once('connection', resolve);
      // A path too long for a Unix socket (a deep TMPDIR), a full /tmp: say so.
      // A full /tmp, a TMPDIR we may not write to: say so instead of crashing.
      this.#server.once('error', (err: NodeJS.ErrnoException) =>
        reject(new GuestError(vm, 'start', `cannot listen on the sync socket ${this.path}: ${err.code ?? err.message}`, { cause: err })),
      );
    });
    this.#accepted.catch(() => undefined);
    this.#server.listen(this.path);
  }

  /** The first connection; a second one is refused by closing the listener. */
  async accept(): Promise<Socket> {
    try {
      return await this.#accepted;
    } finally {
      this.close();
    }
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
  #outputBytes = 0;
  /** Outputs must not be stamped before this: the last sync point, or the last output. */
  #earliestOutputNs = 0;
  #seq = 0;
  #reached: VmSyncPoint[] = [];
  #waiter: { resolve: (p: VmSyncPoint) => void; reject: (e: Error) => void } | undefined;
  #listener: { onSync: (p: VmSyncPoint) => void; onError: (e: Error) => void } | undefined;
  #batch: Buffer[] = [];
  #reachedNs = -1;
  /** The horizon last granted; QEMU's first stop is at 0, or at its snapshot's time after a restore (HELLO says which). */
  #grantedNs = 0;
  #failure: Error | undefined;
  #quitting = false;
  #framesDropped = 0;
  /** Outputs a restored VM made before its snapshot, handed over with its first sync point. */
  #replay: VmOutput[] | undefined;
  #snapshotWaiter: { resolve: (bytes: number) => void; reject: (e: Error) => void } | undefined;
  /** Why the socket ended, filled in by whoever knows more (the process wrapper). */
  describeExit: () => string | Promise<string> = () => 'QEMU closed the sync socket';

  /**
   * `replay`: for a VM restored from a snapshot, what it output before the
   * snapshot's sync point (recorded when the snapshot was made), given to
   * the engine with its first sync point as if it had just produced them.
   */
  constructor(name: string, socket: Socket, replay?: readonly Omit<VmOutput, 'seq'>[]) {
    this.name = name;
    if (replay) this.#replay = replay.map((o) => ({ ...o, seq: this.#seq++ }));
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

  /** The sync point the VM is stopped at, or -1 while it runs. */
  get reachedNs(): number {
    return this.#reachedNs;
  }

  /** Guest frames QEMU dropped so far because no FRAME_OUT can carry them (over 64 KiB), as of the last sync point. */
  get framesDropped(): number {
    return this.#framesDropped;
  }

  hello(): Promise<Hello> {
    if (this.#hello) return Promise.resolve(this.#hello);
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      this.#helloWaiter = { resolve, reject };
    });
  }

  /** The next sync point, for code that drives one VM by hand (tests, tools); the engine uses `listen`. */
  nextSync(): Promise<VmSyncPoint> {
    const ready = this.#reached.shift();
    if (ready) return Promise.resolve(ready);
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      this.#waiter = { resolve, reject };
    });
  }

  listen(onSync: (p: VmSyncPoint) => void, onError: (e: Error) => void): void {
    this.#listener = { onSync, onError };
    for (const p of this.#reached.splice(0)) onSync(p);
    if (this.#failure) onError(this.#failure);
  }

  sendFrame(port: number, bytes: Uint8Array, atNs: number): void {
    this.#batch.push(encodeMessage(MsgKind.FRAME_IN, port, this.#inputTime('FRAME_IN', atNs), bytes));
  }

  sendSerial(port: number, bytes: Uint8Array, atNs: number): void {
    const at = this.#inputTime('SERIAL_IN', atNs);
    for (let off = 0; off < bytes.length; off += 65536) {
      this.#batch.push(encodeMessage(MsgKind.SERIAL_IN, port, at, bytes.subarray(off, off + 65536)));
    }
  }

  flush(): void {
    if (this.#batch.length === 0) return;
    this.#socket.write(this.#batch.length === 1 ? this.#batch[0]! : Buffer.concat(this.#batch));
    this.#batch = [];
  }

  grant(horizonNs: number): void {
    const at = this.#atSyncPoint('GRANT');
    if (!(horizonNs > at)) throw new RangeError(`grant to ${horizonNs} ns is not after the sync point at ${at} ns`);
    this.#batch.push(encodeMessage(MsgKind.GRANT, 0, horizonNs));
    this.flush();
    this.#reachedNs = -1;
    this.#grantedNs = horizonNs;
  }

  /**
   * Answer the current sync point with SNAPSHOT: QEMU saves the VM into the
   * file named by its `snapshot=` option and exits. Resolves with the bytes
   * QEMU says it wrote.
   */
  snapshot(): Promise<number> {
    const at = this.#atSyncPoint('SNAPSHOT');
    return new Promise((resolve, reject) => {
      if (this.#failure) return reject(this.#failure);
      this.#snapshotWaiter = { resolve, reject };
      this.#socket.write(encodeMessage(MsgKind.SNAPSHOT, 0, at));
      this.#reachedNs = -1;
    });
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

  #inputTime(what: string, atNs: number): number {
    checkInputStamp(this.name, what, atNs, this.#reachedNs >= 0 ? this.#reachedNs : undefined, this.#grantedNs);
    return atNs;
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
            this.#grantedNs = this.#hello.startNs;
            this.#earliestOutputNs = this.#hello.startNs;
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
            this.#earliestOutputNs = clock.reachedNs;
            this.#framesDropped = clock.framesDropped;
            const point = { clock, outputs: this.#replay ? [...this.#replay, ...this.#outputs] : this.#outputs };
            this.#replay = undefined;
            this.#outputs = [];
            this.#outputBytes = 0;
            if (this.#listener) this.#listener.onSync(point);
            else if (this.#waiter) {
              this.#waiter.resolve(point);
              this.#waiter = undefined;
            } else this.#reached.push(point);
            break;
          }
          case MsgKind.SNAPSHOT_DONE: {
            if (!this.#snapshotWaiter) throw new ProtocolError(this.name, 'SNAPSHOT_DONE', msg.offset, 'no snapshot was asked for');
            const bytes = decodeSnapshotDone(this.name, msg);
            this.#quitting = true;
            this.#snapshotWaiter.resolve(bytes);
            this.#snapshotWaiter = undefined;
            break;
          }
          default:
            this.#checkOutput(msg.kind, msg.timeNs, msg.offset, msg.payload.length);
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

  /** An output must lie in the granted window, in time order, within the per-window byte bound. */
  #checkOutput(kind: number, timeNs: number, offset: number, bytes: number): void {
    const what = kindName(kind);
    if (this.#reachedNs >= 0) throw new ProtocolError(this.name, what, offset, `output while stopped at its sync point ${this.#reachedNs} ns`);
    if (timeNs < this.#earliestOutputNs || timeNs > this.#grantedNs) {
      throw new ProtocolError(
        this.name,
        what,
        offset,
        `stamped ${timeNs} ns, outside the window it was granted (${this.#earliestOutputNs} ns, after its last sync point or output, to ${this.#grantedNs} ns)`,
      );
    }
    this.#earliestOutputNs = timeNs;
    this.#outputBytes += bytes;
    if (this.#outputBytes > MAX_OUTPUT_BYTES_PER_SYNC) {
      throw new ProtocolError(this.name, what, offset, `over ${MAX_OUTPUT_BYTES_PER_SYNC} bytes of output before its next sync point`);
    }
  }

  #fail(err: Error): void {
    if (this.#failure === undefined) this.#listener?.onError(err);
    this.#failure ??= err;
    this.#waiter?.reject(this.#failure);
    this.#waiter = undefined;
    this.#helloWaiter?.reject(this.#failure);
    this.#helloWaiter = undefined;
    this.#snapshotWaiter?.reject(this.#failure);
    this.#snapshotWaiter = undefined;
  }
}
