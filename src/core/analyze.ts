/**
 * analyze: facts (+ repository metadata + config) -> Report. Pure and deterministic:
 * the same inputs and `generatedAt` give the same Report, whatever the order of facts.
 */
import type { Commit } from './commits.js';
import { groupCommits } from './commits.js';
import type { Config } from './config.js';
import type { NotebookLineMode } from './notebook/types.js';
import type { Fact, FactRow, RepoMeta, Tier } from './facts.js';
import { sortFacts } from './facts.js';
import type { Person } from './identity.js';
import { onlyYouMaintain, ownerOf, recentNotebooks, replayOwnership, type FileHistory } from './ownership.js';
import type { AutomationEntry, DelegationProgress, NotebookOwner, NotebookWork, Report, ReportRepo, TierCounts, TrendPoint } from './report.js';
import { REPORT_SCHEMA_ID, REVIEW_SOURCES } from './report.js';
import type { PullRequestReview } from './githubReviews.js';
import { leadLists, leadNumbers, loginResolver, reviewEvents, unmatchedLogins } from './leadByExample.js';
import { decideSignal, type Signal } from './signal.js';
import { chooseManager, chooseTeam, type Team } from './team.js';
import type { Window } from './time.js';
import { addDays, DAY_MS, endOfDayMs, localHour, trendPeriods, weekday } from './time.js';
import { pluralForm } from './plural.js';
import { groupBy } from './collections.js';
import { ExitCode, LetgoError } from './errors.js';
import { buildEvidence } from './evidence.js';
import { type Handoffs, trackHandoffs } from './handoffs.js';
import { round } from './round.js';

/** Options of {@link analyze}. */
export interface AnalyzeOptions {
  config: Config;
  /** Manager emails or names; the first match is the manager. */
  managers: string[];
  window: Window;
  /** Months of trend ending with the window's month (>= 1), for a window of a month or less; a longer window's trend covers the window (time.ts trendPeriods). */
  trendMonths: number;
  /** List team members by name (off by default: the report is a self-review, not a ranking). */
  teamDetail: boolean;
  /** ISO time written as `generatedAt`. */
  generatedAt: string;
  /** letgo version written as `generator`. */
  generator: string;
  allBranches: boolean;
  notebookLines: NotebookLineMode;
  /** Pull-request reviews of `--reviews` exports (githubReviews.ts); undefined: none given. */
  githubReviews?: readonly PullRequestReview[];
}

/** Hands-on numbers of one period: the counts are the lengths of the commit lists. */
interface Measure {
  /** The manager's hands-on commits (authored or co-authored). */
  managerHandsOn: Commit[];
  /** The team's hands-on commits, the manager's included. */
  teamHandsOn: Commit[];
  managerChurn: number;
  teamChurn: number;
  activeMembers: number;
  topOtherCommits: number;
  managerTiers: TierCounts;
  teamTiers: TierCounts;
  perMember: Map<string, { commits: number; handsOn: Commit[]; churn: number }>;
}

const zeroTiers = (): TierCounts => ({ strategic: 0, implementation: 0, tactical: 0 });

/**
 * Builds the Report.
 * @param facts facts of every scanned repository, commit rows included (any order; duplicates allowed)
 * @param repos metadata of every scanned repository
 * @throws LetgoError NO_COMMITS when there are no facts or no commit in the window; UNKNOWN_MANAGER / USAGE from chooseManager
 */
export function analyze(facts: readonly FactRow[], repos: readonly RepoMeta[], opts: AnalyzeOptions): Report {
  return analyzeInDetail(facts, repos, opts).report;
}

/** What {@link analyzeInDetail} returns: the Report, and the file histories its ownership sections were judged on. */
export interface DetailedAnalysis {
  report: Report;
  /** Every work file's history up to the window's end (ownership.ts), renames followed. */
  files: FileHistory[];
  /** How the report names a person id as an owner: "you", "teammate" without team detail, else the id and name. */
  label: (id: string) => { owner: string; ownerName?: string };
}

