// A link direction's `schedule:`: steps that change its rate, delay, loss
// or queue limit at given times after the experiment's start, as a list
// (`[{at: 2s, rate: 5Mbit}, ...]`), or a pattern that repeats
// (`{steps: [...], repeat: 4s}`). A step gives only what changes. The net
// side (net/link-schedule.ts) says what a change does to frames already on
// their way.

import { type Checker, isObj, type Obj } from '../checker.js';
import type { Path } from '../issues.js';
import type { ResolvedSchedule, ResolvedScheduleStep } from '../types.js';
import { parseDurationNs, parseQueueLimit, parseRateBps } from '../units.js';
import { compileLoss } from './loss.js';

const STEP_KEYS = ['at', 'rate', 'delay', 'loss', 'queue'];
const CHANGES = STEP_KEYS.slice(1);

/** Undefined for none (no key, or `[]`, which a `reverse:` gives to keep its direction fixed). */
export function compileSchedule(c: Checker, v: unknown, path: Path): ResolvedSchedule | undefined {
  if (v === undefined) return undefined;
  let list: unknown = v;
  let repeatNs: number | undefined;
  let stepsPath = path;
  if (isObj(v)) {
    const o = c.obj(v, path, ['steps', 'repeat'], ['steps']) as Obj;
    list = o.steps;
    stepsPath = [...path, 'steps'];
    if (o.repeat !== undefined) {
      repeatNs = c.unit(parseDurationNs(o.repeat, 'repeat'), [...path, 'repeat'], 0);
      if (repeatNs <= 0) c.issues.add('invalid_value', [...path, 'repeat'], 'repeat must be longer than 0');
      if (Array.isArray(list) && list.length === 0) c.issues.add('invalid_value', stepsPath, 'a repeating schedule needs at least one step');
    }
  } else if (!Array.isArray(v)) {
    c.issues.add('invalid_type', path, 'schedule must be a list of steps like {at: 2s, rate: 5Mbit}, or {steps: [...], repeat: 4s}');
    return undefined;
  }
  const steps: ResolvedScheduleStep[] = [];
  c.list(list, stepsPath).forEach((s, k) => {
    const step = stepOf(c, s, [...stepsPath, k]);
    if (!step) return;
    const previous = steps[steps.length - 1];
    if (previous && step.atNs <= previous.atNs) c.issues.add('invalid_value', [...stepsPath, k, 'at'], `at must be after the previous step's (${previous.atNs / 1e9} s): steps are listed in time order`);
    else if (repeatNs && step.atNs >= repeatNs) c.issues.add('invalid_value', [...stepsPath, k, 'at'], `at must be less than repeat (${repeatNs / 1e9} s): a repeating pattern's steps fall within it`);
    else steps.push(step);
  });
  if (steps.length === 0) return undefined;
  return repeatNs && repeatNs > 0 ? { steps, repeatNs } : { steps };
}

function stepOf(c: Checker, v: unknown, p: Path): ResolvedScheduleStep | undefined {
  const o = c.obj(v, p, STEP_KEYS, ['at']);
  if (!o || o.at === undefined) return undefined;
  const atNs = c.unit(parseDurationNs(o.at, 'at'), [...p, 'at'], -1);
  if (atNs < 0) return undefined;
  if (CHANGES.every((k) => o[k] === undefined)) {
    c.issues.add('missing_key', p, `a step changes at least one of ${CHANGES.join(', ')}`);
    return undefined;
  }
  const step: ResolvedScheduleStep = { atNs };
  if (o.rate !== undefined) step.rateBps = c.unit(parseRateBps(o.rate, 'rate'), [...p, 'rate'], 1);
  if (o.delay !== undefined) step.delayNs = c.unit(parseDurationNs(o.delay, 'delay'), [...p, 'delay'], 0);
  if (o.loss !== undefined) {
    const loss = compileLoss(c, o.loss, [...p, 'loss']);
    if (loss) step.loss = loss;
  }
  if (o.queue !== undefined) {
    if (isObj(o.queue)) c.issues.add('invalid_value', [...p, 'queue'], "a step changes only the queue's limit (like 50p or 64KB); its kind stays the link's");
    else {
      const q = parseQueueLimit(o.queue);
      if (!q.ok) c.issues.add('invalid_value', [...p, 'queue'], q.message);
      else step.queue = q.packets ? { limitPackets: q.packets } : { limitBytes: q.bytes! };
    }
  }
  return step;
}
