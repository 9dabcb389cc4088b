/**
 * Identity resolution (docs/definitions.md "Identity"): after `.mailmap` (applied by git), config
 * aliases; then two identities are one person when they share an email
 * (case-insensitive) or the same full name (ignoring case, accents, spacing and
 * punctuation) and one of its spellings has two words or more: "NielsRogge" = "Niels
 * Rogge" and "Drew O'Kane" = "drewokane", but two "Ben"s stay two people. Bots, AI
 * assistants and likely automation never merge with people.
 */
import picomatch from 'picomatch';
import { compileGlobs } from './patterns.js';
import { distance } from 'fastest-levenshtein';
import type { AutomationEvidence } from './automation.js';
import type { Identity } from './facts.js';
import { compareStrings } from './facts.js';
import { DEFAULT_AI_PATTERNS, DEFAULT_BOT_PATTERNS } from './config.js';

/**
 * What an identity is: a person; a bot (a bot pattern); likely automation (the rule of
 * automation.ts); an AI coding assistant (an AI pattern). Only people are counted.
 */
export type PersonKind = 'human' | 'bot' | 'automation' | 'ai';

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
  /** What the identities are; identities of different kinds never merge. */
  kind: PersonKind;
  /** Why it is likely automation (kind 'automation' only). */
  automation?: AutomationEvidence;
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
  /** Email or name -> email or name of the same person (`login:NAME` keys name GitHub logins: leadByExample.ts). */
  aliases: Record<string, string>;
  /** Full names that must not merge identities. */
  doNotMergeByName: string[];
  /** Bot glob patterns besides {@link DEFAULT_BOT_PATTERNS}. */
  bots: string[];
  /** AI assistant glob patterns besides {@link DEFAULT_AI_PATTERNS}. */
  aiAssistants: string[];
  /** Emails or names that are people whatever the patterns or the automation rule say. */
  humans: string[];
}

/** The prefix of a config alias that names a GitHub login, not a git identity: `"login:octocat": "octo@company.com"` (leadByExample.ts loginResolver). */
export const LOGIN_ALIAS = 'login:';

/** Names too generic to merge people on. */
const GENERIC_NAMES = new Set(['', 'root', 'admin', 'unknown', 'user', 'ubuntu', 'jovyan', 'runner', 'nobody', 'localhost']);

