// Carries relay clients' bytes to their guests. A request issued at simulated
// time t reaches the guest at t + RELAY_REACTION_NS: it is sent to QEMU at
// once, stamped. The delay is what lets a request issued in reaction to a
// reply (inside the reply's handler, at the reply's exact time) still land in
// the future of every VM.
//
// It is also an input source for the engine: requests come only from
// calendar events scheduled through `at` (flow steps, actions) and from
// handlers of what agents send (hellos, replies to requests that react), so
// a VM may run to the reaction time past the earliest of those. Outstanding
// requests whose replies cause nothing (a bulk write to the end of the run, a
// sampler) do not hold anyone back.

import { RELAY_REACTION_NS } from '../relay/reaction-time.js';
import type { Calendar } from '../sim/calendar.js';
import type { InputSource, SyncView } from '../sim/conservative-sync.js';

/** Where relay bytes for one VM go: its lane. */
export interface SerialInput {
  sendSerial(port: number, bytes: Uint8Array, atNs: number): void;
}

/** A relay client as the transport sees it (by VM index). */
export interface ReactingParty {
  readonly mayReact: boolean;
}

export class RelayTransport implements InputSource {
  readonly #calendar: Calendar;
  readonly #inputs: readonly SerialInput[];
  #parties: readonly ReactingParty[] = [];
  /** Times of scheduled events that may issue requests, sorted. */
  readonly #scheduled: number[] = [];

  constructor(calendar: Calendar, inputs: readonly SerialInput[]) {
    this.#calendar = calendar;
    this.#inputs = inputs;
  }

  /** The relay clients, by VM index. */
  watch(parties: readonly ReactingParty[]): void {
    this.#parties = parties;
  }

  /** The send function for VM `vm`'s relay client on serial port `port`. */
  sink(vm: number, port: number): (bytes: Uint8Array) => void {
    return (bytes) => this.#inputs[vm]!.sendSerial(port, bytes, this.#calendar.now + RELAY_REACTION_NS);
  }

  /** Run `issue` at `atNs`: an event that may issue requests to any VM. */
  at(atNs: number, issue: () => void): void {
    let i = this.#scheduled.length;
    while (i > 0 && this.#scheduled[i - 1]! > atNs) i--;
    this.#scheduled.splice(i, 0, atNs);
    this.#calendar.schedule(atNs, () => {
      // Events run in time order, so this one is the earliest still listed.
      this.#scheduled.shift();
      issue();
    });
  }

  earliestNewInputNs(_vm: number, view: SyncView): number {
    let earliest = this.#scheduled[0] ?? Infinity;
    for (const [j, party] of this.#parties.entries()) if (party.mayReact) earliest = Math.min(earliest, view.nextOutputNs(j));
    return earliest + RELAY_REACTION_NS;
  }
}
