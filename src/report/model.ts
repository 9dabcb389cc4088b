/**
 * The review model: the Report turned into the ten sections of the monthly self-review
 * that `letgo report` renders, as plain, unescaped text and numbers. The Markdown and HTML
 * renderers only lay it out and escape every string, so both formats say exactly the
 * same thing. Pure and browser-safe.
 */
import type { AutomationEntry, DelegationProgress, NotebookWork, Report, ReportRepo, SignalLevel, TrendPoint } from '../core/report.js';
import type { Tier } from '../core/facts.js';
import { TIERS } from '../core/facts.js';
import type { NotebookLineMode } from '../core/notebook/types.js';
import { formatCount, formatDate, formatPercent, formatRatio, formatWindow, plural } from './format.js';
import { pluralForm } from '../core/plural.js';
import { EVIDENCE_TITLES, emptyText, newHoardsText, trendTitle, trendUnit } from './sections.js';
import type { EvidenceCommit } from '../core/evidence.js';
import type { Handoff } from '../core/handoffs.js';
import { DELEGATION_SEQUENCE, HABIT_WORDS, LEVEL_WORDS, TIER_WORDS } from './words.js';
import type { BandThresholds, EvidenceLimits } from './thresholds.js';
import { evidenceLimits, resolveThresholds } from './thresholds.js';
import { chooseQuestions } from './questions.js';

/** Section 1: the headline. */
export interface HeadlineModel {
  level: SignalLevel;
  label: string;
  headline: string;
  meaning: string;
  /** The manager's display name (untrusted). */
  manager: string;
  /** The window in words: "October 2026", "Jan 2016 - Dec 2026". */
  window: string;
  /** What the page is: "monthly self-review" for a calendar month, else "self-review, Jan 2016 - Dec 2026". */
  title: string;
  /** One sentence with share, fair share, ratio and team size. */
  numbers: string;
  /** Key figures, formatted: label -> value; `evidence`: the id of the {@link EvidenceList} of the commits behind it. */
  figures: { label: string; value: string; note: string; evidence?: string }[];
  /** The signal's own reasons from analysis (plain text, may contain untrusted text). */
  reasons: string[];
}

/** One row of the tier mix (section 3). */
export interface TierRow {
  tier: Tier;
  label: string;
  recommendation: string;
  covers: string;
  /** Manager commits of this tier in the window. */
  manager: number;
  /** Team commits of this tier (manager included). */
  team: number;
  /** Manager's share of the team's commits of this tier (0-1), null without team commits. */
  shareOfTier: number | null;
  /** Share of the manager's own tiered commits (0-1), null without any. */
  shareOfYours: number | null;
}

/** Where a delegation step stands. */
export type PlanStatus = 'not started' | 'on track' | 'behind plan' | 'done' | 'overdue' | 'no data';

/** One step of the config's delegation plan with its progress (section 3). */
export type PlanRow = DelegationProgress & { label: string; status: PlanStatus };

type OnlyYouMaintain = Report['ownership']['onlyYouMaintain'][number];

/** A notebook only the manager maintains (section 4); `lastChange` is null when an older report lacks it. */
export type OnlyYouRow = Omit<OnlyYouMaintain, 'lastChange'> & { lastChange: string | null };

type Takeover = Report['takeovers'][number];

/** Takeovers of one owner (section 5). */
export interface TakeoverGroup {
  /**
   * "Owner: 2 files, 1 in flight": the owner's name (untrusted) with team detail,
   * otherwise "A teammate" (lettered when there are several).
   */
  title: string;
  inFlight: number;
  items: Pick<Takeover, 'repo' | 'path' | 'at' | 'inFlight'>[];
}

/** One row of the lead-by-example section: a count, formatted, and what it counts. */
export interface LeadRow {
  label: string;
  value: string;
  detail: string;
  /** Id of the evidence list behind the value ({@link EvidenceList}), when the report has one. */
  evidence?: string;
}

