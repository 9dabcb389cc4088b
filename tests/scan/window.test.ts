/**
 * Any window tells the truth: a repository whose history ends in 2023, scanned
 * for 2016-2026, a few months, and a month with no notebook work: the trend covers the
 * window (by month, by quarter past 24 months), ownership is judged at the window's last
 * commit, and every sentence says what it measured.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, defaultConfig } from '../../src/core/config.js';
import type { Report } from '../../src/core/report.js';
import { validateReport } from '../../src/core/reportValidation.js';
import type { CommitSpec, Signature } from '../../src/demo/repoBuilder.js';
import { renderHtml, renderMarkdown, renderTable } from '../../src/report/index.js';
import { buildReviewModel } from '../../src/report/model.js';
import { letgo } from '../cli/cliHelpers.js';
import { lines, makeRepo, notebook, scanMonth, tempDir } from '../helpers/repos.js';

const MIA: Signature = { name: 'Mia Boss', email: 'mia@corp.io' };
const ANN: Signature = { name: 'Ann Dev', email: 'ann@corp.io' };
const BO: Signature = { name: 'Bo Dev', email: 'bo@corp.io' };

/**
 * 2021-01 to 2023-06: Ann and Bo commit code every month; Mia keeps two notebooks alone
 * (changed in 2023-04 and 2023-06), and shares a third with Ann (Ann touched it in 2023-05).
 */
function history(): CommitSpec[] {
  const c: CommitSpec[] = [];
  for (let y = 2021; y <= 2023; y++) {
    for (let m = 1; m <= 12; m++) {
      if (y === 2023 && m > 6) break;
      const month = `${y}-${String(m).padStart(2, '0')}`;
      c.push({ author: ANN, date: `${month}-05T10:00:00+00:00`, message: `a ${month}`, files: { 'src/a.py': lines(m + (y - 2020) * 12, 'a') } });
      c.push({ author: BO, date: `${month}-12T10:00:00+00:00`, message: `b ${month}`, files: { 'src/b.py': lines(m + (y - 2020) * 12, 'b') } });
    }
  }
  c.push({
    author: MIA,
    date: '2023-01-20T10:00:00+00:00',
    message: 'shared',
    files: { 'notebooks/shared.ipynb': notebook([['x = 1', 'y = 2', 'z = 3', 'w = 4']]) },
  });
  c.push({ author: MIA, date: '2023-04-20T10:00:00+00:00', message: 'board', files: { 'notebooks/board.ipynb': notebook([['b = 1', 'c = 2']]) } });
  c.push({
    author: ANN,
    date: '2023-05-06T10:00:00+00:00',
    message: 'touch shared',
    files: { 'notebooks/shared.ipynb': notebook([['x = 1', 'y = 2', 'z = 3', 'w = 5']]) },
  });
  c.push({ author: MIA, date: '2023-06-20T10:00:00+00:00', message: 'kpis', files: { 'notebooks/kpi.ipynb': notebook([['k = 1', 'l = 2', 'm = 3']]) } });
  return c.sort((x, y) => Date.parse(x.date) - Date.parse(y.date));
}

