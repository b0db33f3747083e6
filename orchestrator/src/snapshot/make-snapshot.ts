// Make one host's snapshot: boot it alone, to the first sync point after its
// relay agent said hello, and have QEMU save it there (SNAPSHOT,
// qemu-patches/PROTOCOL.md).
//
// A guest gets no input before its agent is ready in a cold run either (the
// relay sends its first request when every agent is up, and links carry
// nothing a guest did not answer), so booting it alone gives the state a cold
// run has at the same sync point. Which sync point: the guest is granted
// horizons RELAY_REACTION_NS apart while it runs, and up to RELAY_REACTION_NS
// past its next timer while it idles, so the snapshot point S is at most
// RELAY_REACTION_NS after the hello. Every input of a cold run comes at least
// that long after the last hello, so none lands before S: the restored guest
// misses nothing (and an input at S itself is delivered after REACHED{S},
// as in a cold run).

import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { GuestError, OutputError } from '../errors.js';
import { makeDirs } from '../results/results-dir.js';
import { QemuVm } from '../qemu/qemu-vm.js';
import type { VmLaunchSpec } from '../qemu/qemu-command.js';
import { RelayClient } from '../relay/relay-client.js';
import type { ProcessKeeper } from '../qemu/qemu-vm.js';
import { RELAY_REACTION_NS } from '../relay/reaction-time.js';
import type { VmOutput } from '../sim/vm-endpoint.js';
import {
  CONSOLE_FILE,
  META_FILE,
  type SnapshotInputs,
  type SnapshotMeta,
  STATE_FILE,
  sha256OfFile,
  snapshotKey,
  snapshotsDir,
  writeSnapshotMeta,
} from './snapshot-cache.js';

/** A guest whose agent is not up after this much simulated time is reported, as in a run. */
export const SNAPSHOT_BOOT_LIMIT_NS = 60_000_000_000;

/** What making a snapshot needs from the run's stop controller: its processes, and whether to give up. */
export interface SnapshotStop extends ProcessKeeper {
  readonly reason: string | undefined;
}

export interface MakeSnapshotOptions {
  stop?: SnapshotStop;
  /** Progress lines (booting, saving, done). */
  log?: (line: string) => void;
  /** Wall-clock limit for the guest to reach its next sync point (default 120 s). */
  syncTimeoutMs?: number;
}

/**
 * Boot `name` alone, save it at agent-ready into the cache and return the
 * snapshot's record. The spec's console and snapshot paths are ours to set.
 */
