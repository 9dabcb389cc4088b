/**
 * Facts: the contract between `src/scan` (which reads git) and `src/core/analyze`
 * (which decides every number). One row per (repo, commit, file changed), and one row
 * without a path for a commit that has no file row (see {@link CommitRow}). Facts only
 * hold what adds up (no averages), so facts of several scans merge by union.
 */
import { NOTEBOOK_PARSES } from './notebook/types.js';

/**
 * What a file is, by path (src/core/classify.ts). Data and generated files carry no work.
 * One exception decided by content: a Jupytext text notebook (a `.py`, `.md`... with a
 * Jupytext header or paired by a notebook's formats) is 'notebook' (see `Fact.jupytext`).
 */
export const FILE_KINDS = ['notebook', 'code', 'docs', 'config', 'data', 'generated'] as const;
/** One of {@link FILE_KINDS}. */
export type FileKind = (typeof FILE_KINDS)[number];

/**
 * Work tiers of a change (docs/definitions.md "Work tier"), highest first: strategic must be the
 * manager, implementation could be the team, tactical should be the team. A commit touching
 * several tiers counts in the highest one.
 */
export const TIERS = ['strategic', 'implementation', 'tactical'] as const;
/** One of {@link TIERS}. */
export type Tier = (typeof TIERS)[number];

/** git's change statuses of a file (`--name-status`): A added, M modified, D deleted, R renamed, C copied, T type changed. */
export const FACT_STATUSES = ['A', 'M', 'D', 'R', 'C', 'T'] as const;
/** One of {@link FACT_STATUSES}. */
export type FactStatus = (typeof FACT_STATUSES)[number];

/** A name and an email as git reports them after `.mailmap` (`%aN` / `%aE`). */
export interface Identity {
  name: string;
  email: string;
}

/**
 * The trailers that name a person who reviewed or helped with a commit (docs/definitions.md
 * "Lead by example"), as git and the Linux kernel's submitting-patches guide spell them; read
 * from the message's closing trailer block like `Co-authored-by:` (src/scan/logParser.ts).
 */
export const REVIEW_TRAILERS = ['Reviewed-by', 'Acked-by', 'Tested-by', 'Helped-by', 'Suggested-by'] as const;

/** One of {@link REVIEW_TRAILERS}. */
export type ReviewTrailer = (typeof REVIEW_TRAILERS)[number];

/** A person a review trailer names (after `.mailmap`), with the trailer that names them. */
export interface Reviewer extends Identity {
  trailer: ReviewTrailer;
}

/** Why a notebook change fell back to git's line counts ('ok' when cells were compared; 'git-lines', git mode's counts, only in facts of older scans). */
export const NOTEBOOK_PARSE_STATUSES = [...NOTEBOOK_PARSES, 'too-large', 'binary', 'unreadable', 'git-lines'] as const;
/** One of {@link NOTEBOOK_PARSE_STATUSES}. */
export type NotebookParseStatus = (typeof NOTEBOOK_PARSE_STATUSES)[number];

/** The fields of a row of facts that its commit gives: the same on every row of one commit. */
export interface CommitFields {
  /** Repository id, stable across scans (the repository folder's name). */
  repo: string;
  /** Full commit sha (40 or 64 hex). */
  sha: string;
  /** Person id of the author as resolved by the scan that wrote the fact (lower-case email); analysis re-resolves from `authorName`/`authorEmail`. */
  author: string;
  /** Author name after `.mailmap`. */
  authorName: string;
  /** Author email after `.mailmap`. */
  authorEmail: string;
  /** Co-authors from the `Co-authored-by:` lines at the end of the message (after `.mailmap`), credited with the commit; churn is split evenly. */
  coAuthors?: Identity[];
  /**
   * People the closing review trailers name (`Reviewed-by:`, `Acked-by:`, `Tested-by:`,
   * `Helped-by:`, `Suggested-by:`, after `.mailmap`; absent when none, and in facts of older
   * scans): reviews and help, never credit for the commit.
   */
  reviewers?: Reviewer[];
  /** The commit's subject line (absent in facts of older scans): read for likely automation (src/core/automation.ts). */
  subject?: string;
  /** Author time, ISO 8601 with the author's own UTC offset, e.g. `2026-10-03T22:15:00+02:00`. */
  time: string;
}

/**
 * One file changed by one non-merge commit.
 *
 * `added`/`deleted` are lines: git's numstat for text files, cell-source lines for
 * notebooks compared as cells. `null` means unknown (a binary file, or a blob git
 * could not read in a partial clone); unknown churn counts as 0 and is reported.
 */
export interface Fact extends CommitFields {
  /**
   * Path after the change (after a rename), `/`-separated, relative to the repository
   * root. A path whose bytes are not UTF-8 (or that starts with `"`) is in git's C-style
   * quoting, its other bytes as octal escapes (`"caf\351.py"`, src/scan/pathQuote.ts).
   */
  path: string;
  /** Path before a rename or copy (quoted like `path`). */
  oldPath?: string;
  /** git's change status (see {@link FACT_STATUSES}). */
  status: FactStatus;
  kind: FileKind;
  tier: Tier;
  /** Lines added (null: unknown). */
  added: number | null;
  /** Lines deleted (null: unknown). */
  deleted: number | null;
  /** git reports the file as binary. Not set on a notebook counted by cells (its lines are not git's). */
  binary?: boolean;
  /** Notebook only: cells added / deleted / modified (source changed). */
  cells?: { added: number; deleted: number; modified: number };
  /** Notebook only: sources identical, outputs or execution counts changed (a re-run): zero churn. */
  outputsOnly?: boolean;
  /** Notebook only: only metadata changed. */
  metadataOnly?: boolean;
  /** Notebook only: how the change was counted ('ok' = by cell source). */
  parse?: NotebookParseStatus;
  /**
   * A Jupytext text notebook (`.py`, `.md`, `.R`, `.jl`, `.Rmd`, `.qmd`...): it carries a
   * Jupytext header, or a notebook's `metadata.jupytext.formats` pairs it. Its kind is
   * then 'notebook' and its churn git's line counts, unless `pairedWith` is set.
   */
  jupytext?: true;
  /**
   * Path of the notebook this text notebook is paired with, when the same commit changes
   * that notebook too. The work is counted once, on the notebook (by cell source): this
   * fact then has `added` = `deleted` = 0 and is not a notebook change of its own.
   */
  pairedWith?: string;
}