/** {@link analyze}, with the file histories behind ownership (for `letgo explain --path`); same arguments and errors. */
export function analyzeInDetail(facts: readonly FactRow[], repos: readonly RepoMeta[], opts: AnalyzeOptions): DetailedAnalysis {
  const { config, window } = opts;
  const thresholds = config.thresholds;
  if (facts.length === 0) {
    throw new LetgoError(ExitCode.NoCommits, `no commits in ${repos.map((r) => r.path).join(', ') || 'the scanned paths'}: nothing to report`);
  }
  const sorted = sortFacts([...facts]);
  const { commits, identities } = groupCommits(sorted, config);
  const managerPersons = chooseManager(identities.persons, opts.managers);
  const managerIds = new Set(managerPersons.map((p) => p.id));
  const periods = trendPeriods(window, opts.trendMonths);
  const period = { since: periods[0].since < window.since ? periods[0].since : window.since, until: window.until };
  const team = chooseTeam(identities.persons, commits, managerPersons, config.team, period, thresholds.regularWeeks);
  const teamIds = team.ids;

  const inRange = (c: Commit, since: string, until: string): boolean => c.date >= since && c.date <= until;
  const windowCommits = commits.filter((c) => inRange(c, window.since, window.until));
  if (windowCommits.length === 0) {
    throw new LetgoError(
      ExitCode.NoCommits,
      `no commits between ${window.since} and ${window.until} in ${repos.map((r) => r.id).join(', ')}: choose another --month or --since/--until`
    );
  }

  const reviews = reviewEvents(commits, opts.githubReviews ?? [], loginResolver(identities.persons, config.aliases));
  const leadOf = (since: string, until: string) => leadLists(reviews.events, commits, managerIds, teamIds, since, until);
  const lead = (since: string, until: string) => leadNumbers(leadOf(since, until));
  const windowLead = leadOf(window.since, window.until);

  /**
   * Measures a period's commits and decides its signal. The contact span (signal.ts) is the
   * period, or the `outOfTouchDays` days up to its end when the period is shorter.
   */
  const judge = (list: readonly Commit[], w: Window): { m: Measure; signal: Signal } => {
    const m = measurePeriod(list, managerIds, teamIds);
    const periodDays = Math.round((endOfDayMs(w.until) - Date.parse(`${w.since}T00:00:00Z`)) / DAY_MS);
    const counts = { managerCommits: m.managerHandsOn.length, teamCommits: m.teamHandsOn.length };
    const since = periodDays >= thresholds.outOfTouchDays ? w.since : addDays(w.until, 1 - thresholds.outOfTouchDays);
    const { reviews: r, pairedCommits } = lead(since, w.until);
    const handsOn =
      since === w.since
        ? counts.managerCommits
        : measurePeriod(
            commits.filter((c) => inRange(c, since, w.until)),
            managerIds,
            teamIds
          ).managerHandsOn.length;
    const contact = { days: Math.max(periodDays, thresholds.outOfTouchDays), handsOn, reviews: r, pairedCommits };
    return { m, signal: decideSignal({ ...m, ...counts, teamSize: teamIds.size, periodDays, contact }, thresholds) };
  };
  const { m, signal } = judge(windowCommits, window);

  const byMonth = groupBy(commits, (c) => c.date.slice(0, 7));
  const trend: TrendPoint[] = periods.map((p) => {
    const list = p.months === 1 ? (byMonth.get(p.month) ?? []) : commits.filter((c) => inRange(c, p.since, p.until));
    const { m: mm, signal: s } = judge(list, p);
    return {
      month: p.month,
      ...(p.months > 1 ? { months: p.months } : {}),
      share: s.share,
      ratio: s.ratio,
      level: s.level,
      managerCommits: mm.managerHandsOn.length,
      teamCommits: mm.teamHandsOn.length,
      tiers: mm.managerTiers,
    };
  });

  // Ownership is judged at the window's last commit when the window ends later (a range past the history's end).
  const lastDate = windowCommits.reduce((d, c) => (c.date > d ? c.date : d), window.since);
  const asOf = lastDate < window.until ? lastDate : window.until;
  const endMs = endOfDayMs(asOf);
  const label = ownerLabeler(identities.persons, managerIds, opts.teamDetail);
  // Handoffs are judged at each trend period's end, the last one at the day ownership is judged at.
  const checkpoints = periods.filter((p) => p.since <= asOf).map((p) => ({ month: p.month, until: p.until < asOf ? p.until : asOf }));
  const handoffTracker = trackHandoffs(checkpoints, managerIds, teamIds, thresholds, label);
  const ownership = replayOwnership(commits, managerIds, teamIds, window, thresholds, { dates: checkpoints.map((c) => c.until), visit: handoffTracker.visit });
  const handoffs = handoffTracker.result();

  const isManager = (c: Commit): boolean => c.people.some((p) => managerIds.has(p.id));
  const managerWindow = windowCommits.filter(isManager);
  const commitBySha = new Map(commits.map((c) => [c.sha, c]));
  const evidence = buildEvidence(
    {
      managerHandsOn: m.managerHandsOn,
      snacks: m.managerHandsOn.filter((c) => c.handsOnChurn <= thresholds.snackLines),
      afterHours: managerWindow.filter((c) => isAfterHours(c.time, thresholds.workdayStartHour, thresholds.workdayEndHour)),
      reviews: windowLead.reviews.map((event) => ({
        event,
        commit: commitBySha.get(event.work),
        // Only the teammates: an outside co-author is no teammate (nor named with --team-detail).
        authors: [...new Map(event.teammates.map(label).map((l) => [l.owner, l])).values()],
      })),
      pairing: windowLead.paired,
      ...(opts.teamDetail ? { members: memberEvidence(identities.persons, teamIds, m) } : {}),
    },
    { managerCommits: managerWindow.length, teamHandsOnCommits: m.teamHandsOn.length }
  );
  const lastHandsOn = commits.filter((c) => c.handsOn && isManager(c) && c.date <= window.until).at(-1);

  const bots = windowCommits.filter((c) => c.author.kind === 'bot');
  const automated = windowCommits.filter((c) => c.author.kind === 'automation');
  const outside = windowCommits.filter((c) => c.people.length > 0 && !c.people.some((p) => teamIds.has(p.id)));
  const assisted = windowCommits.filter((c) => c.assistants.length > 0);
  const recent = recentNotebooks(ownership.files, managerIds, teamIds, endMs, thresholds);

  const report: Report = {
    schema: REPORT_SCHEMA_ID,
    generatedAt: opts.generatedAt,
    generator: opts.generator,
    window: { ...window },
    repos: repoSections(
      repos,
      windowCommits,
      commits.filter((c) => inRange(c, period.since, period.until)),
      ownership.files,
      managerIds,
      teamIds,
      label
    ),
    manager: {
      id: managerPersons[0].id,
      name: managerPersons[0].name,
      emails: [...new Set(managerPersons.flatMap((p) => p.emails))].sort(),
    },
    team: {
      size: teamIds.size,
      source: team.source,
      active: m.activeMembers,
      ...(opts.teamDetail ? { members: members(identities.persons, teamIds, m) } : {}),
    },
    handsOn: {
      managerCommits: evidence.managerHandsOn.length,
      teamCommits: evidence.team.handsOnCommits,
      share: signal.share,
      fairShare: signal.fairShare,
      ratio: signal.ratio,
      managerChurn: round(m.managerChurn),
      teamChurn: round(m.teamChurn),
      churnShare: m.teamChurn > 0 ? m.managerChurn / m.teamChurn : null,
      managerLastHandsOn: lastHandsOn?.time ?? null,
    },
    signal: { level: signal.level, reasons: signal.reasons },
    tiers: { manager: m.managerTiers, team: m.teamTiers },
    trend,
    notebooks: {
      manager: notebookWork(managerWindow),
      team: notebookWork(windowCommits.filter((c) => c.people.some((p) => teamIds.has(p.id)))),
    },
    ownership: {
      onlyYouMaintain: onlyYouMaintain(ownership.files, managerIds, teamIds, endMs, thresholds),
      asOf,
      notebooksChanged: recent.team,
      managerNotebooksChanged: recent.manager,
    },
    takeovers: ownership.takeovers.map((tk) => ({ ...tk, ...label(tk.owner) })),
    handoffs,
    snacks: {
      count: evidence.snacks.length,
      handsOnCommits: evidence.managerHandsOn.length,
      share: evidence.managerHandsOn.length ? evidence.snacks.length / evidence.managerHandsOn.length : null,
    },
    afterHoursShare: evidence.managerCommits ? evidence.afterHours.length / evidence.managerCommits : null,
    excluded: {
      bots: { commits: bots.length, names: [...new Set(bots.map((c) => c.author.name))].sort() },
      outsideTeam: { commits: outside.length, authors: new Set(outside.map((c) => c.people[0].id)).size },
      merges: repos.reduce((n, r) => n + r.merges, 0),
      automation: { commits: automated.length, identities: automationEntries(identities.persons) },
    },
    aiAssisted: {
      managerCommits: assisted.filter(isManager).length,
      teamCommits: assisted.filter((c) => c.people.some((p) => teamIds.has(p.id))).length,
      withoutPerson: assisted.filter((c) => c.people.length === 0).length,
      assistants: [...new Set(assisted.flatMap((c) => c.assistants))].sort(),
    },
    identities: { merged: identities.merged.filter((p) => p.kind === 'human').map((p) => ({ id: p.id, names: p.names, emails: p.emails })) },
    leadByExample: { ...leadNumbers(windowLead), sources: opts.githubReviews ? [...REVIEW_SOURCES] : ['trailers'] },
    ...(config.delegate.length ? { delegation: delegation(config, commits, managerIds, teamIds, teamIds.size, window, handoffs) } : {}),
    thresholds: { ...thresholds },
    // The --trend setting, not the periods drawn: `letgo report --month` re-analyses a month with it.
    options: { trendMonths: Math.max(1, opts.trendMonths), allBranches: opts.allBranches, notebookLines: opts.notebookLines, teamDetail: opts.teamDetail },
    warnings: warnings(repos, windowCommits, team.unmatched, unmatchedLogins(reviews.unmatched, teamIds, window.since, window.until)),
    evidence,
  };
  return { report, files: ownership.files, label };
}

