// One running QEMU: the process, its sync connection and its console log.
//
// QEMU exits on its own when the sync socket closes (even if the orchestrator
// is SIGKILLed); the stop controller also kills it on the orchestrator's exit.
// When QEMU ends early, the reason given names what the console shows (a
// kernel panic, our init's FATAL line) or QEMU's own last error line.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { GuestError } from '../errors.js';
import { qemuArgs, type VmLaunchSpec } from './qemu-command.js';
import { SyncConnection, SyncListener } from './sync-connection.js';
import type { Hello } from './sync-codec.js';
import type { VmOutput } from '../sim/vm-endpoint.js';

/**
 * Who keeps track of the QEMU processes, so that no path out of the
 * orchestrator leaves one running (the run's stop controller).
 */
export interface ProcessKeeper {
  track(child: ChildProcess): void;
}

export interface QemuExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const CONNECT_TIMEOUT_MS = 30_000;

export class QemuVm {
  readonly name: string;
  readonly sync: SyncConnection;
  readonly hello: Hello;
  readonly exited: Promise<QemuExit>;
  readonly #child: ChildProcess;
  readonly #stderr: string[];
  readonly #consoleLogPath: string;

  private constructor(name: string, child: ChildProcess, sync: SyncConnection, hello: Hello, exited: Promise<QemuExit>, stderr: string[], consoleLogPath: string) {
    this.name = name;
    this.#child = child;
    this.sync = sync;
    this.hello = hello;
    this.exited = exited;
    this.#stderr = stderr;
    this.#consoleLogPath = consoleLogPath;
  }

  /** Start QEMU and wait for its HELLO. */
  static async start(
    name: string,
    binary: string,
    spec: Omit<VmLaunchSpec, 'syncSocketPath'>,
    keeper?: ProcessKeeper,
    extraArgs: readonly string[] = [],
    replay?: readonly Omit<VmOutput, 'seq'>[],
  ): Promise<QemuVm> {
    const listener = new SyncListener(name);
    // Its own process group: a terminal's Ctrl-C goes to the orchestrator,
    // which stops the run cleanly; QEMU hearing it too would look like a guest
    // that died. QEMU still dies with the orchestrator (PR_SET_PDEATHSIG).
    const child = spawn(binary, [...extraArgs, ...qemuArgs({ ...spec, syncSocketPath: listener.path })], {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    keeper?.track(child);
    const stderr: string[] = [];
    child.stderr?.setEncoding('utf8').on('data', (s: string) => {
      stderr.push(s);
      if (stderr.length > 50) stderr.shift();
    });
    const exited = new Promise<QemuExit>((resolve) => {
      child.once('exit', (code, signal) => resolve({ code, signal }));
      child.once('error', () => resolve({ code: null, signal: null }));
    });
    const spawnError = new Promise<never>((_, reject) => {
      child.once('error', (err) => reject(new GuestError(name, 'start', `cannot run ${binary}: ${err.message}`, { cause: err })));
    });
    const earlyExit = exited.then((e): never => {
      throw new GuestError(name, 'start', `QEMU exited before connecting (${describe(e)}): ${lastLine(stderr)}`);
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new GuestError(name, 'start', `QEMU did not connect within ${CONNECT_TIMEOUT_MS / 1000} s`)), CONNECT_TIMEOUT_MS);
    });
    try {
      const socket = await Promise.race([listener.accept(), spawnError, earlyExit, timeout]);
      const sync = new SyncConnection(name, socket, replay);
      // The socket closes before QEMU's last words reach us: wait for the exit.
      sync.describeExit = async () => {
        const exit = await Promise.race([exited, sleep(2000).then(() => undefined)]);
        return describeExit(stderr, spec.consoleLogPath, exit);
      };
      const hello = await Promise.race([sync.hello(), timeout]);
      return new QemuVm(name, child, sync, hello, exited, stderr, spec.consoleLogPath);
    } catch (err) {
      child.kill('SIGKILL');
      throw err;
    } finally {
      clearTimeout(timer);
      listener.close();
      earlyExit.catch(() => undefined);
      spawnError.catch(() => undefined);
    }
  }

  /** Why QEMU is gone, from what the guest's console and QEMU's stderr say. */
  describeExit(): string {
    return describeExit(this.#stderr, this.#consoleLogPath);
  }

  /** CPU seconds QEMU has used so far (user + system, all threads), or undefined once it is gone. */
  cpuSeconds(): number | undefined {
    try {
      // Fields after the parenthesized command: utime and stime are the 12th and 13th (in clock ticks, 100 per second on Linux).
      const stat = readFileSync(`/proc/${this.#child.pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(f[11]) + Number(f[12])) / 100;
    } catch {
      return undefined;
    }
  }

  get pid(): number | undefined {
    return this.#child.pid;
  }

  /** Ask QEMU to quit at its current sync point and wait for the process; kill it if it lingers. */
  async quit(graceMs = 5000): Promise<QemuExit> {
    await Promise.race([this.sync.quit(), sleep(graceMs)]);
    const exit = await Promise.race([this.exited, sleep(graceMs).then(() => undefined)]);
    if (exit) return exit;
    this.kill();
    return this.exited;
  }

  kill(): void {
    this.sync.close();
    this.#child.kill('SIGKILL');
  }
}

/** Why QEMU is gone, from the guest's console, QEMU's stderr and its exit (exported for tests). */
export function describeExit(stderr: string[], consoleLogPath: string, exit?: QemuExit): string {
  const consoleText = existsSync(consoleLogPath) ? readFileSync(consoleLogPath, 'latin1') : '';
  const fatal = /cosim-init: FATAL: .*/.exec(consoleText)?.[0];
  if (fatal) return `the guest's init failed: ${fatal.replace('cosim-init: FATAL: ', '')}`;
  const panic = /Kernel panic - not syncing: .*/.exec(consoleText)?.[0];
  if (panic) return `the guest kernel panicked: ${panic.trim()}`;
  // QEMU runs with -no-reboot, so a guest that reboots or powers off ends QEMU with status 0 and nothing on stderr.
  const down = /reboot: (Restarting system|Power down|System halted)/.exec(consoleText)?.[1];
  if (down) {
    const what = down === 'Restarting system' ? 'rebooted' : down === 'Power down' ? 'powered off' : 'halted';
    return `the guest ${what} itself (its kernel said "reboot: ${down}"): a program in it (an action's reboot, poweroff or halt?) ended the VM`;
  }
  const err = lastLine(stderr);
  if (err) return `QEMU ended: ${err}`;
  if (exit?.signal) return `QEMU was killed by ${exit.signal} (not by this run)`;
  if (exit && exit.code !== null) return `QEMU exited with status ${exit.code} and said nothing`;
  return 'QEMU closed the sync socket';
}

function describe(e: QemuExit): string {
  return e.signal ? `signal ${e.signal}` : `status ${e.code}`;
}

function lastLine(lines: string[]): string {
  return lines.join('').trim().split('\n').pop() ?? '';
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
