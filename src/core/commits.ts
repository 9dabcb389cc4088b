/**
 * Facts grouped into commits with their resolved people: the unit every count uses.
 */
import { carriesNoWork, isHandsOn } from './classify.js';
import type { Fact, FactRow, Identity, ReviewTrailer, Tier } from './facts.js';
import { isFileFact, TIERS } from './facts.js';
import type { IdentityActivity } from './automation.js';
import { automationOf } from './automation.js';
import type { Thresholds } from './config.js';
import type { IdentityOptions, IdentityTable, Person } from './identity.js';
import { identityKey, kindMatcher, resolveIdentities } from './identity.js';
import { localDate } from './time.js';

/** One non-merge commit with its files and people. */
export interface Commit {
  repo: string;
  sha: string;
  /** Author time, ISO 8601 with offset. */
  time: string;
  /** Author time, epoch ms. */
  ms: number;
  /** Author's local date, YYYY-MM-DD. */
  date: string;
  /** Subject line (untrusted); "" when the facts have none (scans of older letgo). */
  subject: string;
  /** The author's person (of any kind: a bot's commit has a bot author). */
  author: Person;
  /**
   * The people (kind 'human') among author and co-authors, distinct, author first. Credit:
   * each gets the commit; churn is split evenly among them. Empty for a commit by a bot,
   * likely automation, or an AI assistant without a person.
   */
  people: Person[];
  /**
   * Names of the AI coding assistants it was made with (author, co-authors, or the one an
   * author's name carries: "Jane Doe (aider)"), distinct; empty for most commits. A
   * commit with any is AI-assisted.
   */
  assistants: string[];
  /**
   * The people (kind 'human') its closing review trailers name (`Reviewed-by:`...), each once
   * with the trailer keys naming them, none of them in `people`: a bot, likely automation or
   * an AI assistant named there is no reviewer, and neither is a person credited with the
   * commit. Empty for most commits.
   */
  reviewers: CommitReviewer[];
  /** Its file facts; empty for a commit without file rows (an empty commit, or only submodule pointers). */
  facts: Fact[];
  /** True when it changes a notebook or code file in the tactical tier. */
  handsOn: boolean;
  /** Lines added + deleted in its hands-on files (unknown churn counts 0). */
  handsOnChurn: number;
  /** The highest tier among its files that carry work; null when it only touches data or generated files. */
  tier: Tier | null;
}

/** A reviewer of a commit: the person, and the trailer keys that name them (distinct, in the message's order). */
export interface CommitReviewer {
  person: Person;
  trailers: ReviewTrailer[];
}

/** Churn of one fact in lines: added + deleted, unknown counted as 0. */
export function churnOf(fact: Fact): number {
  return (fact.added ?? 0) + (fact.deleted ?? 0);
}

/** What {@link groupCommits} needs of the config: identity options and the automation thresholds. */
export type GroupOptions = IdentityOptions & { thresholds: Pick<Thresholds, 'automationCommits' | 'automationShare' | 'automationFiles'> };

/**
 * Groups facts into commits, deduplicated by sha (a commit seen in two repositories, as
 * in a fork, counts once, in the first repository by id), and resolves identities over
 * the authors and co-authors of all of them; an author whose commits look like
 * automation (automation.ts, over every commit given) is resolved as such.
 *
 * One pass over runs of equal repository and sha, with indexed loops: this runs on every
 * report, mostly in code V8 has not optimised yet (a warm scan of 5,000 commits spends
 * a tenth of its time here).
 * @param facts facts in sortFacts order (repository, time, sha, path): a commit's rows are adjacent, and the first repository of a sha is the smallest id; a commit row ({@link FactRow} without a path) gives a commit without files
 * @returns commits sorted by time, and the identity table
 */