/** The likely-automation identities among `persons`, most commits first, with their evidence. */
function automationEntries(persons: readonly Person[]): AutomationEntry[] {
  const out: AutomationEntry[] = [];
  for (const p of persons) {
    const a = p.automation;
    if (p.kind === 'automation' && a)
      out.push({ name: p.name, email: p.emails[0], rule: a.rule, commits: a.commits, matching: a.matching, share: a.share, template: a.template });
  }
  return out.sort((x, y) => y.commits - x.commits || (x.email < y.email ? -1 : 1));
}

function measurePeriod(list: readonly Commit[], managerIds: ReadonlySet<string>, teamIds: ReadonlySet<string>): Measure {
  const m: Measure = {
    managerHandsOn: [],
    teamHandsOn: [],
    managerChurn: 0,
    teamChurn: 0,
    activeMembers: 0,
    topOtherCommits: 0,
    managerTiers: zeroTiers(),
    teamTiers: zeroTiers(),
    perMember: new Map(),
  };
  const active = new Set<string>();
  for (const c of list) {
    const teamPeople = c.people.filter((p) => teamIds.has(p.id));
    if (teamPeople.length === 0) continue;
    const byManager = teamPeople.some((p) => managerIds.has(p.id));
    const split = c.handsOnChurn / c.people.length;
    if (c.tier) {
      m.teamTiers[c.tier]++;
      if (byManager) m.managerTiers[c.tier]++;
    }
    for (const p of teamPeople) {
      active.add(managerIds.has(p.id) ? 'manager' : p.id);
      let row = m.perMember.get(p.id);
      if (!row) m.perMember.set(p.id, (row = { commits: 0, handsOn: [], churn: 0 }));
      row.commits++;
      if (c.handsOn) {
        row.handsOn.push(c);
        row.churn += split;
      }
    }
    if (!c.handsOn) continue;
    m.teamHandsOn.push(c);
    m.teamChurn += split * teamPeople.length;
    if (byManager) {
      m.managerHandsOn.push(c);
      m.managerChurn += split * teamPeople.filter((p) => managerIds.has(p.id)).length;
    }
  }
  m.activeMembers = active.size;
  for (const [id, row] of m.perMember) if (!managerIds.has(id)) m.topOtherCommits = Math.max(m.topOtherCommits, row.handsOn.length);
  return m;
}