/**
 * A non-merge commit with no file fact: it changes no file (an empty commit), only
 * submodule pointers (gitlinks, mode 160000), or its files could not be listed (its
 * tree is missing). It still counts as a commit of its author and co-authors (team
 * membership, weeks, commit counts) with zero churn, and is never hands-on. In
 * `facts.jsonl` it is a row without `path`; a scan writes it only for a commit that has
 * no file row, and it merges by union like any fact.
 */
export interface CommitRow extends CommitFields {
  path?: undefined;
}

/** A row of facts: a file changed by a commit, or a commit without file rows. */
export type FactRow = Fact | CommitRow;

/** True for a file fact, false for a {@link CommitRow}. */
export function isFileFact(row: FactRow): row is Fact {
  return row.path !== undefined;
}

/** What a scan knows about one repository besides its facts. Counts add up across shards of distinct repositories. */
export interface RepoMeta {
  /** Repository id, equal to `Fact.repo`. */
  id: string;
  /** Path of the repository as scanned (absolute). */
  path: string;
  /** Commit sha of HEAD when scanned ('' when HEAD has no commit). */
  head: string;
  /** Set when HEAD is an unborn branch (no commit) while other branches or tags have commits: they are scanned with --all-branches. */
  unborn?: true;
  /** Non-merge commits scanned. */
  commits: number;
  /** Merge commits skipped. */
  merges: number;
  /** True when the clone is shallow (history is cut). */
  shallow: boolean;
  /** File changes whose churn git could not read (partial clone, missing blobs). */
  unknownChurn: number;
  /**
   * Commits whose changed files git could not list (their trees are missing, as in a
   * `--filter=tree:0` clone): counted as commits, without file facts. Absent (read as
   * 0) in a repos.json written before letgo counted them.
   */
  unknownFiles?: number;
  /** Warnings about this repository, one sentence each. */
  warnings: string[];
}

/** A fact without the fields its commit gives (repo, sha, author, names, co-authors, reviewers, subject, time): what a scan derives per file change. */
export type FactBody = Omit<Fact, keyof CommitFields>;

/** Key that identifies a row across scans: facts merge by union on it (a commit row's path is ''). */
export function factKey(fact: Pick<FactRow, 'repo' | 'sha' | 'path'>): string {
  return `${fact.repo}\u0000${fact.sha}\u0000${fact.path ?? ''}`;
}

/**
 * Union of fact sets, deduplicated on (repo, sha, path); the first occurrence wins.
 * Output order is deterministic: by repo, then time, then sha, then path, so that
 * `analyze(mergeFacts(a, b))` does not depend on the order of its inputs.
 */
export function mergeFacts(...sets: readonly FactRow[][]): FactRow[] {
  const seen = new Map<string, FactRow>();
  for (const set of sets) {
    for (const fact of set) {
      const key = factKey(fact);
      if (!seen.has(key)) seen.set(key, fact);
    }
  }
  return sortFacts([...seen.values()]);
}

/**
 * Sorts facts in place by repo, UTC time, sha, path (stable, deterministic; a commit
 * row's path counts as '') and returns them. Facts already in that order (a warm cache
 * stores them so) cost one linear check.
 */
export function sortFacts<T extends FactRow>(facts: T[]): T[] {
  const ms = new Float64Array(facts.length);
  for (let i = 0; i < facts.length; i++) ms[i] = Date.parse(facts[i].time);
  const compare = (i: number, j: number): number => {
    const a = facts[i];
    const b = facts[j];
    return compareStrings(a.repo, b.repo) || compareCommits(ms[i], a.sha, ms[j], b.sha) || compareStrings(a.path ?? '', b.path ?? '');
  };
  let i = 1;
  while (i < facts.length && compare(i - 1, i) <= 0) i++;
  if (i >= facts.length) return facts;
  const order = Array.from(facts.keys()).sort((x, y) => compare(x, y) || x - y);
  const copy = facts.slice();
  order.forEach((from, to) => (facts[to] = copy[from]));
  return facts;
}

/** Union of repository metadata by id; the later scan of the same repository (by head) wins. */
export function mergeRepos(...sets: readonly RepoMeta[][]): RepoMeta[] {
  const byId = new Map<string, RepoMeta>();
  for (const set of sets) for (const repo of set) byId.set(repo.id, repo);
  return [...byId.values()].sort((a, b) => compareStrings(a.id, b.id));
}

/** Code-unit order of two strings (-1, 0 or 1): no locale, so every machine sorts alike. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The order of commits within a repository's facts: author time (ms since epoch), then
 * sha. {@link sortFacts} and the fact cache's records (src/scan/cache.ts) both sort by it,
 * so a cached repository's facts come back already in order.
 */
export function compareCommits(aMs: number, aSha: string, bMs: number, bSha: string): number {
  return aMs - bMs || compareStrings(aSha, bSha);
}
