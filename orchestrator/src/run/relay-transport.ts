// Carries a relay client's bytes to its guest through the engine. A request
// issued at simulated time t reaches the guest at t + RELAY_REACTION_NS: the
// delay is what lets a request issued in reaction to a reply (inside the
// reply's callback, at the reply's exact time) still land in the future of
// every VM, which is why the engine's lookahead never exceeds it.

import type { Calendar } from '../sim/calendar.js';

export const RELAY_REACTION_NS = 1_000_000;

export interface SerialDelivery {
  deliverSerial(vmIndex: number, port: number, bytes: Uint8Array): void;
}

export function relaySink(calendar: Calendar, engine: SerialDelivery, vmIndex: number, port: number): (bytes: Uint8Array) => void {
  return (bytes) => {
    calendar.after(RELAY_REACTION_NS, () => engine.deliverSerial(vmIndex, port, bytes));
  };
}