/** Labels an owner for the report: the person id and name with team detail, else an anonymous "teammate". */
function ownerLabeler(persons: readonly Person[], managerIds: ReadonlySet<string>, teamDetail: boolean) {
  const byId = new Map(persons.map((p) => [p.id, p]));
  return (id: string): { owner: string; ownerName?: string } => {
    if (managerIds.has(id)) return { owner: 'you' };
    if (!teamDetail) return { owner: 'teammate' };
    return { owner: id, ownerName: byId.get(id)?.name ?? id };
  };
}

/** Per repository: hands-on numbers in the window, and the owners of notebooks changed in the period (for the JupyterLab nudge). */
function repoSections(
  repos: readonly RepoMeta[],
  windowCommits: readonly Commit[],
  periodCommits: readonly Commit[],
  files: readonly FileHistory[],
  managerIds: ReadonlySet<string>,
  teamIds: ReadonlySet<string>,
  label: (id: string) => { owner: string; ownerName?: string }
): ReportRepo[] {
  const windowByRepo = groupBy(windowCommits, (c) => c.repo);
  const changed = new Set<string>();
  for (const c of periodCommits) for (const f of c.facts) if (f.kind === 'notebook') changed.add(`${c.repo}\u0000${f.path}`);
  const owners = new Map<string, NotebookOwner[]>();
  for (const f of files) {
    if (f.kind !== 'notebook' || !f.alive || !changed.has(`${f.repo}\u0000${f.path}`)) continue;
    const owner = ownerOf(f);
    if (!owner) continue;
    const list = owners.get(f.repo) ?? [];
    list.push({ path: f.path, ...label(owner.id), share: round(owner.share, 4) });
    owners.set(f.repo, list);
  }
  return repos.map((repo) => {
    const m = measurePeriod(windowByRepo.get(repo.id) ?? [], managerIds, teamIds);
    return {
      id: repo.id,
      path: repo.path,
      head: repo.head,
      commits: repo.commits,
      shallow: repo.shallow,
      handsOn: {
        managerCommits: m.managerHandsOn.length,
        teamCommits: m.teamHandsOn.length,
        managerChurn: round(m.managerChurn),
        teamChurn: round(m.teamChurn),
      },
      notebookOwners: (owners.get(repo.id) ?? []).sort((a, b) => (a.path < b.path ? -1 : 1)),
    };
  });
}

