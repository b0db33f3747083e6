// The offloads of a guest's NIC between its guest and the network, both
// ways. From the guest: a frame behind virtio-net's header becomes wire
// frames (segmentation.ts). To the guest: each frame gets a header, with
// DATA_VALID when its TCP or UDP checksum is right; with LRO, in-order
// segments are first merged (coalescing.ts) and handed over as one large
// segment, whose header tells the guest its size and that its checksum is
// partial, as a GRO'd packet from a tap device is.
//
// A merged segment can be held for up to the coalescing window after its
// first part arrived. `heldUntilNs` is that time, so that the engine does
// not let the guest run past it (an input source of its own), and a
// calendar event hands the aggregate over then, unless a frame did before.

import { transportChecksumValid } from './checksum.js';
import { Coalescer, type Delivery } from './coalescing.js';
import {
  encodeVnetHeader,
  parseVnetHeader,
  SegmentationError,
  VNET_F_DATA_VALID,
  VNET_F_NEEDS_CSUM,
  VNET_GSO_NONE,
  VNET_GSO_TCPV4,
  VNET_HDR_BYTES,
  wireFrames,
} from './segmentation.js';

export interface OffloadSettings {
  checksum: boolean;
  tso: boolean;
  lro: boolean;
}

/** The calendar as LRO needs it: one event at a time, cancellable. */
export interface OffloadTimer {
  schedule(atNs: number, handler: () => void): { cancel(): void };
}

/**
 * How long LRO holds the first segment of an aggregate at most: a NIC's
 * interrupt moderation (Linux drivers default to tens of microseconds).
 */
export const LRO_WINDOW_NS = 50_000;

/** The largest merged IPv4 packet: with its Ethernet and virtio-net headers it must fit one FRAME_IN (65536 bytes, qemu-patches/PROTOCOL.md). */
export const MAX_LRO_IP_BYTES = 65536 - VNET_HDR_BYTES - 14;

export class OffloadingNic {
  readonly settings: OffloadSettings;
  /** TSO frames from the guest, the wire frames cut from them, frames refused; aggregates handed to the guest and the segments in them. */
  readonly counters = { tsoFrames: 0, wireFrames: 0, refused: 0, aggregates: 0, coalescedSegments: 0 };
  readonly #toGuest: (bytes: Uint8Array, atNs: number) => void;
  readonly #coalescer: Coalescer | undefined;
  readonly #timer: OffloadTimer | undefined;
  #flushEvent: { cancel(): void } | undefined;
  #flushAtNs = Infinity;

  /** `toGuest` sends a frame with its header to QEMU, stamped; `timer` is needed for LRO. */
  constructor(settings: OffloadSettings, toGuest: (bytes: Uint8Array, atNs: number) => void, timer?: OffloadTimer, lroWindowNs = LRO_WINDOW_NS) {
    if (settings.lro && !timer) throw new Error('internal: LRO needs the calendar');
    this.settings = settings;
    this.#toGuest = toGuest;
    this.#timer = timer;
    this.#coalescer = settings.lro ? new Coalescer(lroWindowNs, MAX_LRO_IP_BYTES) : undefined;
  }

  /** When a segment held for merging reaches the guest at the latest; Infinity when none is held. */
  get heldUntilNs(): number {
    return this.#coalescer?.deadlineNs ?? Infinity;
  }

  /** What the network gets for `bytes` from the guest (header first): wire frames, or none if refused. */
  fromGuest(bytes: Uint8Array): Uint8Array[] {
    if (bytes.length < VNET_HDR_BYTES) {
      this.counters.refused++;
      return [];
    }
    const header = parseVnetHeader(bytes);
    try {
      const frames = wireFrames(header, bytes.subarray(VNET_HDR_BYTES));
      if (header.gsoType !== VNET_GSO_NONE) {
        this.counters.tsoFrames++;
        this.counters.wireFrames += frames.length;
      }
      return frames;
    } catch (e) {
      // What the guest asked for is not offered: a real NIC would not send it either.
      if (!(e instanceof SegmentationError)) throw e;
      this.counters.refused++;
      return [];
    }
  }

  /** A wire frame for the guest, arriving at `atNs`. */
  toGuest(frame: Uint8Array, atNs: number): void {
    if (!this.#coalescer) {
      this.#send({ frame, atNs, gsoSize: 0, l4Offset: 0, headerBytes: 0 });
      return;
    }
    for (const d of this.#coalescer.offer(frame, atNs)) this.#send(d);
    this.#arm();
  }

  /** A calendar event at the held aggregate's deadline, replacing one for an earlier aggregate. */
  #arm(): void {
    const at = this.#coalescer!.deadlineNs;
    if (at === this.#flushAtNs) return;
    this.#flushEvent?.cancel();
    this.#flushEvent = undefined;
    this.#flushAtNs = at;
    if (at === Infinity) return;
    this.#flushEvent = this.#timer!.schedule(at, () => {
      this.#flushEvent = undefined;
      this.#flushAtNs = Infinity;
      for (const d of this.#coalescer!.flush()) this.#send(d);
    });
  }

  #send(d: Delivery): void {
    const merged = d.gsoSize > 0;
    if (merged) {
      this.counters.aggregates++;
      this.counters.coalescedSegments += Math.ceil((d.frame.length - d.headerBytes) / d.gsoSize);
    }
    const header = merged
      ? { flags: VNET_F_NEEDS_CSUM, gsoType: VNET_GSO_TCPV4, hdrLen: d.headerBytes, gsoSize: d.gsoSize, csumStart: d.l4Offset, csumOffset: 16 }
      : { flags: this.settings.checksum && transportChecksumValid(d.frame) ? VNET_F_DATA_VALID : 0, gsoType: VNET_GSO_NONE, hdrLen: 0, gsoSize: 0, csumStart: 0, csumOffset: 0 };
    const bytes = new Uint8Array(VNET_HDR_BYTES + d.frame.length);
    bytes.set(encodeVnetHeader(header));
    bytes.set(d.frame, VNET_HDR_BYTES);
    this.#toGuest(bytes, d.atNs);
  }
}