export function groupCommits(facts: readonly FactRow[], options: GroupOptions): { commits: Commit[]; identities: IdentityTable } {
  const kinds = kindMatcher(options);
  // Commits per identity; each run keeps its author's key, so that it is built once.
  const counts = new Map<string, { identity: Identity; commits: number }>();
  const count = (identity: Identity): string => {
    const key = identityKey(identity);
    const c = counts.get(key);
    if (c) c.commits++;
    else counts.set(key, { identity, commits: 1 });
    return key;
  };
  const activity = new Map<string, IdentityActivity>();
  const runs: { start: number; end: number; authorKey: string; assistant: string | undefined }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < facts.length;) {
    const first = facts[i];
    let end = i + 1;
    while (end < facts.length && facts[end].sha === first.sha && facts[end].repo === first.repo) end++;
    if (!seen.has(first.sha)) {
      seen.add(first.sha);
      const written = { name: first.authorName, email: first.authorEmail };
      const assisted = kinds.assisted(written);
      const authorKey = count(assisted?.person ?? written);
      runs.push({ start: i, end, authorKey, assistant: assisted?.assistant });
      let a = activity.get(authorKey);
      if (!a) activity.set(authorKey, (a = { commits: 0, subjects: [], bulkCommits: 0 }));
      a.commits++;
      if (first.subject !== undefined) a.subjects.push(first.subject);
      if (end - i >= options.thresholds.automationFiles) a.bulkCommits++;
      const co = first.coAuthors;
      if (co) for (let k = 0; k < co.length; k++) count(co[k]);
      // A reviewer is an identity to resolve, with no commit of its own.
      const rv = first.reviewers;
      if (rv)
        for (let k = 0; k < rv.length; k++)
          if (!counts.has(identityKey(rv[k]))) counts.set(identityKey(rv[k]), { identity: { name: rv[k].name, email: rv[k].email }, commits: 0 });
    }
    i = end;
  }
  const identities = resolveIdentities(
    [...counts].map(([key, c]) => {
      const a = activity.get(key);
      const automation = a && automationOf(a, options.thresholds);
      return automation ? { ...c, automation } : c;
    }),
    options
  );
  const personByKey = new Map<string, Person>();
  for (const [key, { identity }] of counts) personByKey.set(key, identities.personOf(identity));

  const commits: Commit[] = new Array(runs.length);
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r];
    const first = facts[run.start];
    const author = personByKey.get(run.authorKey)!;
    const people = author.kind === 'human' ? [author] : [];
    const assistants = run.assistant !== undefined ? [run.assistant] : author.kind === 'ai' ? [author.name] : [];
    const co = first.coAuthors;
    if (co) {
      for (let k = 0; k < co.length; k++) {
        const p = identities.personOf(co[k]);
        if (p.kind === 'ai') {
          if (!assistants.includes(p.name)) assistants.push(p.name);
        } else if (p.kind === 'human' && !people.includes(p)) people.push(p);
      }
    }
    const reviewers: CommitReviewer[] = [];
    const rv = first.reviewers;
    if (rv) {
      for (let k = 0; k < rv.length; k++) {
        const p = identities.personOf(rv[k]);
        if (p.kind !== 'human' || people.includes(p)) continue;
        const had = reviewers.find((r) => r.person === p);
        if (!had) reviewers.push({ person: p, trailers: [rv[k].trailer] });
        else if (!had.trailers.includes(rv[k].trailer)) had.trailers.push(rv[k].trailer);
      }
    }
    const files: Fact[] = [];
    for (let k = run.start; k < run.end; k++) {
      const f = facts[k];
      if (isFileFact(f)) files.push(f);
    }
    let handsOn = false;
    let handsOnChurn = 0;
    let tierIndex: number = TIERS.length;
    for (let k = 0; k < files.length; k++) {
      const f = files[k];
      if (isHandsOn(f.kind, f.tier)) {
        handsOn = true;
        handsOnChurn += churnOf(f);
      }
      if (!carriesNoWork(f.kind)) tierIndex = Math.min(tierIndex, TIERS.indexOf(f.tier));
    }
    commits[r] = {
      repo: first.repo,
      sha: first.sha,
      time: first.time,
      ms: Date.parse(first.time),
      date: localDate(first.time),
      subject: first.subject ?? '',
      author,
      people,
      assistants,
      reviewers,
      facts: files,
      handsOn,
      handsOnChurn,
      tier: tierIndex < TIERS.length ? TIERS[tierIndex] : null,
    };
  }
  commits.sort((a, b) => a.ms - b.ms || (a.sha < b.sha ? -1 : a.sha > b.sha ? 1 : 0));
  return { commits, identities };
}
