// What travels through the network model, and the two port shapes entities
// join with: a sink receives frames pushed to it; a source hands frames out
// when the consumer is ready (a link pulls from the queue in front of it).

/** An Ethernet frame (no preamble, no FCS) with an id for tracing. */
export interface Frame {
  readonly bytes: Uint8Array;
  readonly id: number;
}

/**
 * Numbers frames in the order they enter the network (for traces: the
 * timeline names each frame by it). One per run; its order is the engine's
 * canonical delivery order, so the numbers are the same on every run.
 */
export class FrameNumbering {
  #next = 0;

  next(): number {
    return this.#next++;
  }
}

/** The shortest frame anything carries: an Ethernet header (the sync protocol's minimum too). */
export const MIN_FRAME_BYTES = 14;

export interface FrameSink {
  receive(frame: Frame): void;
}

/**
 * A far end that takes frames ahead of time, each stamped with the time it
 * arrives (>= now): a VM's NIC, where the patched QEMU injects the frame at
 * exactly that time.
 */
export interface TimedFrameSink {
  receiveAt(frame: Frame, atNs: number): void;
}

export interface FrameSource {
  /** The next frame, or undefined when empty. */
  dequeue(): Frame | undefined;
  /** Called whenever a frame becomes available. */
  onReady(listener: () => void): void;
}

/** The 48-bit MAC address at `offset` as a number (exact: below 2^53). */
export function macAt(bytes: Uint8Array, offset: number): number {
  let v = 0;
  for (let i = 0; i < 6; i++) v = v * 256 + (bytes[offset + i] ?? 0);
  return v;
}

/** True for broadcast and multicast destinations (the I/G bit). */
export function isGroupAddress(bytes: Uint8Array): boolean {
  return ((bytes[0] ?? 0) & 1) === 1;
}

/** A device with several Ethernet ports (switch, hub). */
export interface L2Device {
  /**
   * Adds a port whose outgoing frames go to `egress`, and returns the sink
   * that frames arriving on the port must be given to.
   */
  attach(egress: FrameSink): FrameSink;
}
