/**
 * FACTS_REVISION (src/scan/cache.ts) keys the fact cache: a change to how facts are
 * derived must raise it, or a warm cache serves the facts of the old code. The source of
 * fact derivation is hashed (scripts/facts-hash.mjs) and compared with FACTS_SOURCE_HASH,
 * recorded beside it by `npm run facts-hash`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_MODULE, factPackages, factSources, factsSourceHash, recordedFacts, ROOT, tokensOf } from '../../scripts/facts-hash.mjs';
import { tempDir } from '../helpers/repos.js';

describe('FACTS_REVISION', () => {
  it('is raised with every change to fact derivation (the recorded source hash is current)', () => {
    const recorded = recordedFacts() as { revision: number; hash: string };
    const now = factsSourceHash() as string;
    expect(
      now,
      `the source of fact derivation changed (${CACHE_MODULE} records ${recorded.hash.slice(0, 12)}, the source is ${now.slice(0, 12)}): ` +
        'bump FACTS_REVISION and update the hash with `npm run facts-hash` (say what changed in its comment); ' +
        'for a change that gives every commit the same facts (comments aside, which do not count: a refactor), `npm run facts-hash -- --keep-revision`'
    ).toBe(recorded.hash);
  });

  it('covers the modules that derive facts, and not the cache that records the hash nor analysis or rendering', () => {
    const files = factSources() as string[];
    for (const f of [
      'src/scan/index.ts',
      'src/scan/readCommits.ts',
      'src/scan/logParser.ts',
      'src/scan/recount.ts',
      'src/scan/jupytext.ts',
      'src/core/classify.ts',
      'src/core/notebook/diff.ts',
      'src/core/notebook/parse.ts',
    ]) {
      expect(files).toContain(f);
    }
    expect(files).not.toContain(CACHE_MODULE);
    expect(files.filter((f) => /^src\/(report|cli|lab)\/|core\/(analyze|signal|ownership|report)\.ts$/.test(f))).toEqual([]);
  });

  it('covers the versions of the packages that decide kinds and tiers (picomatch, re2js), as package-lock.json resolves them, with their dependencies', () => {
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> };
    const packages = factPackages() as Map<string, string>;
    for (const name of ['picomatch', 're2js']) expect(packages.get(`node_modules/${name}`)).toBe(lock.packages[`node_modules/${name}`]!.version);
    // tinyglobby's own dependency fdir comes with it.
    if (packages.has('node_modules/tinyglobby')) expect(packages.has('node_modules/fdir')).toBe(true);
    // A lockfile that resolves another picomatch gives another hash.
    const copy = tempDir('letgo-facts-lock-');
    for (const dir of ['src', 'scripts']) cpSync(path.join(ROOT, dir), path.join(copy, dir), { recursive: true });
    cpSync(path.join(ROOT, 'package-lock.json'), path.join(copy, 'package-lock.json'));
    expect(factsSourceHash(copy)).toBe(factsSourceHash());
    lock.packages['node_modules/picomatch']!.version = '4.0.0-other';
    writeFileSync(path.join(copy, 'package-lock.json'), JSON.stringify(lock));
    expect(factsSourceHash(copy)).not.toBe(factsSourceHash());
  });

  it('sees a changed string, number or regular expression, not a changed comment or layout', () => {
    const base = tokensOf('/** The cut. */\nconst CUT = /a b/u; // lines\nexport const n = `x ${CUT.source} y`;\n');
    expect(tokensOf('/** Another docstring. */ const CUT = /a b/u; /* a note */\nexport const n =\n  `x ${CUT.source} y`;')).toEqual(base);
    expect(tokensOf('const CUT = /a  b/u;\nexport const n = `x ${CUT.source} y`;')).not.toEqual(base);
    expect(tokensOf('const CUT = /a b/u;\nexport const n = `x ${CUT.source}  y`;')).not.toEqual(base);
    expect(tokensOf('const CUT = /a b/u;\nexport const n = `x ${CUT.flags} y`;')).not.toEqual(base);
  });

  it('fails on a copy of the tree whose notebook recount module changed, and passes again after `npm run facts-hash`, which raises FACTS_REVISION', () => {
    const copy = tempDir('letgo-facts-hash-');
    for (const dir of ['src', 'scripts']) cpSync(path.join(ROOT, dir), path.join(copy, dir), { recursive: true });
    cpSync(path.join(ROOT, 'package-lock.json'), path.join(copy, 'package-lock.json'));
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
    const recount = path.join(copy, 'src/scan/recount.ts');
    const text = readFileSync(recount, 'utf8');
    const before = recordedFacts(copy) as { revision: number; hash: string };
    expect(factsSourceHash(copy)).toBe(before.hash);
    // A docstring added is no change of fact derivation.
    writeFileSync(recount, `/** One more comment. */\n${text}`);
    expect(factsSourceHash(copy)).toBe(before.hash);
    writeFileSync(recount, `${text}\nexport const NOTEBOOK_RECOUNT_LIMIT = 1;\n`);
    expect(factsSourceHash(copy)).not.toBe(before.hash);
    const run = spawnSync(process.execPath, [path.join(copy, 'scripts/facts-hash.mjs')], { cwd: copy, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`FACTS_REVISION ${before.revision} -> ${before.revision + 1}`);
    expect(recordedFacts(copy)).toEqual({ revision: before.revision + 1, hash: factsSourceHash(copy) });
    expect(recordedFacts()).toEqual(before);
  });
});
