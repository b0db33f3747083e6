// What travels through the network model, and the two port shapes entities
// join with: a sink receives frames pushed to it; a source hands frames out
// when the consumer is ready (a link pulls from the queue in front of it).

/** An Ethernet frame (no preamble, no FCS) with an id for tracing. */
export interface Frame {
  readonly bytes: Uint8Array;
  readonly id: number;
}

export interface FrameSink {
  receive(frame: Frame): void;
}

export interface FrameSource {
  /** The next frame, or undefined when empty. */
  dequeue(): Frame | undefined;
  /** Called whenever a frame becomes available. */
  onReady(listener: () => void): void;
}
