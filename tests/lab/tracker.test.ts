/** The activity tracker's time accounting on plain timestamps (UTC calendar). */
import { describe, expect, it } from 'vitest';
import { ActivityTracker, UTC_CALENDAR, daysBefore, readTrackerState, totalActivity, weekOf } from '../../src/lab/tracker.js';

const MIN = 60_000;
const IDLE = 5 * MIN;
/** 2026-11-16 (a Monday) 09:00 UTC. */
const T0 = Date.UTC(2026, 10, 16, 9, 0, 0);
const at = (minutes: number) => T0 + minutes * MIN;

function tracker(): ActivityTracker {
  return new ActivityTracker(IDLE, UTC_CALENDAR);
}

function minutesOf(t: ActivityTracker, now: number, path = 'a.ipynb', day = '2026-11-16'): number {
  return (t.snapshot(now)[day]?.[path]?.activeMs ?? 0) / MIN;
}

describe('active time', () => {
  it('counts focused time while activity is within the idle limit', () => {
    const t = tracker();
    t.focus('a.ipynb', at(0));
    t.edited('a.ipynb', 'c1', at(1)); // active from minute 1
    t.edited('a.ipynb', 'c1', at(3));
    t.executed('a.ipynb', at(4));
    // Active from 1 until 4 + 5 = 9 → 8 minutes; focus alone (minute 0-1) does not count.
    expect(minutesOf(t, at(30))).toBe(8);
  });

  it('says whether time accrues after a moment: only with a focused notebook active within the idle limit', () => {
    const t = tracker();
    expect(t.accruesAfter(at(0))).toBe(false); // nothing focused
    t.focus('a.ipynb', at(0));
    expect(t.accruesAfter(at(0))).toBe(false); // focus alone is no activity
    t.edited('a.ipynb', 'c1', at(1)); // accrues until 1 + 5 = minute 6
    expect(t.accruesAfter(at(5.9))).toBe(true);
    expect(t.accruesAfter(at(6))).toBe(false);
    expect(minutesOf(t, at(6)) - minutesOf(t, at(10))).toBe(0); // nothing grew after minute 6
    t.focus('b.ipynb', at(2));
    expect(t.accruesAfter(at(3))).toBe(false); // b has no activity yet
  });

  it('credits at most the idle limit across an idle gap, and starts again on the next keystroke', () => {
    const t = tracker();
    t.focus('a.ipynb', at(0));
    t.edited('a.ipynb', 'c1', at(0));
    t.edited('a.ipynb', 'c1', at(20)); // 20-minute gap: only 5 count
    expect(minutesOf(t, at(22))).toBe(5 + 2);
  });

  it('stops at a focus change and does not credit the notebook that lost focus', () => {
    const t = tracker();
    t.focus('a.ipynb', at(0));
    t.edited('a.ipynb', 'c1', at(0));
    t.focus('b.ipynb', at(2)); // a had 2 minutes
    t.edited('b.ipynb', 'x', at(3));
    t.focus(null, at(4)); // b had 1 minute; nothing after, e.g. the tab was hidden
    const log = t.snapshot(at(60));
    expect(log['2026-11-16']['a.ipynb'].activeMs / MIN).toBe(2);
    expect(log['2026-11-16']['b.ipynb'].activeMs / MIN).toBe(1);
  });

  it('resumes a notebook on refocus when its last activity is still within the limit', () => {
    const t = tracker();
    t.focus('a.ipynb', at(0));
    t.edited('a.ipynb', 'c1', at(0));
    t.focus(null, at(1));
    t.focus('a.ipynb', at(3)); // back after 2 minutes: active again until 0 + 5
    expect(minutesOf(t, at(10))).toBe(1 + 2);
  });

  it('splits time at midnight between the two days', () => {
    const t = tracker();
    const late = Date.UTC(2026, 10, 16, 23, 58, 0);
    t.focus('a.ipynb', late);
    t.edited('a.ipynb', 'c1', late);
    t.executed('a.ipynb', late + 4 * MIN); // 00:02 next day
    const log = t.snapshot(late + 30 * MIN);
    expect(log['2026-11-16']['a.ipynb'].activeMs / MIN).toBe(2);
    // 00:00-00:02, then 5 more minutes after the run at 00:02.
    expect(log['2026-11-17']['a.ipynb'].activeMs / MIN).toBe(7);
    expect(log['2026-11-17']['a.ipynb'].executed).toBe(1);
    expect(log['2026-11-16']['a.ipynb'].executed).toBe(0);
  });

  it('credits nothing twice when the clock moves back, and waits for new activity', () => {
    const t = tracker();
    t.focus('a.ipynb', at(0));
    t.edited('a.ipynb', 'c1', at(0));
    t.snapshot(at(2)); // 2 minutes credited
    t.snapshot(at(-60)); // the clock jumps back an hour
    expect(minutesOf(t, at(-50))).toBe(2); // no credit until the user types again
    t.edited('a.ipynb', 'c1', at(-50));
    expect(minutesOf(t, at(-40))).toBe(2 + 5);
  });

  it('credits at most the idle limit across a forward clock jump (sleep)', () => {
    const t = tracker();
    t.focus('a.ipynb', at(0));
    t.edited('a.ipynb', 'c1', at(0));
    expect(minutesOf(t, at(24 * 60))).toBe(5);
  });

  it('uses a changed idle limit from the change on', () => {
    const t = tracker();
    t.focus('a.ipynb', at(0));
    t.edited('a.ipynb', 'c1', at(0));
    t.setIdleMs(10 * MIN, at(1)); // 1 minute credited under the old limit
    expect(minutesOf(t, at(30))).toBe(10);
  });
});

