/**
 * The Report (`report.json`, schema "letgo.report/1"): everything a renderer or the
 * JupyterLab panel shows, with the numbers that produced it. Validated on write and on
 * read by reportValidation.ts (apart, so that a scan printing its report loads no validator).
 */
import { AUTOMATION_RULES, type AutomationRule } from './automation.js';
import { FILE_KINDS, REVIEW_TRAILERS, TIERS, type Tier } from './facts.js';
import { THRESHOLD_PROPERTIES, type Thresholds } from './config.js';
import type { Evidence } from './evidence.js';
import type { Handoffs } from './handoffs.js';
import type { LeadNumbers } from './leadByExample.js';
import { NOTEBOOK_LINE_MODES, type NotebookLineMode } from './notebook/types.js';
import type { Fits, NoFields, SchemaType, UncheckedFields } from './schemaType.js';

/** Schema id written in every report. */
export const REPORT_SCHEMA_ID = 'letgo.report/1';

/** Where reviews come from (src/core/leadByExample.ts): a commit's review trailers, or a `--reviews` GitHub export. */
export const REVIEW_SOURCES = ['trailers', 'github'] as const;

/** One of {@link REVIEW_SOURCES}. */
export type ReviewSource = (typeof REVIEW_SOURCES)[number];

/** Signal levels, from docs/definitions.md "Signal". */
export const SIGNAL_LEVELS = ['holding-back', 'watch', 'balanced', 'out-of-touch', 'insufficient-data'] as const;
/** One of {@link SIGNAL_LEVELS}. */
export type SignalLevel = (typeof SIGNAL_LEVELS)[number];

/** How the team is chosen (src/core/team.ts): the config's roster, or the regulars (authors with commits in at least `regularWeeks` ISO weeks). */
export const TEAM_SOURCES = ['roster', 'regulars'] as const;
/** One of {@link TEAM_SOURCES}. */
export type TeamSource = (typeof TEAM_SOURCES)[number];

/** Commits per work tier. */
export type TierCounts = Record<Tier, number>;

/**
 * Notebook work of a group of people (the manager, or the whole team manager included)
 * in the window. Counts over their commits' notebook changes; a Jupytext script changed
 * together with its paired notebook is not a change of its own (see `pairedScripts`).
 */
export interface NotebookWork {
  /** Notebook changes (commit x notebook file), Jupytext text notebooks included. */
  changes: number;
  /** Changes that were re-runs only (sources identical, outputs or execution counts changed): zero lines. */
  rerunsOnly: number;
  /** Cells added, deleted and modified (source or type changed), over changes compared as cells. */
  cellsAdded: number;
  cellsDeleted: number;
  cellsModified: number;
  /** Lines added: cell-source lines; git's lines for fallbacks, text notebooks and `notebookLines: 'git'`. */
  linesAdded: number;
  /** Lines deleted, counted as `linesAdded`. */
  linesDeleted: number;
  /** Changes counted by git's lines because the notebook could not be compared as cells (invalid JSON, LFS pointer, too large...). Absent in older reports. */
  fallbacks?: number;
  /** Changes to Jupytext text notebooks (`.py`, `.md`... paired or with a Jupytext header) without their notebook, counted by git's lines. Absent in older reports. */
  textNotebooks?: number;
  /** Jupytext scripts changed together with their paired notebook: counted once, on the notebook, so not in `changes`. Absent in older reports. */
  pairedScripts?: number;
}

/** A team member, listed only with `--team-detail`. */
export interface TeamMember {
  id: string;
  name: string;
  emails: string[];
  /** Commits in the window (authored or co-authored). */
  commits: number;
  /** Hands-on commits in the window. */
  handsOnCommits: number;
  /** Hands-on churn in the window, lines (co-authored churn split evenly). */
  churn: number;
}

/** The notebook owner a nudge names. */
export interface NotebookOwner {
  /** Repository-relative path. */
  path: string;
  /** Person id of the owner, or "teammate" without `--team-detail` ("you" when it is the manager). */
  owner: string;
  /** Owner display name (only with `--team-detail`). */
  ownerName?: string;
  /** Owner's share of the notebook's churn (0-1). */
  share: number;
}

/** The Report's `leadByExample`: lead-by-example numbers of the window and where its reviews came from. */
export interface LeadByExample extends LeadNumbers {
  /** The review sources read: `trailers` (the facts' review trailers) always, `github` with `--reviews`. */
  sources: ReviewSource[];
}

