// One VM as the engine sees it: the one home for "where is this VM, what may
// it do next, and where do its inputs and outputs go". It records each sync
// point the VM reports and the outputs that came with it (until the engine
// delivers them), stamps and sends inputs, remembers which of them the guest
// has not been given yet, and grants horizons. It also holds the check that
// keeps runs deterministic: an input stamped before the point at which the VM
// will next read its socket would reach a guest that has already run past it.
//
// A frame's way through the orchestrator passes here twice. Out: the engine
// hands the lane each output at its stamp (`deliver`); a frame goes to the
// guest NIC it was sent on, which hands it to the queue in front of that
// NIC's link (net/queue.ts, then net/link.ts). In: the link at the far end
// gives the frame to that guest's NIC with its arrival time (`receiveAt`),
// and the NIC's lane stamps it and sends it to QEMU ahead of time.
//
// A VM holding virtual IP hosts carries each virtual host's NIC on its own
// 802.1Q VLAN of its port 0: the NIC tags frames going in and the lane
// untags those coming out, so the network sees each virtual host's own
// untagged frames.
//
// A NIC with offloads (a host's own, never a VLAN) gets and gives every
// frame behind QEMU's virtio-net header: it completes the checksums the
// guest left partial and cuts TCP segments of up to 64 KiB into wire
// frames (net/segmentation.ts), so the network only ever sees wire frames;
// frames into the guest get a header that says whether their checksum was
// checked, and with LRO in-order segments are merged first
// (net/offloading-nic.ts).

import type { Frame, FrameNumbering, FrameSink, TimedFrameSink } from '../net/frame.js';
import { OffloadingNic, type OffloadTimer } from '../net/offloading-nic.js';
import { tagFrame, untagFrame } from '../net/vlan-tag.js';
import { earliestOutputNs, type VmClock } from '../sim/conservative-sync.js';
import { checkInputStamp, type VmEndpoint, type VmOutput, type VmSyncPoint } from '../sim/vm-endpoint.js';
import type { NicOffloads } from '../scenario/types.js';

/** Where the bytes a VM writes on a serial port go: its relay client. */
export interface SerialReceiver {
  receive(bytes: Uint8Array): void;
}

/**
 * One NIC of a guest: the far end of the link into it and the near end of
 * the link out of it. A host of its own has one per sync port; a virtual
 * host's is a VLAN of its VM's port 0.
 */
export class GuestNic implements TimedFrameSink {
  readonly lane: VmLane;
  readonly port: number;
  /** The 802.1Q VLAN this NIC is on its port, or 0 for none. */
  readonly vlanId: number;
  /** Frames the guest sent on this NIC while no link leaves it. */
  unrouted = 0;
  /** What this NIC offloads, or undefined: then frames cross the sync socket without a header. */
  readonly offloads: OffloadingNic | undefined;
  readonly #numbering: FrameNumbering;
  #uplink: FrameSink | undefined;

  /** `timer` (the calendar) is needed for LRO only. */
  constructor(lane: VmLane, port: number, vlanId: number, numbering: FrameNumbering, offloads?: NicOffloads, timer?: OffloadTimer) {
    if (offloads && vlanId !== 0) throw new RangeError(`VM ${lane.name}: a VLAN NIC has no offloads`);
    this.lane = lane;
    this.port = port;
    this.vlanId = vlanId;
    this.#numbering = numbering;
    this.offloads = offloads && new OffloadingNic(offloads, (bytes, atNs) => lane.sendFrame(port, bytes, atNs), timer);
  }

  /** The VM this NIC is in (its lane's index): links into it bound how far that VM may run. */
  get vm(): number {
    return this.lane.index;
  }

  /** The queue in front of the link leaving this NIC. */
  connect(uplink: FrameSink): void {
    this.#uplink = uplink;
  }