describe('counts, rename, merge, clear', () => {
  it('counts runs and distinct edited cells per day', () => {
    const t = tracker();
    for (const id of ['c1', 'c1', 'c2', 'c1']) t.edited('a.ipynb', id, at(1));
    t.executed('a.ipynb', at(2));
    t.executed('a.ipynb', at(3));
    const day = t.snapshot(at(4))['2026-11-16']['a.ipynb'];
    expect(day.executed).toBe(2);
    expect(day.editedCells).toEqual(['c1', 'c2']);
  });

  it('moves totals with a renamed notebook, adding to what the new name had', () => {
    const t = tracker();
    t.focus('old.ipynb', at(0));
    t.edited('old.ipynb', 'c1', at(0));
    t.executed('new.ipynb', at(0));
    t.renamed('old.ipynb', 'new.ipynb', at(2));
    t.executed('new.ipynb', at(3)); // focus followed the rename
    const log = t.snapshot(at(20));
    expect(log['2026-11-16']['old.ipynb']).toBeUndefined();
    expect(log['2026-11-16']['new.ipynb']).toEqual({ activeMs: 8 * MIN, executed: 2, editedCells: ['c1'] });
  });

  it('merges stored totals into the live ones', () => {
    const t = tracker();
    t.executed('a.ipynb', at(0));
    t.edited('a.ipynb', 'c2', at(0));
    t.merge({
      '2026-11-16': { 'a.ipynb': { activeMs: 3 * MIN, executed: 4, editedCells: ['c1', 'c2'] } },
      '2026-11-15': { 'b.ipynb': { activeMs: MIN, executed: 0, editedCells: [] } },
    });
    const log = t.snapshot(at(0));
    expect(log['2026-11-16']['a.ipynb']).toEqual({ activeMs: 3 * MIN, executed: 5, editedCells: ['c2', 'c1'] });
    expect(log['2026-11-15']['b.ipynb'].activeMs).toBe(MIN);
  });

  it('forgets everything on clear, including pending activity', () => {
    const t = tracker();
    t.focus('a.ipynb', at(0));
    t.edited('a.ipynb', 'c1', at(0));
    t.clear(at(1));
    expect(t.snapshot(at(10))).toEqual({});
  });

  it('prunes days before a cut-off', () => {
    const t = tracker();
    t.merge({
      '2026-09-01': { 'a.ipynb': { activeMs: 1, executed: 0, editedCells: [] } },
      '2026-11-16': { 'a.ipynb': { activeMs: 2, executed: 0, editedCells: [] } },
    });
    t.prune(daysBefore(at(0), 56, UTC_CALENDAR));
    expect(Object.keys(t.snapshot(at(0)))).toEqual(['2026-11-16']);
    expect(daysBefore(at(0), 56, UTC_CALENDAR)).toBe('2026-09-21');
  });
});

describe('weeks and stored state', () => {
  it('finds the Monday-to-Sunday week of a time', () => {
    expect(weekOf(at(0), UTC_CALENDAR)).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    expect(weekOf(Date.UTC(2026, 10, 22, 23, 59), UTC_CALENDAR)).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    expect(weekOf(Date.UTC(2027, 0, 1), UTC_CALENDAR)).toEqual({ from: '2026-12-28', to: '2027-01-03' });
  });

  it('sums a week by notebook, leaving other days out', () => {
    const log = {
      '2026-11-15': { 'a.ipynb': { activeMs: 60 * MIN, executed: 9, editedCells: ['x'] } },
      '2026-11-16': { 'a.ipynb': { activeMs: 6 * MIN, executed: 2, editedCells: ['x', 'y'] } },
      '2026-11-18': { 'a.ipynb': { activeMs: 3 * MIN, executed: 1, editedCells: ['x'] }, 'b.ipynb': { activeMs: 1.5 * MIN, executed: 0, editedCells: [] } },
    };
    const week = totalActivity(log, '2026-11-16', '2026-11-22');
    expect(week).toEqual({
      minutes: 10.5,
      executed: 3,
      edited: 3,
      byPath: { 'a.ipynb': { minutes: 9, executed: 3, edited: 3 }, 'b.ipynb': { minutes: 1.5, executed: 0, edited: 0 } },
    });
  });

  it('reads stored state, dropping what is malformed instead of failing', () => {
    expect(readTrackerState(undefined)).toEqual({});
    expect(readTrackerState({ version: 2, days: {} })).toEqual({});
    expect(
      readTrackerState({
        version: 1,
        days: {
          '2026-11-16': { 'a.ipynb': { activeMs: 5, executed: 1, editedCells: ['c1', 7] }, 'b.ipynb': { activeMs: 'x' } },
          yesterday: { 'c.ipynb': { activeMs: 1, executed: 0, editedCells: [] } },
        },
      })
    ).toEqual({ '2026-11-16': { 'a.ipynb': { activeMs: 5, executed: 1, editedCells: ['c1'] } } });
  });
});
