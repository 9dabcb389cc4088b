/**
 * The terminal summary of a Report (`letgo scan --format table`): headline, the trend as
 * a sparkline, the top evidence in a small table and the first reflection question, in
 * under 30 lines and within the terminal width. Untrusted text is stripped of control
 * characters (no escape-sequence injection) and shortened in the middle to fit.
 */
import Table from 'cli-table3';
import pc from 'picocolors';
import type { NotebookWork, Report, SignalLevel } from '../core/report.js';
import { cleanText, formatCount, formatPercent, formatPeriod, formatRatio, plural, truncateEnd, truncateMiddle } from './format.js';
import { buildReviewModel, type ReviewModel, type ReviewModelOptions } from './model.js';
import { pluralForm } from '../core/plural.js';
import { SECTION_TITLES } from './sections.js';
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
    case 'insufficient-data':
      return c.dim;
    default:
      return unknownLevel(level);
  }
}

/** tsc fails on a call of this when a switch over signal levels misses one (`level` is then not `never`). */
function unknownLevel(level: never): never {
  throw new Error(`unknown signal level ${String(level)}`);
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

/**
 * A row's detail: its clauses joined by `sep` on one line when they fit in `width`,
 * otherwise one clause per line (a two-line row), each cut to the width.
 */
function fit(clauses: string[], width: number, sep = ' '): string {
  const one = clauses.join(sep);
  if (one.length <= width) return one;
  return clauses.map((c, i) => truncateEnd(i < clauses.length - 1 ? c + sep.trimEnd() : c, width)).join('\n');
}

/**
 * "e.g. PATH" (and " in REPO" when the report covers several repositories: the path alone
 * does not say which one), the untrusted path and repository stripped of control
 * characters and shortened in the middle to fit `width`.
 */
function example(report: Report, repo: string, path: string, width: number): string {
  const where = report.repos.length > 1 ? ` in ${truncateMiddle(cleanText(repo), Math.max(8, Math.floor(width / 3)))}` : '';
  return `e.g. ${truncateMiddle(cleanText(path), Math.max(8, width - 5 - where.length))}${where}`;
}

/** The evidence rows: a label and one sentence each (on two lines when it does not fit), readable without the README. */
function evidenceRows(m: ReviewModel, report: Report, width: number): [string, string][] {
  const rows: [string, string][] = [];
  const only = m.onlyYou[0];
  rows.push([
    'Only you maintain',
    only ? fit([`${plural(m.onlyYou.length, 'notebook')},`, example(report, only.repo, only.path, width)], width) : 'no notebook',
  ]);
  const files = m.takeovers.reduce((n, g) => n + g.items.length, 0);
  const inFlight = m.takeovers.reduce((n, g) => n + g.inFlight, 0);
  const first = m.takeovers[0]?.items[0];
  rows.push([
    'Stepped in',
    first
      ? fit(
          [
            `${plural(files, 'teammate’s file', 'teammates’ files')}${inFlight ? `, ${inFlight} still in progress` : ''},`,
            example(report, first.repo, first.path, width),
          ],
          width
        )
      : 'no teammate’s file',
  ]);
  const handoff = m.handoffs.items[0];
  rows.push([
    'Handed off',
    handoff
      ? fit([`${plural(m.handoffs.items.length, 'notebook')} now a teammate’s,`, example(report, handoff.repo, handoff.path, width)], width)
      : 'no notebook of yours yet',
  ]);
  const lead = m.lead;
  const leadText =
    lead.intro === null
      ? 'not in this report: scan again'
      : lead.rows.length === 0
        ? 'no review or pairing found'
        : fit([`${plural(lead.reviews, 'review')} of teammates’ work,`, `${plural(lead.pairedCommits, 'pairing commit')}`], width);
  rows.push([SECTION_TITLES.lead, leadText]);
  const handsOn = report.snacks.handsOnCommits;
  rows.push([
    'Small fixes',
    handsOn === 0
      ? 'no hands-on commit of yours'
      : handsOn === 1
        ? `your one hands-on commit changed ${report.snacks.count ? '≤' : 'more than '}${m.limits.snackLines} lines`
        : fit(
            [
              `${formatCount(report.snacks.count)} of your ${plural(handsOn, 'hands-on commit')} (${formatPercent(report.snacks.count / handsOn)})`,
              `changed ≤${m.limits.snackLines} lines`,
            ],
            width
          ),
  ]);
  rows.push([
    'After hours',
    report.afterHoursShare === null
      ? 'no commit of yours'
      : fit(
          [`${formatPercent(report.afterHoursShare)} of your commits,`, `outside ${m.limits.workdayStartHour}:00-${m.limits.workdayEndHour}:00 or at weekends`],
          width
        ),
  ]);
  const nbm = m.notebooks;
  const cells = (w: Required<NotebookWork>): number => w.cellsAdded + w.cellsDeleted + w.cellsModified;
  const lines = (w: Required<NotebookWork>): number => w.linesAdded + w.linesDeleted;
  // The team's figures include the manager's: "of the team's".
  rows.push([
    'Notebook work',
    nbm.team.changes === 0
      ? 'no notebook changed by the team'
      : nbm.mode === 'cells'
        ? fit(
            [
              `you changed ${formatCount(cells(nbm.manager))} of the team’s ${plural(cells(nbm.team), 'cell')}`,
              `(${formatCount(lines(nbm.manager))} of ${plural(lines(nbm.team), 'line')})`,
            ],
            width
          )
        : fit([`you changed ${formatCount(lines(nbm.manager))} of the team’s ${plural(lines(nbm.team), 'line')}`, '(git’s count)'], width),
  ]);
  const nb = report.notebooks.manager;
  rows.push([
    'Re-runs only',
    nb.changes
      ? fit([`${formatCount(nb.rerunsOnly)} of your ${plural(nb.changes, 'notebook change')}`, 'were re-runs (outputs only)'], width)
      : 'no notebook changed by you',
  ]);
  const ai = report.aiAssisted;
  if (ai && (ai.teamCommits || ai.withoutPerson))
    rows.push([
      'AI-assisted',
      fit(
        [
          `${formatCount(ai.managerCommits)} of the team’s ${plural(ai.teamCommits, 'AI-assisted commit')}`,
          `${pluralForm(ai.managerCommits, 'is', 'are')} yours`,
        ],
        width
      ),
    ]);
  const tactical = m.delegation.rows.find((r) => r.tier === 'tactical');
  const plan = m.delegation.plan?.find((p) => p.tier === 'tactical') ?? m.delegation.plan?.[0];
  rows.push([
    'Tactical work',
    fit(
      [
        tactical?.shareOfTier == null ? 'the team made no tactical commit' : `${formatPercent(tactical.shareOfTier)} of the team’s tactical commits are yours`,
        plan ? `handover plan ${plan.status}` : 'no handover plan set',
      ],
      width,
      '; '
    ),
  ]);
  const shallow = m.quality.find((q) => q.label === 'Shallow clones');
  const warnings = m.quality.find((q) => q.label === 'Warnings');
  const dq = [
    shallow?.values.length ? plural(shallow.values.length + shallow.more, 'shallow clone') : '',
    warnings?.values.length ? plural(warnings.values.length + warnings.more, 'warning') : '',
    nbm?.team.fallbacks ? plural(nbm.team.fallbacks, 'notebook fallback') : '',
    report.excluded.automation?.identities.length ? `${plural(report.excluded.automation.identities.length, 'likely automation account')} left out` : '',
  ].filter(Boolean);
  rows.push(['Data quality', dq.length ? fit(dq, width, ', ') : 'no issues']);
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
    const chars = Array.from(
      sparkline(
        shown.map((r) => r.ratio),
        { min: 0, max }
      )
    );
    const spark = chars.map((ch, i) => levelColor(c, shown[i]!.level)(ch)).join('');
    const first = shown[0]!;
    const last = shown[shown.length - 1]!;
    const firstKnown = shown.find((r) => r.ratio !== null);
    const from = formatPeriod(first.month, first.months, true);
    const to = formatPeriod(last.month, last.months, true);
    const range = `${from} ${spark} ${to}`;
    const change = firstKnown
      ? {
          plain: `  ratio ${formatRatio(firstKnown.ratio)} → ${formatRatio(last.ratio)}`,
          shown: `  ${c.dim('ratio')} ${formatRatio(firstKnown.ratio)} → ${lc(formatRatio(last.ratio))}`,
        }
      : { plain: '  no hands-on work by the team', shown: `  ${c.dim('no hands-on work by the team')}` };
    // "Trend  " + two month labels + sparkline + change: drop the change when it does not fit.
    const plainLength = 7 + from.length + 2 + shown.length + to.length + change.plain.length;
    out.push(`${c.dim('Trend')}  ${range}${plainLength <= width ? change.shown : ''}`);
  } else {
    out.push(`${c.dim('Trend')}  no earlier months in this report`);
  }
  const tiers = `your commits: ${m.delegation.rows.map((r) => `${r.label.toLowerCase()} ${r.manager}`).join(' · ')}`;
  out.push(`${c.dim('Tiers')}  ${truncateEnd(tiers, width - 7)}`);
  out.push('');

  const labelWidth = 18;
  const detailWidth = width - labelWidth - 3;
  const table = new Table({
    chars: {
      top: '',
      'top-mid': '',
      'top-left': '',
      'top-right': '',
      bottom: '',
      'bottom-mid': '',
      'bottom-left': '',
      'bottom-right': '',
      left: '',
      'left-mid': '',
      mid: '',
      'mid-mid': '',
      right: '',
      'right-mid': '',
      middle: ' ',
    },
    style: { head: [], border: [], compact: true, 'padding-left': 0, 'padding-right': 1 },
    colWidths: [labelWidth, detailWidth + 1],
    wordWrap: false,
  });
  const question = m.questions[0] ? wrap(m.questions[0], width - 2, 3) : [];
  // Two-line rows become one (cut) line, from the last row up, while the whole would pass TABLE_MAX_LINES.
  const rows = evidenceRows(m, report, detailWidth);
  const room = TABLE_MAX_LINES - out.length - 1 - question.length;
  const height = (): number => rows.reduce((n, [, d]) => n + d.split('\n').length, 0);
  for (let i = rows.length - 1; i >= 0 && height() > room; i--) rows[i]![1] = truncateEnd(rows[i]![1].replace(/\n/g, ' '), detailWidth);
  for (const [label, detail] of rows) table.push([c.dim(label), detail]);
  out.push(
    ...table
      .toString()
      .split('\n')
      .map((l) => l.replace(/\s+$/, ''))
  );
  out.push('');

  if (question.length) {
    out.push(`${c.bold('?')} ${question[0]}`);
    for (const l of question.slice(1)) out.push(`  ${l}`);
  }
  return out.slice(0, TABLE_MAX_LINES).join('\n');
}
