// A transparent learning bridge (IEEE 802.1D without spanning tree): it
// learns which port each source MAC lives behind, forwards known unicast to
// that one port, and floods broadcast, multicast and unknown unicast to every
// port but the one the frame came in on. Forwarding takes no simulated time;
// the links on either side carry the serialization and propagation delays.
// The topology must be loop-free: there is no spanning tree to break loops.

import type { Calendar } from '../sim/calendar.js';
import { type Frame, type FrameSink, type L2Device, isGroupAddress, macAt } from './frame.js';
import { TracePoint } from './trace-point.js';

export interface LearningSwitchOptions {
  /** How long a learned address stays valid without traffic from it (802.1D default 300 s). */
  agingNs?: number;
}

export interface SwitchCounters {
  /** Frames sent to exactly one port. */
  forwarded: number;
  /** Frames copied to every other port (group or unknown destination). */
  flooded: number;
  /** Frames whose destination lives behind the port they came in on. */
  filtered: number;
}

interface Entry {
  port: number;
  seenNs: number;
}

export class LearningSwitch implements L2Device {
  readonly name: string;
  readonly agingNs: number;
  readonly counters: SwitchCounters = { forwarded: 0, flooded: 0, filtered: 0 };
  /** Emitted when an address is learned or moves to another port. */
  readonly learned = new TracePoint<{ mac: number; port: number }>('learned');
  readonly #calendar: Calendar;
  readonly #egress: FrameSink[] = [];
  readonly #table = new Map<number, Entry>();

  constructor(calendar: Calendar, options: LearningSwitchOptions, name: string) {
    const agingNs = options.agingNs ?? 300_000_000_000;
    if (!Number.isSafeInteger(agingNs) || agingNs <= 0) throw new RangeError(`switch ${name}: agingNs must be a positive integer, got ${agingNs}`);
    this.#calendar = calendar;
    this.name = name;
    this.agingNs = agingNs;
  }

  attach(egress: FrameSink): FrameSink {
    const port = this.#egress.length;
    this.#egress.push(egress);
    return { receive: (frame) => this.#receive(port, frame) };
  }

  /** The port `mac` was last seen behind, if still fresh. */
  portOf(mac: number): number | undefined {
    const e = this.#table.get(mac);
    return e && this.#calendar.now - e.seenNs < this.agingNs ? e.port : undefined;
  }

  #receive(ingress: number, frame: Frame): void {
    if (frame.bytes.length < 14) return;
    const now = this.#calendar.now;
    const src = macAt(frame.bytes, 6);
    if (!isSourceGroup(frame.bytes)) {
      const old = this.#table.get(src);
      if (old?.port !== ingress) this.learned.emit({ mac: src, port: ingress });
      this.#table.set(src, { port: ingress, seenNs: now });
    }
    const out = isGroupAddress(frame.bytes) ? undefined : this.portOf(macAt(frame.bytes, 0));
    if (out === undefined) {
      this.counters.flooded++;
      this.#egress.forEach((sink, port) => {
        if (port !== ingress) sink.receive(frame);
      });
    } else if (out === ingress) {
      this.counters.filtered++;
    } else {
      this.counters.forwarded++;
      this.#egress[out]!.receive(frame);
    }
  }
}

/** A group source address is invalid on the wire; never learn it. */
function isSourceGroup(bytes: Uint8Array): boolean {
  return ((bytes[6] ?? 0) & 1) === 1;
}
