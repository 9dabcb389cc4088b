/**
 * Evidence: the commits behind each headline number of the Report. analyze.ts builds
 * the lists first and every number from them (a count is a list's length), so `letgo
 * explain`, the HTML report's appendix and the panel show exactly what was counted.
 */
import { isHandsOn } from './classify.js';
import type { Commit } from './commits.js';
import { churnOf } from './commits.js';
import type { FileKind, ReviewTrailer, Tier } from './facts.js';
import type { ReviewEvent } from './leadByExample.js';
import type { ReviewSource } from './report.js';

/** Most files listed per commit; the rest are counted in `moreFiles` (a commit of 10,000 files stays small). */
export const EVIDENCE_FILES = 50;

/** A commit as evidence: where, when, what, and its files with their kind and tier (as the scan classified them). */
export interface EvidenceCommit {
  repo: string;
  sha: string;
  /** Author time, ISO 8601 with the author's offset. */
  time: string;
  /** Subject line (untrusted); "" when the facts have none (older scans). */
  subject: string;
  /** Lines added + deleted in its hands-on files. */
  handsOnChurn: number;
  /** Its first {@link EVIDENCE_FILES} files, hands-on files (classify.ts isHandsOn) first, then in path order (so a cut list keeps what made it hands-on); lines are added + deleted (unknown: 0). */
  files: { path: string; kind: FileKind; tier: Tier; lines: number }[];
  /** Files past the first {@link EVIDENCE_FILES}; absent when none. */
  moreFiles?: number;
}

/** One of the manager's reviews of a teammate's work (leadByExample.ts {@link ReviewEvent}). */
export interface ReviewEvidence {
  /** Where its date comes from: `trailers`, a `Reviewed-by:`-style trailer of a commit; `github`, a review in a `--reviews` export (leadByExample.ts: one review per reviewer and work, dated by the earliest). */
  source: ReviewSource;
  /** The work reviewed: a commit's sha (the trailer's commit, or the commit the pull request was merged as; in `Evidence.commits`), else the pull request's URL. */
  work: string;
  /** The pull request's URL, when a GitHub review is among the review's (a pull request squash-merged as a commit whose trailers name the reviewer too: both). */
  pullRequest?: string;
  /** The trailer keys of the reviewed commit that name the manager (`Reviewed-by`, `Acked-by`, `Tested-by`, `Helped-by`, `Suggested-by`); absent when only GitHub reviews do (and in older reports). */
  trailers?: ReviewTrailer[];
  /** YYYY-MM-DD, the earliest: the trailer's commit's author day, or the day the review was submitted (UTC). */
  date: string;
  /** The work's authors that are teammates (team members, not the manager), as the report labels owners (analyze.ts: `teammate`, or with `--team-detail` the person id and name), distinct. */
  authors: { owner: string; ownerName?: string }[];
}

/** A team member's hands-on commits (only with `--team-detail`). */
export interface MemberEvidence {
  id: string;
  name: string;
  /** Shas of their hands-on commits in the window (each in `Evidence.commits`). */
  handsOn: string[];
}

/**
 * The `evidence` field of the Report: every list names commits by sha; each sha listed
 * is once in `commits`. Commits are deduplicated by sha across repositories (commits.ts),
 * so a sha names one commit.
 */
export interface Evidence {
  /** Every commit a list below names, oldest first. */
  commits: EvidenceCommit[];
  /** The manager's hands-on commits in the window: `handsOn.managerCommits` is its length. */
  managerHandsOn: string[];
  /** The manager's snacks (hands-on commits of `snackLines` lines or fewer): `snacks.count` is its length. */
  snacks: string[];
  /** The manager's commits in the window made after hours: `afterHoursShare` is its length over `managerCommits`. */
  afterHours: string[];
  /** The manager's commits in the window (hands-on or not): the denominator of `afterHoursShare`. */
  managerCommits: number;
  /** The manager's reviews of teammates' work in the window: `leadByExample.reviews` is its length. Absent in older reports. */
  reviews?: ReviewEvidence[];
  /** Teammates' commits in the window the manager co-authored: `leadByExample.pairedCommits` is its length. Absent in older reports. */
  pairing?: string[];
  /** Team members' hands-on commits (`members` only with `--team-detail`; `handsOn.teamCommits` counts the team's, manager included). */
  team: { handsOnCommits: number; members?: MemberEvidence[] };
}

/** A commit as {@link EvidenceCommit}. */
export function evidenceCommit(c: Commit): EvidenceCommit {
  const files = [...c.facts].sort(
    (a, b) => Number(isHandsOn(b.kind, b.tier)) - Number(isHandsOn(a.kind, a.tier)) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
  );
  return {
    repo: c.repo,
    sha: c.sha,
    time: c.time,
    subject: c.subject,
    handsOnChurn: c.handsOnChurn,
    files: files.slice(0, EVIDENCE_FILES).map((f) => ({ path: f.path, kind: f.kind, tier: f.tier, lines: churnOf(f) })),
    ...(files.length > EVIDENCE_FILES ? { moreFiles: files.length - EVIDENCE_FILES } : {}),
  };
}

/**
 * Builds the evidence of lists of commits (each list: the commits behind one number).
 * @param lists named lists of commits
 * @param extra the counts that are not lists
 */
export function buildEvidence(
  lists: {
    managerHandsOn: readonly Commit[];
    snacks: readonly Commit[];
    afterHours: readonly Commit[];
    /** Each review with the commit it reviewed when the scan holds it (cited in `commits`). */
    reviews: readonly { event: ReviewEvent; commit?: Commit; authors: ReviewEvidence['authors'] }[];
    pairing: readonly Commit[];
    members?: { id: string; name: string; handsOn: readonly Commit[] }[];
  },
  extra: { managerCommits: number; teamHandsOnCommits: number }
): Evidence {
  const cited = new Map<string, Commit>();
  const shas = (list: readonly Commit[]): string[] => list.map((c) => (cited.set(c.sha, c), c.sha));
  const evidence: Evidence = {
    commits: [],
    managerHandsOn: shas(lists.managerHandsOn),
    snacks: shas(lists.snacks),
    afterHours: shas(lists.afterHours),
    reviews: lists.reviews.map(({ event: e, commit, authors }) => {
      if (commit) cited.set(commit.sha, commit);
      return {
        source: e.source,
        work: e.work,
        ...(e.pullRequest ? { pullRequest: e.pullRequest } : {}),
        ...(e.trailers.length ? { trailers: e.trailers } : {}),
        date: e.date,
        authors,
      };
    }),
    pairing: shas(lists.pairing),
    managerCommits: extra.managerCommits,
    team: {
      handsOnCommits: extra.teamHandsOnCommits,
      ...(lists.members ? { members: lists.members.map((m) => ({ id: m.id, name: m.name, handsOn: shas(m.handsOn) })) } : {}),
    },
  };
  evidence.commits = [...cited.values()].sort((a, b) => a.ms - b.ms || (a.sha < b.sha ? -1 : 1)).map(evidenceCommit);
  return evidence;
}