/** The team's members in the window (person order), with their commit counts and hands-on commits. */
function teamRows(persons: readonly Person[], teamIds: ReadonlySet<string>, m: Measure) {
  return persons.filter((p) => teamIds.has(p.id)).map((p) => ({ person: p, row: m.perMember.get(p.id) ?? { commits: 0, handsOn: [], churn: 0 } }));
}

function members(persons: readonly Person[], teamIds: ReadonlySet<string>, m: Measure) {
  return teamRows(persons, teamIds, m).map(({ person: p, row }) => ({
    id: p.id,
    name: p.name,
    emails: p.emails,
    commits: row.commits,
    handsOnCommits: row.handsOn.length,
    churn: round(row.churn),
  }));
}

function memberEvidence(persons: readonly Person[], teamIds: ReadonlySet<string>, m: Measure) {
  return teamRows(persons, teamIds, m).map(({ person: p, row }) => ({ id: p.id, name: p.name, handsOn: row.handsOn }));
}

/**
 * Notebook work of a group's commits: every fact of kind 'notebook' is one notebook change,
 * except a Jupytext script whose paired notebook the same commit changed (`pairedWith`):
 * that work is already the notebook's, so it only counts in `pairedScripts`.
 */
function notebookWork(list: readonly Commit[]): NotebookWork {
  const w: Required<NotebookWork> = {
    changes: 0,
    rerunsOnly: 0,
    cellsAdded: 0,
    cellsDeleted: 0,
    cellsModified: 0,
    linesAdded: 0,
    linesDeleted: 0,
    fallbacks: 0,
    textNotebooks: 0,
    pairedScripts: 0,
  };
  for (const c of list) {
    for (const f of c.facts) {
      if (f.kind !== 'notebook') continue;
      if (f.pairedWith !== undefined) {
        w.pairedScripts++;
        continue;
      }
      w.changes++;
      if (f.outputsOnly) w.rerunsOnly++;
      if (f.jupytext) w.textNotebooks++;
      else if (isFallback(f)) w.fallbacks++;
      w.cellsAdded += f.cells?.added ?? 0;
      w.cellsDeleted += f.cells?.deleted ?? 0;
      w.cellsModified += f.cells?.modified ?? 0;
      w.linesAdded += f.added ?? 0;
      w.linesDeleted += f.deleted ?? 0;
    }
  }
  return w;
}

