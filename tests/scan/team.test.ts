/**
 * The main end-to-end scenario: a real repository with a manager, two members, an
 * outsider, a bot, a mailmap, a name spelled two ways, a co-authored commit, a merge, a
 * takeover in flight and one not, a notebook only the manager maintains. Every number
 * below is worked out by hand in the comments.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CommitSpec } from '../../src/demo/repoBuilder.js';
import type { Report } from '../../src/core/report.js';
import type { ScanResult } from '../../src/scan/index.js';
import { defaultConfig } from '../../src/core/config.js';
import { lines, makeRepo, notebook, scanMonth } from '../helpers/repos.js';

const MIA = { name: 'Mia Boss', email: 'mia@corp.io' };
const MIA_OLD = { name: 'Mia B', email: 'mia.b@old.io' }; // mapped by .mailmap
const MIA_HOME = { name: 'mia  boss', email: 'mia@home.io' }; // same name, other spelling: merged by name
const ANN = { name: 'Ann Dev', email: 'ann@corp.io' };
const BO = { name: 'Bo Dev', email: 'bo@corp.io' };
const OTTO = { name: 'Otto Out', email: 'otto@else.io' };
const BOT = { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' };

/** src/a.py grows by 10 lines per commit of Ann; Mia edits one line of it once. */
function scenario(): CommitSpec[] {
  let a = '';
  const growA = (): Record<string, string> => {
    a += lines(10, `a${a.length}`);
    return { 'src/a.py': a };
  };
  let b = '';
  const growB = (): Record<string, string> => {
    b += lines(5, `b${b.length}`);
    return { 'src/b.py': b };
  };
  const c: CommitSpec[] = [
    { author: MIA, date: '2026-06-01T09:00:00+02:00', message: 'init', files: { '.mailmap': 'Mia Boss <mia@corp.io> <mia.b@old.io>\n' } },
    {
      author: ANN,
      date: '2026-06-10T10:00:00+02:00',
      message: 'start notebook',
      files: { 'notebooks/m.ipynb': notebook([['import pandas as pd', 'df = pd.DataFrame()']]) },
    },
    // August
    {
      author: MIA_OLD,
      date: '2026-08-03T10:00:00+02:00',
      message: 'explore',
      files: {
        'notebooks/m.ipynb': notebook([
          ['import pandas as pd', 'df = pd.DataFrame()'],
          ['a = 1', 'b = 2', 'c = 3', 'd = 4'],
        ]),
      },
    },
    { author: BO, date: '2026-08-04T11:00:00+02:00', message: 'utils', files: { 'src/b_util.py': lines(20, 'u') } },
    { author: ANN, date: '2026-08-12T11:00:00+02:00', message: 'a', files: growA() },
    // September
    { author: ANN, date: '2026-09-08T10:00:00+02:00', message: 'a', files: growA() },
    { author: BO, date: '2026-09-15T10:00:00+02:00', message: 'shared nb', files: { 'notebooks/shared.ipynb': notebook([['x = 1', 'y = 2', 'z = 3']]) } },
    // October (the window). Oct 1 2026 is a Thursday.
    { author: MIA, date: '2026-10-02T09:30:00+02:00', message: 'ADR: storage', files: { 'docs/adr/0001-storage.md': '# ADR 1\n\nUse parquet.\n' } },
    { author: ANN, date: '2026-10-05T10:00:00+02:00', message: 'a', files: growA() },
    { author: ANN, date: '2026-10-06T10:00:00+02:00', message: 'a', files: growA() },
    { author: BO, date: '2026-10-07T11:00:00+02:00', message: 'b', files: growB() },
    {
      author: MIA_HOME,
      date: '2026-10-08T10:00:00+02:00',
      message: 'more cells',
      files: {
        'notebooks/m.ipynb': notebook([
          ['import pandas as pd', 'df = pd.DataFrame()'],
          ['a = 1', 'b = 2', 'c = 3', 'd = 4'],
          ['p = 1', 'q = 2', 'r = 3', 's = 4', 't = 5', 'u = 6'],
        ]),
      },
    },
    { author: OTTO, date: '2026-10-09T10:00:00+02:00', message: 'drive-by', files: { 'src/a.py': (a += 'otto_1 = 1\notto_2 = 2\n') } },
    { author: ANN, date: '2026-10-12T10:00:00+02:00', message: 'a', files: growA() },
  ];
  // Mia changes one line of Ann's file at night: +1 -1, a snack, after hours, a takeover in flight.
  a = a.replace('a0_0 = 0', 'a0_0 = 42');
  c.push({ author: MIA, date: '2026-10-13T22:00:00+02:00', message: 'fix', files: { 'src/a.py': a } });
  c.push({ author: BO, date: '2026-10-14T11:00:00+02:00', message: 'b', files: growB() });
  c.push({ author: BOT, date: '2026-10-15T06:00:00+00:00', message: 'Bump pandas', files: { 'requirements.txt': 'pandas==2.2.3\n' } });
  c.push({ author: ANN, date: '2026-10-19T10:00:00+02:00', message: 'a', files: growA() });
  // Mia adds 8 lines to Bo's utility untouched since August: a takeover not in flight.
  c.push({ author: MIA, date: '2026-10-20T14:00:00+02:00', message: 'util', files: { 'src/b_util.py': lines(20, 'u') + lines(8, 'mia') } });
  // Pairing: Bo's commit co-authored by Mia (credited to both, 5 lines split 2.5 / 2.5; not a takeover).
  c.push({ author: BO, date: '2026-10-21T11:00:00+02:00', message: 'b together\n\nCo-authored-by: Mia Boss <mia@corp.io>', files: growB() });
  // A feature branch merged back: the branch commit counts, the merge does not.
  c.push({ author: ANN, date: '2026-10-22T10:00:00+02:00', message: 'feature', branch: 'feature', files: { 'src/feat.py': lines(4, 'f') } });
  c.push({ author: ANN, date: '2026-10-23T10:00:00+02:00', message: 'Merge feature', merge: 'feature', files: { 'src/feat.py': lines(4, 'f') } });
  c.push({ author: ANN, date: '2026-10-26T10:00:00+02:00', message: 'a', files: growA() });
  c.push({ author: ANN, date: '2026-10-28T10:00:00+02:00', message: 'a', files: growA() });
  return c;
}

