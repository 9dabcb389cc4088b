/**
 * The live notebook activity tracker's time accounting: pure, no DOM, no JupyterLab, so
 * every rule is unit-tested on plain timestamps. The plugin feeds it events from the
 * browser; the totals are stored in JupyterLab's state database, which the Jupyter server
 * saves with the workspace (tests/e2e reads them back from that file).
 *
 * Rule (docs/definitions.md "Live notebook activity"): a notebook is *active* at time t while it has focus and the user typed
 * in it or ran one of its cells within the idle limit before t (default 5 minutes):
 *
 *   active(path, t) = focused(t) = path  and  0 <= t - lastActivity(path) <= idle
 *
 * Active minutes are the integral of that indicator, split at local midnight so each day
 * gets its own share. A clock that moves back ends the current activity (nothing is
 * credited for the repeated time, and nothing until the next keystroke or run); a clock
 * that jumps forward (sleep, suspend) credits at most the idle limit, like any gap.
 */
import { addDays, DAY_MS, weekday } from '../core/time.js';

/** Totals of one notebook on one day. */
export interface DayActivity {
  /** Active editing time, ms. */
  activeMs: number;
  /** Cells executed (each `NotebookActions.executed` event). */
  executed: number;
  /** Distinct cells whose source was edited (cell ids). */
  editedCells: string[];
}

/** Stored tracker data: day (YYYY-MM-DD, local) -> notebook path -> totals. */
export type ActivityLog = Record<string, Record<string, DayActivity>>;

/** Schema version of {@link TrackerState}. */
export const TRACKER_STATE_VERSION = 1;

/** What the state database holds for the tracker. */
export interface TrackerState {
  version: typeof TRACKER_STATE_VERSION;
  days: ActivityLog;
}

/** Calendar used to split time into days; the default is the browser's local time. */
export interface Calendar {
  /** Day key of a time: YYYY-MM-DD. */
  dayOf(ms: number): string;
  /** Start of the next day after `ms`, ms since epoch. */
  nextDayStart(ms: number): number;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The browser's (or Node's) local calendar. */
export const LOCAL_CALENDAR: Calendar = {
  dayOf(ms) {
    const d = new Date(ms);
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  },
  nextDayStart(ms) {
    const d = new Date(ms);
    return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
  },
};

/** A UTC calendar (tests, servers). */
export const UTC_CALENDAR: Calendar = {
  dayOf: (ms) => new Date(ms).toISOString().slice(0, 10),
  nextDayStart: (ms) => (Math.floor(ms / DAY_MS) + 1) * DAY_MS,
};

/** Default idle limit, minutes (docs/definitions.md "Live notebook activity"). */
export const DEFAULT_IDLE_MINUTES = 5;

/** Days of history kept; older days are dropped when the log is saved (8 weeks covers a monthly review). */
export const KEEP_DAYS = 56;

/**
 * Accumulates active time, executions and edits per (day, notebook path). Feed it events
 * in the order they happen, each with the wall-clock time in ms since epoch.
 */
export class ActivityTracker {
  private log: ActivityLog;
  private focused: string | null = null;
  /** Last activity per path, ms; cleared when the clock moves back. */
  private lastActivity = new Map<string, number>();
  /** Time up to which active time has been credited, ms. */
  private accountedTo: number | null = null;

  /**
   * @param idleMs idle limit, ms (> 0)
   * @param calendar how days are cut (default: local time)
   * @param log totals to continue from (e.g. read from the state database)
   */
  constructor(
    private idleMs: number = DEFAULT_IDLE_MINUTES * 60_000,
    private readonly calendar: Calendar = LOCAL_CALENDAR,
    log: ActivityLog = {}
  ) {
    this.log = structuredClone(log);
  }

  /** Changes the idle limit (ms) from now on; time already credited stays. */
  setIdleMs(idleMs: number, now: number): void {
    this.advance(now);
    this.idleMs = idleMs;
  }

  /** The notebook at `path` gained focus (null: no notebook has focus, or the window lost it). */
  focus(path: string | null, now: number): void {
    this.advance(now);
    this.focused = path;
  }

  /** The user typed in (or otherwise edited) cell `cellId` of the notebook at `path`. */
  edited(path: string, cellId: string, now: number): void {
    this.activity(path, now);
    const day = this.entry(this.calendar.dayOf(now), path);
    if (!day.editedCells.includes(cellId)) day.editedCells.push(cellId);
  }

  /** A cell of the notebook at `path` was executed. */
  executed(path: string, now: number): void {
    this.activity(path, now);
    this.entry(this.calendar.dayOf(now), path).executed += 1;
  }

  /** A notebook was renamed: its totals and pending activity follow it. */
  renamed(oldPath: string, newPath: string, now: number): void {
    this.advance(now);
    for (const day of Object.values(this.log)) {
      const entry = day[oldPath];
      if (!entry) continue;
      delete day[oldPath];
      day[newPath] = day[newPath] ? sum(day[newPath], entry) : entry;
    }
    const last = this.lastActivity.get(oldPath);
    if (last !== undefined) {
      this.lastActivity.delete(oldPath);
      this.lastActivity.set(newPath, last);
    }
    if (this.focused === oldPath) this.focused = newPath;
  }

  /** Adds stored totals (e.g. read from the state database after start-up) to the current ones. */
  merge(log: ActivityLog): void {
    for (const [day, byPath] of Object.entries(log)) {
      for (const [path, entry] of Object.entries(byPath)) {
        const into = (this.log[day] ??= {});
        into[path] = into[path] ? sum(into[path], entry) : structuredClone(entry);
      }
    }
  }

