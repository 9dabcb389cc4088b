/**
 * The terminal summary of a Report (`letgo scan --format table`): headline, the trend as
 * a sparkline, the top evidence in a small table and the first reflection question, in
 * under 30 lines and within the terminal width. Untrusted text is stripped of control
 * characters (no escape-sequence injection) and shortened in the middle to fit.
 */
import Table from 'cli-table3';
import pc from 'picocolors';
import type { NotebookWork, Report, SignalLevel } from '../core/report.js';
import { cleanText, formatMonth, formatPercent, formatRatio, plural, truncateEnd, truncateMiddle } from './format.js';
import { buildReviewModel, type HabitRow, type ReviewModel, type ReviewModelOptions } from './model.js';
import { sparkline } from './sparkline.js';
import { LEVEL_WORDS } from './words.js';

/** Options of {@link renderTable}. */
export interface TableOptions extends ReviewModelOptions {
  /** Use ANSI colours (pass the CLI's colour decision: TTY, NO_COLOR, --no-color). */
  color: boolean;
  /** Terminal width in columns (default 80, at least 40). */
  width?: number;
}

/** Most lines {@link renderTable} prints (the CLI adds one: the command of the full review, under 30 in all). */
export const TABLE_MAX_LINES = 28;

type Colors = ReturnType<typeof pc.createColors>;

function levelColor(c: Colors, level: SignalLevel): (s: string) => string {
  switch (level) {
    case 'holding-back':
      return c.red;
    case 'watch':
      return c.yellow;
    case 'balanced':
      return c.green;
    case 'out-of-touch':
      return c.blue;
    default:
      return c.dim;
  }
}

/** Greedy word wrap of plain text to `width` columns (long words are cut in the middle). */
function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const raw of cleanText(text).split(' ')) {
    const word = truncateMiddle(raw, width);
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = truncateMiddle(`${kept[maxLines - 1]!} …`, width);
    return kept;
  }
  return lines;
}

/** Prose then an optional path, the path shortened in the middle so the whole fits in `width`. */
function withPath(prose: string, path: string | undefined, width: number, suffix = ''): string {
  if (path === undefined) return truncateEnd(cleanText(prose + suffix), width);
  const room = width - prose.length - suffix.length;
  if (room < 12) return truncateEnd(cleanText(prose + suffix + path), width);
  return `${prose}${truncateMiddle(cleanText(path), room)}${suffix}`;
}

function evidenceRows(m: ReviewModel, report: Report, width: number): [string, string][] {
  const rows: [string, string][] = [];
  const only = m.onlyYou[0];
  rows.push([
    'Only you maintain',
    only ? withPath(`${plural(m.onlyYou.length, 'notebook')}, e.g. `, only.path, width) : 'none',
  ]);
  const files = m.takeovers.reduce((n, g) => n + g.items.length, 0);
  const inFlight = m.takeovers.reduce((n, g) => n + g.inFlight, 0);
  const first = m.takeovers[0]?.items[0];
  rows.push([
    'Stepped in',
    first ? withPath(`${plural(files, 'file')}${inFlight ? `, ${inFlight} in flight` : ''}, e.g. `, first.path, width) : 'none',
  ]);
  const handsOn = report.snacks.handsOnCommits ?? report.handsOn.managerCommits;
  const habit = (key: HabitRow['key']) => m.habits.find((h) => h.key === key)!;
  rows.push([
    'Small fixes',
    handsOn ? withPath(`${habit('snacks').value} of hands-on commits ≤${m.limits.snackLines} lines (${report.snacks.count}/${handsOn})`, undefined, width) : 'n/a',
  ]);
  rows.push(['After hours', report.afterHoursShare === null ? 'n/a' : withPath(`${habit('afterHours').value} of your commits`, undefined, width)]);
  const nbm = m.notebooks;
  if (nbm) {
    const work = (who: string, w: Required<NotebookWork>): string =>
      nbm.mode === 'cells' ? `${who} ${plural(w.cellsAdded + w.cellsDeleted + w.cellsModified, 'cell')}, ${plural(w.linesAdded + w.linesDeleted, 'line')}` : `${who} ${plural(w.linesAdded + w.linesDeleted, 'line')}`;
    rows.push([`Notebooks (${nbm.mode})`, withPath(`${work('you', nbm.manager)}; ${work('team', nbm.team)}`, undefined, width)]);
  }
  const nb = report.notebooks?.manager;
  rows.push([
    'Re-runs only',
    nb && nb.changes ? withPath(`${habit('reruns').value} of notebook changes (${nb.rerunsOnly}/${nb.changes})`, undefined, width) : 'n/a',
  ]);
  const tactical = m.delegation.rows.find((r) => r.tier === 'tactical');
  rows.push([
    'Tactical work',
    withPath(`you: ${formatPercent(tactical?.shareOfTier ?? null)} of the team’s; ${m.delegation.plan?.length ? `plan ${m.delegation.plan[0]!.status}` : 'no plan'}`, undefined, width),
  ]);
  const shallow = m.quality.find((q) => q.label === 'Shallow clones');
  const warnings = m.quality.find((q) => q.label === 'Warnings');
  const dq = [
    shallow?.values.length ? plural(shallow.values.length + shallow.more, 'shallow clone') : '',
    warnings?.values.length ? plural(warnings.values.length + warnings.more, 'warning') : '',
    nbm?.team.fallbacks ? plural(nbm.team.fallbacks, 'notebook fallback') : '',
  ]
    .filter(Boolean)
    .join(', ');
  rows.push(['Data quality', dq ? withPath(dq, undefined, width) : 'no issues']);
  return rows;
}

