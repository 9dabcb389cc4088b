/**
 * `letgo init [PATH...]`: writes a commented starting `letgo.config.json` (the manager,
 * an author; the roster proposed from the last 6 months of authors; aliases letgo did
 * not merge as commented suggestions; likely automation it left out) and its JSON Schema.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { groupCommits } from '../../core/commits.js';
import { CONFIG_SCHEMA, DEFAULT_AI_PATTERNS, DEFAULT_BOT_PATTERNS, DEFAULT_THRESHOLDS, DEFAULT_TIER_RULES, defaultConfig } from '../../core/config.js';
import { ExitCode, LetgoError } from '../../core/errors.js';
import { aliasSuggestions, matchPerson, personLabel, type Person } from '../../core/identity.js';
import { automationText } from '../../report/model.js';
import { chooseManager } from '../../core/team.js';
import { addMonths } from '../../core/time.js';
import { discoverRepos, scan } from '../../scan/index.js';
import { CONFIG_FILE } from '../configFile.js';
import { type CliIo, say } from '../io.js';
import { writeAtomic } from '../store.js';
import { managerQueries, repoPaths } from './shared.js';

/** Name of the schema file written beside the config. */
export const SCHEMA_FILE = 'letgo.config.schema.json';

/** Most authors offered when init asks who the manager is. */
const MAX_OFFERED = 9;

/**
 * Writes `letgo.config.json` and `letgo.config.schema.json` into the current folder.
 * The manager is `--manager`, else `git config user.email`, and must be an author of the
 * scanned history; when neither names one, init asks on a terminal and fails otherwise.
 * @throws LetgoError (OUTPUT) when the config exists and --force is not given; (USAGE) when no manager is given and there is no terminal to ask on, or the answer names nobody; (UNKNOWN_MANAGER) when the manager matches no author or several
 */
export async function initCommand(paths: string[], opts: { force?: boolean; manager?: string[] }, io: CliIo): Promise<void> {
  const target = path.join(io.cwd, CONFIG_FILE);
  if (existsSync(target) && !opts.force) {
    throw new LetgoError(ExitCode.Output, `${target} already exists: edit it, or pass --force to replace it`);
  }
  const repos = await discoverRepos(repoPaths(paths, io));
  const config = defaultConfig();
  // Only authors matter here: git's line counts, no notebook blobs read.
  const { facts } = await scan(repos, { config: { ...config, notebooks: { ...config.notebooks, lines: 'git' } }, allBranches: false, jobs: 2 });
  const since = `${addMonths(io.now().toISOString().slice(0, 7), -6)}-01`;
  const { commits, identities } = groupCommits(facts, config);
  const counts = new Map<string, number>();
  for (const c of commits) if (c.date >= since) for (const p of c.people) counts.set(p.id, (counts.get(p.id) ?? 0) + 1);
  const humans = identities.persons.filter((p) => p.kind === 'human');
  const byCommits = (list: Person[]) => list.sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1));
  const manager = await pickManager(
    humans,
    await managerQueries(opts.manager, config, repos[0]?.dir),
    byCommits(humans.filter((p) => counts.has(p.id))),
    opts.manager !== undefined,
    io
  );
  const roster = byCommits(humans.filter((p) => counts.has(p.id) && !manager.includes(p)));
  const suggestions = aliasSuggestions(humans);
  const automation = identities.persons.filter((p) => p.kind === 'automation');
  const lines = [
    '// letgo configuration. JSON with comments; validated by letgo.config.schema.json.',
    '{',
    `  "$schema": "./${SCHEMA_FILE}",`,
    '  // You: an email or full name as in git (--manager overrides).',
    `  "manager": ${JSON.stringify(manager.map((p) => p.id))},`,
    `  // The team besides you: authors of the last 6 months (${roster.length}), most commits first. Remove those who are not on your team.`,
    '  // An empty list means "the regulars": everyone with commits in at least 2 distinct weeks.',
    `  "team": [${roster.map((p) => `\n    ${JSON.stringify(p.emails[0])}${commentFor(p.name, counts.get(p.id) ?? 0)}`).join('')}${roster.length ? '\n  ' : ''}],`,
    '  // Identities git shows apart that are one person: "email or name": "email or name".',
    ...(suggestions.length
      ? [
          '  // Likely the same person, not merged by letgo (uncomment the ones that are right):',
          ...suggestions.map((x) => `  //   ${JSON.stringify(x.from)}: ${JSON.stringify(x.to)}, // ${oneLine(x.why)}`),
        ]
      : []),
    '  "aliases": {},',
    '  // Full names that letgo must not merge (two different people with one name).',
    '  "doNotMergeByName": [],',
    `  // Bot patterns besides the defaults ${JSON.stringify(DEFAULT_BOT_PATTERNS)}.`,
    '  "bots": [],',
    `  // AI coding assistant patterns besides the defaults (never people; their commits count as AI-assisted): ${JSON.stringify(DEFAULT_AI_PATTERNS)}.`,
    '  "aiAssistants": [],',
    '  // Emails or names that are people though a bot or AI pattern, or the likely-automation rule, matches them.',
    ...(automation.length
      ? [
          `  // Likely automation letgo leaves out (${automation.length}); list an email here to count it as a person:`,
          ...automation.map((p) => `  //   ${JSON.stringify(p.emails[0])}, // ${oneLine(automationEvidence(p))}`),
        ]
      : []),
    '  "humans": [],',
    '  // Tier rules evaluated before the defaults; first match wins, the rest is tactical. Defaults:',
    ...JSON.stringify(DEFAULT_TIER_RULES, null, 2)
      .split('\n')
      .map((l) => `  //   ${l}`),
    '  "tiers": [],',
    '  // Extra path globs per file kind, e.g. {"data": ["exports/**"]}.',
    '  "kinds": {},',
    '  // Thresholds (defined in docs/definitions.md of the letgo repository); change with care.',
    `  "thresholds": ${JSON.stringify(DEFAULT_THRESHOLDS, null, 2).replace(/\n/g, '\n  ')},`,
    '  // Notebooks: "cells" counts cell-source lines, "git" counts JSON lines; larger blobs fall back to git.',
    `  "notebooks": ${JSON.stringify(config.notebooks)},`,
    '  // Delegation plan, e.g. [{"tier": "tactical", "since": "2026-09-01", "weeks": 8}].',
    '  "delegate": []',
    '}',
    '',
  ];
  writeAtomic(io.cwd, { [CONFIG_FILE]: lines.join('\n'), [SCHEMA_FILE]: JSON.stringify(CONFIG_SCHEMA, null, 2) + '\n' });
  say(io, `wrote ${target} (${roster.length} team members proposed) and ${SCHEMA_FILE}; manager: ${oneLine(personLabel(manager[0]))}`);
  if (suggestions.length) say(io, `${suggestions.length} possible aliases are suggested in comments under "aliases"`);
  for (const p of automation) say(io, `left out as likely automation: ${oneLine(`${personLabel(p)}: ${automationEvidence(p)}`)}`);
}

