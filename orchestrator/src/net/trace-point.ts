// Named hooks at precise points of a model (enqueue, drop, txStart, rx ...),
// as ns-3's trace sources. Meters subscribe; models never write files.

export class TracePoint<T> {
  readonly name: string;
  readonly #listeners: ((value: T) => void)[] = [];

  constructor(name: string) {
    this.name = name;
  }

  subscribe(listener: (value: T) => void): void {
    this.#listeners.push(listener);
  }

  emit(value: T): void {
    for (const l of this.#listeners) l(value);
  }
}

export type DropReason = 'queue-full' | 'random-loss';

export interface DropEvent<F> {
  frame: F;
  reason: DropReason;
}