/**
 * Renders the terminal summary: at most {@link TABLE_MAX_LINES} lines, none wider than
 * `opts.width` (ANSI codes not counted), no trailing newline. Colour only with
 * `opts.color`; without it the output is plain text.
 */
export function renderTable(report: Report, opts: TableOptions): string {
  const width = Math.max(40, Math.floor(opts.width ?? 80));
  const c = pc.createColors(opts.color);
  const m = buildReviewModel(report, opts);
  const h = m.headline;
  const lc = levelColor(c, h.level);
  const out: string[] = [];

  const title = `letgo · ${h.window} · `;
  out.push(c.dim(title) + c.bold(truncateMiddle(cleanText(h.manager), width - title.length)));
  const badge = `${LEVEL_WORDS[h.level].symbol} ${h.label.toUpperCase()}`;
  out.push(lc(c.bold(badge)));
  for (const l of wrap(h.headline, width, 2)) out.push(c.bold(l));
  for (const l of wrap(h.numbers, width, 3)) out.push(l);
  out.push('');

  if (m.trend.length) {
    const ratios = m.trend.map((r) => r.ratio);
    const max = Math.max(m.thresholds.holdingBackRatio * 1.5, ...ratios.map((r) => r ?? 0));
    // Keep the sparkline within the width: the most recent months win.
    const room = Math.max(1, width - 40);
    const shown = m.trend.slice(-room);
    const chars = Array.from(sparkline(shown.map((r) => r.ratio), { min: 0, max }));
    const spark = chars.map((ch, i) => levelColor(c, shown[i]!.level)(ch)).join('');
    const first = shown[0]!;
    const last = shown[shown.length - 1]!;
    const firstKnown = shown.find((r) => r.ratio !== null);
    const range = `${formatMonth(first.month, true)} ${spark} ${formatMonth(last.month, true)}`;
    const change = `  ${c.dim('ratio')} ${formatRatio(firstKnown?.ratio ?? null)} → ${lc(formatRatio(last.ratio))}`;
    // "Trend  " + two month labels + sparkline + change: drop the change when it does not fit.
    const plainLength = 7 + 18 + shown.length + 21;
    out.push(`${c.dim('Trend')}  ${range}${plainLength <= width ? change : ''}`);
  } else {
    out.push(`${c.dim('Trend')}  no earlier months in this report`);
  }
  const tiers = m.delegation.rows.map((r) => `${r.label.toLowerCase()} ${r.manager}`).join(' · ');
  out.push(`${c.dim('Tiers')}  ${truncateEnd(tiers, width - 7)}`);
  out.push('');

  const labelWidth = 18;
  const detailWidth = width - labelWidth - 3;
  const table = new Table({
    chars: {
      top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
      bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
      left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: ' ',
    },
    style: { head: [], border: [], compact: true, 'padding-left': 0, 'padding-right': 1 },
    colWidths: [labelWidth, detailWidth + 1],
    wordWrap: false,
  });
  for (const [label, detail] of evidenceRows(m, report, detailWidth)) table.push([c.dim(label), detail]);
  out.push(...table.toString().split('\n').map((l) => l.replace(/\s+$/, '')));
  out.push('');

  const question = m.questions[0];
  if (question) {
    const lines = wrap(question, width - 2, 3);
    out.push(`${c.bold('?')} ${lines[0]}`);
    for (const l of lines.slice(1)) out.push(`  ${l}`);
  }
  return out.slice(0, TABLE_MAX_LINES).join('\n');
}