/** A scanned repository and its hands-on numbers in the window. */
export interface ReportRepo {
  /** Repository id (folder name). */
  id: string;
  /** Path as scanned. */
  path: string;
  head: string;
  /** Non-merge commits scanned (whole history). */
  commits: number;
  shallow: boolean;
  handsOn: { managerCommits: number; teamCommits: number; managerChurn: number; teamChurn: number };
  /** Owners of notebooks changed in the trend window (for the JupyterLab nudge). */
  notebookOwners: NotebookOwner[];
  /**
   * Path of the repository relative to the folder that holds the report's folder, with
   * `/` separators ("" when it is that folder itself): the Jupyter server root when
   * `letgo scan --out letgo-report` runs there, so the JupyterLab nudge can match open
   * notebooks to this repository. Absent when unknown (report not written to a folder,
   * or the repository lies outside that folder).
   */
  relativePath?: string;
}

/** One period of the trend: a month, or a quarter in the trend of a window longer than 24 months. */
export interface TrendPoint {
  /** YYYY-MM: the month, or the first month of the quarter. */
  month: string;
  /** Calendar months the point covers: 3 for a quarter; absent for a month (and in older reports). */
  months?: number;
  /** Hands-on share S (0-1), null when the team had no hands-on commit. */
  share: number | null;
  /** Ratio R = S / F, null when S is null. */
  ratio: number | null;
  level: SignalLevel;
  managerCommits: number;
  teamCommits: number;
  /** Manager commits per tier in the period. */
  tiers: TierCounts;
}

/** Likely automation under a human-looking name, excluded like a bot, with its evidence (src/core/automation.ts). */
export interface AutomationEntry {
  /** Display name (untrusted). */
  name: string;
  email: string;
  /** See {@link AUTOMATION_RULES}. */
  rule: AutomationRule;
  /** Its commits in the scanned history, and how many fit the rule. */
  commits: number;
  matching: number;
  /** matching / commits (0-1). */
  share: number;
  /** The message template, numbers, dates, versions and paths masked (untrusted); empty for rule 'files'. */
  template: string;
}

/**
 * Progress of one delegation step: the manager's share of the team's commits of `tier`
 * (0-1) in the 28 days before the step started, in the 28 days before the window's end,
 * and where the plan wants it now: a straight line from the start share down to the fair
 * share at the step's end (docs/definitions.md "Delegation plan").
 */
export interface DelegationProgress {
  tier: Tier;
  /** YYYY-MM-DD. */
  since: string;
  weeks: number;
  /** YYYY-MM-DD, since + weeks. */
  end: string;
  startShare: number | null;
  nowShare: number | null;
  targetShare: number | null;
  /** 0-1 of the plan's time elapsed at the window's end. */
  elapsed: number;
  /** Notebook handoffs (`Report.handoffs.handedOff`) in trend months from the step's month on; counted for a tactical step only. Absent in older reports. */
  handoffs?: number;
}

