/**
 * What the Markdown and HTML renderers say alike: section titles, the sentences shown
 * when a section has nothing to show (an empty section says so briefly rather than
 * vanishing), and the columns and plain-text cells of the tables both draw. Each
 * renderer escapes the cells and lays out the one column it draws its own way.
 */
import type { ExplainSection } from '../core/explain.js';
import type { Handoff, NewHoard } from '../core/handoffs.js';
import type { TrendPoint } from '../core/report.js';
import { isLongWindow, type Window } from '../core/time.js';
import { formatCount, formatDate, formatPercent, formatPeriod, formatRatio, plural } from './format.js';
import type { PlanRow, RepoRow, TierRow } from './model.js';
import { LEVEL_WORDS } from './words.js';

/** Titles of the sections after the headline (which is its own title). */
export const SECTION_TITLES = {
  trend: 'Trend',
  delegation: 'Delegation',
  onlyYou: 'Notebooks only you maintain',
  takeovers: 'Whose work you stepped into',
  handoffs: 'Handoffs',
  lead: 'Lead by example',
  habits: 'Habits',
  repos: 'Per repository',
  quality: 'Data quality',
  questions: 'Questions for your reflection',
  evidence: 'Behind the numbers',
} as const;

/**
 * Title of the trend section when it has points: "Trend: the last 6 months" before a
 * window of a month or less, "Trend: Jan 2016 - Dec 2017, by month" or "Trend: Q1 2016 -
 * Q4 2026, by quarter" over a longer window (time.ts trendPeriods).
 */
export function trendTitle(trend: readonly TrendPoint[], window: Window): string {
  const first = trend[0];
  const last = trend[trend.length - 1];
  if (!first || !last || !isLongWindow(window)) return `${SECTION_TITLES.trend}: the last ${plural(trend.length, 'month')}`;
  const quarters = (first.months ?? 1) === 3;
  return `${SECTION_TITLES.trend}: ${formatPeriod(first.month, first.months, true)} - ${formatPeriod(last.month, last.months, true)}, by ${quarters ? 'quarter' : 'month'}`;
}

/** "month" or "quarter": what one point of the trend covers. */
export function trendUnit(trend: readonly TrendPoint[]): 'month' | 'quarter' {
  return (trend[0]?.months ?? 1) === 3 ? 'quarter' : 'month';
}

/** What an empty section says. */
export const emptyText = {
  trend: 'No trend yet: the report holds no month before this one.',
  plan: 'No delegation plan in the config. Add one, for example "delegate": [{"tier": "tactical", "since": "2026-09-01", "weeks": 8}], and the next report tracks it.',
  onlyYou: 'None. Every notebook you changed recently also has another maintainer on the team.',
  takeovers: 'None. You did not change a file that a teammate owned in this period.',
  handoffs: 'None yet. No notebook that only you maintained at the end of a trend month is owned by a teammate at a later month’s end.',
  newHoards: 'No notebook became one that only you maintain during the trend.',
  evidence: 'None.',
  repos: 'No repository was scanned.',
  lead: 'None found: no review trailer (Reviewed-by:, Acked-by:, Tested-by:, Helped-by:, Suggested-by:) names a team member on another’s commit, and you co-authored no teammate’s commit.',
  leadGithub: 'Pass letgo scan --reviews with a gh export (README: Lead by example) to count pull-request reviews too.',
  leadMissing: 'Not in this report: a letgo without lead-by-example numbers made it. Scan again to count reviews and pairing.',
} as const;

/** The lead-by-example table's columns. */
export const LEAD_COLUMNS: Column[] = [{ label: 'Contact' }, { label: 'Count', num: true }, { label: 'What letgo counted' }];

/** A table column: its heading, and whether it holds numbers (right-aligned). */
export interface Column {
  label: string;
  num?: boolean;
}

/** The trend table's columns before the tier counts (which each renderer lays out itself). */
export const TREND_COLUMNS: Column[] = [
  { label: 'Month' },
  { label: 'Signal' },
  { label: 'Ratio', num: true },
  { label: 'Share', num: true },
  { label: 'Hands-on you / team', num: true },
];

/** Cells of {@link TREND_COLUMNS} for one month. */
export function trendCells(p: TrendPoint): string[] {
  return [
    formatPeriod(p.month, p.months),
    LEVEL_WORDS[p.level].label,
    formatRatio(p.ratio),
    formatPercent(p.share),
    `${formatCount(p.managerCommits)} / ${formatCount(p.teamCommits)}`,
  ];
}

/** The tier mix table's columns. */
export const TIER_MIX_COLUMNS: Column[] = [
  { label: 'Tier' },
  { label: 'Recommended' },
  { label: 'You', num: true },
  { label: 'Team', num: true },
  { label: 'Your share of it', num: true },
  { label: 'Of your work', num: true },
];

