/**
 * Dates, months and windows. Commits are bucketed by their author's own local date
 * (the date part of git's strict ISO author date, `%aI`), so a commit made at 23:30 in
 * Tokyo belongs to that Tokyo day and month, whatever the scanning machine's zone.
 */
import { LetgoError, ExitCode } from './errors.js';

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/** The analysed window: inclusive local dates YYYY-MM-DD; `month` (YYYY-MM) when it is one calendar month. */
export interface Window {
  since: string;
  until: string;
  month?: string;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

/** Local date (YYYY-MM-DD) of an ISO 8601 time with offset, as the author saw it. */
export function localDate(iso: string): string {
  return iso.slice(0, 10);
}

/** Local month (YYYY-MM) of an ISO 8601 time with offset. */
export function localMonth(iso: string): string {
  return iso.slice(0, 7);
}

/** Local hour (0-23) of an ISO 8601 time with offset. */
export function localHour(iso: string): number {
  return Number(iso.slice(11, 13));
}

/** Day of week of a YYYY-MM-DD date: 0 = Sunday ... 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** ISO 8601 week of a YYYY-MM-DD date, as "YYYY-Www" (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7)); // the Thursday of this week decides the year
  const year = d.getUTCFullYear();
  const week = Math.ceil(((d.getTime() - Date.UTC(year, 0, 1)) / DAY_MS + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The month `delta` months after `month` (YYYY-MM; delta may be negative). */
export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Last day (YYYY-MM-DD) of a month YYYY-MM. */
export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** The date `days` days after a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** End of a local date as epoch ms (23:59:59.999 UTC), used for day distances ("last 90 days"). */
export function endOfDayMs(date: string): number {
  return Date.parse(`${date}T23:59:59.999Z`);
}

/** The window of a calendar month YYYY-MM. */
export function monthWindow(month: string): Window {
  return { since: `${month}-01`, until: lastDayOfMonth(month), month };
}

/**
 * Validates a YYYY-MM month. @throws LetgoError (USAGE) naming the option
 */
export function parseMonth(value: string, option = '--month'): string {
  const m = MONTH_RE.exec(value);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) {
    throw new LetgoError(ExitCode.Usage, `${option} "${value}" is not a month: use YYYY-MM, for example 2026-10`);
  }
  return value;
}

/**
 * JSON Schema pattern of an ISO 8601 date and time with a zone: git's strict `%aI` (the
 * author's own offset) and GitHub's `DateTime` scalar (`Z`). Shape only: {@link isCalendarTime} checks the values.
 */
export const ISO_TIME_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$';

/** True when `value` is YYYY-MM-DD and a real calendar day (not February 30, which Date takes for March 2). */
export function isCalendarDate(value: string): boolean {
  return DATE_RE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

/** True when a time of {@link ISO_TIME_PATTERN}'s shape names a real instant: a calendar day, hours < 24, minutes and seconds < 60, a zone of hours < 24 and minutes < 60. */
export function isCalendarTime(iso: string): boolean {
  const zone = /[+-](\d{2}):(\d{2})$/.exec(iso);
  const zoneOk = !zone || (Number(zone[1]) < 24 && Number(zone[2]) < 60);
  return isCalendarDate(iso.slice(0, 10)) && Number(iso.slice(11, 13)) < 24 && Number(iso.slice(14, 16)) < 60 && Number(iso.slice(17, 19)) < 60 && zoneOk;
}

/**
 * Validates a YYYY-MM-DD date (a real calendar day). @throws LetgoError (USAGE) naming the option
 */
export function parseDate(value: string, option: string): string {
  const ok = isCalendarDate(value);
  if (!ok) {
    throw new LetgoError(ExitCode.Usage, `${option} "${value}" is not a date: use YYYY-MM-DD, for example 2026-10-01`);
  }
  return value;
}

/**
 * The window from the command line: `--month`, or `--since`/`--until`, default the last
 * full calendar month before `now` (UTC).
 * @throws LetgoError (USAGE) for an invalid month or date, both forms at once, or since after until
 */
export function resolveWindow(opts: { month?: string; since?: string; until?: string }, now: Date): Window {
  if (opts.month && (opts.since || opts.until)) {
    throw new LetgoError(ExitCode.Usage, 'use either --month or --since/--until, not both');
  }
  if (opts.month) return monthWindow(parseMonth(opts.month));
  if (opts.since || opts.until) {
    const until = opts.until ? parseDate(opts.until, '--until') : now.toISOString().slice(0, 10);
    const since = opts.since ? parseDate(opts.since, '--since') : `${until.slice(0, 7)}-01`;
    if (since > until) {
      throw new LetgoError(ExitCode.Usage, `--since ${since} is after --until ${until}: swap them`);
    }
    const month = since.endsWith('-01') && until === lastDayOfMonth(since.slice(0, 7)) ? since.slice(0, 7) : undefined;
    return month ? { since, until, month } : { since, until };
  }
  return monthWindow(addMonths(now.toISOString().slice(0, 7), -1));
}

/** One period of the trend: a calendar month or quarter. */
export interface TrendPeriod {
  /** First month of the period, YYYY-MM. */
  month: string;
  /** Calendar months it covers: 1, or 3 for a quarter. */
  months: number;
  /** Its first and last day. */
  since: string;
  until: string;
}

/** Longest trend by month; a longer window's trend is by quarter (docs/definitions.md "Window and trend"). */
export const MAX_MONTHLY_TREND = 24;

/** True when a window is longer than a month (more than 31 days): its trend covers the window itself. */
export function isLongWindow(window: Window): boolean {
  return (Date.parse(`${window.until}T00:00:00Z`) - Date.parse(`${window.since}T00:00:00Z`)) / DAY_MS >= 31;
}

/**
 * The periods of the trend, oldest first (docs/definitions.md "Window and trend"): for a window longer than
 * a month (see {@link isLongWindow}), the calendar months it touches, or its calendar
 * quarters when that is more than {@link MAX_MONTHLY_TREND} months; otherwise the
 * `count` months ending with the month of the window's end.
 */
export function trendPeriods(window: Window, count: number): TrendPeriod[] {
  const month = (m: string): TrendPeriod => ({ month: m, months: 1, since: `${m}-01`, until: lastDayOfMonth(m) });
  const last = window.until.slice(0, 7);
  if (!isLongWindow(window)) {
    const n = Math.max(1, count);
    return Array.from({ length: n }, (_, i) => month(addMonths(last, i - n + 1)));
  }
  const first = window.since.slice(0, 7);
  const span = monthsBetween(first, last) + 1;
  if (span <= MAX_MONTHLY_TREND) return Array.from({ length: span }, (_, i) => month(addMonths(first, i)));
  const quarterOf = (m: string): string => addMonths(m, -((Number(m.slice(5, 7)) - 1) % 3));
  const out: TrendPeriod[] = [];
  for (let q = quarterOf(first); q <= last; q = addMonths(q, 3)) out.push({ month: q, months: 3, since: `${q}-01`, until: lastDayOfMonth(addMonths(q, 2)) });
  return out;
}

/** Whole months from `a` to `b` (YYYY-MM each; negative when b is earlier). */
export function monthsBetween(a: string, b: string): number {
  const [ya, ma] = a.split('-').map(Number);
  const [yb, mb] = b.split('-').map(Number);
  return (yb - ya) * 12 + (mb - ma);
}