/** The Report. */
export interface Report {
  schema: typeof REPORT_SCHEMA_ID;
  /** ISO 8601 time the report was made. */
  generatedAt: string;
  /** letgo version that made it. */
  generator: string;
  /** Inclusive dates YYYY-MM-DD in each author's local time; `month` when the window is one calendar month. */
  window: { since: string; until: string; month?: string };
  repos: ReportRepo[];
  manager: { id: string; name: string; emails: string[] };
  team: {
    /** Team size including the manager: the fair-share denominator. */
    size: number;
    /** How the team was chosen: the config roster, or the regulars (commits in >= N ISO weeks). */
    source: TeamSource;
    /** Team members active (with a commit) in the window, manager included. */
    active: number;
    members?: TeamMember[];
  };
  handsOn: {
    managerCommits: number;
    teamCommits: number;
    /** S = managerCommits / teamCommits (0-1), null when teamCommits is 0. */
    share: number | null;
    /** F = 1 / team size. */
    fairShare: number;
    /** R = S / F, null when S is null. */
    ratio: number | null;
    /** Lines. */
    managerChurn: number;
    teamChurn: number;
    churnShare: number | null;
    /** Last manager hands-on commit before the window's end (ISO), null when none. */
    managerLastHandsOn: string | null;
  };
  signal: { level: SignalLevel; reasons: string[] };
  tiers: { manager: TierCounts; team: TierCounts };
  trend: TrendPoint[];
  notebooks: { manager: NotebookWork; team: NotebookWork };
  ownership: {
    onlyYouMaintain: { repo: string; path: string; managerShare: number; lastChange: string; lastTeamTouch: string | null }[];
    /**
     * The day ownership was judged at (YYYY-MM-DD): the window's end, or the local date of
     * the window's last commit when the window ends later. Absent in older reports.
     */
    asOf?: string;
    /** Notebooks the team changed in the `onlyYouDays` days up to `asOf`. Absent in older reports. */
    notebooksChanged?: number;
    /** Of those, the notebooks the manager changed. Absent in older reports. */
    managerNotebooksChanged?: number;
  };
  /** Takeovers (docs/definitions.md "Takeover"); `sha` is the first such change's commit (absent in older reports). */
  takeovers: { repo: string; path: string; owner: string; ownerName?: string; at: string; sha?: string; inFlight: boolean }[];
  /** Handoffs and new hoards across the trend periods (src/core/handoffs.ts). Absent in older reports. */
  handoffs?: Handoffs;
  snacks: { count: number; handsOnCommits: number; share: number | null };
  /** Share of the manager's window commits made outside work hours or on a weekend, null without commits. */
  afterHoursShare: number | null;
  excluded: {
    /** Bot commits excluded, and the bot names. */
    bots: { commits: number; names: string[] };
    /** Commits in the window by authors outside the team. */
    outsideTeam: { commits: number; authors: number };
    /** Merge commits skipped. */
    merges: number;
    /** Likely automation (commits in the window, and every such identity of the history). Absent in older reports. */
    automation?: { commits: number; identities: AutomationEntry[] };
  };
  /**
   * Commits in the window made with an AI coding assistant (its name or address as author
   * or co-author, docs/definitions.md "Identity"): of the manager's, of the team's (manager
   * included), and by an assistant with no person; `assistants` names the assistants
   * seen. Absent in older reports.
   */
  aiAssisted?: { managerCommits: number; teamCommits: number; withoutPerson: number; assistants: string[] };
  /**
   * Lead by example in the window (docs/definitions.md "Lead by example", src/core/leadByExample.ts):
   * the manager's reviews of teammates' work (review trailers naming them on a teammate's
   * commit, and pull-request reviews of `--reviews` exports; one per piece of work),
   * teammates' commits they co-authored (pairing: credited as hands-on work too, never a
   * takeover), how many teammates they reviewed, the reviews of the whole team (manager
   * included) of each other's work, and the sources read. Absent in older reports.
   */
  leadByExample?: LeadByExample;
  /** Identity merges letgo made (more than one name or email became one person). */
  identities: { merged: { id: string; names: string[]; emails: string[] }[] };
  /** Progress of the config's delegation plan, one row per step (absent without a plan). */
  delegation?: DelegationProgress[];
  /** The thresholds that decided signal and evidence (the defaults of docs/definitions.md "Thresholds" unless the config changed them). */
  thresholds: Thresholds;
  /** How it was made; `trendMonths` is the `--trend` setting (months before a window of a month or less; a longer window's trend covers the window). */
  options: { trendMonths: number; allBranches: boolean; notebookLines: NotebookLineMode; teamDetail: boolean };
  warnings: string[];
  /** The commits behind the headline numbers (src/core/evidence.ts): each count above is a list's length there. Absent in older reports. */
  evidence?: Evidence;
}

const num = { type: 'number' } as const;
const nullableNum = { type: ['number', 'null'] } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const int = { type: 'integer', minimum: 0 } as const;
const str = { type: 'string' } as const;
const bool = { type: 'boolean' } as const;
const strings = { type: 'array', items: str } as const;
const level = { enum: SIGNAL_LEVELS } as const;
const tier = { enum: TIERS } as const;
const yearMonth = { type: 'string', pattern: '^\\d{4}-\\d{2}$' } as const;
const shas = strings;
/** An object schema: `required` names keys of `properties` (tsc checks the names). */
const obj = <const P extends Record<string, object>, const R extends readonly (keyof P & string)[]>(required: R, properties: P) =>
  ({ type: 'object', required, properties }) as const;
