/** The demo team (what `letgo demo` builds) reads as the story it tells: a manager who took the notebooks back. */
import { expect, it } from 'vitest';
import { DEMO_MANAGER, demoCommits } from '../../src/demo/scenario.js';
import { makeRepo, scanMonth } from '../helpers/repos.js';

it('shows holding-back in the last three months after three balanced ones, with its evidence', async () => {
  const dir = await makeRepo(demoCommits('2026-10'), 'churn-team');
  const { report } = await scanMonth([dir], '2026-10', [DEMO_MANAGER], { trendMonths: 6, teamDetail: false });
  expect(report.signal.level).toBe('holding-back');
  expect(report.handsOn).toMatchObject({ managerCommits: 24, teamCommits: 58 });
  expect(report.team).toMatchObject({ size: 6, source: 'regulars' });
  expect(report.trend.map((t) => t.level)).toEqual(['balanced', 'balanced', 'balanced', 'holding-back', 'holding-back', 'holding-back']);
  // .mailmap folds Maya's old address into one identity; the bot is excluded, once a month.
  expect(report.manager.emails).toEqual([DEMO_MANAGER]);
  expect(report.excluded.bots.commits).toBe(1);
  expect(report.ownership.onlyYouMaintain.map((o) => o.path)).toEqual(['notebooks/board_deck_numbers.ipynb']);
  expect(report.takeovers.length).toBeGreaterThan(0);
  expect(report.takeovers.every((t) => t.owner === 'teammate')).toBe(true);
});
