import { describe, expect, it } from 'vitest';
import { Calendar } from '../../../orchestrator/src/sim/calendar.js';

describe('Calendar', () => {
  it('runs events in time order and stands at the end of runUntil', () => {
    const cal = new Calendar();
    const log: number[] = [];
    for (const t of [30, 10, 20]) cal.schedule(t, () => log.push(cal.now));
    cal.runUntil(25);
    expect(log).toEqual([10, 20]);
    expect(cal.now).toBe(25);
    cal.runUntil(100);
    expect(log).toEqual([10, 20, 30]);
  });

  it('runs same-time events in the order they were scheduled', () => {
    const cal = new Calendar();
    const log: string[] = [];
    cal.schedule(5, () => log.push('a'));
    cal.schedule(5, () => log.push('b'));
    cal.schedule(5, () => log.push('c'));
    cal.runUntil(5);
    expect(log).toEqual(['a', 'b', 'c']);
  });

  it('lets handlers schedule more events, including at now', () => {
    const cal = new Calendar();
    const log: number[] = [];
    cal.schedule(1, () => {
      log.push(cal.now);
      cal.after(0, () => log.push(cal.now * 10));
      cal.after(2, () => log.push(cal.now));
    });
    cal.runUntil(10);
    expect(log).toEqual([1, 10, 3]);
  });

  it('returns Infinity from peek when empty and skips cancelled events', () => {
    const cal = new Calendar();
    expect(cal.peek()).toBe(Infinity);
    const ev = cal.schedule(7, () => {
      throw new Error('cancelled event ran');
    });
    cal.schedule(9, () => undefined);
    ev.cancel();
    expect(cal.peek()).toBe(9);
    expect(cal.step()).toBe(true);
    expect(cal.step()).toBe(false);
  });

  it('stops after the current event', () => {
    const cal = new Calendar();
    const log: number[] = [];
    cal.schedule(1, () => {
      log.push(1);
      cal.stop();
    });
    cal.schedule(2, () => log.push(2));
    cal.runUntil(10);
    expect(log).toEqual([1]);
    expect(cal.now).toBe(1);
  });

  it.each([
    [() => new Calendar().schedule(1.5, () => undefined), /integer of ns, got 1.5 \(now 0\)/],
    [() => new Calendar().schedule(-1, () => undefined), /-1 ns is in the past \(now 0 ns\)/],
    [() => new Calendar().after(-2, () => undefined), /delay must be a non-negative integer/],
    [() => new Calendar().schedule(2 ** 53, () => undefined), /integer of ns/],
  ])('refuses bad times with the value and now (%#)', (fn, msg) => {
    expect(fn).toThrow(RangeError);
    expect(fn).toThrow(msg);
  });

  it('refuses to run backwards', () => {
    const cal = new Calendar();
    cal.runUntil(10);
    expect(() => cal.runUntil(5)).toThrow(/runUntil\(5\) must be an integer of ns not before now \(10 ns\)/);
  });

  it('runs thousands of events, ties included, in (time, scheduling order), also when handlers schedule more', () => {
    const cal = new Calendar();
    let x = 12345;
    const rand = (n: number) => ((x = (x * 1103515245 + 12345) % 2 ** 31), x % n);
    const expected: [number, number][] = [];
    const ran: [number, number][] = [];
    let id = 0;
    const add = (t: number) => {
      const me = id++;
      expected.push([t, me]);
      cal.schedule(t, () => {
        ran.push([cal.now, me]);
        if (me % 3 === 0 && id < 20_000) add(cal.now + rand(50));
      });
    };
    for (let i = 0; i < 5_000; i++) add(rand(1000));
    cal.runUntil(1_000_000);
    expect(ran).toEqual([...expected].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    expect(ran.length).toBeGreaterThan(7_000);
  });
});