/** Lead by example (between the takeovers and the habits): the manager's reviews and pairing beside the team's reviews. */
export interface LeadModel {
  /** One sentence on what counts and the sources read; null when the report has no lead-by-example numbers. */
  intro: string | null;
  rows: LeadRow[];
  /** What the section says instead of rows (nothing found, or an older report); null when it has rows. */
  empty: string | null;
  /** The report's numbers (zeros for an older report). */
  reviews: number;
  pairedCommits: number;
}

/** One habit with its number and meaning (section 6). */
export interface HabitRow {
  key: keyof typeof HABIT_WORDS;
  label: string;
  /** The headline number, formatted ("31%" or "n/a"). */
  value: string;
  /** The counts behind it, in words. */
  detail: string;
  meaning: string;
  /** True when the value is at or above the habit's notable level. */
  notable: boolean;
}

/**
 * The commits behind one number (the HTML report's appendix, the panel's lists): `id` is
 * the number's evidence key (`managerHandsOn`, `snacks`, `afterHours`, a habit's key where
 * it has one; `team-N` for the N-th member with team detail).
 */
export interface EvidenceList {
  id: string;
  title: string;
  /** The report's number: the list's length. */
  count: number;
  commits: EvidenceCommit[];
}

/** One row of the notebook work table (section 6): what was counted, for you and for the team, formatted. */
export interface NotebookRow {
  label: string;
  you: string;
  team: string;
}

/** Notebook work of the manager beside the team's (section 6), and how it was counted. */
export interface NotebookModel {
  /** The Report's `options.notebookLines`: cell-source lines, or git's line counts. */
  mode: NotebookLineMode;
  /** One sentence on how notebooks were counted (names the mode). */
  modeText: string;
  rows: NotebookRow[];
  /** The Report's numbers, optional fields filled with zeros. */
  manager: Required<NotebookWork>;
  team: Required<NotebookWork>;
}

/** One repository (section 7): its hands-on numbers and the manager's share of its hands-on commits. */
export type RepoRow = Pick<ReportRepo, 'id' | 'shallow'> & ReportRepo['handsOn'] & { share: number | null };

/** One data-quality note (section 8): a trusted sentence plus untrusted values to list. */
export interface QualityItem {
  label: string;
  text: string;
  /** Untrusted values (repository ids, bot names, warnings); may be empty. */
  values: string[];
  /** Values left out of `values` to keep the page short. */
  more: number;
}

/** The whole review, section by section. */
export interface ReviewModel {
  thresholds: BandThresholds;
  /** Evidence limits quoted in the text (snack lines, work hours, days). */
  limits: EvidenceLimits;
  /** One sentence introducing section 4 (what "only you maintain" means, judged at which day). */
  onlyYouIntro: string;
  /** What section 4 says when it lists nothing: what was measured, and why none qualified. */
  onlyYouEmpty: string;
  /** One sentence introducing section 5 (what a takeover and "in flight" mean). */
  takeoversIntro: string;
  headline: HeadlineModel;
  /** The trend by month (or quarter), oldest first, optional fields filled with zeros. */
  trend: TrendPoint[];
  /** The trend section's title ("Trend: the last 6 months", "Trend: Q1 2016 - Q4 2026, by quarter"). */
  trendTitle: string;
  /** What one trend point covers. */
  trendUnit: 'month' | 'quarter';
  delegation: { rows: TierRow[]; sequence: string; stage: string; plan: PlanRow[] | null };
  onlyYou: OnlyYouRow[];
  takeovers: TakeoverGroup[];
  /** Handoffs over the trend (empty in older reports), and the sentence on new hoards. */
  handoffs: { items: Handoff[]; newHoards: string };
  lead: LeadModel;
  habits: HabitRow[];
  /** The commits behind the numbers (empty for a report without evidence). */
  evidence: EvidenceList[];
  /** Notebook work, null when the report holds none (older or partial reports). */
  notebooks: NotebookModel;
  repos: RepoRow[];
  quality: QualityItem[];
  questions: string[];
  /** The letgo version that made the report. */
  generator: string;
  /** The closing sentence: who made the page, when, and how to read it. */
  footer: string;
}