export async function makeSnapshot(
  name: string,
  binary: string,
  spec: Omit<VmLaunchSpec, 'syncSocketPath' | 'consoleLogPath' | 'snapshotPath' | 'restoreFrom'>,
  inputs: SnapshotInputs,
  options: MakeSnapshotOptions = {},
): Promise<SnapshotMeta> {
  const log = options.log ?? (() => undefined);
  const key = snapshotKey(inputs);
  const root = snapshotsDir();
  const final = join(root, key);
  const tmp = join(root, `${key}.tmp-${process.pid}-${Date.now()}`);
  // The temporary folder goes when this ends; a failed boot's console is kept here, where the error names it.
  const failedConsole = join(root, `${key}.failed-console.log`);
  removeAbandonedTmp(root);
  // Not a recursive mkdir, which spins for ever under /proc (COSIM_SNAPSHOT_DIR=/proc/...).
  try {
    makeDirs(tmp);
  } catch (err) {
    if (!(err instanceof OutputError)) throw err;
    throw new OutputError(err.path, err.cause, { before: `cannot make a snapshot in ${root}`, after: 'set COSIM_SNAPSHOT_DIR to a folder you can write, or run with --no-snapshot' });
  }
  const wallStart = Date.now();
  let vm: QemuVm | undefined;
  try {
    vm = await QemuVm.start(name, binary, { ...spec, consoleLogPath: join(tmp, CONSOLE_FILE), snapshotPath: join(tmp, STATE_FILE) }, options.stop);
    let agentReadyNs: number | undefined;
    let outputTimeNs = 0;
    const relay = new RelayClient(
      name,
      () => {
        throw new Error(`internal: a request to ${name} while its snapshot is made`);
      },
      { hello: () => (agentReadyNs = outputTimeNs) },
    );
    const outputs: VmOutput[] = [];
    let lastLogMs = Date.now();
    const limitMs = options.syncTimeoutMs ?? 120_000;
    for (;;) {
      const point = await withTimeout(vm.sync.nextSync(), limitMs, () => new GuestError(name, 'snapshot', `stopped answering: no sync point within ${limitMs / 1000} s of wall time`));
      for (const o of point.outputs) {
        outputs.push(o);
        outputTimeNs = o.timeNs;
        if (o.kind === 'serial') relay.receive(o.bytes);
      }
      const c = point.clock;
      if (agentReadyNs !== undefined) break;
      if (options.stop?.reason !== undefined) throw new GuestError(name, 'snapshot', options.stop.reason);
      if (c.reachedNs > SNAPSHOT_BOOT_LIMIT_NS) {
        throw new GuestError(name, 'snapshot', `its relay agent did not come up within ${SNAPSHOT_BOOT_LIMIT_NS / 1e9} s of simulated time (see ${failedConsole})`);
      }
      if (Date.now() - lastLogMs > 2000) {
        lastLogMs = Date.now();
        log(`snapshot ${name}: booting, ${(c.reachedNs / 1e9).toFixed(3)} s of simulated time, ${((Date.now() - wallStart) / 1000).toFixed(1)} s of wall time`);
      }
      const from = c.idle && Number.isFinite(c.nextDeadlineNs) ? c.nextDeadlineNs : c.reachedNs;
      vm.sync.grant(from + RELAY_REACTION_NS);
    }
    // The sync point the loop stopped at is the snapshot's.
    const snapshotNs = vm.sync.reachedNs;
    log(`snapshot ${name}: agent ready at ${(agentReadyNs / 1e9).toFixed(3)} s; saving the VM at ${(snapshotNs / 1e9).toFixed(3)} s`);
    const stateBytes = await vm.sync.snapshot();
    const exit = await vm.exited;
    if (exit.code !== 0) throw new GuestError(name, 'snapshot', `QEMU exited with ${exit.signal ?? `status ${exit.code}`} after saving: ${vm.describeExit()}`);
    const statePath = join(tmp, STATE_FILE);
    const meta: SnapshotMeta = {
      key,
      inputs,
      snapshotNs,
      agentReadyNs,
      stateBytes,
      stateSha256: sha256OfFile(statePath),
      consoleSha256: sha256OfFile(join(tmp, CONSOLE_FILE)),
      outputs: outputs.map((o) => ({ kind: o.kind, port: o.port, timeNs: o.timeNs, bytes: Buffer.from(o.bytes).toString('base64') })),
      makeWallSeconds: (Date.now() - wallStart) / 1000,
      createdAt: new Date().toISOString(),
    };
    writeSnapshotMeta(tmp, meta);
    // Another run may have made the same one meanwhile: theirs is as good.
    rmSync(final, { recursive: true, force: true });
    try {
      renameSync(tmp, final);
    } catch (err) {
      if (!existsSync(join(final, META_FILE))) throw err;
    }
    log(`snapshot ${name}: ${(stateBytes / 1e6).toFixed(1)} MB in ${meta.makeWallSeconds.toFixed(1)} s: ${final}`);
    return meta;
  } catch (err) {
    vm?.kill();
    try {
      if (existsSync(join(tmp, CONSOLE_FILE))) copyFileSync(join(tmp, CONSOLE_FILE), failedConsole);
    } catch {
      // The error itself says what failed; a console that cannot be kept must not hide it.
    }
    throw err;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Remove the temporary folders of snapshots whose maker is gone: a process
 * killed with SIGKILL while it saved one left `<key>.tmp-<pid>-<ms>` in the
 * cache for ever (issue 26, finding 19). A folder whose pid lives is left
 * alone (another run making that snapshot now, or, rarely, a reused pid).
 */
export function removeAbandonedTmp(root: string): void {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(/\.tmp-(\d+)-\d+$/.exec(name)?.[1]);
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || isAlive(pid)) continue;
    rmSync(join(root, name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The console text a restored run starts from: what the guest printed before its snapshot. */
export function copySnapshotConsole(dir: string, to: string): void {
  copyFileSync(join(dir, CONSOLE_FILE), to);
}

export function readSnapshotConsole(dir: string): string {
  return readFileSync(join(dir, CONSOLE_FILE), 'latin1');
}

function withTimeout<T>(p: Promise<T>, ms: number, error: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(error()), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
