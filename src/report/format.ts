/**
 * Number, date and text formatting shared by every renderer (Markdown, HTML, terminal,
 * and the JupyterLab panel). Pure and browser-safe: no dependence on the machine's
 * locale (plurals follow `Intl.PluralRules` for a fixed "en-US"), so the same Report
 * always renders to the same characters.
 */
import { pluralForm } from '../core/plural.js';
import { lastDayOfMonth } from '../core/time.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_SHORT = MONTHS.map((m) => m.slice(0, 3));

/** Placeholder shown for a number that does not exist (null, NaN, infinite). */
export const NOT_AVAILABLE = 'n/a';

function finite(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/**
 * A share (0-1) as a whole percent: 0.3612 -> "36%". Shares under 1% but above 0 show
 * as "<1%" so they do not read as zero.
 * @returns {@link NOT_AVAILABLE} for null or a non-finite number
 */
export function formatPercent(share: number | null | undefined): string {
  if (!finite(share)) return NOT_AVAILABLE;
  if (share > 0 && share < 0.005) return '<1%';
  return `${Math.round(share * 100)}%`;
}

/**
 * A hands-on ratio R (share / fair share) with one decimal and an "x": 1.84 -> "1.8x".
 * @returns {@link NOT_AVAILABLE} for null or a non-finite number
 */
export function formatRatio(ratio: number | null | undefined): string {
  if (!finite(ratio)) return NOT_AVAILABLE;
  return `${(Math.round(ratio * 10) / 10).toFixed(1)}x`;
}

/**
 * A count with thousands separators and no decimals (churn can be fractional when
 * co-authored lines are split): 12345.5 -> "12,346".
 */
export function formatCount(n: number | null | undefined): string {
  if (!finite(n)) return NOT_AVAILABLE;
  const s = String(Math.round(Math.abs(n)));
  const grouped = s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 && Math.round(Math.abs(n)) !== 0 ? `-${grouped}` : grouped;
}

/**
 * "1 commit" / "3 commits": a count with its noun (or phrase: "notebook is" / "notebooks
 * are"), the form chosen by `Intl.PluralRules` (core/plural.ts) for the number shown
 * (rounded as {@link formatCount}: 0.6 lines reads "1 line"); `other` defaults to `one` + "s".
 */
export function plural(n: number, one: string, other = `${one}s`): string {
  return `${formatCount(n)} ${pluralForm(Math.round(n), one, other)}`;
}

/**
 * A month key "YYYY-MM" as "October 2026" (`short`: "Oct 2026"). Anything that is not a
 * month key is returned unchanged.
 */
export function formatMonth(month: string, short = false): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  const idx = Number(m[2]) - 1;
  if (idx < 0 || idx > 11) return month;
  return `${(short ? MONTHS_SHORT : MONTHS)[idx]} ${m[1]}`;
}

/**
 * A date "YYYY-MM-DD" or an ISO time as "3 Oct 2026" (the calendar date as written,
 * no time-zone conversion). Anything else is returned unchanged.
 */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return NOT_AVAILABLE;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) return isoDate;
  const idx = Number(m[2]) - 1;
  if (idx < 0 || idx > 11) return isoDate;
  return `${Number(m[3])} ${MONTHS_SHORT[idx]} ${m[1]}`;
}

/**
 * A trend period in words: a month "Oct 2026" (`short`) or "October 2026", a quarter
 * (`months` 3, `month` its first month) "Q4 2026".
 */
export function formatPeriod(month: string, months = 1, short = false): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (months === 3 && m) return `Q${Math.floor((Number(m[2]) - 1) / 3) + 1} ${m[1]}`;
  return formatMonth(month, short);
}

/**
 * The report window in words: "October 2026" when it is one calendar month, "Jan 2016 -
 * Dec 2026" when it runs from a month's first day to a month's last day, otherwise
 * "3 Sep 2026 - 30 Nov 2026".
 */
export function formatWindow(window: { since: string; until: string; month?: string }): string {
  if (window.month && /^\d{4}-\d{2}$/.test(window.month)) return formatMonth(window.month);
  const whole = /^\d{4}-\d{2}-01$/.test(window.since) && /^\d{4}-\d{2}-\d{2}$/.test(window.until) && lastDayOfMonth(window.until.slice(0, 7)) === window.until;
  if (whole) return `${formatMonth(window.since.slice(0, 7), true)} - ${formatMonth(window.until.slice(0, 7), true)}`;
  return `${formatDate(window.since)} - ${formatDate(window.until)}`;
}

/**
 * Replaces control characters (C0, DEL, C1, line and paragraph separators, bidi
 * overrides) with a space and collapses runs of whitespace, so untrusted text from a
 * repository can neither break a line-based format nor inject terminal escape sequences.
 * Escaping for a markup language is a separate, later step.
 */
export function cleanText(text: string): string {
  return String(text)
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Shortens text to at most `max` characters (counted in code points) by cutting the
 * middle and putting "…" there: a long path keeps its start and its file name.
 * @param max at least 5; smaller values are raised to 5
 */
export function truncateMiddle(text: string, max: number): string {
  const chars = Array.from(text);
  const limit = Math.max(5, Math.floor(max));
  if (chars.length <= limit) return text;
  const keep = limit - 1;
  const head = Math.ceil(keep * 0.4);
  const tail = keep - head;
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`;
}

/**
 * Shortens text to at most `max` characters (code points) by cutting the end and adding
 * "…": for prose, where the start carries the meaning.
 * @param max at least 2; smaller values are raised to 2
 */
export function truncateEnd(text: string, max: number): string {
  const chars = Array.from(text);
  const limit = Math.max(2, Math.floor(max));
  if (chars.length <= limit) return text;
  return `${chars
    .slice(0, limit - 1)
    .join('')
    .trimEnd()}…`;
}
