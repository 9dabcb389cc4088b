/**
 * `letgo init [PATH...]`: writes a commented starting `letgo.config.json` (roster
 * proposed from the last 6 months of authors) and its JSON Schema.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { groupCommits } from '../../core/commits.js';
import { CONFIG_SCHEMA, DEFAULT_BOT_PATTERNS, DEFAULT_THRESHOLDS, DEFAULT_TIER_RULES, defaultConfig } from '../../core/config.js';
import { ExitCode, LetgoError } from '../../core/errors.js';
import { findPerson } from '../../core/identity.js';
import { addMonths } from '../../core/time.js';
import { discoverRepos, scan } from '../../scan/index.js';
import { CONFIG_FILE } from '../configFile.js';
import type { CliIo } from '../io.js';
import { writeAtomic } from '../store.js';
import { managerQueries, repoPaths } from './scan.js';

/** Name of the schema file written beside the config. */
export const SCHEMA_FILE = 'letgo.config.schema.json';

/**
 * Writes `letgo.config.json` and `letgo.config.schema.json` into the current folder.
 * @throws LetgoError (OUTPUT) when the config exists and --force is not given
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
  const { commits, identities } = groupCommits(facts.filter((f) => f.time.slice(0, 10) >= since), config);
  const counts = new Map<string, number>();
  for (const c of commits) for (const p of c.people) counts.set(p.id, (counts.get(p.id) ?? 0) + 1);
  const people = identities.persons.filter((p) => p.kind === 'human').sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0));
  const manager = await managerQueries(opts.manager, config, repos[0]?.dir);
  const managerPerson = manager.length ? findPerson(people, manager[0]) : undefined;
  const roster = people.filter((p) => p !== managerPerson);
  const lines = [
    '// letgo configuration. JSON with comments; validated by letgo.config.schema.json.',
    '{',
    `  "$schema": "./${SCHEMA_FILE}",`,
    '  // You: an email or full name as in git (--manager overrides).',
    `  "manager": ${JSON.stringify(manager)},`,
    `  // The team besides you: authors of the last 6 months (${roster.length}), most commits first. Remove those who are not on your team.`,
    '  // An empty list means "the regulars": everyone with commits in at least 2 distinct weeks.',
    `  "team": [${roster.map((p) => `\n    ${JSON.stringify(p.emails[0])}${commentFor(p.name, counts.get(p.id) ?? 0)}`).join('')}${roster.length ? '\n  ' : ''}],`,
    '  // Identities git shows apart that are one person: "email or name": "email or name".',
    '  "aliases": {},',
    '  // Full names that letgo must not merge (two different people with one name).',
    '  "doNotMergeByName": [],',
    `  // Bot patterns besides the defaults ${JSON.stringify(DEFAULT_BOT_PATTERNS)}.`,
    '  "bots": [],',
    '  // Tier rules evaluated before the defaults; first match wins, the rest is tactical. Defaults:',
    ...JSON.stringify(DEFAULT_TIER_RULES, null, 2).split('\n').map((l) => `  //   ${l}`),
    '  "tiers": [],',
    '  // Extra path globs per file kind, e.g. {"data": ["exports/**"]}.',
    '  "kinds": {},',
    '  // Thresholds of design.md; change with care.',
    `  "thresholds": ${JSON.stringify(DEFAULT_THRESHOLDS, null, 2).replace(/\n/g, '\n  ')},`,
    '  // Notebooks: "cells" counts cell-source lines, "git" counts JSON lines; larger blobs fall back to git.',
    `  "notebooks": ${JSON.stringify(config.notebooks)},`,
    '  // Delegation plan, e.g. [{"tier": "tactical", "since": "2026-09-01", "weeks": 8}].',
    '  "delegate": []',
    '}',
    '',
  ];
  writeAtomic(io.cwd, { [CONFIG_FILE]: lines.join('\n'), [SCHEMA_FILE]: JSON.stringify(CONFIG_SCHEMA, null, 2) + '\n' });
  io.stderr(`letgo: wrote ${target} (${roster.length} team members proposed) and ${SCHEMA_FILE}\n`);
}

function commentFor(name: string, commits: number): string {
  return `, // ${name.replace(/[\r\n]/g, ' ')}: ${commits} commits`;
}
