/**
 * Cross-check on the project's own repository: letgo's facts agree with git's own
 * counting (`git shortlog -sne --no-merges` and `git log --numstat`).
 */
import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config.js';
import { scan } from '../../src/scan/index.js';

const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();

it('per-person commits equal git shortlog and churn equals git log --numstat on this repository', async () => {
  const config = defaultConfig();
  config.notebooks.lines = 'git';
  const { facts, repos } = await scan([root], { config, allBranches: false, jobs: 1 });

  const shortlog = execFileSync('git', ['shortlog', '-sne', '--no-merges', 'HEAD'], { cwd: root, encoding: 'utf8' });
  const expected = new Map<string, number>();
  for (const line of shortlog.trim().split('\n')) {
    const m = /^\s*(\d+)\t(.*)$/.exec(line);
    if (m) expected.set(m[2], Number(m[1]));
  }
  const shas = new Map<string, Set<string>>();
  for (const f of facts) {
    const key = `${f.authorName} <${f.authorEmail}>`;
    if (!shas.has(key)) shas.set(key, new Set());
    shas.get(key)!.add(f.sha);
  }
  const actual = new Map([...shas].map(([k, v]) => [k, v.size]));
  expect(actual).toEqual(expected);
  expect(repos[0].commits).toBe([...expected.values()].reduce((a, b) => a + b, 0));

  const numstat = execFileSync('git', ['log', '--no-merges', '-M', '--numstat', '--format=', 'HEAD'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  let added = 0;
  let deleted = 0;
  for (const line of numstat.split('\n')) {
    const m = /^(\d+)\t(\d+)\t/.exec(line);
    if (m) {
      added += Number(m[1]);
      deleted += Number(m[2]);
    }
  }
  expect(facts.reduce((n, f) => n + (f.added ?? 0), 0)).toBe(added);
  expect(facts.reduce((n, f) => n + (f.deleted ?? 0), 0)).toBe(deleted);
  expect(added).toBeGreaterThan(1000);
});