/** Cells of {@link TIER_MIX_COLUMNS} after the first (the tier, which each renderer lays out itself). */
export function tierMixCells(r: TierRow): string[] {
  return [r.recommendation, formatCount(r.manager), formatCount(r.team), formatPercent(r.shareOfTier), formatPercent(r.shareOfYours)];
}

/** The delegation plan table's columns. */
export const PLAN_COLUMNS: Column[] = [
  { label: 'Step' },
  { label: 'Period' },
  { label: 'Elapsed', num: true },
  { label: 'Your share at start', num: true },
  { label: 'Now', num: true },
  { label: 'Plan wants', num: true },
  { label: 'Handoffs', num: true },
  { label: 'Status' },
];

/** Cells of {@link PLAN_COLUMNS} before the last (the status, which each renderer marks itself). */
export function planCells(p: PlanRow): string[] {
  return [
    p.label,
    `${formatDate(p.since)} - ${formatDate(p.end)} (${p.weeks} weeks)`,
    formatPercent(Math.min(1, Math.max(0, p.elapsed))),
    formatPercent(p.startShare),
    formatPercent(p.nowShare),
    formatPercent(p.targetShare),
    p.handoffs === undefined ? 'n/a' : formatCount(p.handoffs),
  ];
}

/** The notebook work table's columns (section 6). */
export const NOTEBOOK_COLUMNS: Column[] = [{ label: 'Notebook work' }, { label: 'You', num: true }, { label: 'Team', num: true }];

/** Title of the notebook work table within section 6. */
export const NOTEBOOK_TITLE = 'Notebook work';

/** The per-repository table's columns. */
export const REPO_COLUMNS: Column[] = [
  { label: 'Repository' },
  { label: 'Your hands-on commits', num: true },
  { label: 'Team', num: true },
  { label: 'Your share', num: true },
  { label: 'Your lines', num: true },
  { label: 'Team lines', num: true },
];

/** Cells of {@link REPO_COLUMNS} after the first (the repository, which each renderer lays out itself). */
export function repoCells(r: RepoRow): string[] {
  return [formatCount(r.managerCommits), formatCount(r.teamCommits), formatPercent(r.share), formatCount(r.managerChurn), formatCount(r.teamChurn)];
}

/**
 * Titles of the evidence lists (`letgo explain`, the HTML report's appendix, the panel),
 * one per core/explain.ts EXPLAIN_SECTIONS entry, and the report number each explains.
 */
export const EVIDENCE_TITLES: Record<ExplainSection, { title: string; number: string }> = {
  managerHandsOn: { title: 'Your hands-on commits', number: 'handsOn.managerCommits' },
  teamHandsOn: { title: 'The team’s hands-on commits', number: 'handsOn.teamCommits' },
  takeovers: { title: 'Files you stepped into', number: 'takeovers' },
  onlyYou: { title: SECTION_TITLES.onlyYou, number: 'ownership.onlyYouMaintain' },
  snacks: { title: 'Snacks', number: 'snacks.count' },
  afterHours: { title: 'After-hours commits', number: 'afterHoursShare' },
  reviews: { title: 'Your reviews', number: 'leadByExample.reviews' },
  pairing: { title: 'Your pairing', number: 'leadByExample.pairedCommits' },
  handoffs: { title: SECTION_TITLES.handoffs, number: 'handoffs.handedOff' },
};

/** The columns of an evidence list's table (the HTML appendix). */
export const EVIDENCE_COLUMNS: Column[] = [{ label: 'When', num: true }, { label: 'Commit' }, { label: 'Subject' }, { label: 'Files (kind, tier, lines)' }];

/** The handoffs table's columns. */
export const HANDOFF_COLUMNS: Column[] = [
  { label: 'Notebook' },
  { label: 'Only you at the end of' },
  { label: 'A teammate’s at the end of' },
  { label: 'New owner' },
  { label: 'Their share', num: true },
];

/**
 * Words for an owner as the report labels one (analyze.ts label): the person's name with
 * team detail, "a teammate" without (`owner` is then `teammate`), else the person id.
 */
export function ownerWords(o: { owner: string; ownerName?: string }): string {
  return o.ownerName ?? (o.owner === 'teammate' ? 'a teammate' : o.owner);
}

/** Cells of {@link HANDOFF_COLUMNS} after the first (the notebook, which each renderer lays out itself). */
export function handoffCells(h: Handoff): string[] {
  return [formatPeriod(h.since), formatPeriod(h.month), ownerWords(h), formatPercent(h.share)];
}

/** The sentence under the handoffs table about new hoards: "New hoards: 2 notebooks became only yours (a.ipynb in Oct 2026, ...)." */
export function newHoardsText(hoards: readonly NewHoard[]): string {
  if (!hoards.length) return emptyText.newHoards;
  const shown = hoards.slice(0, 5).map((h) => `${h.path} (${formatPeriod(h.month)})`);
  const more = hoards.length > shown.length ? `, and ${hoards.length - shown.length} more` : '';
  return `New hoards: ${plural(hoards.length, 'notebook')} became one that only you maintain: ${shown.join(', ')}${more}.`;
}