describe('scan + analyze on a known team repository (October 2026)', () => {
  let report: Report;
  let result: ScanResult;
  beforeAll(async () => {
    const dir = await makeRepo(scenario(), 'team');
    ({ report, scan: result } = await scanMonth([dir], '2026-10', ['mia@corp.io']));
  }, 60_000);

  it('skips the merge commit and counts it as excluded', () => {
    expect(result.repos[0].merges).toBe(1);
    expect(report.excluded.merges).toBe(1);
    expect(new Set(result.facts.map((f) => f.sha)).size).toBe(result.repos[0].commits);
    expect(result.repos[0].commits).toBe(23);
  });

  it('resolves the manager through .mailmap and a second spelling of the name', () => {
    expect(report.manager).toEqual({ id: 'mia@corp.io', name: 'Mia Boss', emails: ['mia@corp.io', 'mia@home.io'] });
    expect(report.identities.merged).toEqual([{ id: 'mia@corp.io', names: ['Mia Boss', 'mia  boss'], emails: ['mia@corp.io', 'mia@home.io'] }]);
    expect(result.facts.some((f) => f.authorEmail === 'mia.b@old.io')).toBe(false);
  });

  it('finds the regulars as the team and leaves the one-off author outside', () => {
    expect(report.team.size).toBe(3);
    expect(report.team.source).toBe('regulars');
    expect(report.team.active).toBe(3);
    expect(report.excluded.outsideTeam).toEqual({ commits: 1, authors: 1 });
    expect(report.excluded.bots).toEqual({ commits: 1, names: ['dependabot[bot]'] });
  });

  it('counts commits, hands-on commits and churn per person', () => {
    const byId = Object.fromEntries((report.team.members ?? []).map((m) => [m.id, m]));
    // Ann: a.py on Oct 5, 6, 12, 19, 26, 28 (6 x 10 lines) + feat.py on the branch (4 lines).
    expect(byId['ann@corp.io']).toMatchObject({ commits: 7, handsOnCommits: 7, churn: 64 });
    // Bo: Oct 7, 14, 21 (co-authored: 5 lines split) = 5 + 5 + 2.5.
    expect(byId['bo@corp.io']).toMatchObject({ commits: 3, handsOnCommits: 3, churn: 12.5 });
    // Mia: ADR (strategic) + notebook (6 cell-source lines) + a.py (2) + b_util.py (8) + co-authored (2.5).
    expect(byId['mia@corp.io']).toMatchObject({ commits: 5, handsOnCommits: 4, churn: 18.5 });
  });

  it('computes hands-on share, fair share, ratio and the watch signal', () => {
    // Team hands-on commits: Ann 7 + Bo 3 + Mia's own 3 = 13 distinct; Mia took part in 4.
    expect(report.handsOn.managerCommits).toBe(4);
    expect(report.handsOn.teamCommits).toBe(13);
    expect(report.handsOn.share).toBeCloseTo(4 / 13, 12);
    expect(report.handsOn.fairShare).toBeCloseTo(1 / 3, 12);
    expect(report.handsOn.ratio).toBeCloseTo(12 / 13, 12);
    // Team churn: Ann 64 + Bo's three commits 15 + Mia's own 16 = 95; Mia 18.5.
    expect(report.handsOn.managerChurn).toBe(18.5);
    expect(report.handsOn.teamChurn).toBe(95);
    expect(report.handsOn.churnShare).toBeCloseTo(18.5 / 95, 12);
    expect(report.signal.level).toBe('watch');
    expect(report.signal.reasons[0]).toContain("4 of the team's 13 hands-on commits (30.8%)");
    expect(report.signal.reasons[0]).toContain('0.92x');
  });

  it('counts tiers per commit (the highest tier it touches)', () => {
    expect(report.tiers.manager).toEqual({ strategic: 1, implementation: 0, tactical: 4 });
    expect(report.tiers.team).toEqual({ strategic: 1, implementation: 0, tactical: 13 });
  });

  it('dates the last hands-on commit (the co-authored one on Oct 21)', () => {
    expect(report.handsOn.managerLastHandsOn).toBe('2026-10-21T11:00:00+02:00');
  });

  it('tracks a delegation plan against its start and the fair share', async () => {
    const config = { ...defaultConfig(), delegate: [{ tier: 'tactical' as const, since: '2026-10-15', weeks: 4 }] };
    const { report: planned } = await scanMonth([result.repos[0].path], '2026-10', ['mia@corp.io'], { config });
    // 28 days before Oct 15 (Sep 17 - Oct 14): team tactical commits Ann 5, 6, 12; Bo 7, 14; Mia 8, 13 -> Mia 2 of 7.
    // Last 28 days (Oct 4 - 31): 13 team tactical commits, Mia in 4. Start 2/7 is below the fair share 1/3, so the plan keeps it.
    // No notebook of Mia's changed owner over the trend: no handoff to count.
    expect(planned.delegation).toEqual([
      {
        tier: 'tactical',
        since: '2026-10-15',
        weeks: 4,
        end: '2026-11-12',
        startShare: 2 / 7,
        nowShare: 4 / 13,
        targetShare: 2 / 7,
        elapsed: 0.5714,
        handoffs: 0,
      },
    ]);
  });

  it('gives the trend per month', () => {
    expect(report.trend.map((t) => t.month)).toEqual(['2026-08', '2026-09', '2026-10']);
    // August: 3 team hands-on commits, Mia 1 (too few to judge); September: 2, Mia 0.
    expect(report.trend[0]).toMatchObject({ level: 'insufficient-data', managerCommits: 1, teamCommits: 3 });
    expect(report.trend[0].ratio).toBeCloseTo(1, 12);
    expect(report.trend[1]).toMatchObject({ level: 'insufficient-data', managerCommits: 0, teamCommits: 2, share: 0, ratio: 0 });
    expect(report.trend[2]).toMatchObject({ level: 'watch', managerCommits: 4, teamCommits: 13 });
  });

  it('finds takeovers, in flight first, and not the pairing session', () => {
    // Each names the commit of the manager's first change (the fact at that time).
    const sha = (path: string, at: string) => result.facts.find((f) => f.path === path && f.time === at)!.sha;
    expect(report.takeovers).toEqual([
      {
        repo: 'team',
        path: 'src/a.py',
        owner: 'ann@corp.io',
        ownerName: 'Ann Dev',
        at: '2026-10-13T22:00:00+02:00',
        sha: sha('src/a.py', '2026-10-13T22:00:00+02:00'),
        inFlight: true,
      },
      {
        repo: 'team',
        path: 'src/b_util.py',
        owner: 'bo@corp.io',
        ownerName: 'Bo Dev',
        at: '2026-10-20T14:00:00+02:00',
        sha: sha('src/b_util.py', '2026-10-20T14:00:00+02:00'),
        inFlight: false,
      },
    ]);
  });

  it('lists the notebook only the manager maintains', () => {
    // m.ipynb: Ann 2 lines (June), Mia 4 + 6 = 10: share 10/12; no teammate in the last 90 days.
    expect(report.ownership.onlyYouMaintain).toEqual([
      { repo: 'team', path: 'notebooks/m.ipynb', managerShare: 10 / 12, lastChange: '2026-10-08T10:00:00+02:00', lastTeamTouch: '2026-06-10T10:00:00+02:00' },
    ]);
  });

  it('counts snacks and after-hours work', () => {
    // Snacks: a.py (2 lines) and the co-authored commit (5 lines) of 4 hands-on commits.
    expect(report.snacks).toEqual({ count: 2, handsOnCommits: 4, share: 0.5 });
    // After hours: only the 22:00 commit of Mia's 5 window commits.
    expect(report.afterHoursShare).toBeCloseTo(1 / 5, 12);
  });

  it('counts notebook cells by source, not JSON lines', () => {
    const nb = result.facts.find((f) => f.path === 'notebooks/m.ipynb' && f.time.startsWith('2026-10-08'));
    expect(nb).toMatchObject({ added: 6, deleted: 0, cells: { added: 1, deleted: 0, modified: 0 }, parse: 'ok' });
    expect(report.notebooks.manager).toMatchObject({ changes: 1, cellsAdded: 1, linesAdded: 6, rerunsOnly: 0 });
  });

  it('names owners of active notebooks for the JupyterLab nudge', () => {
    expect(report.repos[0].notebookOwners).toEqual([
      { path: 'notebooks/m.ipynb', owner: 'you', share: 0.8333 },
      { path: 'notebooks/shared.ipynb', owner: 'bo@corp.io', ownerName: 'Bo Dev', share: 1 },
    ]);
  });

  it('hides names without --team-detail', async () => {
    const dir = result.repos[0].path;
    const { report: anon } = await scanMonth([dir], '2026-10', ['mia@corp.io'], { teamDetail: false });
    expect(anon.team.members).toBeUndefined();
    expect(anon.takeovers.map((t) => t.owner)).toEqual(['teammate', 'teammate']);
    expect(JSON.stringify(anon)).not.toContain('Ann Dev');
  });
});