/** A notebook change counted by git's lines because it could not be compared as cells (not by choice of `--notebook-lines git`). */
function isFallback(f: Fact): boolean {
  return f.kind === 'notebook' && !f.jupytext && f.parse !== undefined && f.parse !== 'ok' && f.parse !== 'git-lines';
}

/** After hours (docs/definitions.md "After hours"): author local time outside [start, end) hours, or a Saturday or Sunday. */
export function isAfterHours(iso: string, startHour: number, endHour: number): boolean {
  const day = weekday(iso.slice(0, 10));
  const hour = localHour(iso);
  return day === 0 || day === 6 || hour < startHour || hour >= endHour;
}

function delegation(
  config: Config,
  commits: readonly Commit[],
  managerIds: ReadonlySet<string>,
  teamIds: ReadonlySet<string>,
  teamSize: number,
  window: Window,
  handoffs: Handoffs
): DelegationProgress[] {
  const shareOf = (tier: Tier, since: string, until: string): number | null => {
    let team = 0;
    let manager = 0;
    for (const c of commits) {
      if (c.date < since || c.date > until || c.tier !== tier || !c.people.some((p) => teamIds.has(p.id))) continue;
      team++;
      if (c.people.some((p) => managerIds.has(p.id))) manager++;
    }
    return team ? manager / team : null;
  };
  const fair = 1 / teamSize;
  return config.delegate.map((step) => {
    const end = addDays(step.since, Math.round(step.weeks * 7));
    const startShare = shareOf(step.tier, addDays(step.since, -28), addDays(step.since, -1));
    const nowShare = shareOf(step.tier, addDays(window.until, -27), window.until);
    const total = Date.parse(end) - Date.parse(step.since);
    const elapsed = Math.min(1, Math.max(0, (Date.parse(window.until) - Date.parse(step.since)) / total));
    const targetShare = startShare === null ? null : startShare - (startShare - Math.min(startShare, fair)) * elapsed;
    // Handoffs of notebooks (tactical work) since the step began; a step of another tier counts none.
    const handedOff = step.tier === 'tactical' ? handoffs.handedOff.filter((h) => h.month >= step.since.slice(0, 7)).length : 0;
    return { tier: step.tier, since: step.since, weeks: step.weeks, end, startShare, nowShare, targetShare, elapsed: round(elapsed, 4), handoffs: handedOff };
  });
}

function warnings(repos: readonly RepoMeta[], windowCommits: readonly Commit[], unmatched: Team['unmatched'], logins: readonly string[]): string[] {
  const out: string[] = [];
  for (const r of repos) out.push(...r.warnings);
  const fallbacks = new Map<string, number>();
  for (const c of windowCommits) {
    for (const f of c.facts) if (isFallback(f)) fallbacks.set(f.parse!, (fallbacks.get(f.parse!) ?? 0) + 1);
  }
  if (fallbacks.size) {
    const n = [...fallbacks.values()].reduce((a, b) => a + b, 0);
    out.push(
      `${n} ${pluralForm(n, 'notebook change', 'notebook changes')} in the window counted by git's lines, not cells: ${[...fallbacks].map(([k, v]) => `${v} ${k}`).join(', ')}.`
    );
  }
  for (const { entry, candidates } of unmatched) {
    out.push(
      candidates
        ? `Roster entry "${entry}" matches ${candidates} authors in the scanned history: use the email of one of them.`
        : `Roster entry "${entry}" matches no author in the scanned history.`
    );
  }
  if (logins.length) {
    const shown = logins
      .slice(0, 5)
      .map((l) => `"${l}"`)
      .join(', ');
    out.push(
      `${logins.length} GitHub ${pluralForm(logins.length, 'login', 'logins')} of the --reviews files ${pluralForm(logins.length, 'matches', 'match')} no person of the scanned history (${shown}${logins.length > 5 ? ', ...' : ''}): their reviews are left out; map each with a "login:NAME" alias in the config.`
    );
  }
  return out;
}