  /**
   * True when active time accrues after `ms` (epoch ms): a notebook is focused and its last
   * activity is less than the idle limit before `ms` or later. False: the totals cannot
   * have grown since `ms` without a new event.
   */
  accruesAfter(ms: number): boolean {
    const last = this.focused === null ? undefined : this.lastActivity.get(this.focused);
    return last !== undefined && last + this.idleMs > ms;
  }

  /** Credits active time up to `now` and returns a copy of the totals. */
  snapshot(now: number): ActivityLog {
    this.advance(now);
    return structuredClone(this.log);
  }

  /** Forgets every total and every pending activity. */
  clear(now: number): void {
    this.log = {};
    this.lastActivity.clear();
    this.accountedTo = now;
  }

  /** Drops days before `firstKept` (YYYY-MM-DD). */
  prune(firstKept: string): void {
    for (const day of Object.keys(this.log)) if (day < firstKept) delete this.log[day];
  }

  private activity(path: string, now: number): void {
    this.advance(now);
    this.lastActivity.set(path, now);
  }

  /** Credits the focused notebook's active time in [accountedTo, now], split by day. */
  private advance(now: number): void {
    const from = this.accountedTo;
    this.accountedTo = now;
    if (from === null) return;
    if (now < from) {
      // The clock moved back: end every pending activity rather than credit time twice.
      this.lastActivity.clear();
      return;
    }
    if (this.focused === null) return;
    const last = this.lastActivity.get(this.focused);
    if (last === undefined) return;
    const start = Math.max(from, last);
    const end = Math.min(now, last + this.idleMs);
    for (let t = start; t < end;) {
      const cut = Math.min(end, this.calendar.nextDayStart(t));
      this.entry(this.calendar.dayOf(t), this.focused).activeMs += cut - t;
      t = cut;
    }
  }

  private entry(day: string, path: string): DayActivity {
    const byPath = (this.log[day] ??= {});
    return (byPath[path] ??= { activeMs: 0, executed: 0, editedCells: [] });
  }
}

/** Two totals of the same notebook and day added together (edited cells as a union). */
function sum(a: DayActivity, b: DayActivity): DayActivity {
  return { activeMs: a.activeMs + b.activeMs, executed: a.executed + b.executed, editedCells: [...new Set([...a.editedCells, ...b.editedCells])] };
}

/** Totals over a set of days, per notebook path. */
export interface ActivityTotals {
  /** Active time, minutes. */
  minutes: number;
  executed: number;
  /** Sum over days of distinct cells edited that day. */
  edited: number;
  /** Per notebook path: minutes, executed, edited. */
  byPath: Record<string, { minutes: number; executed: number; edited: number }>;
}

/**
 * Sums a log over days `from`..`to` inclusive (YYYY-MM-DD).
 * Minutes are exact (ms / 60000), not rounded.
 */
export function totalActivity(log: ActivityLog, from: string, to: string): ActivityTotals {
  const totals: ActivityTotals = { minutes: 0, executed: 0, edited: 0, byPath: {} };
  for (const [day, byPath] of Object.entries(log)) {
    if (day < from || day > to) continue;
    for (const [path, a] of Object.entries(byPath)) {
      const t = (totals.byPath[path] ??= { minutes: 0, executed: 0, edited: 0 });
      t.minutes += a.activeMs / 60_000;
      t.executed += a.executed;
      t.edited += a.editedCells.length;
      totals.minutes += a.activeMs / 60_000;
      totals.executed += a.executed;
      totals.edited += a.editedCells.length;
    }
  }
  return totals;
}

/**
 * The ISO week (Monday to Sunday) holding `ms` in `calendar`, as its first and last day
 * keys (YYYY-MM-DD).
 */
export function weekOf(ms: number, calendar: Calendar = LOCAL_CALENDAR): { from: string; to: string } {
  const day = calendar.dayOf(ms);
  const from = addDays(day, -((weekday(day) + 6) % 7)); // back to Monday
  return { from, to: addDays(from, 6) };
}

/** The day key `days` days before the day of `ms` (YYYY-MM-DD), for pruning. */
export function daysBefore(ms: number, days: number, calendar: Calendar = LOCAL_CALENDAR): string {
  return addDays(calendar.dayOf(ms), -days);
}

/**
 * Reads stored tracker data, tolerating anything malformed (returns an empty log): the
 * state database is the user's, and a bad value must not break the panel.
 */
export function readTrackerState(value: unknown): ActivityLog {
  if (!value || typeof value !== 'object') return {};
  const state = value as Partial<TrackerState>;
  if (state.version !== TRACKER_STATE_VERSION || !state.days || typeof state.days !== 'object') return {};
  const log: ActivityLog = {};
  for (const [day, byPath] of Object.entries(state.days)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !byPath || typeof byPath !== 'object') continue;
    for (const [path, a] of Object.entries(byPath as Record<string, Partial<DayActivity>>)) {
      if (!a || typeof a.activeMs !== 'number' || typeof a.executed !== 'number' || !Array.isArray(a.editedCells)) continue;
      (log[day] ??= {})[path] = { activeMs: a.activeMs, executed: a.executed, editedCells: a.editedCells.filter((c): c is string => typeof c === 'string') };
    }
  }
  return log;
}