/**
 * The manager: the persons `queries` name (see chooseManager). When they name nobody and
 * the user gave no --manager, init asks on a terminal (a number from the list of the
 * most active authors, or an email, name or handle); without one it fails.
 */
async function pickManager(humans: Person[], queries: string[], offered: Person[], given: boolean, io: CliIo): Promise<Person[]> {
  try {
    return chooseManager(humans, queries);
  } catch (err) {
    if (given || !(err instanceof LetgoError) || !io.ask) {
      if (err instanceof LetgoError && !given) {
        const who = queries.length ? `git config user.email "${queries[0]}" is no author here` : 'no manager given and no git config user.email';
        throw new LetgoError(
          err.code,
          `${who}: pass --manager with your email, name or handle${offered.length ? `, e.g. one of ${offered.slice(0, 3).map(personLabel).join(', ')}` : ''}`
        );
      }
      throw err;
    }
    const list = (offered.length ? offered : humans).slice(0, MAX_OFFERED);
    say(io, `${queries.length ? `"${queries[0]}" is no author here` : 'no manager given'}. Who is the manager?`);
    list.forEach((p, i) => io.stderr(`  ${i + 1}. ${oneLine(personLabel(p))}\n`));
    const answer = (await io.ask(`Number, email, name or handle: `)).trim();
    const n = Number(answer);
    if (Number.isInteger(n) && n >= 1 && n <= list.length) return [list[n - 1]];
    const m = matchPerson(humans, answer);
    if (m && 'person' in m) return [m.person];
    throw new LetgoError(ExitCode.Usage, `"${oneLine(answer)}" names no author${m ? ' alone' : ''}: run letgo init again with --manager EMAIL`);
  }
}

/** Text on one line (a comment ends at a line break). */
function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/** The evidence of a likely-automation person in words (as the report's data quality says it). */
function automationEvidence(p: Person): string {
  return p.automation ? automationText(p.automation) : p.name;
}

function commentFor(name: string, commits: number): string {
  return `, // ${oneLine(name)}: ${commits} commits`;
}
