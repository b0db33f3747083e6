// From boot to the experiment's time 0. When the last VM's agent says hello,
// every VM is configured through its agent (configure-hosts.ts), all at
// once, not as each comes up: no guest then sends a frame before every other
// has reached its snapshot point (snapshot/make-snapshot.ts). The experiment
// starts when the last one is configured, a deterministic moment. Guests
// that are not up by BOOT_LIMIT_NS of simulated time are named as hung.

import type { RelayClient } from '../relay/relay-client.js';
import type { ResolvedScenario } from '../scenario/types.js';
import type { Calendar } from '../sim/calendar.js';
import { configureMachine } from './configure-hosts.js';
import type { Machine } from './machines.js';

/** Guests that are not up after this much simulated time are reported as hung. */
export const BOOT_LIMIT_NS = 60_000_000_000;

export interface BringUpOptions {
  scenario: ResolvedScenario;
  machines: readonly Machine[];
  calendar: Calendar;
  /** Each VM's relay client, by VM index. */
  relays: readonly RelayClient[];
  log: (line: string) => void;
  fail: (reason: string) => void;
  /** Called once, at the experiment's time 0. */
  onStart: (epochNs: number) => void;
}

export class BringUp {
  /** Per VM: the kernel release its agent reported, once it did. */
  readonly kernelReleases: (string | undefined)[];
  /** The experiment's time 0, once every VM is configured. */
  epochNs: number | undefined;
  readonly #o: BringUpOptions;
  #configured = 0;

  constructor(options: BringUpOptions) {
    this.#o = options;
    this.kernelReleases = options.machines.map(() => undefined);
    options.calendar.schedule(BOOT_LIMIT_NS, () => this.#checkLimit());
  }

  /** VM `vm`'s agent said hello. */
  hello(vm: number, kernelRelease: string): void {
    this.kernelReleases[vm] = kernelRelease;
    if (this.kernelReleases.every((x) => x !== undefined)) this.#configureAll();
  }

  #configureAll(): void {
    const { machines, calendar, log } = this.#o;
    log(`all ${machines.length} guests up at ${(calendar.now / 1e9).toFixed(3)} s of simulated time; configuring their networks`);
    for (const m of machines) {
      configureMachine(m, this.#o.scenario, this.#o.relays[m.index]!, () => {
        if (++this.#configured === machines.length) this.#start();
      }, this.#o.fail);
    }
  }

  #start(): void {
    const epochNs = (this.epochNs = this.#o.calendar.now);
    this.#o.log(`all ${this.#o.machines.length} guests configured at ${(epochNs / 1e9).toFixed(3)} s of simulated time; experiment starts`);
    this.#o.onStart(epochNs);
  }

  #checkLimit(): void {
    if (this.epochNs !== undefined) return;
    const limit = `${BOOT_LIMIT_NS / 1e9} s of simulated time`;
    const late = this.#o.machines.filter((_, i) => this.kernelReleases[i] === undefined).map((m) => m.name);
    if (late.length === 0) this.#o.fail(`the guests were not configured within ${limit}`);
    else this.#o.fail(`${late.join(', ')} did not come up within ${limit} (see console/${late[0]}.log)`);
  }
}
