// A repeater: every frame that arrives on one port leaves on all the others,
// at once. Collisions are not modelled (the links in front of the hub are
// full duplex); what a hub adds to a segment is that every NIC sees every
// frame, which is what pcap users of shared Ethernet expect.

import type { Frame, FrameSink, L2Device } from './frame.js';

export class Hub implements L2Device {
  readonly name: string;
  readonly #egress: FrameSink[] = [];
  repeated = 0;

  constructor(name: string) {
    this.name = name;
  }

  attach(egress: FrameSink): FrameSink {
    const port = this.#egress.length;
    this.#egress.push(egress);
    return { receive: (frame) => this.#repeat(port, frame) };
  }

  #repeat(ingress: number, frame: Frame): void {
    this.repeated++;
    // Ports in attach order, so a frame's copies are always scheduled alike.
    this.#egress.forEach((out, port) => {
      if (port !== ingress) out.receive(frame);
    });
  }
}