const arrayOf = <const I extends object>(items: I) => ({ type: 'array', items }) as const;
const tierCounts = obj(TIERS, { strategic: int, implementation: int, tactical: int });
const notebookWork = obj(['changes', 'rerunsOnly', 'cellsAdded', 'cellsDeleted', 'cellsModified', 'linesAdded', 'linesDeleted'], {
  changes: int,
  rerunsOnly: int,
  cellsAdded: int,
  cellsDeleted: int,
  cellsModified: int,
  linesAdded: num,
  linesDeleted: num,
  fallbacks: int,
  textNotebooks: int,
  pairedScripts: int,
});
const handsOnCounts = obj(['managerCommits', 'teamCommits', 'managerChurn', 'teamChurn'], {
  managerCommits: int,
  teamCommits: int,
  managerChurn: num,
  teamChurn: num,
});
/** Every threshold, with the config's bounds; a threshold this letgo does not know (an older or newer report's) is allowed. */
const thresholds = {
  type: 'object',
  required: Object.keys(THRESHOLD_PROPERTIES) as (keyof typeof THRESHOLD_PROPERTIES)[],
  properties: THRESHOLD_PROPERTIES,
  additionalProperties: num,
} as const;

/**
 * JSON Schema (draft-07) of the Report: it requires every field {@link Report} requires, so
 * a report that passes it has every part each renderer and the panel read (a report of an
 * older shape fails, naming the first missing field). Fields letgo does not know are allowed.
 * tsc checks it against the Report interface (see {@link ReportSchemaAgrees}).
 */
