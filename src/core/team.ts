/**
 * Who the manager is and who the team is (docs/definitions.md "Team").
 */
import type { Commit } from './commits.js';
import { ExitCode, LetgoError } from './errors.js';
import type { Person } from './identity.js';
import { closestPersons, matchPerson, personLabel } from './identity.js';
import { isoWeek } from './time.js';
import type { TeamSource } from './report.js';

/**
 * Resolves the manager from emails, names or handles (an email's local part, a GitHub
 * login; see matchPerson) from `--manager`, the config, or `git config user.email`.
 * Several queries may name several identities of one manager; the first match is the
 * manager's person and the others are folded into it.
 * @throws LetgoError (UNKNOWN_MANAGER) when no query matches, with the closest author names, or when a query names several people, listing them; (USAGE) when there is no query
 */
export function chooseManager(persons: readonly Person[], queries: readonly string[]): Person[] {
  if (queries.length === 0) {
    throw new LetgoError(ExitCode.Usage, 'no manager given: pass --manager EMAIL (or set "manager" in letgo.config.json, or git config user.email)');
  }
  const found: Person[] = [];
  for (const q of queries) {
    const m = matchPerson(persons, q);
    if (m && 'candidates' in m) {
      throw new LetgoError(
        ExitCode.UnknownManager,
        `manager "${q}" matches ${m.candidates.length} authors: ${m.candidates.map(personLabel).join(', ')}; pass --manager with the email of one of them`
      );
    }
    if (m && !found.includes(m.person)) found.push(m.person);
  }
  if (found.length === 0) {
    const near = closestPersons(persons, queries[0]);
    throw new LetgoError(
      ExitCode.UnknownManager,
      `manager "${queries.join('", "')}" matches no author in the scanned history${near.length ? `; closest: ${near.join(', ')}` : ''}; pass --manager with one of them`
    );
  }
  return found;
}

/** The team and how it was chosen. */
export interface Team {
  /** Person ids in the team (manager included). */
  ids: Set<string>;
  source: TeamSource;
  /** Roster entries that match no author, or several (a handle or name more than one person has). */
  unmatched: { entry: string; candidates: number }[];
}

/**
 * The team: the config roster plus the manager (people only: a roster entry that names a
 * bot, an AI assistant or nobody is unmatched); without a roster, the regulars: the
 * manager plus every person with commits (authored or co-authored) in at least
 * `regularWeeks` distinct ISO weeks of the scanned period [since, until].
 * Source of the rule: docs/definitions.md "Team" (one-off contributors would swell the team and shrink fair share).
 */
export function chooseTeam(
  persons: readonly Person[],
  commits: readonly Commit[],
  manager: readonly Person[],
  roster: readonly string[],
  period: { since: string; until: string },
  regularWeeks: number
): Team {
  const ids = new Set(manager.map((p) => p.id));
  if (roster.length > 0) {
    const unmatched: Team['unmatched'] = [];
    for (const entry of roster) {
      const m = matchPerson(persons, entry);
      if (m && 'person' in m) ids.add(m.person.id);
      else unmatched.push({ entry, candidates: m ? m.candidates.length : 0 });
    }
    return { ids, source: 'roster', unmatched };
  }
  const weeks = new Map<string, Set<string>>();
  for (const c of commits) {
    if (c.date < period.since || c.date > period.until) continue;
    const week = isoWeek(c.date);
    for (const p of c.people) {
      let set = weeks.get(p.id);
      if (!set) weeks.set(p.id, (set = new Set()));
      set.add(week);
    }
  }
  for (const [id, set] of weeks) if (set.size >= regularWeeks) ids.add(id);
  return { ids, source: 'regulars', unmatched: [] };
}