/** Options of {@link buildReviewModel}. */
export interface ReviewModelOptions {
  /** Band thresholds to use instead of the report's or the defaults. */
  thresholds?: Partial<BandThresholds>;
  /** Most warnings and list values listed in the data-quality section (default 20). */
  maxListed?: number;
}

function ratioOf(a: number, b: number): number | null {
  return b > 0 ? a / b : null;
}

function trendOf(report: Report): TrendPoint[] {
  return [...report.trend]
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0))
    .map((p) => ({
      month: p.month,
      ...(p.months && p.months > 1 ? { months: p.months } : {}),
      share: p.share,
      ratio: p.ratio,
      level: p.level,
      managerCommits: p.managerCommits,
      teamCommits: p.teamCommits,
      tiers: p.tiers,
    }));
}

function headlineOf(report: Report): HeadlineModel {
  const words = LEVEL_WORDS[report.signal.level];
  const h = report.handsOn;
  const size = report.team.size;
  const numbers =
    size <= 1
      ? `letgo found no teammates in this scan, so the team is you alone and there is no share to compare. You made ${plural(h.managerCommits, 'hands-on commit')} in this period.`
      : h.share === null
        ? `The team made no hands-on notebook or code commit in this period; a fair share for a team of ${size} would be ${formatPercent(h.fairShare)}.`
        : `You made ${formatPercent(h.share)} of the team’s hands-on commits (${formatCount(h.managerCommits)} of ${formatCount(h.teamCommits)}). A fair share for a team of ${size} is ${formatPercent(h.fairShare)}, so your ratio is ${formatRatio(h.ratio)}.`;
  const active = typeof report.team.active === 'number' ? `${report.team.active} active this period` : 'people on the team';
  return {
    level: report.signal.level,
    label: words.label,
    headline: words.headline,
    meaning: words.meaning,
    manager: report.manager.name,
    window: formatWindow(report.window),
    title: report.window.month ? 'monthly self-review' : `self-review, ${formatWindow(report.window)}`,
    numbers,
    figures: [
      {
        label: 'Your share',
        value: formatPercent(h.share),
        note: `${formatCount(h.managerCommits)} of ${formatCount(h.teamCommits)} commits`,
        ...(report.evidence ? { evidence: 'managerHandsOn' } : {}),
      },
      { label: 'Fair share', value: formatPercent(h.fairShare), note: `1 of ${size}` },
      { label: 'Ratio', value: formatRatio(h.ratio), note: '1.0x = one full share' },
      { label: 'By lines changed', value: formatPercent(h.churnShare), note: `${formatCount(h.managerChurn)} of ${formatCount(h.teamChurn)} lines` },
      { label: 'Team size', value: String(size), note: active },
    ],
    reasons: report.signal.reasons,
  };
}

function delegationOf(report: Report): ReviewModel['delegation'] {
  const manager = report.tiers.manager;
  const team = report.tiers.team;
  const yours = TIERS.reduce((n, tier) => n + manager[tier], 0);
  const rows: TierRow[] = TIERS.map((tier) => ({
    tier,
    label: TIER_WORDS[tier].label,
    recommendation: TIER_WORDS[tier].owner,
    covers: TIER_WORDS[tier].covers,
    manager: manager[tier],
    team: team[tier],
    shareOfTier: ratioOf(manager[tier], team[tier]),
    shareOfYours: ratioOf(manager[tier], yours),
  }));
  const fair = report.handsOn.fairShare;
  const tac = rows[2]!.shareOfTier;
  const imp = rows[1]!.shareOfTier;
  let stage: string;
  if (report.team.size <= 1) {
    stage = 'With no teammates in this scan there is no one to hand work over to yet: check that the scan covers your team’s repositories and people.';
  } else if (yours === 0) {
    stage = 'You made no commits in any tier this period, so there is nothing to hand over; the question is rather where to help.';
  } else if (tac === null && imp === null) {
    stage = 'The team made no tactical or implementation commits in this period, so there is nothing to hand over yet.';
  } else if (tac !== null && tac > fair) {
    stage = `Step 1 is open: you made ${formatPercent(tac)} of the team’s tactical commits against a fair share of ${formatPercent(fair)}. Hand tactical work over first.`;
  } else if (imp !== null && imp > fair) {
    stage = `Tactical work is largely with the team (${tac === null ? 'no tactical commits' : `you made ${formatPercent(tac)} of it`}). Step 2 is next: you made ${formatPercent(imp)} of the implementation commits against a fair share of ${formatPercent(fair)}.`;
  } else {
    stage = 'Tactical and implementation work are both mostly with the team. What remains, the strategic work, is yours to keep.';
  }
  const plan = report.delegation
    ? report.delegation.map((d) => ({ ...d, label: TIER_WORDS[d.tier].label, status: planStatus(d.elapsed, d.nowShare, d.targetShare) }))
    : null;
  return { rows, sequence: DELEGATION_SEQUENCE, stage, plan };
}

