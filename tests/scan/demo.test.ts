/** The demo team (what `letgo demo` builds) reads as the story it tells: a manager who took the notebooks back. */
import { expect, it } from 'vitest';
import type { CommitSpec } from '../../src/demo/repoBuilder.js';
import { DEMO_MANAGER, demoCommits } from '../../src/demo/scenario.js';
import { makeRepo, scanMonth } from '../helpers/repos.js';

it('shows holding-back in the last three months after three balanced ones, with its evidence', async () => {
  const dir = await makeRepo(demoCommits('2026-10'), 'churn-team');
  const { report, scan } = await scanMonth([dir], '2026-10', [DEMO_MANAGER], { trendMonths: 6, teamDetail: false });
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
  // Lead by example: October's Reviewed-by lines naming Maya, and Ben's Tested-by on Chen's commits, counted from the commits as written.
  const octoberCommits = demoCommits('2026-10').filter((c) => c.date.startsWith('2026-10'));
  const byMaya = octoberCommits.filter((c) => c.message.includes(`\n\nReviewed-by: Maya Lead <${DEMO_MANAGER}>`));
  const byBen = octoberCommits.filter((c) => c.message.includes('\n\nTested-by: Ben Okafor <ben@team.example>'));
  expect(byMaya.length).toBeGreaterThan(0);
  expect(byBen.length).toBeGreaterThan(0);
  expect(report.leadByExample).toEqual({
    reviews: byMaya.length,
    pairedCommits: 0,
    membersReviewed: new Set(byMaya.map((c) => c.author.email)).size,
    teamReviews: byMaya.length + byBen.length,
    sources: ['trailers'],
  });

  // The forecast notebook is paired with notebooks/forecast.py (ipynb,py:percent) and the two
  // are always saved together: every script change is the notebook's work, counted once.
  // A save whose script text is unchanged (a re-run: only outputs changed) is no change to the script for git.
  const saves: CommitSpec[] = [];
  let last: unknown;
  for (const c of demoCommits('2026-10')) {
    const text = c.files['notebooks/forecast.py'];
    if (text === undefined || text === last) continue;
    saves.push(c);
    last = text;
  }
  const scripts = scan.facts.filter((f) => f.path === 'notebooks/forecast.py');
  expect(scripts).toHaveLength(saves.length);
  expect(scripts.every((f) => f.kind === 'notebook' && f.jupytext && f.pairedWith === 'notebooks/forecast.ipynb' && f.added === 0 && f.deleted === 0)).toBe(
    true
  );
  // In October (no bot ever touches notebooks; everyone who does is on the team): one paired script per such save.
  const october = saves.filter((c) => c.date.startsWith('2026-10'));
  expect(october.length).toBeGreaterThan(0);
  expect(report.notebooks.team).toMatchObject({ pairedScripts: october.length, textNotebooks: 0 });
  expect(report.notebooks.manager.pairedScripts).toBe(october.filter((c) => c.author.email === DEMO_MANAGER).length);
});