export const REPORT_SCHEMA = obj(
  [
    'schema',
    'generatedAt',
    'generator',
    'window',
    'repos',
    'manager',
    'team',
    'handsOn',
    'signal',
    'tiers',
    'trend',
    'notebooks',
    'ownership',
    'takeovers',
    'snacks',
    'afterHoursShare',
    'excluded',
    'identities',
    'thresholds',
    'options',
    'warnings',
  ],
  {
    schema: { const: REPORT_SCHEMA_ID },
    generatedAt: str,
    generator: str,
    window: obj(['since', 'until'], { since: str, until: str, month: str }),
    repos: arrayOf(
      obj(['id', 'path', 'head', 'commits', 'shallow', 'handsOn', 'notebookOwners'], {
        id: str,
        path: str,
        head: str,
        commits: int,
        shallow: bool,
        handsOn: handsOnCounts,
        notebookOwners: arrayOf(obj(['path', 'owner', 'share'], { path: str, owner: str, ownerName: str, share: num })),
        relativePath: str,
      })
    ),
    manager: obj(['id', 'name', 'emails'], { id: str, name: str, emails: strings }),
    team: obj(['size', 'source', 'active'], {
      size: { type: 'integer', minimum: 1 },
      source: { enum: TEAM_SOURCES },
      active: int,
      members: arrayOf(
        obj(['id', 'name', 'emails', 'commits', 'handsOnCommits', 'churn'], {
          id: str,
          name: str,
          emails: strings,
          commits: int,
          handsOnCommits: int,
          churn: num,
        })
      ),
    }),
    handsOn: obj(['managerCommits', 'teamCommits', 'share', 'fairShare', 'ratio', 'managerChurn', 'teamChurn', 'churnShare', 'managerLastHandsOn'], {
      managerCommits: int,
      teamCommits: int,
      share: nullableNum,
      fairShare: num,
      ratio: nullableNum,
      managerChurn: num,
      teamChurn: num,
      churnShare: nullableNum,
      managerLastHandsOn: nullableStr,
    }),
    signal: obj(['level', 'reasons'], { level, reasons: strings }),
    tiers: obj(['manager', 'team'], { manager: tierCounts, team: tierCounts }),
    trend: arrayOf(
      obj(['month', 'share', 'ratio', 'level', 'managerCommits', 'teamCommits', 'tiers'], {
        month: yearMonth,
        months: { type: 'integer', minimum: 1 },
        share: nullableNum,
        ratio: nullableNum,
        level,
        managerCommits: int,
        teamCommits: int,
        tiers: tierCounts,
      })
    ),
    notebooks: obj(['manager', 'team'], { manager: notebookWork, team: notebookWork }),
    ownership: obj(['onlyYouMaintain'], {
      asOf: str,
      notebooksChanged: int,
      managerNotebooksChanged: int,
      onlyYouMaintain: arrayOf(
        obj(['repo', 'path', 'managerShare', 'lastChange', 'lastTeamTouch'], {
          repo: str,
          path: str,
          managerShare: num,
          lastChange: str,
          lastTeamTouch: nullableStr,
        })
      ),
    }),
    takeovers: arrayOf(
      obj(['repo', 'path', 'owner', 'at', 'inFlight'], {
        repo: str,
        path: str,
        owner: str,
        ownerName: str,
        at: str,
        sha: str,
        inFlight: bool,
      })
    ),
    handoffs: obj(['handedOff', 'newHoards'], {
      handedOff: arrayOf(
        obj(['repo', 'path', 'month', 'since', 'owner', 'share'], {
          repo: str,
          path: str,
          oldPath: str,
          month: yearMonth,
          since: yearMonth,
          owner: str,
          ownerName: str,
          share: num,
        })
      ),
      newHoards: arrayOf(obj(['repo', 'path', 'month'], { repo: str, path: str, month: yearMonth })),
    }),
    snacks: obj(['count', 'handsOnCommits', 'share'], { count: int, handsOnCommits: int, share: nullableNum }),
    afterHoursShare: nullableNum,
    excluded: obj(['bots', 'outsideTeam', 'merges'], {
      bots: obj(['commits', 'names'], { commits: int, names: strings }),
      outsideTeam: obj(['commits', 'authors'], { commits: int, authors: int }),
      merges: int,
      automation: obj(['commits', 'identities'], {
        commits: int,
        identities: arrayOf(
          obj(['name', 'email', 'rule', 'commits', 'matching', 'share', 'template'], {
            name: str,
            email: str,
            rule: { enum: AUTOMATION_RULES },
            commits: int,
            matching: int,
            share: num,
            template: str,
          })
        ),
      }),
    }),
    aiAssisted: obj(['managerCommits', 'teamCommits', 'withoutPerson', 'assistants'], {
      managerCommits: int,
      teamCommits: int,
      withoutPerson: int,
      assistants: strings,
    }),
    leadByExample: obj(['reviews', 'pairedCommits', 'membersReviewed', 'teamReviews', 'sources'], {
      reviews: int,
      pairedCommits: int,
      membersReviewed: int,
      teamReviews: int,
      sources: arrayOf({ enum: REVIEW_SOURCES }),
    }),
    identities: obj(['merged'], {
      merged: arrayOf(obj(['id', 'names', 'emails'], { id: str, names: strings, emails: strings })),
    }),
    delegation: arrayOf(
      obj(['tier', 'since', 'weeks', 'end', 'startShare', 'nowShare', 'targetShare', 'elapsed'], {
        tier,
        since: str,
        weeks: num,
        end: str,
        startShare: nullableNum,
        nowShare: nullableNum,
        targetShare: nullableNum,
        elapsed: num,
        handoffs: int,
      })
    ),
    thresholds,
    options: obj(['trendMonths', 'allBranches', 'notebookLines', 'teamDetail'], {
      trendMonths: int,
      allBranches: bool,
      notebookLines: { enum: NOTEBOOK_LINE_MODES },
      teamDetail: bool,
    }),
    warnings: strings,
    evidence: obj(['commits', 'managerHandsOn', 'snacks', 'afterHours', 'managerCommits', 'team'], {
      commits: arrayOf(
        obj(['repo', 'sha', 'time', 'subject', 'handsOnChurn', 'files'], {
          repo: str,
          sha: str,
          time: str,
          subject: str,
          handsOnChurn: num,
          files: arrayOf(obj(['path', 'kind', 'tier', 'lines'], { path: str, kind: { enum: FILE_KINDS }, tier, lines: num })),
          moreFiles: int,
        })
      ),
      managerHandsOn: shas,
      snacks: shas,
      afterHours: shas,
      managerCommits: int,
      reviews: arrayOf(
        obj(['source', 'work', 'date', 'authors'], {
          source: { enum: REVIEW_SOURCES },
          work: str,
          pullRequest: str,
          trailers: arrayOf({ enum: REVIEW_TRAILERS }),
          date: str,
          authors: arrayOf(obj(['owner'], { owner: str, ownerName: str })),
        })
      ),
      pairing: shas,
      team: obj(['handsOnCommits'], {
        handsOnCommits: int,
        members: arrayOf(obj(['id', 'name', 'handsOn'], { id: str, name: str, handsOn: shas })),
      }),
    }),
  }
);

/** The values REPORT_SCHEMA accepts, as a type. */
export type SchemaReport = SchemaType<typeof REPORT_SCHEMA>;

/**
 * Resolves only while {@link Report} and REPORT_SCHEMA agree: the same field types, the
 * same required fields, and no Report field the schema leaves unchecked. When one of them
 * changes without the other, tsc fails here and names the field.
 */
export type ReportSchemaAgrees = [Fits<Report, SchemaReport>, Fits<SchemaReport, Report>, NoFields<UncheckedFields<Report, SchemaReport>>];