/**
 * Normal form of a full name for matching: NFKD without combining marks, lower case,
 * letters and digits only. "Jake  VanderPlas", "jake vanderplas", "Jaké Vanderplas" give
 * "jakevanderplas"; "Drew O'Kane" gives "drewokane".
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** True when a name has two words or more (letters or digits on both sides of a space, dot, hyphen or underscore). */
function isFullName(name: string): boolean {
  return (
    name
      .trim()
      .split(/[\s._-]+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= 2
  );
}

/** Identity key: name and lower-case email. */
export function identityKey(identity: Identity): string {
  return `${identity.name}\u0000${identity.email.toLowerCase()}`;
}

/**
 * Builds a test from letgo's default glob patterns and the config's extra ones
 * (case-insensitive, on the whole name and on the whole email). The config's globs run in
 * linear time (patterns.ts): author names are the repository's text.
 * @throws Error when an extra glob does not compile (validateConfig rejects those first)
 */
function globMatcher(defaults: readonly string[], extra: readonly string[]): (identity: Identity) => boolean {
  const ours = picomatch([...defaults], { nocase: true, dot: true });
  const own = extra.length ? compileGlobs(extra, { nocase: true }) : () => false;
  const match = (text: string): boolean => ours(text) || own(text);
  return (identity) => match(identity.name) || match(identity.email);
}

/** The pattern-based kind of identities: `humans` first, then AI patterns, then bot patterns. */
export interface KindMatcher {
  /** 'ai', 'bot' or 'human' by the patterns. */
  kindOf(identity: Identity): Exclude<PersonKind, 'automation'>;
  /** True when the config keeps the identity as a person (its email or name is in `humans`). */
  isHuman(identity: Identity): boolean;
  /**
   * The person behind an author name that names an AI assistant in brackets (aider writes
   * "Jane Doe (aider)" as the author of the commits it makes): Jane's identity and the
   * assistant ("aider"), or undefined when the name has no such suffix.
   */
  assisted(identity: Identity): { person: Identity; assistant: string } | undefined;
}

/** Builds the {@link KindMatcher} of the default and configured patterns. */
export function kindMatcher(options: Pick<IdentityOptions, 'bots' | 'aiAssistants' | 'humans'>): KindMatcher {
  const isBot = globMatcher(DEFAULT_BOT_PATTERNS, options.bots);
  const isAi = globMatcher(DEFAULT_AI_PATTERNS, options.aiAssistants);
  const humanEmails = new Set(options.humans.map((h) => h.trim().toLowerCase()));
  const humanNames = new Set(options.humans.map(normalizeName).filter((n) => n !== ''));
  const isHuman = (id: Identity): boolean => humanEmails.has(id.email.toLowerCase()) || humanNames.has(normalizeName(id.name));
  return {
    isHuman,
    kindOf: (id) => (isHuman(id) ? 'human' : isAi(id) ? 'ai' : isBot(id) ? 'bot' : 'human'),
    assisted(id) {
      const m = id.name.endsWith(')') ? /^(.*\S)\s*\(([^()]{1,60})\)$/.exec(id.name) : null;
      return m && isAi({ name: m[2].trim(), email: '' }) ? { person: { name: m[1], email: id.email }, assistant: m[2].trim() } : undefined;
    },
  };
}

/**
 * Resolves identities into persons.
 * @param identities every identity seen, with its commit count (used to choose the
 *   primary identity) and, for an author the automation rule flagged, its evidence
 *   (ignored for an identity the config lists in `humans`)
 */
export function resolveIdentities(
  identities: Iterable<{ identity: Identity; commits: number; automation?: AutomationEvidence }>,
  options: IdentityOptions
): IdentityTable {
  const kinds = kindMatcher(options);
  const noNameMerge = new Set(options.doNotMergeByName.map(normalizeName));
  const entries: { identity: Identity; commits: number; kind: PersonKind; automation?: AutomationEvidence }[] = [];
  const indexByKey = new Map<string, number>();
  for (const { identity, commits, automation } of identities) {
    const key = identityKey(identity);
    const at = indexByKey.get(key);
    if (at !== undefined) {
      entries[at].commits += commits;
    } else {
      indexByKey.set(key, entries.length);
      const kind = kinds.kindOf(identity);
      const flagged = kind === 'human' && automation && !kinds.isHuman(identity) ? automation : undefined;
      entries.push({ identity, commits, kind: flagged ? 'automation' : kind, ...(flagged ? { automation: flagged } : {}) });
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
    if (ra !== rb && entries[ra].kind === entries[rb].kind) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  // A normalized name merges only when one of its spellings is a full name (two words or more).
  const fullNames = new Set(entries.filter((e) => isFullName(e.identity.name)).map((e) => normalizeName(e.identity.name)));
  // Group by email and by normalized name; an alias links its key's group to its value's group.
  const byToken = new Map<string, number>();
  const link = (token: string, i: number): void => {
    const first = byToken.get(token);
    if (first === undefined) byToken.set(token, i);
    else union(first, i);
  };
  const nameToken = (name: string): string | undefined => {
    const n = normalizeName(name);
    return GENERIC_NAMES.has(n) || noNameMerge.has(n) || !fullNames.has(n) ? undefined : `n:${n}`;
  };
  /** Tokens an alias side may name: an email, or any spelling of a name (one word or more). */
  const tokensOf = (text: string): string[] => [`e:${text.trim().toLowerCase()}`, `n:${normalizeName(text)}`, `o:${normalizeName(text)}`];
  entries.forEach((entry, i) => {
    link(`e:${entry.identity.email.toLowerCase()}`, i);
    const n = nameToken(entry.identity.name);
    if (n) link(n, i);
    else if (!byToken.has(`o:${normalizeName(entry.identity.name)}`)) byToken.set(`o:${normalizeName(entry.identity.name)}`, i);
  });
  for (const [from, to] of Object.entries(options.aliases)) {
    if (from.toLowerCase().startsWith(LOGIN_ALIAS)) continue; // a GitHub login's alias (leadByExample.ts loginResolver), no identity of git's
    const a = tokensOf(from)
      .map((t) => byToken.get(t))
      .find((x) => x !== undefined);
    const b = tokensOf(to)
      .map((t) => byToken.get(t))
      .find((x) => x !== undefined);
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
      .sort(
        (x, y) =>
          y.commits - x.commits ||
          compareStrings(x.identity.email.toLowerCase(), y.identity.email.toLowerCase()) ||
          compareStrings(x.identity.name, y.identity.name)
      )[0];
    const person: Person = {
      id: primary.identity.email.toLowerCase(),
      name: primary.identity.name,
      emails: [...new Set(members.map((i) => entries[i].identity.email.toLowerCase()))].sort(),
      names: [...new Set(members.map((i) => entries[i].identity.name))].sort(),
      kind: primary.kind,
      ...(primary.automation ? { automation: primary.automation } : {}),
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
 * The handles of an email, lower case: its local part, and for a GitHub noreply address
 * (`ID+login@users.noreply.github.com`, or `login@users.noreply.github.com`) the login.
 */
export function emailHandles(email: string): string[] {
  const e = email.trim().toLowerCase();
  const at = e.lastIndexOf('@');
  if (at <= 0) return [];
  const local = e.slice(0, at);
  const github = /^(?:\d+\+)?([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)$/.exec(local);
  return e.endsWith('@users.noreply.github.com') && github && github[1] !== local ? [local, github[1]] : [local];
}

/** What a query names: one person, several (a handle or name more than one person has), or nobody. */
export type PersonMatch = { person: Person } | { candidates: Person[] } | undefined;

/**
 * Finds the person a user means (as given to `--manager` or in a roster): by email
 * (case-insensitive), else by full name (normalized as {@link normalizeName}), else by a
 * handle: an email's local part or a GitHub login (see {@link emailHandles}), or a
 * one-word name. Only people are matched. A name or handle that several people have
 * names none of them: the candidates are returned instead.
 */
export function matchPerson(persons: readonly Person[], query: string): PersonMatch {
  const q = query.trim();
  const people = persons.filter((p) => p.kind === 'human');
  const email = q.toLowerCase();
  const byEmail = people.find((p) => p.emails.includes(email));
  if (byEmail) return { person: byEmail };
  const name = normalizeName(q);
  if (name === '') return undefined;
  const one = (found: Person[]): PersonMatch => (found.length === 1 ? { person: found[0] } : found.length > 1 ? { candidates: found } : undefined);
  return (
    one(people.filter((p) => p.names.some((n) => normalizeName(n) === name))) ??
    one(people.filter((p) => p.emails.some((e) => emailHandles(e).includes(email))))
  );
}

/** "Name <email>" of a person, for messages. */
export function personLabel(p: Person): string {
  return `${p.name} <${p.emails[0]}>`;
}

/**
 * Up to `count` display strings ("Name <email>") of the people closest to `query`, for
 * "did you mean". Rank: a handle of theirs (local part or GitHub login, see
 * {@link emailHandles}) equal to the query or to the query's local part first, then the
 * smallest edit distance relative to length (Levenshtein / longer length, 0-1) between
 * the query (or its local part) and their names, emails and handles; ties by id.
 */
export function closestPersons(persons: readonly Person[], query: string, count = 3): string[] {
  const q = query.trim().toLowerCase();
  const queries = [...new Set([q, ...emailHandles(q)])];
  const relative = (a: string, b: string): number => distance(a, b) / Math.max(a.length, b.length, 1);
  const scored = persons
    .filter((p) => p.kind === 'human')
    .map((p) => {
      const handles = p.emails.flatMap(emailHandles);
      const texts = [...p.emails, ...handles, ...p.names.map((n) => n.toLowerCase())];
      const full = handles.some((h) => queries.includes(h));
      return { p, full, d: Math.min(...queries.flatMap((x) => texts.map((t) => relative(x, t)))) };
    })
    .sort((a, b) => Number(b.full) - Number(a.full) || a.d - b.d || compareStrings(a.p.id, b.p.id));
  return scored.slice(0, count).map(({ p }) => personLabel(p));
}

/** An alias letgo did not apply, and why it looks right: `from` and `to` are emails. */
export interface AliasSuggestion {
  from: string;
  to: string;
  why: string;
}

/**
 * Pairs of people letgo kept apart that look like one person: an email's local part or
 * GitHub login (from a noreply address) of one that is the other's one-word name, login
 * or local part ("NielsRogge" and "48327001+NielsRogge@users.noreply.github.com",
 * "jakevdp" and "jakevdp@gmail.com"). Two one-word names alike ("Ben" and "Ben") are no
 * evidence: a handle must come from an address on one side. A handle that three or more
 * people share is too common to guess. The person with a noreply address (else the
 * smaller id) is proposed as the alias of the other.
 */
export function aliasSuggestions(people: readonly Person[]): AliasSuggestion[] {
  const byHandle = new Map<string, { person: Person; fromEmail: boolean }[]>();
  const add = (handle: string, person: Person, fromEmail: boolean): void => {
    if (handle.length < 3) return;
    const list = byHandle.get(handle) ?? [];
    const seen = list.find((x) => x.person === person);
    if (seen) seen.fromEmail ||= fromEmail;
    else list.push({ person, fromEmail });
    byHandle.set(handle, list);
  };
  for (const p of people) {
    for (const e of p.emails) for (const h of emailHandles(e)) add(normalizeName(h), p, true);
    for (const n of p.names) if (!/\s/.test(n.trim())) add(normalizeName(n), p, false);
  }
  const out: AliasSuggestion[] = [];
  const seen = new Set<string>();
  for (const [handle, list] of [...byHandle].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (list.length !== 2 || !list.some((x) => x.fromEmail)) continue;
    const [a, b] = list.map((x) => x.person).sort((x, y) => Number(isNoreply(y)) - Number(isNoreply(x)) || (x.id < y.id ? -1 : 1));
    const key = `${a.id}\u0000${b.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ from: a.emails[0], to: b.emails[0], why: `${a.name} and ${b.name} share the handle "${handle}"` });
  }
  return out;
}

function isNoreply(p: Person): boolean {
  return p.emails.some((e) => e.endsWith('@users.noreply.github.com'));
}