/** Tolerance (share points) within which a delegation step counts as on track. */
const PLAN_TOLERANCE = 0.05;

function planStatus(elapsed: number, now: number | null, target: number | null): PlanStatus {
  if (elapsed <= 0) return 'not started';
  if (now === null || target === null) return 'no data';
  const onTrack = now <= target + PLAN_TOLERANCE;
  if (elapsed >= 1) return onTrack ? 'done' : 'overdue';
  return onTrack ? 'on track' : 'behind plan';
}

function takeoverGroupsOf(report: Report): TakeoverGroup[] {
  const byOwner = new Map<string, { name?: string; items: TakeoverGroup['items'] }>();
  for (const t of report.takeovers) {
    let g = byOwner.get(t.owner);
    if (!g) byOwner.set(t.owner, (g = { name: t.ownerName, items: [] }));
    g.name ??= t.ownerName;
    g.items.push({ repo: t.repo, path: t.path, at: t.at, inFlight: t.inFlight });
  }
  const groups = [...byOwner.values()].map((g) => {
    g.items.sort((a, b) => Number(b.inFlight) - Number(a.inFlight) || (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    return { name: g.name, inFlight: g.items.filter((i) => i.inFlight).length, items: g.items };
  });
  groups.sort((a, b) => b.inFlight - a.inFlight || b.items.length - a.items.length);
  const anonymous = groups.filter((g) => !g.name).length;
  let letter = 0;
  return groups.map((g) => {
    const owner = g.name ?? (anonymous > 1 ? `A teammate (${String.fromCharCode(65 + (letter++ % 26))})` : 'A teammate');
    return {
      title: `${owner.charAt(0).toUpperCase()}${owner.slice(1)}: ${plural(g.items.length, 'file')}${g.inFlight ? `, ${g.inFlight} in flight` : ''}`,
      inFlight: g.inFlight,
      items: g.items,
    };
  });
}

function habitsOf(report: Report, limits: EvidenceLimits): HabitRow[] {
  const handsOn = report.snacks.handsOnCommits;
  const snackShare = report.snacks.share;
  const nb = report.notebooks.manager;
  const teamNb = report.notebooks.team;
  const rerunShare = nb ? ratioOf(nb.rerunsOnly, nb.changes) : null;
  const teamRerun = teamNb ? ratioOf(teamNb.rerunsOnly, teamNb.changes) : null;
  return [
    {
      key: 'snacks',
      label: HABIT_WORDS.snacks.label,
      value: formatPercent(snackShare),
      detail:
        handsOn > 0
          ? `${formatCount(report.snacks.count)} of your ${plural(handsOn, 'hands-on commit')} changed ${plural(limits.snackLines, 'line')} or fewer.`
          : 'You made no hands-on commit, so there is nothing to count.',
      meaning: HABIT_WORDS.snacks.meaning,
      notable: (snackShare ?? 0) >= HABIT_WORDS.snacks.notable && report.snacks.count >= 3,
    },
    {
      key: 'afterHours',
      label: HABIT_WORDS.afterHours.label,
      value: formatPercent(report.afterHoursShare),
      detail:
        report.afterHoursShare === null
          ? 'You made no commit in this period.'
          : `${formatPercent(report.afterHoursShare)} of your commits were made before ${limits.workdayStartHour}:00, from ${limits.workdayEndHour}:00 or at a weekend (your local time).`,
      meaning: HABIT_WORDS.afterHours.meaning,
      notable: (report.afterHoursShare ?? 0) >= HABIT_WORDS.afterHours.notable,
    },
    {
      key: 'reruns',
      label: HABIT_WORDS.reruns.label,
      value: formatPercent(rerunShare),
      detail:
        nb.changes === 0
          ? 'You changed no notebook in this period.'
          : `${formatCount(nb.rerunsOnly)} of your ${plural(nb.changes, 'notebook change')} only re-ran the notebook${teamRerun === null ? '' : ` (team: ${formatPercent(teamRerun)})`}.`,
      meaning: HABIT_WORDS.reruns.meaning,
      notable: (rerunShare ?? 0) >= HABIT_WORDS.reruns.notable && nb.rerunsOnly >= 2,
    },
    ...(report.aiAssisted ? [aiHabit(report.aiAssisted, handsOn)] : []),
  ];
}

/** The AI-assisted habit row: the manager's and the team's commits made with an AI assistant. */
function aiHabit(ai: NonNullable<Report['aiAssisted']>, handsOn: number): HabitRow {
  const names = ai.assistants.length ? ` (${ai.assistants.join(', ')})` : '';
  return {
    key: 'aiAssisted',
    label: HABIT_WORDS.aiAssisted.label,
    value: formatCount(ai.managerCommits),
    detail:
      ai.teamCommits === 0 && ai.withoutPerson === 0
        ? 'No commit in this period names an AI coding assistant as author or co-author.'
        : `${plural(ai.managerCommits, 'commit')} of yours and ${plural(ai.teamCommits, 'commit')} of the team’s (yours included) name an AI coding assistant as author or co-author${names}${ai.withoutPerson ? `; ${plural(ai.withoutPerson, 'commit')} by an assistant alone ${pluralForm(ai.withoutPerson, 'counts', 'count')} for nobody` : ''}.`,
    meaning: HABIT_WORDS.aiAssisted.meaning,
    notable: handsOn > 0 && ai.managerCommits / handsOn >= HABIT_WORDS.aiAssisted.notable,
  };
}

function workOf(w: NotebookWork): Required<NotebookWork> {
  return { fallbacks: 0, textNotebooks: 0, pairedScripts: 0, ...w };
}

function notebooksOf(report: Report): NotebookModel {
  const mode = report.options.notebookLines === 'git' ? 'git' : 'cells';
  const raw = { manager: report.notebooks.manager, team: report.notebooks.team };
  const manager = workOf(raw.manager);
  const team = workOf(raw.team);
  const row = (label: string, cell: (w: Required<NotebookWork>) => string): NotebookRow => ({ label, you: cell(manager), team: cell(team) });
  /** A count older reports lack: 'n/a' there rather than a made-up 0. */
  const optional = (label: string, key: 'fallbacks' | 'textNotebooks' | 'pairedScripts'): NotebookRow => ({
    label,
    you: raw.manager[key] === undefined ? 'n/a' : formatCount(manager[key]),
    team: raw.team[key] === undefined ? 'n/a' : formatCount(team[key]),
  });
  const rows = [
    row('Notebook changes', (w) => formatCount(w.changes)),
    row(
      'Cells changed (added / deleted / modified)',
      (w) =>
        `${formatCount(w.cellsAdded + w.cellsDeleted + w.cellsModified)} (${formatCount(w.cellsAdded)} / ${formatCount(w.cellsDeleted)} / ${formatCount(w.cellsModified)})`
    ),
    row(
      mode === 'cells' ? 'Source lines changed (added / deleted)' : 'Lines changed by git (added / deleted)',
      (w) => `${formatCount(w.linesAdded + w.linesDeleted)} (${formatCount(w.linesAdded)} / ${formatCount(w.linesDeleted)})`
    ),
    row('Re-runs only', (w) => `${formatCount(w.rerunsOnly)} of ${formatCount(w.changes)}`),
    optional('Counted by git lines (not readable as cells)', 'fallbacks'),
    optional('Jupytext scripts changed alone', 'textNotebooks'),
    optional('Jupytext scripts changed with their notebook (counted once)', 'pairedScripts'),
  ];
  const modeText =
    mode === 'cells'
      ? 'Notebooks counted by cell-source lines (--notebook-lines cells): outputs, images and execution counts are not lines, a moved cell is no change, and a Jupytext script changed with its notebook counts once, on the notebook. Team numbers include yours.'
      : 'Notebooks counted by git’s line counts of their JSON (--notebook-lines git): outputs, images and metadata count as lines, so these numbers overstate the work, and cells are not counted. Team numbers include yours.';
  return { mode, modeText, rows, manager, team };
}

function reposOf(report: Report): RepoRow[] {
  return report.repos
    .map((r) => {
      const h = r.handsOn;
      return {
        id: r.id,
        managerCommits: h.managerCommits,
        teamCommits: h.teamCommits,
        share: ratioOf(h.managerCommits, h.teamCommits),
        managerChurn: h.managerChurn,
        teamChurn: h.teamChurn,
        shallow: r.shallow,
      };
    })
    .sort((a, b) => b.managerCommits - a.managerCommits || b.teamCommits - a.teamCommits || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function capped(values: string[], max: number): { values: string[]; more: number } {
  return { values: values.slice(0, max), more: Math.max(0, values.length - max) };
}

function qualityOf(report: Report, max: number): QualityItem[] {
  const repos = report.repos;
  const shallow = repos.filter((r) => r.shallow).map((r) => r.id);
  const ex = report.excluded;
  const merged = report.identities.merged;
  const team = report.team;
  const items: QualityItem[] = [];
  items.push({
    label: 'Team',
    text:
      `A team of ${team.size}, ` +
      (team.source === 'roster'
        ? 'from the roster in the config'
        : team.source === 'regulars'
          ? 'chosen as the regulars (people with commits in at least 2 different weeks)'
          : 'as scanned') +
      (typeof team.active === 'number' ? `; ${team.active} of them active in this period.` : '.'),
    values: [],
    more: 0,
  });
  items.push({
    label: 'Shallow clones',
    text: shallow.length
      ? `${shallow.length} of ${plural(repos.length, 'repository', 'repositories')} ${pluralForm(shallow.length, 'is a shallow clone', 'are shallow clones')}: older history is missing, so ownership and early trend months may be incomplete.`
      : repos.length === 1
        ? 'None: the repository has its full history.'
        : `None: all ${plural(repos.length, 'repository', 'repositories')} have their full history.`,
    ...capped(shallow, max),
  });
  items.push({
    label: 'Bots',
    text: ex.bots.commits ? `${plural(ex.bots.commits, 'bot commit')} left out.` : 'No bot commits found.',
    ...capped(ex.bots.names, max),
  });
  const auto = ex.automation;
  if (auto && auto.identities.length) {
    items.push({
      label: 'Likely automation',
      text: `${plural(auto.identities.length, 'author looks', 'authors look')} like automation under a person’s name and ${pluralForm(auto.identities.length, 'was', 'were')} left out like bots (${plural(auto.commits, 'commit')} in this period). To count one as a person, add its email to "humans" in the config.`,
      ...capped(
        auto.identities.map((a) => `${a.name} <${a.email}>: ${automationText(a)}`),
        max
      ),
    });
  }
  items.push({
    label: 'Outside the team',
    text: ex.outsideTeam.commits
      ? `${plural(ex.outsideTeam.commits, 'commit')} by ${plural(ex.outsideTeam.authors, 'author')} outside the team, not counted in the shares.`
      : 'No commits by people outside the team.',
    values: [],
    more: 0,
  });
  items.push({
    label: 'Merge commits',
    text: ex.merges ? `${plural(ex.merges, 'merge commit')} skipped: merges carry no work of their own.` : 'No merge commits skipped.',
    values: [],
    more: 0,
  });
  items.push({
    label: 'Merged identities',
    text: merged.length
      ? `${plural(merged.length, 'person', 'people')} appeared under several names or emails and ${pluralForm(merged.length, 'was', 'were')} counted as one. Split a wrong merge in the config.`
      : 'No identities were merged.',
    ...capped(
      merged.map((p) => `${p.names.map(String).join(' = ')}${p.emails.length ? ` (${p.emails.map(String).join(', ')})` : ''}`),
      max
    ),
  });
  const opts = report.options;
  if (opts) {
    items.push({
      label: 'Scope',
      text: `Scanned ${opts.allBranches ? 'all local branches and tags' : 'the history reachable from HEAD'}; notebook changes counted by ${opts.notebookLines === 'git' ? 'git’s line counts' : 'cell-source lines'}.`,
      values: [],
      more: 0,
    });
  }
  items.push({
    label: 'Warnings',
    text: report.warnings.length
      ? `${plural(report.warnings.length, 'warning')} from the scan (notebooks that could not be parsed, unreadable blobs and similar).`
      : 'The scan raised no warnings.',
    ...capped(report.warnings, max),
  });
  return items;
}

/** "up to 31 Dec 2026, the window's end" or "up to 3 Jun 2023, the last commit in the window"; "before the window's end" in older reports. */
function judgedAt(report: Report): string {
  const asOf = report.ownership.asOf;
  if (!asOf) return 'before the window’s end';
  return `up to ${formatDate(asOf)}, ${asOf < report.window.until ? 'the last commit in the window' : 'the window’s end'}`;
}

/** What section 4 says when no notebook is the manager's alone: what was measured, and why none qualified. */
function onlyYouEmpty(report: Report, days: number): string {
  const o = report.ownership;
  if (o?.notebooksChanged === undefined || o.managerNotebooksChanged === undefined) return emptyText.onlyYou;
  const span = `in the ${days} days ${judgedAt(report)}`;
  if (o.notebooksChanged === 0) return `None: no notebook changed ${span}.`;
  if (o.managerNotebooksChanged === 0) return `None: you changed no notebook ${span} (the team changed ${plural(o.notebooksChanged, 'notebook')}).`;
  const k = o.managerNotebooksChanged;
  return `None: a teammate also worked on the ${plural(k, 'notebook')} you changed ${span}, or most of ${pluralForm(k, 'its', 'their')} changes are someone else’s.`;
}

/** The evidence of likely automation in words: "30 of 30 commits (100%) have the message "..."" (the template is untrusted text). */
export function automationText(a: Pick<AutomationEntry, 'rule' | 'matching' | 'commits' | 'share' | 'template'>): string {
  const counts = `${formatCount(a.matching)} of ${plural(a.commits, 'commit')} (${formatPercent(a.share)})`;
  return a.rule === 'template' ? `${counts} ${pluralForm(a.matching, 'has', 'have')} the message "${a.template}"` : `${counts} each change many files`;
}

/** The lead-by-example section of a report (src/core/leadByExample.ts defines each number). */
function leadOf(report: Report): LeadModel {
  const l = report.leadByExample;
  if (!l) return { intro: null, rows: [], empty: emptyText.leadMissing, reviews: 0, pairedCommits: 0 };
  const github = l.sources.includes('github');
  const from = github ? 'review trailers in commit messages and GitHub pull-request reviews (--reviews)' : 'review trailers in commit messages';
  const intro = `Contact with the team’s work that leaves it with them: reviews (one per commit or pull request reviewed), counted from ${from}, and pairing (a teammate’s commit you co-authored: it counts as hands-on work too, never as a takeover).`;
  const none = l.reviews + l.pairedCommits + l.teamReviews === 0;
  return {
    intro,
    rows: none
      ? []
      : [
          { label: 'Your reviews', value: formatCount(l.reviews), detail: `of the work of ${plural(l.membersReviewed, 'teammate')}` },
          {
            label: 'Pairing',
            value: formatCount(l.pairedCommits),
            detail: `teammates’ ${pluralForm(l.pairedCommits, 'commit', 'commits')} you co-authored`,
            evidence: 'pairing',
          },
          { label: 'The team’s reviews', value: formatCount(l.teamReviews), detail: 'of each other’s work, yours included' },
        ],
    empty: none ? (github ? emptyText.lead : `${emptyText.lead} ${emptyText.leadGithub}`) : null,
    reviews: l.reviews,
    pairedCommits: l.pairedCommits,
  };
}

/**
 * Builds the ten sections of the self-review from a Report (assumed valid, see
 * `validateReport`: a valid report has every field the Report type requires). The
 * optional fields older reports lack (automation, AI-assisted commits, notebook fallbacks,
 * the ownership date, lead by example, handoffs) are left out of the sections.
 */
export function buildReviewModel(report: Report, opts: ReviewModelOptions = {}): ReviewModel {
  const limits = evidenceLimits(report);
  const generator = report.generator;
  const trend = trendOf(report);
  const model: Omit<ReviewModel, 'questions'> = {
    thresholds: resolveThresholds(report, opts.thresholds),
    limits,
    onlyYouIntro: `Nobody else on the team changed these notebooks in the ${limits.onlyYouDays} days ${judgedAt(report)}. If you were away, nobody would know them well.`,
    onlyYouEmpty: onlyYouEmpty(report, limits.onlyYouDays),
    takeoversIntro: `Files a teammate owned (held most of the changes) when you changed them. In flight: the owner had committed to the file in the ${limits.inFlightDays} days before, so you stepped into work in progress.`,
    headline: headlineOf(report),
    trend,
    trendTitle: trendTitle(trend, report.window),
    trendUnit: trendUnit(trend),
    delegation: delegationOf(report),
    onlyYou: report.ownership.onlyYouMaintain
      .map((o) => ({ repo: o.repo, path: o.path, managerShare: o.managerShare, lastChange: o.lastChange, lastTeamTouch: o.lastTeamTouch }))
      .sort((a, b) => (a.lastTeamTouch ?? '').localeCompare(b.lastTeamTouch ?? '') || b.managerShare - a.managerShare),
    takeovers: takeoverGroupsOf(report),
    handoffs: { items: report.handoffs?.handedOff ?? [], newHoards: newHoardsText(report.handoffs?.newHoards ?? []) },
    lead: leadOf(report),
    habits: habitsOf(report, limits),
    evidence: evidenceListsOf(report),
    notebooks: notebooksOf(report),
    repos: reposOf(report),
    quality: qualityOf(report, Math.max(1, opts.maxListed ?? 20)),
    generator,
    footer: `Made by ${generator} on ${formatDate(report.generatedAt)} from the team’s git history. The numbers count commits and changed lines, not effort or value: read them as a prompt for reflection, not a verdict.`,
  };
  return { ...model, questions: chooseQuestions(report, model) };
}

/** The report's evidence as lists (see {@link EvidenceList}), each commit looked up by sha. */
function evidenceListsOf(report: Report): EvidenceList[] {
  const ev = report.evidence;
  if (!ev) return [];
  const bySha = new Map(ev.commits.map((c) => [c.sha, c]));
  const list = (id: string, title: string, shas: readonly string[]): EvidenceList => ({
    id,
    title,
    count: shas.length,
    commits: shas.flatMap((sha) => bySha.get(sha) ?? []),
  });
  return [
    list('managerHandsOn', EVIDENCE_TITLES.managerHandsOn.title, ev.managerHandsOn),
    list('snacks', EVIDENCE_TITLES.snacks.title, ev.snacks),
    list('afterHours', EVIDENCE_TITLES.afterHours.title, ev.afterHours),
    ...(ev.pairing ? [list('pairing', EVIDENCE_TITLES.pairing.title, ev.pairing)] : []),
    ...(ev.team.members ?? []).map((m, i) => list(`team-${i}`, `${EVIDENCE_TITLES.teamHandsOn.title}: ${m.name}`, m.handsOn)),
  ];
}
