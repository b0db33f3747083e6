// Carries out a link direction's schedule at its step times: the queue's
// limit changes then, and the trace point `change` says what is in force
// from then on, for the queue trace and the timeline. The link needs no
// event: it reads its schedule when a frame starts (link.ts). Nothing
// happens before `start` (the experiment's time 0): the guests boot and are
// configured over the link's first settings.

import type { Calendar } from '../sim/calendar.js';
import { stepAt } from '../sim/step-schedule.js';
import type { LinkSchedule } from './link-schedule.js';
import type { Queue } from './queue.js';
import { TracePoint } from './trace-point.js';

export interface LinkChangeEvent {
  /** The step now in force (-1 for the first settings, at the start) and the period it belongs to. */
  step: number;
  period: number;
  rateBps: number;
  delayNs: number;
  /** The loss model's long-run fraction of frames lost; 0 without one. */
  loss: number;
  limitPackets: number;
  limitBytes: number;
}

export class ScheduledDirection {
  readonly change = new TracePoint<LinkChangeEvent>('change');
  readonly #calendar: Calendar;
  readonly #schedule: LinkSchedule;
  readonly #queue: Queue;

  constructor(calendar: Calendar, schedule: LinkSchedule, queue: Queue) {
    this.#calendar = calendar;
    this.#schedule = schedule;
    this.#queue = queue;
  }

  get schedule(): LinkSchedule {
    return this.#schedule;
  }

  /** The steps count from `originNs` (now or later); says what is in force at the start. */
  start(originNs: number): void {
    this.#schedule.start(originNs);
    this.#emit(-1, 0);
    const first = this.#schedule.steps[0];
    if (first) this.#calendar.schedule(originNs + first.atNs, () => this.#step());
  }

  #step(): void {
    const now = this.#calendar.now;
    const schedule = this.#schedule;
    const { period, index } = stepAt(schedule.steps, schedule.periodNs, now - schedule.originNs!);
    const limits = schedule.steps[index]!.queue;
    if (limits) this.#queue.setLimits(limits);
    this.#emit(index, period);
    const next = schedule.nextChangeNs(now);
    if (Number.isFinite(next)) this.#calendar.schedule(next, () => this.#step());
  }

  #emit(step: number, period: number): void {
    const s = this.#schedule.settingsOf({ period, index: step });
    this.change.emit({ step, period, rateBps: s.rateBps, delayNs: s.delayNs, loss: s.loss?.meanLoss ?? 0, limitPackets: this.#queue.limitPackets, limitBytes: this.#queue.limitBytes });
  }
}
