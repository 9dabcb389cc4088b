/**
 * Patterns in linear time (src/core/patterns.ts): config patterns on RE2 stay
 * fast on strings that make a backtracking engine take seconds to minutes, they match
 * what picomatch matches on real paths, and letgo's own default rules stay linear on
 * 100,000-character names. Time bounds are generous (a shared 2-core machine): the
 * failures they guard against took 10 s to past 45 s.
 */
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/core/classify.js';
import { defaultConfig } from '../../src/core/config.js';
import { kindMatcher } from '../../src/core/identity.js';
import { compileGlobs, compileRegex } from '../../src/core/patterns.js';

/** Wall time of `f` in ms. */
function ms(f: () => unknown): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

const STAR8 = '*a*a*a*a*a*a*a*a*b';

describe('config patterns (RE2)', () => {
  it('(a+)+$ on 30 a and a !, and on 100,000: no match, in bounded time', () => {
    const re = compileRegex('(a+)+$', { caseInsensitive: true });
    expect(ms(() => expect(re(`${'a'.repeat(30)}!`)).toBe(false))).toBeLessThan(500);
    expect(ms(() => expect(re(`${'a'.repeat(100_000)}!`)).toBe(false))).toBeLessThan(2000);
    expect(re('xaaa')).toBe(true);
  });

  it('an 8-star glob on 60- and 200-character strings (paths, bot names): bounded, and right', () => {
    const path = compileGlobs([STAR8], { nocase: false });
    const bot = compileGlobs([STAR8], { nocase: true });
    expect(ms(() => expect(path('a'.repeat(60))).toBe(false))).toBeLessThan(500);
    expect(ms(() => expect(bot('A'.repeat(200))).toBe(false))).toBeLessThan(500);
    expect(ms(() => expect(bot('A'.repeat(100_000))).toBe(false))).toBeLessThan(2000);
    expect(path(`${'a'.repeat(8)}b`)).toBe(true);
  });

  it('match exactly what picomatch matches on real repository paths and names', () => {
    const globs = [
      '**/*.py',
      'src/**',
      '**/{adr,ADR}/**',
      '**/.*',
      '*.{md,rst}',
      'docs/*.md',
      'x?y',
      '[!a]b',
      '**/foo/**/bar',
      '@(a|b).py',
      '*[[]bot[]]*',
      '*bot@*',
      '[[:alpha:]]x',
    ];
    const texts = [
      'README.md',
      'docs/README.md',
      'a/b/c.py',
      'c.py',
      '.github/workflows/ci.yml',
      'x/.env',
      'foo/bar',
      'foo/a/b/bar',
      'adr/1.md',
      'x/ADR/y',
      'xzy',
      'ba',
      'ab',
      'a.py',
      'dependabot[bot]',
      'ci-bot@corp.io',
      'Ab',
      'notes/ünïcode.md',
      'src/',
    ];
    for (const glob of globs) {
      for (const nocase of [false, true]) {
        const ours = compileGlobs([glob], { nocase });
        const theirs = picomatch(glob, { dot: true, nocase });
        for (const t of texts.filter((x) => !x.endsWith('/'))) expect(ours(t), `${glob} on ${t} (nocase ${nocase})`).toBe(theirs(t));
      }
    }
  });
});

describe("letgo's default rules stay linear", () => {
  it('kind, tier and bot or AI kind of 100,000-character names: each under 100 ms (8 ms measured)', () => {
    const classify = createClassifier(defaultConfig());
    const kinds = kindMatcher({ bots: [], aiAssistants: [], humans: [] });
    for (const name of [
      'a'.repeat(100_000),
      `${'a/'.repeat(50_000)}x`,
      `${'.'.repeat(100_000)}`,
      `${'ARCHITECTURE'.repeat(8_000)}.md`,
      `bot${'-'.repeat(100_000)}`,
    ]) {
      expect(ms(() => classify.kind(name))).toBeLessThan(100);
      expect(ms(() => classify.tier(name, name))).toBeLessThan(100);
      expect(ms(() => kinds.kindOf({ name, email: `${name}@x.io` }))).toBeLessThan(100);
    }
  });
});
