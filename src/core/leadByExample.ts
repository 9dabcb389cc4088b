/**
 * Lead by example (docs/definitions.md "Lead by example"): the manager's reviews and help on
 * teammates' work, and pairing, counted apart from the hands-on share. Hands-on contact
 * that does not take the work over: a manager with these and no hands-on commit of their
 * own is in touch (signal.ts).
 *
 * A review is one reviewer's review of one piece of work, counted once however often
 * they commented on it: a commit whose closing trailers name them (`Reviewed-by:`,
 * `Acked-by:`, `Tested-by:`, `Helped-by:`, `Suggested-by:`), or a pull request of a
 * `--reviews` export (githubReviews.ts) they submitted a review of. A pull request merged
 * as a commit whose trailers name the same reviewer is one review, not two.
 */
import type { Commit } from './commits.js';
import type { ReviewTrailer } from './facts.js';
import type { GithubActor, PullRequestReview } from './githubReviews.js';
import { emailHandles, LOGIN_ALIAS, matchPerson, normalizeName, type Person } from './identity.js';
import type { ReviewSource } from './report.js';

/** One review resolved to people: who reviewed whose work, on which day. */
export interface ReviewEvent {
  /** The work and the reviewer: one event per key ({@link reviewEvents}). */
  key: string;
  /** Person id of the reviewer. */
  reviewer: string;
  /** Person ids of the work's authors: a commit's author and co-authors (a pull request merged as a scanned commit: that commit's), else a pull request's author. */
  authors: string[];
  /**
   * YYYY-MM-DD, the earliest of the review's: a trailer's commit's author date (its local
   * day, as every commit is dated; the facts keep no committer date, the day a
   * `Reviewed-by:` was usually added), or the day a GitHub review was submitted (UTC).
   */
  date: string;
  /** Where the earliest of the review's dates comes from (trailers first on one day). */
  source: ReviewSource;
  /** The work reviewed: the commit's sha (a trailer's commit, or the commit a pull request was merged as), else the pull request's URL. */
  work: string;
  /** The pull request's URL, when a GitHub review is among the review's. */
  pullRequest?: string;
  /** The trailer keys of the work's commit that name the reviewer (`Reviewed-by`...); empty when only GitHub reviews do. */
  trailers: ReviewTrailer[];
}

/** Lead-by-example numbers of one period. */
export interface LeadNumbers {
  /** The manager's reviews of teammates' work. */
  reviews: number;
  /** Teammates' commits the manager co-authored. */
  pairedCommits: number;
  /** Distinct teammates whose work the manager reviewed. */
  membersReviewed: number;
  /** Reviews by any team member (manager included) of another team member's work. */
  teamReviews: number;
}

/**
 * Pairing (docs/definitions.md "Lead by example"): a commit whose author is a human teammate (a team
 * member, not the manager) and whose co-authors include the manager. The manager is credited
 * with it (hands-on) but took nothing over (ownership.ts); any other commit crediting the
 * manager is the manager's own (a bot's or an AI assistant's commit with the manager as
 * co-author included: the Copilot coding agent's shape).
 * @param managerIds person ids of the manager
 * @param teamIds person ids of the team (manager included)
 */
export function isPairing(c: Commit, managerIds: ReadonlySet<string>, teamIds: ReadonlySet<string>): boolean {
  return c.author.kind === 'human' && teamIds.has(c.author.id) && !managerIds.has(c.author.id) && c.people.some((p) => managerIds.has(p.id));
}

/**
 * A function that finds the person behind a GitHub account, in order: the config's
 * `login:` alias (its value matched as `--manager` is, identity.ts matchPerson); a person
 * with a GitHub noreply address of that login (`ID+login@users.noreply.github.com`,
 * `login@users.noreply.github.com`); the account's profile name, when exactly one person
 * has it; the login as a handle (an email's local part) of exactly one person. A bot
 * account, or one none of these finds, is nobody (undefined).
 * @param persons the people of the scanned history (identity.ts)
 * @param aliases the config's aliases; only `login:` keys are read (case-insensitive)
 */
