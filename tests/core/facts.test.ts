/**
 * sortFacts on the facts of real scans: two repositories whose commits share times across
 * time zones, commits touching several files, and the same commit in both (a fork).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config.js';
import { sortFacts, type Fact } from '../../src/core/facts.js';
import type { CommitSpec } from '../../src/demo/repoBuilder.js';
import { scan } from '../../src/scan/index.js';
import { lines, makeRepo, tempDir } from '../helpers/repos.js';

const ANN = { name: 'Ann Dev', email: 'ann@corp.io' };
const BO = { name: 'Bo Dev', email: 'bo@corp.io' };

/** Commits at equal UTC instants written with other offsets, and commits of several files. */
function history(): CommitSpec[] {
  return [
    { author: ANN, date: '2026-10-01T10:00:00+02:00', message: 'a', files: { 'src/b.py': lines(3, 'b'), 'src/a.py': lines(2, 'a'), 'README.md': '# x\n' } },
    { author: BO, date: '2026-10-01T08:00:00+00:00', message: 'same instant', files: { 'notebooks/z.py': lines(4, 'z') } },
    { author: BO, date: '2026-10-01T03:00:00-05:00', message: 'same instant again', files: { 'src/c.py': lines(1, 'c') } },
    { author: ANN, date: '2026-09-30T23:30:00-01:00', message: 'first in UTC, committed fourth', files: { 'src/a.py': lines(5, 'a') } },
    { author: ANN, date: '2026-10-02T09:00:00+09:00', message: 'last in UTC', files: { 'src/d.py': lines(2, 'd'), 'src/b.py': lines(4, 'b') } },
  ];
}

/** The order sortFacts promises, computed independently: one key per fact, compared field by field. */
function reference(facts: readonly Fact[]): Fact[] {
  const key = (f: Fact): [string, number, string, string] => [f.repo, new Date(f.time).getTime(), f.sha, f.path];
  return [...facts].sort((x, y) => {
    const a = key(x);
    const b = key(y);
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
  });
}

/** A seeded permutation (Park-Miller), so a failure replays. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 48271) % 2147483647;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('sortFacts', () => {
  let facts: Fact[];
  beforeAll(async () => {
    const parent = tempDir();
    const one = await makeRepo(history(), 'one', parent);
    const two = await makeRepo(
      [...history(), { author: BO, date: '2026-10-03T12:00:00+00:00', message: 'only here', files: { 'src/e.py': 'e\n' } }],
      'two',
      parent
    );
    facts = (await scan([one, two], { config: defaultConfig(), allBranches: false, jobs: 1 })).facts;
  }, 60_000);

  it('orders by repository, UTC time, sha and path, whatever the input order', () => {
    expect(facts.length).toBe(17);
    const expected = reference(facts);
    const one = expected.filter((f) => f.repo === 'one');
    expect(one[0].time).toBe('2026-09-30T23:30:00-01:00');
    expect(one.slice(-2).map((f) => [f.time, f.path])).toEqual([
      ['2026-10-02T09:00:00+09:00', 'src/b.py'],
      ['2026-10-02T09:00:00+09:00', 'src/d.py'],
    ]);
    // Three commits at 08:00 UTC: by sha, and the three-file one by path.
    const instant = one.slice(1, 6);
    expect(instant.every((f, i) => i === 0 || instant[i - 1].sha <= f.sha)).toBe(true);
    expect(instant.filter((f) => f.time === '2026-10-01T10:00:00+02:00').map((f) => f.path)).toEqual(['README.md', 'src/a.py', 'src/b.py']);
    for (let seed = 1; seed <= 50; seed++) {
      const input = shuffled(facts, seed);
      expect(sortFacts(input)).toEqual(expected);
    }
  });

  it('returns facts already in order as they are, in the same array', () => {
    const ordered = reference(facts);
    const copy = [...ordered];
    expect(sortFacts(ordered)).toBe(ordered);
    expect(ordered).toEqual(copy);
  });

  it('mends a single pair out of place at either end', () => {
    const expected = reference(facts);
    const n = expected.length;
    for (const [i, j] of [
      [0, 1],
      [n - 2, n - 1],
      [0, n - 1],
    ]) {
      const input = [...expected];
      [input[i], input[j]] = [input[j], input[i]];
      expect(sortFacts(input)).toEqual(expected);
    }
  });

  it('keeps equal facts in their input order (stable)', () => {
    const twins = facts.slice(0, 4).flatMap((f) => [{ ...f }, { ...f }]);
    const input = shuffled(twins, 7);
    const position = new Map(input.map((f, i) => [f, i]));
    const out = sortFacts([...input]);
    for (let i = 0; i < out.length; i += 2) {
      expect(out[i].path).toBe(out[i + 1].path);
      expect(position.get(out[i])!).toBeLessThan(position.get(out[i + 1])!);
    }
  });
});
