// What every random loss model shares: a per-frame verdict drawn from the
// model's own seeded stream, and counters and a drop trace for the frames it
// condemned. The verdict is drawn when a frame leaves the wire's transmitter
// (in the order frames leave it, which for one FIFO wire is also the order
// they arrive), so a VM's NIC can be told ahead of time what reaches it and
// when; the fate is recorded at the moment the frame would have arrived.

import type { RandomStream } from '../sim/random.js';
import type { Frame } from './frame.js';
import { type DropEvent, TracePoint } from './trace-point.js';

export abstract class LossModel {
  readonly name: string;
  readonly drop = new TracePoint<DropEvent<Frame>>('drop');
  dropped = 0;
  passed = 0;
  protected readonly rng: RandomStream;

  protected constructor(rng: RandomStream, name: string) {
    this.rng = rng;
    this.name = name;
  }

  /** The long-run fraction of frames lost (for traces of a schedule's changes). */
  abstract readonly meanLoss: number;

  /** Draw the next frame's fate: true if it is lost. One call per frame, in wire order. */
  abstract lose(): boolean;

  /** Count a frame whose fate was drawn, at the time it would have arrived. */
  record(frame: Frame, lost: boolean): void {
    if (!lost) {
      this.passed++;
      return;
    }
    this.dropped++;
    this.drop.emit({ frame, reason: 'random-loss' });
  }
}

/** A probability in [0, 1], or a RangeError naming the model and the parameter. */
export function checkProbability(model: string, key: string, value: number): void {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`loss ${model}: ${key} must be in [0, 1], got ${value}`);
}