export function loginResolver(persons: readonly Person[], aliases: Readonly<Record<string, string>>): (actor: GithubActor) => Person | undefined {
  const byAlias = new Map<string, string>();
  for (const [from, to] of Object.entries(aliases))
    if (from.toLowerCase().startsWith(LOGIN_ALIAS)) byAlias.set(from.slice(LOGIN_ALIAS.length).trim().toLowerCase(), to);
  const byNoreply = new Map<string, Person>();
  for (const p of persons) {
    if (p.kind !== 'human') continue;
    for (const e of p.emails) if (e.endsWith('@users.noreply.github.com')) for (const h of emailHandles(e)) byNoreply.set(h, p);
  }
  const one = (query: string): Person | undefined => {
    const m = matchPerson(persons, query);
    return m && 'person' in m ? m.person : undefined;
  };
  const cache = new Map<string, Person | undefined>();
  return (actor) => {
    if (actor.bot) return undefined;
    const key = `${actor.login.toLowerCase()}\u0000${actor.name ?? ''}`;
    if (cache.has(key)) return cache.get(key);
    const login = actor.login.toLowerCase();
    const alias = byAlias.get(login);
    const found =
      (alias !== undefined ? one(alias) : undefined) ??
      byNoreply.get(login) ??
      (actor.name && normalizeName(actor.name) !== '' ? one(actor.name) : undefined) ??
      one(actor.login);
    cache.set(key, found);
    return found;
  };
}

/** A GitHub review left out because one side's account finds no person ({@link loginResolver}). */
export interface UnmatchedReview {
  /** The login nobody was found for. */
  login: string;
  /** The day the review was submitted (UTC), YYYY-MM-DD. */
  date: string;
  /** Person ids of the other side (the work's authors, or the reviewer), empty when neither side was found. */
  others: string[];
}

/**
 * Every review of the history, resolved to people: from commits' review trailers
 * (commits.ts `reviewers`: people only, never one credited with the commit) and from
 * GitHub reviews whose reviewer and work's authors are people letgo knows. A pull request
 * merged as a scanned commit is that commit's work: its authors are the commit's people
 * (author and co-authors), and a reviewer among them reviewed nothing, as with trailers;
 * otherwise its author is the pull request's.
 * @param commits all commits (commits.ts)
 * @param github reviews of `--reviews` files
 * @param personOf the person behind a GitHub account ({@link loginResolver})
 * @returns the events, and the GitHub reviews left out because an account was not found ({@link unmatchedLogins} picks those worth a warning)
 */
export function reviewEvents(
  commits: readonly Commit[],
  github: readonly PullRequestReview[],
  personOf: (actor: GithubActor) => Person | undefined
): { events: ReviewEvent[]; unmatched: UnmatchedReview[] } {
  const events: ReviewEvent[] = [];
  const bySha = new Map<string, Commit>();
  for (const c of commits) {
    if (github.length) bySha.set(c.sha, c);
    if (c.reviewers.length === 0) continue;
    const authors = c.people.map((p) => p.id);
    for (const { person, trailers } of c.reviewers)
      events.push({ key: `${c.sha}\u0000${person.id}`, reviewer: person.id, authors, date: c.date, source: 'trailers', work: c.sha, trailers });
  }
  const unmatched: UnmatchedReview[] = [];
  for (const r of github) {
    if (r.reviewer.bot || r.author === null || r.author.bot) continue;
    const date = r.submittedAt.slice(0, 10);
    const merged = r.mergeCommit === null ? undefined : bySha.get(r.mergeCommit);
    const author = merged ? undefined : personOf(r.author);
    const authors = merged ? merged.people.map((p) => p.id) : author ? [author.id] : [];
    const reviewer = personOf(r.reviewer);
    if (!reviewer) unmatched.push({ login: r.reviewer.login, date, others: authors });
    if (!merged && !author) unmatched.push({ login: r.author.login, date, others: reviewer ? [reviewer.id] : [] });
    if (!reviewer || authors.length === 0 || authors.includes(reviewer.id)) continue;
    const work = merged ? merged.sha : r.pullRequest;
    events.push({
      key: `${r.mergeCommit ?? r.pullRequest}\u0000${reviewer.id}`,
      reviewer: reviewer.id,
      authors,
      date,
      source: 'github',
      work,
      pullRequest: r.pullRequest,
      trailers: [],
    });
  }
  return { events: onePerKey(events), unmatched };
}

