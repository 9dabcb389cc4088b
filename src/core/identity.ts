/**
 * Identity resolution (design.md "Identity"): after `.mailmap` (applied by git), config
 * aliases; then two identities are one person when they share an email
 * (case-insensitive) or the same full name (ignoring case, accents and spacing). Bots
 * never merge with people.
 */
import picomatch from 'picomatch';
import { distance } from 'fastest-levenshtein';
import type { Identity } from './facts.js';
import { compareStrings } from './facts.js';
import { DEFAULT_BOT_PATTERNS } from './config.js';

/** A resolved person: one or more identities. */
export interface Person {
  /** Stable id: the lower-case email of the identity with the most commits (ties: alphabetical). */
  id: string;
  /** Display name: the name of that identity. */
  name: string;
  /** Every email seen for the person, lower-case, sorted. */
  emails: string[];
  /** Every name spelling seen, sorted. */
  names: string[];
  /** True when the identities match a bot pattern. */
  bot: boolean;
}

/** Identities resolved into persons. */
export interface IdentityTable {
  persons: Person[];
  /** The person of an identity seen in the input. @throws Error for an identity that was not in the input (a bug). */
  personOf(identity: Identity): Person;
  /** Persons made of more than one name or email: the merges letgo made, listed in the report. */
  merged: Person[];
}

/** Options of {@link resolveIdentities}. */
export interface IdentityOptions {
  /** Email or name -> email or name of the same person. */
  aliases: Record<string, string>;
  /** Full names that must not merge identities. */
  doNotMergeByName: string[];
  /** Bot glob patterns besides {@link DEFAULT_BOT_PATTERNS}. */
  bots: string[];
}

/** Names too generic to merge people on. */
const GENERIC_NAMES = new Set(['', 'root', 'admin', 'unknown', 'user', 'ubuntu', 'jovyan', 'runner', 'nobody', 'localhost']);

/**
 * Normal form of a full name for matching: NFKD without combining marks, lower case,
 * without white space, dots, hyphens or underscores. "Jake  VanderPlas" and
 * "jake vanderplas" and "Jaké Vanderplas" give "jakevanderplas".
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s._-]+/g, '');
}

/** Identity key: name and lower-case email. */
export function identityKey(identity: Identity): string {
  return `${identity.name}\u0000${identity.email.toLowerCase()}`;
}

/** Builds a bot test from the default and extra patterns (globs, case-insensitive, on name and on email). */
export function botMatcher(extra: readonly string[]): (identity: Identity) => boolean {
  const match = picomatch([...DEFAULT_BOT_PATTERNS, ...extra], { nocase: true, dot: true });
  return (identity) => match(identity.name) || match(identity.email);
}

/**
 * Resolves identities into persons.
 * @param identities every identity seen, with its commit count (used to choose the primary identity)
 */
export function resolveIdentities(
  identities: Iterable<{ identity: Identity; commits: number }>,
  options: IdentityOptions
): IdentityTable {
  const isBot = botMatcher(options.bots);
  const noNameMerge = new Set(options.doNotMergeByName.map(normalizeName));
  const entries: { identity: Identity; commits: number; bot: boolean }[] = [];
  const indexByKey = new Map<string, number>();
  for (const { identity, commits } of identities) {
    const key = identityKey(identity);
    const at = indexByKey.get(key);
    if (at !== undefined) {
      entries[at].commits += commits;
    } else {
      indexByKey.set(key, entries.length);
      entries.push({ identity, commits, bot: isBot(identity) });
    }
  }

  const parent = entries.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb && entries[ra].bot === entries[rb].bot) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  // Group by email and by normalized name; an alias links its key's group to its value's group.
  const byToken = new Map<string, number>();
  const link = (token: string, i: number): void => {
    const first = byToken.get(token);
    if (first === undefined) byToken.set(token, i);
    else union(first, i);
  };
  const nameToken = (name: string): string | undefined => {
    const n = normalizeName(name);
    return GENERIC_NAMES.has(n) || noNameMerge.has(n) ? undefined : `n:${n}`;
  };
  const tokensOf = (text: string): string[] => {
    const out = [`e:${text.trim().toLowerCase()}`];
    const n = nameToken(text);
    if (n) out.push(n);
    return out;
  };
  entries.forEach((entry, i) => {
    link(`e:${entry.identity.email.toLowerCase()}`, i);
    const n = nameToken(entry.identity.name);
    if (n) link(n, i);
  });
  for (const [from, to] of Object.entries(options.aliases)) {
    const a = tokensOf(from).map((t) => byToken.get(t)).find((x) => x !== undefined);
    const b = tokensOf(to).map((t) => byToken.get(t)).find((x) => x !== undefined);
    if (a !== undefined && b !== undefined) union(a, b);
  }

  const groups = new Map<number, number[]>();
  entries.forEach((_, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });

  const personByKey = new Map<string, Person>();
  const persons: Person[] = [];
  for (const members of groups.values()) {
    const primary = members
      .map((i) => entries[i])
      .sort((x, y) => y.commits - x.commits || compareStrings(x.identity.email.toLowerCase(), y.identity.email.toLowerCase()) || compareStrings(x.identity.name, y.identity.name))[0];
    const person: Person = {
      id: primary.identity.email.toLowerCase(),
      name: primary.identity.name,
      emails: [...new Set(members.map((i) => entries[i].identity.email.toLowerCase()))].sort(),
      names: [...new Set(members.map((i) => entries[i].identity.name))].sort(),
      bot: primary.bot,
    };
    persons.push(person);
    for (const i of members) personByKey.set(identityKey(entries[i].identity), person);
  }
  persons.sort((a, b) => compareStrings(a.id, b.id));
  return {
    persons,
    merged: persons.filter((p) => p.emails.length > 1 || p.names.length > 1),
    personOf(identity) {
      const p = personByKey.get(identityKey(identity));
      if (!p) throw new Error(`identity not resolved: ${identity.name} <${identity.email}>`);
      return p;
    },
  };
}

/**
 * Finds the person a user means by an email or a full name (as given to `--manager` or in a roster).
 * @returns the person, or undefined when none matches
 */
export function findPerson(persons: readonly Person[], query: string): Person | undefined {
  const q = query.trim();
  const email = q.toLowerCase();
  const name = normalizeName(q);
  return (
    persons.find((p) => p.emails.includes(email)) ?? persons.find((p) => p.names.some((n) => normalizeName(n) === name))
  );
}

/** Up to `count` display strings ("Name <email>") of the persons closest to `query` by edit distance, for "did you mean". */
export function closestPersons(persons: readonly Person[], query: string, count = 3): string[] {
  const q = query.toLowerCase();
  const scored = persons
    .filter((p) => !p.bot)
    .map((p) => ({
      p,
      d: Math.min(...p.emails.map((e) => distance(q, e)), ...p.names.map((n) => distance(q, n.toLowerCase()))),
    }))
    .sort((a, b) => a.d - b.d || compareStrings(a.p.id, b.p.id));
  return scored.slice(0, count).map(({ p }) => `${p.name} <${p.emails[0]}>`);
}

