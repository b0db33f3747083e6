// A link direction's settings over time: its rate, delay and loss model at
// the start, then changed by steps at given times after an origin (the
// experiment's time 0, set by `start`), once or repeating with a period.
// The link reads the settings in force when a frame's first bit goes onto
// the wire, and the frame keeps them: a frame serializing or in flight when
// a step comes is neither sped up nor slowed down, nor lost or saved by the
// new loss model. The queue's limit is the queue's (scheduled-direction.ts
// changes it).
//
// The schedule also bounds how soon a frame not sent yet could arrive, for
// the engine's lookahead: before the origin is known, by the fastest
// settings of all; after, by the settings of each span still to come.

import { meanOver, nextStepNs, stepAt, type StepPosition, type TimedStep } from '../sim/step-schedule.js';
import { MIN_FRAME_BYTES } from './frame.js';
import { serializationNs } from './link.js';
import type { LossModel } from './loss-model.js';
import type { QueueLimits } from './queue.js';

/** What the link does to a frame that starts now. */
export interface LinkSettings {
  rateBps: number;
  delayNs: number;
  loss: LossModel | undefined;
}

export interface LinkStep extends TimedStep {
  rateBps?: number;
  delayNs?: number;
  /** The loss model from this step on. */
  loss?: LossModel;
  /** The queue's limits from this step on (the kind's default for the one not given). */
  queue?: QueueLimits;
}

export interface LinkScheduleOptions {
  /** Sorted by `atNs`, at distinct times. */
  steps: readonly LinkStep[];
  /** Apply the steps again every `periodNs` (each step within it); absent: once. */
  periodNs?: number;
}

export class LinkSchedule {
  readonly name: string;
  readonly base: LinkSettings;
  readonly steps: readonly LinkStep[];
  readonly periodNs: number | undefined;
  /** Settings after step i in the first period, and in later ones (where what the last step set carries over). */
  readonly #first: LinkSettings[];
  readonly #later: LinkSettings[];
  /** The shortest frame's earliest arrival after it starts, under the fastest settings of all. */
  readonly #fastestNs: number;
  #originNs: number | undefined;

  constructor(base: LinkSettings, options: LinkScheduleOptions, name: string) {
    this.name = name;
    this.base = base;
    this.steps = options.steps;
    this.periodNs = options.periodNs;
    options.steps.forEach((s, i) => {
      if (!Number.isSafeInteger(s.atNs) || s.atNs < 0 || (i > 0 && s.atNs <= options.steps[i - 1]!.atNs)) {
        throw new RangeError(`link schedule ${name}: step ${i} at ${s.atNs} ns is not a whole ns after the previous step`);
      }
      if (s.rateBps !== undefined && !(s.rateBps > 0)) throw new RangeError(`link schedule ${name}: step ${i} rateBps must be positive, got ${s.rateBps}`);
      if (s.delayNs !== undefined && !(Number.isSafeInteger(s.delayNs) && s.delayNs >= 0)) throw new RangeError(`link schedule ${name}: step ${i} delayNs must be a non-negative integer, got ${s.delayNs}`);
    });
    if (options.periodNs !== undefined && !(Number.isSafeInteger(options.periodNs) && options.periodNs > (options.steps[options.steps.length - 1]?.atNs ?? -1))) {
      throw new RangeError(`link schedule ${name}: periodNs must be a whole ns beyond the last step, got ${options.periodNs}`);
    }
    const overlay = (from: LinkSettings): LinkSettings[] => {
      const out: LinkSettings[] = [];
      let s = from;
      for (const step of options.steps) out.push((s = { rateBps: step.rateBps ?? s.rateBps, delayNs: step.delayNs ?? s.delayNs, loss: step.loss ?? s.loss }));
      return out;
    };
    this.#first = overlay(base);
    this.#later = overlay(this.#first[this.#first.length - 1] ?? base);
    this.#fastestNs = Math.min(...[base, ...this.#first].map((s) => serializationNs(MIN_FRAME_BYTES, s.rateBps) + s.delayNs));
  }

  /** The steps count from `originNs` on. */
  start(originNs: number): void {
    this.#originNs = originNs;
  }

  get originNs(): number | undefined {
    return this.#originNs;
  }

  /** The settings for a step position (index -1: before any step). */
  settingsOf(p: StepPosition): LinkSettings {
    if (p.index < 0) return this.base;
    return (p.period === 0 ? this.#first : this.#later)[p.index]!;
  }

  settingsAt(ns: number): LinkSettings {
    if (this.#originNs === undefined) return this.base;
    return this.settingsOf(stepAt(this.steps, this.periodNs, ns - this.#originNs));
  }

  /** The first step after `ns`, in absolute time; Infinity when none is to come or the origin is not known yet. */
  nextChangeNs(ns: number): number {
    if (this.#originNs === undefined) return Infinity;
    return this.#originNs + nextStepNs(this.steps, this.periodNs, ns - this.#originNs);
  }

  /** The rate in force on average over [fromNs, toNs) after the origin: what a busy wire carries then. */
  meanRateBps(fromNs: number, toNs: number): number {
    return meanOver(this.steps, this.periodNs, fromNs, toNs, (p) => this.settingsOf(p).rateBps);
  }

  /** Loss models of the base and of every step, each once. */
  lossModels(): LossModel[] {
    return [...new Set([this.base.loss, ...this.steps.map((s) => s.loss)].filter((l): l is LossModel => l !== undefined))];
  }

  /**
   * How soon the last bit of a frame that starts at `startNs` or later could
   * arrive: the smallest over the spans to come of their start (or
   * `startNs`) plus the shortest frame's time on the wire and the delay.
   */
  earliestArrivalNs(startNs: number): number {
    if (this.#originNs === undefined) return startNs + this.#fastestNs;
    let best = Infinity;
    for (let t = startNs; t < best; t = this.nextChangeNs(t)) {
      const s = this.settingsAt(t);
      best = Math.min(best, t + serializationNs(MIN_FRAME_BYTES, s.rateBps) + s.delayNs);
    }
    return best;
  }
}