  /** A frame for the guest, arriving at `atNs` (not before now): tagged if need be, stamped and sent to QEMU ahead of time. */
  receiveAt(frame: Frame, atNs: number): void {
    if (this.offloads) {
      this.offloads.toGuest(frame.bytes, atNs);
      return;
    }
    this.lane.sendFrame(this.port, this.vlanId ? tagFrame(frame.bytes, this.vlanId) : frame.bytes, atNs);
  }

  /**
   * A frame the guest sent on this NIC (untagged; behind a virtio-net
   * header if it has offloads), at the calendar's current time: into the
   * network as wire frames, numbered.
   */
  transmit(bytes: Uint8Array): void {
    if (!this.#uplink) {
      this.unrouted++;
      return;
    }
    if (!this.offloads) {
      this.#uplink.receive({ bytes, id: this.#numbering.next() });
      return;
    }
    for (const f of this.offloads.fromGuest(bytes)) this.#uplink.receive({ bytes: f, id: this.#numbering.next() });
  }
}

export class VmLane {
  readonly index: number;
  readonly name: string;
  /** What the VM reported at its last sync point (undefined before the first). */
  clock: VmClock | undefined;
  /** Stopped at its last reported sync point, waiting for a grant. */
  stopped = false;
  grantedNs = 0;
  /** Wall-clock ms of the last grant: only for the hang watchdog. */
  grantedAtMs = 0;
  syncPoints = 0;
  #endpoint: VmEndpoint | undefined;
  /** Outputs reported and not delivered yet, in production order. */
  #outputs: VmOutput[] = [];
  #outputHead = 0;
  /** Stamps of inputs sent that the guest may not have been given yet, sorted. */
  #inputs: number[] = [];
  #inputHead = 0;
  #unflushed = false;
  /** NICs by port, for a VM that is one host. */
  readonly #byPort = new Map<number, GuestNic>();
  /** NICs by VLAN of port 0, for a VM of virtual hosts. */
  readonly #byVlan = new Map<number, GuestNic>();
  readonly #serial = new Map<number, SerialReceiver>();
  /** Frames out of the VM that belong to no NIC (untagged or on an unknown VLAN in a VM of virtual hosts, or on a port with no NIC). */
  strayFrames = 0;

  constructor(index: number, name: string) {
    this.index = index;
    this.name = name;
  }