describe('a window longer than the history', () => {
  let dir: string;
  let report: Report;
  beforeAll(async () => {
    dir = await makeRepo(history(), 'ends-2023');
    ({ report } = await scanMonth([dir], '2016-01', [MIA.email], { window: { since: '2016-01-01', until: '2026-12-31' }, trendMonths: 6 }));
  }, 60_000);

  it('covers the window by quarter past 24 months', () => {
    expect(report.trend).toHaveLength(44);
    expect(report.trend[0]).toMatchObject({ month: '2016-01', months: 3, level: 'insufficient-data', teamCommits: 0 });
    expect(report.trend.at(-1)).toMatchObject({ month: '2026-10', months: 3, teamCommits: 0 });
    // 2022 Q1: Ann and Bo, 3 commits each.
    expect(report.trend.find((p) => p.month === '2022-01')).toMatchObject({ managerCommits: 0, teamCommits: 6 });
    // 2023 Q2: Ann 3 + the shared touch, Bo 3, Mia board and kpis.
    expect(report.trend.find((p) => p.month === '2023-04')).toMatchObject({ managerCommits: 2, teamCommits: 9 });
    // The --trend setting is kept for a later `letgo report --month` of one month.
    expect(report.options.trendMonths).toBe(6);
    expect(validateReport(JSON.parse(JSON.stringify(report)), 'report.json')).toEqual(report);
  });

  it('judges ownership at the last commit in the window, and says so', () => {
    expect(report.ownership.asOf).toBe('2023-06-20');
    expect(report.ownership.onlyYouMaintain.map((o) => o.path)).toEqual(['notebooks/board.ipynb', 'notebooks/kpi.ipynb']);
    // 90 days up to 20 Jun 2023 (from 22 Mar): Ann's touch of the shared notebook, Mia's board and kpis (her shared change is older).
    expect(report.ownership).toMatchObject({ notebooksChanged: 3, managerNotebooksChanged: 2 });
    const m = buildReviewModel(report);
    expect(m.onlyYouIntro).toBe(
      'Nobody else on the team changed these notebooks in the 90 days up to 20 Jun 2023, the last commit in the window. If you were away, nobody would know them well.'
    );
    expect(m.trendTitle).toBe('Trend: Q1 2016 - Q4 2026, by quarter');
  });

  it('heads every page with the range, never "monthly"', async () => {
    const html = await renderHtml(report);
    expect(html).toContain('<span class="brand">letgo · self-review, Jan 2016 - Dec 2026</span>');
    expect(html).not.toContain('monthly self-review');
    expect(html).toContain('Your hands-on ratio per quarter');
    const { markdown } = renderMarkdown(report);
    expect(markdown).toContain('# letgo self-review: Jan 2016 - Dec 2026');
    expect(markdown).toContain('## Trend: Q1 2016 - Q4 2026, by quarter');
    expect(markdown).toContain('| Q2 2023 |');
    expect(markdown).toContain('None: the repository has its full history.');
    // The terminal keeps the latest 40 quarters within 80 columns.
    expect(renderTable(report, { color: false })).toMatch(/\nTrend {2}Q1 2017 \S{40} Q4 2026\n/);
  });

  it('a month re-analysed from a long scan has the --trend months before it, through the CLI', async () => {
    const cwd = tempDir();
    const scan = await letgo(
      ['scan', dir, '--manager', MIA.email, '--since', '2016-01-01', '--until', '2026-12-31', '--trend', '4', '--out', 'out', '--format', 'json', '--quiet'],
      cwd
    );
    expect(scan.code, scan.stderr).toBe(0);
    expect((JSON.parse(scan.stdout) as Report).trend).toHaveLength(44);
    const month = await letgo(['report', '--in', 'out', '--month', '2023-05', '--format', 'json'], cwd);
    expect(month.code, month.stderr).toBe(0);
    expect((JSON.parse(month.stdout) as Report).trend.map((p) => p.month)).toEqual(['2023-02', '2023-03', '2023-04', '2023-05']);
  });

  it('covers a window of a few months by month', async () => {
    const { report: r } = await scanMonth([dir], '2016-01', [MIA.email], { window: { since: '2023-02-01', until: '2023-09-30' }, trendMonths: 3 });
    expect(r.trend.map((p) => p.month)).toEqual(['2023-02', '2023-03', '2023-04', '2023-05', '2023-06', '2023-07', '2023-08', '2023-09']);
    expect(r.trend.every((p) => p.months === undefined)).toBe(true);
    expect(buildReviewModel(r).trendTitle).toBe('Trend: Feb 2023 - Sep 2023, by month');
    expect((await renderHtml(r)).toString()).toContain('letgo · self-review, Feb 2023 - Sep 2023');
  });

  it('says what it measured when no notebook is yours alone', async () => {
    // March 2022: code only (last commit 12 Mar); no notebook changed in the 90 days up to it.
    const { report: month } = await scanMonth([dir], '2022-03', [MIA.email]);
    expect(month.ownership).toMatchObject({ asOf: '2022-03-12', notebooksChanged: 0, onlyYouMaintain: [] });
    expect(month.trend.map((p) => p.month)).toEqual(['2022-01', '2022-02', '2022-03']);
    const m = buildReviewModel(month);
    expect(m.onlyYouEmpty).toBe('None: no notebook changed in the 90 days up to 12 Mar 2022, the last commit in the window.');
    expect(await renderHtml(month)).toContain('<span class="brand">letgo · monthly self-review</span>');
    // May 2023: Ann touched the shared notebook; Mia's board notebook (April) is hers alone.
    const { report: may } = await scanMonth([dir], '2023-05', [MIA.email]);
    expect(may.ownership.onlyYouMaintain.map((o) => o.path)).toEqual(['notebooks/board.ipynb']);
    // Over the 20 days up to May's last commit (Bo, 12 May), Ann's touch of the shared notebook is all.
    const config = { ...defaultConfig(), thresholds: { ...DEFAULT_THRESHOLDS, onlyYouDays: 20 } };
    const { report: short } = await scanMonth([dir], '2023-05', [MIA.email], { config });
    expect(short.ownership).toMatchObject({ asOf: '2023-05-12', notebooksChanged: 1, managerNotebooksChanged: 0, onlyYouMaintain: [] });
    expect(buildReviewModel(short).onlyYouEmpty).toBe(
      'None: you changed no notebook in the 20 days up to 12 May 2023, the last commit in the window (the team changed 1 notebook).'
    );
  });

  it('says why when the notebooks you changed have a teammate on them', async () => {
    const nb = (cells: string[][]) => ({ 'notebooks/churn.ipynb': notebook(cells) });
    const small = await makeRepo([
      { author: MIA, date: '2026-10-02T10:00:00+00:00', message: 'start', files: nb([['a = 1', 'b = 2']]) },
      { author: ANN, date: '2026-10-09T10:00:00+00:00', message: 'more', files: nb([['a = 1', 'b = 2'], ['c = 3']]) },
      { author: MIA, date: '2026-10-16T10:00:00+00:00', message: 'more', files: nb([['a = 1', 'b = 2'], ['c = 3'], ['d = 4']]) },
      { author: ANN, date: '2026-10-23T10:00:00+00:00', message: 'code', files: { 'src/x.py': lines(3) } },
    ]);
    const { report: r } = await scanMonth([small], '2026-10', [MIA.email]);
    expect(r.ownership).toMatchObject({ asOf: '2026-10-23', notebooksChanged: 1, managerNotebooksChanged: 1, onlyYouMaintain: [] });
    const m = buildReviewModel(r);
    expect(m.onlyYouEmpty).toBe(
      'None: a teammate also worked on the 1 notebook you changed in the 90 days up to 23 Oct 2026, the last commit in the window, or most of its changes are someone else’s.'
    );
    expect(renderMarkdown(r).markdown).toContain(`_${m.onlyYouEmpty}_`);
  });
});
