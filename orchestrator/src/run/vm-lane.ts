// One VM as the engine sees it: the one home for "where is this VM, and what
// may it do next". It records each sync point the VM reports and the outputs
// that came with it (until the engine injects them), stamps and sends inputs,
// remembers which of them the guest has not been given yet, and grants
// horizons. It also holds the check that keeps runs deterministic: an input
// stamped before the point at which the VM will next read its socket would
// reach a guest that has already run past it.
//
// A VM holding virtual IP hosts carries each virtual host's NIC on its own
// 802.1Q VLAN of its NIC: the lane tags frames going in and untags those
// coming out, so the network sees each virtual host's own untagged frames.

import type { HostFrameInput } from './build-network.js';
import { tagFrame, untagFrame } from '../net/vlan-tag.js';
import type { NicPlace } from './machines.js';
import { earliestOutputNs, type VmClock } from '../sim/conservative-sync.js';
import type { VmEndpoint, VmOutput, VmSyncPoint } from '../sim/vm-endpoint.js';

export class VmLane implements HostFrameInput {
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
  /** Outputs reported and not injected yet, in production order. */
  #outputs: VmOutput[] = [];
  #outputHead = 0;
  /** Stamps of inputs sent that the guest may not have been given yet, sorted. */
  #inputs: number[] = [];
  #inputHead = 0;
  #unflushed = false;
  /** The host that is this whole VM (its NIC k is port k), if it is one. */
  #ownHost: number | undefined;
  /** For a VM of virtual hosts: which host NIC each VLAN of port 0 is. */
  readonly #byVlan = new Map<number, { host: number; nic: number }>();
  /** Frames out of the VM that belong to no host NIC (untagged, or an unknown VLAN). */
  strayFrames = 0;

  constructor(index: number, name: string) {
    this.index = index;
    this.name = name;
  }

  /** Which hosts' NICs this VM's frames are: one host of its own, or virtual hosts' VLANs. */
  carry(own: number | undefined, vlans: readonly { vlanId: number; host: number; nic: number }[] = []): void {
    this.#ownHost = own;
    for (const v of vlans) this.#byVlan.set(v.vlanId, { host: v.host, nic: v.nic });
  }

  /** A frame for a host NIC placed in this VM, tagged when the NIC is a VLAN. */
  sendHostFrame(place: NicPlace, bytes: Uint8Array, atNs: number): void {
    this.sendFrame(place.port, place.vlanId ? tagFrame(bytes, place.vlanId) : bytes, atNs);
  }

  /** The host NIC a frame this VM sent on `port` is from, and the frame as that NIC's link carries it. */
  demux(port: number, bytes: Uint8Array): { host: number; nic: number; bytes: Uint8Array } | undefined {
    if (this.#ownHost !== undefined) return { host: this.#ownHost, nic: port, bytes };
    const untagged = port === 0 ? untagFrame(bytes) : undefined;
    const to = untagged && this.#byVlan.get(untagged.vlanId);
    if (!untagged || !to) {
      this.strayFrames++;
      return undefined;
    }
    return { host: to.host, nic: to.nic, bytes: untagged.frame };
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

  /** The first output not injected yet, if any. */
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
   * The earliest stamp of an output of this VM not injected yet: one it
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
    // QEMU reads its socket at the sync point it is stopped at, or else at the horizon it runs to.
    const floorNs = this.stopped ? this.reachedNs : this.grantedNs;
    if (!Number.isSafeInteger(atNs) || atNs < floorNs || !this.clock) {
      throw new Error(
        `internal: ${what} for VM ${this.name} stamped ${atNs} ns, but it ${this.stopped ? 'is stopped at' : 'may already run to'} ${floorNs} ns: an input source bounded its horizon wrongly`,
      );
    }
    let i = this.#inputs.length;
    while (i > this.#inputHead && this.#inputs[i - 1]! > atNs) i--;
    this.#inputs.splice(i, 0, atNs);
    this.#unflushed = true;
  }
}
