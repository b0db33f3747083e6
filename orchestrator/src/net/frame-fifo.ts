// A FIFO of frames with their enqueue times and a running byte count: the
// storage under every queue discipline (one per flow in FQ-CoDel).

import type { Frame } from './frame.js';

export interface QueuedFrame {
  frame: Frame;
  enqueuedNs: number;
}

export class FrameFifo {
  readonly #items: QueuedFrame[] = [];
  #head = 0;
  #bytes = 0;

  get packets(): number {
    return this.#items.length - this.#head;
  }

  get bytes(): number {
    return this.#bytes;
  }

  push(frame: Frame, enqueuedNs: number): void {
    this.#items.push({ frame, enqueuedNs });
    this.#bytes += frame.bytes.length;
  }

  peek(): QueuedFrame | undefined {
    return this.#items[this.#head];
  }

  shift(): QueuedFrame | undefined {
    if (this.#head >= this.#items.length) return undefined;
    const item = this.#items[this.#head]!;
    this.#items[this.#head++] = undefined as unknown as QueuedFrame;
    if (this.#head > 1024 && this.#head * 2 > this.#items.length) {
      this.#items.splice(0, this.#head);
      this.#head = 0;
    }
    this.#bytes -= item.frame.bytes.length;
    return item;
  }
}