/**
 * One event per key (docs/definitions.md "Lead by example": one review per reviewer and
 * piece of work), before any window: the earliest date and its source (trailers before
 * GitHub on one day, as `events` lists them), the pull request of any, the trailers of
 * all. So a squash-merged pull request whose commit and review fall in two months counts
 * in the earlier one only.
 */
function onePerKey(events: readonly ReviewEvent[]): ReviewEvent[] {
  const byKey = new Map<string, ReviewEvent>();
  for (const e of events) {
    const had = byKey.get(e.key);
    if (!had) byKey.set(e.key, e);
    else {
      const first = e.date < had.date ? e : had;
      const pullRequest = had.pullRequest ?? e.pullRequest;
      const trailers = [...new Set([...had.trailers, ...e.trailers])];
      byKey.set(e.key, { ...first, ...(pullRequest !== undefined ? { pullRequest } : {}), trailers });
    }
  }
  return [...byKey.values()];
}

/**
 * The logins worth a warning: of reviews submitted `since`..`until` (inclusive YYYY-MM-DD)
 * whose other side is a team member, so that mapping the login would change a number.
 * @param teamIds person ids of the team (manager included)
 * @returns distinct logins, sorted
 */
export function unmatchedLogins(unmatched: readonly UnmatchedReview[], teamIds: ReadonlySet<string>, since: string, until: string): string[] {
  const logins = new Set<string>();
  for (const u of unmatched) if (u.date >= since && u.date <= until && u.others.some((id) => teamIds.has(id))) logins.add(u.login);
  return [...logins].sort();
}

/** One of the manager's reviews of teammates' work. */
export interface LeadReview extends ReviewEvent {
  /** Person ids of the work's authors that are teammates (team members, not the manager): what made it a review of teammates' work. */
  teammates: string[];
}

/** What the lead-by-example numbers count: the numbers are these lists' lengths ({@link leadNumbers}). */
export interface LeadLists {
  /** The manager's reviews of teammates' work, one per review, oldest first. */
  reviews: LeadReview[];
  /** Teammates' commits the manager co-authored ({@link isPairing}), in `commits` order. */
  paired: Commit[];
  /** Distinct teammates whose work the manager reviewed. */
  membersReviewed: number;
  /** Reviews by any team member (manager included) of another team member's work. */
  teamReviews: number;
}

/**
 * The reviews and pairing behind the lead-by-example numbers of the days `since`..`until`
 * (inclusive YYYY-MM-DD).
 * @param events all review events ({@link reviewEvents})
 * @param commits all commits: pairing is a commit in the period that {@link isPairing}
 * @param managerIds person ids of the manager: their reviews and pairing are the manager's numbers
 * @param teamIds person ids of the team (manager included): reviews by and of anyone else count nowhere
 */
export function leadLists(
  events: readonly ReviewEvent[],
  commits: readonly Commit[],
  managerIds: ReadonlySet<string>,
  teamIds: ReadonlySet<string>,
  since: string,
  until: string
): LeadLists {
  const reviews: LeadReview[] = [];
  let teamReviews = 0;
  const members = new Set<string>();
  for (const e of events) {
    if (e.date < since || e.date > until || !teamIds.has(e.reviewer)) continue;
    const others = e.authors.filter((a) => teamIds.has(a) && a !== e.reviewer);
    if (others.length === 0) continue;
    teamReviews++;
    if (!managerIds.has(e.reviewer)) continue;
    const teammates = others.filter((a) => !managerIds.has(a));
    if (teammates.length === 0) continue;
    reviews.push({ ...e, teammates });
    for (const a of teammates) members.add(a);
  }
  reviews.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const paired = commits.filter((c) => c.date >= since && c.date <= until && isPairing(c, managerIds, teamIds));
  return { reviews, paired, membersReviewed: members.size, teamReviews };
}

/** The lead-by-example numbers of {@link LeadLists}: `reviews` and `pairedCommits` are the lists' lengths. */
export function leadNumbers(lists: LeadLists): LeadNumbers {
  return { reviews: lists.reviews.length, pairedCommits: lists.paired.length, membersReviewed: lists.membersReviewed, teamReviews: lists.teamReviews };
}