  /** A NIC on `port`, or on VLAN `vlanId` of port 0 (a virtual host's); frames it gets are numbered by `numbering`. */
  addNic(port: number, vlanId: number, numbering: FrameNumbering, offloads?: NicOffloads, timer?: OffloadTimer): GuestNic {
    if (vlanId !== 0 && port !== 0) throw new RangeError(`VM ${this.name}: a VLAN NIC must be on port 0, not ${port}`);
    if ((vlanId !== 0 ? this.#byPort : this.#byVlan).size > 0) throw new RangeError(`VM ${this.name}: its NICs are either one per port or VLANs of port 0, not both`);
    const nic = new GuestNic(this, port, vlanId, numbering, offloads, timer);
    if (vlanId !== 0) this.#byVlan.set(vlanId, nic);
    else this.#byPort.set(port, nic);
    return nic;
  }

  /** When a segment one of its NICs holds for merging (LRO) reaches the guest at the latest; Infinity if none. */
  heldInputNs(): number {
    let t = Infinity;
    for (const nic of this.#byPort.values()) t = Math.min(t, nic.offloads?.heldUntilNs ?? Infinity);
    return t;
  }

  /** Where the VM's bytes on serial port `port` go. */
  connectSerial(port: number, receiver: SerialReceiver): void {
    this.#serial.set(port, receiver);
  }

  /**
   * Hand one output to where it goes, at `calendar.now === output.timeNs`:
   * a frame to the NIC it was sent on, serial bytes to the port's receiver.
   */
  deliver(output: VmOutput): void {
    if (output.kind === 'serial') {
      this.#serial.get(output.port)?.receive(output.bytes);
      return;
    }
    if (this.#byVlan.size === 0) {
      const nic = this.#byPort.get(output.port);
      if (nic) nic.transmit(output.bytes);
      else this.strayFrames++;
      return;
    }
    const untagged = output.port === 0 ? untagFrame(output.bytes) : undefined;
    const nic = untagged && this.#byVlan.get(untagged.vlanId);
    if (nic) nic.transmit(untagged.frame);
    else this.strayFrames++;
  }

  /** The VM behind this lane, once it has started. */
  attach(endpoint: VmEndpoint): void {
    this.#endpoint = endpoint;
  }

  get endpoint(): VmEndpoint {
    if (!this.#endpoint) throw new Error(`internal: VM ${this.name} has not started`);
    return this.#endpoint;
  }

  /** Where the VM is, as far as the engine knows: its last sync point. */
  get reachedNs(): number {
    return this.clock?.reachedNs ?? 0;
  }

  reached(point: VmSyncPoint): void {
    const t = point.clock.reachedNs;
    this.clock = point.clock;
    this.stopped = true;
    this.syncPoints++;
    for (const o of point.outputs) this.#outputs.push(o);
    // Inputs stamped before this point are in the guest; those stamped at it may still be on their way.
    while (this.#inputHead < this.#inputs.length && this.#inputs[this.#inputHead]! < t) this.#inputHead++;
    if (this.#inputHead > 1024 && this.#inputHead * 2 > this.#inputs.length) {
      this.#inputs = this.#inputs.slice(this.#inputHead);
      this.#inputHead = 0;
    }
  }

  sendFrame(nic: number, bytes: Uint8Array, atNs: number): void {
    this.#stamp('frame', atNs);
    this.endpoint.sendFrame(nic, bytes, atNs);
  }

  sendSerial(port: number, bytes: Uint8Array, atNs: number): void {
    this.#stamp('relay bytes', atNs);
    this.endpoint.sendSerial(port, bytes, atNs);
  }

  /** The first output not delivered yet, if any. */
  peekOutput(): VmOutput | undefined {
    return this.#outputs[this.#outputHead];
  }

  takeOutput(): VmOutput {
    const o = this.#outputs[this.#outputHead++]!;
    if (this.#outputHead === this.#outputs.length) {
      this.#outputs = [];
      this.#outputHead = 0;
    }
    return o;
  }

  /**
   * The earliest stamp of an output of this VM not delivered yet: one it
   * reported, or one it may still produce. An idle VM produces nothing
   * before its next timer or its next input: one it was sent, or a new one
   * no earlier than `newInputNs`.
   */
  nextOutputNs(useIdle: boolean, newInputNs = -Infinity): number {
    const pending = this.peekOutput()?.timeNs ?? Infinity;
    if (!this.clock) return Math.min(pending, 0);
    const nextInputNs = Math.min(this.#inputs[this.#inputHead] ?? Infinity, newInputNs);
    return Math.min(pending, earliestOutputNs(this.clock, nextInputNs, useIdle));
  }

  grant(horizonNs: number, wallMs: number): void {
    this.endpoint.grant(horizonNs);
    this.stopped = false;
    this.grantedNs = horizonNs;
    this.grantedAtMs = wallMs;
    this.#unflushed = false;
  }

  /** Write inputs queued while the VM runs (a stopped VM gets them with its grant). */
  flush(): void {
    if (!this.#unflushed) return;
    this.endpoint.flush();
    this.#unflushed = false;
  }

  #stamp(what: string, atNs: number): void {
    if (!this.clock) throw new Error(`internal: ${what} for VM ${this.name} before its first sync point`);
    checkInputStamp(`VM ${this.name}`, what, atNs, this.stopped ? this.reachedNs : undefined, this.grantedNs);
    let i = this.#inputs.length;
    while (i > this.#inputHead && this.#inputs[i - 1]! > atNs) i--;
    this.#inputs.splice(i, 0, atNs);
    this.#unflushed = true;
  }
}
