/**
 * Facts grouped into commits with their resolved people: the unit every count uses.
 */
import { carriesNoWork, isHandsOn } from './classify.js';
import type { Fact, Identity, Tier } from './facts.js';
import { TIERS } from './facts.js';
import type { IdentityOptions, IdentityTable, Person } from './identity.js';
import { resolveIdentities, identityKey } from './identity.js';
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
  /** The author's person. */
  author: Person;
  /** Author and co-authors, distinct persons, author first. Credit: each gets the commit; churn is split evenly. */
  people: Person[];
  facts: Fact[];
  /** True when it changes a notebook or code file in the tactical tier. */
  handsOn: boolean;
  /** Lines added + deleted in its hands-on files (unknown churn counts 0). */
  handsOnChurn: number;
  /** The highest tier among its files that carry work; null when it only touches data or generated files. */
  tier: Tier | null;
}

/** Churn of one fact in lines: added + deleted, unknown counted as 0. */
export function churnOf(fact: Fact): number {
  return (fact.added ?? 0) + (fact.deleted ?? 0);
}

/**
 * Groups facts into commits, deduplicated by sha (a commit seen in two repositories, as
 * in a fork, counts once, in the first repository by id), and resolves identities over
 * the authors and co-authors of all of them.
 * @param facts facts sorted by repository first (see sortFacts), so the first repository of a sha is the smallest id; each commit's facts share author and time
 * @returns commits sorted by time, and the identity table
 */
export function groupCommits(facts: readonly Fact[], identityOptions: IdentityOptions): { commits: Commit[]; identities: IdentityTable } {
  const bySha = new Map<string, { first: Fact; facts: Fact[]; authorKey: string }>();
  for (const fact of facts) {
    const entry = bySha.get(fact.sha);
    if (!entry) bySha.set(fact.sha, { first: fact, facts: [fact], authorKey: '' });
    else if (entry.first.repo === fact.repo) entry.facts.push(fact);
  }

  // Commits per identity; an author's key is kept so that each commit builds it once.
  const counts = new Map<string, { identity: Identity; commits: number }>();
  const count = (name: string, email: string): string => {
    const key = identityKey({ name, email });
    const c = counts.get(key);
    if (c) c.commits++;
    else counts.set(key, { identity: { name, email }, commits: 1 });
    return key;
  };
  for (const entry of bySha.values()) {
    entry.authorKey = count(entry.first.authorName, entry.first.authorEmail);
    for (const co of entry.first.coAuthors ?? []) count(co.name, co.email);
  }
  const identities = resolveIdentities(counts.values(), identityOptions);
  const personByKey = new Map<string, Person>();
  for (const [key, { identity }] of counts) personByKey.set(key, identities.personOf(identity));

  const commits: Commit[] = [];
  for (const { first, facts: files, authorKey } of bySha.values()) {
    const author = personByKey.get(authorKey)!;
    const people = [author];
    for (const co of first.coAuthors ?? []) {
      const p = identities.personOf(co);
      if (!people.includes(p)) people.push(p);
    }
    let handsOn = false;
    let handsOnChurn = 0;
    let tierIndex = TIERS.length;
    for (const f of files) {
      if (isHandsOn(f.kind, f.tier)) {
        handsOn = true;
        handsOnChurn += churnOf(f);
      }
      if (!carriesNoWork(f.kind)) tierIndex = Math.min(tierIndex, TIERS.indexOf(f.tier));
    }
    commits.push({
      repo: first.repo,
      sha: first.sha,
      time: first.time,
      ms: Date.parse(first.time),
      date: localDate(first.time),
      author,
      people,
      facts: files,
      handsOn,
      handsOnChurn,
      tier: tierIndex < TIERS.length ? TIERS[tierIndex] : null,
    });
  }
  commits.sort((a, b) => a.ms - b.ms || (a.sha < b.sha ? -1 : a.sha > b.sha ? 1 : 0));
  return { commits, identities };
}

