/**
 * The panel's pure parts on a real report: `letgo scan` of a test repository, then the
 * ownership matcher, the report-folder reader, the panel view, the week summary and the
 * settings.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report.js';
import { findOwner, nudgeFor, repoLocation } from '../../src/lab/ownership.js';
import { panelView, weekActivity } from '../../src/lab/panelModel.js';
import { readReportSet, reportCommandsFor } from '../../src/lab/reports.js';
import { DEFAULT_SETTINGS, readSettings } from '../../src/lab/settings.js';
import { UTC_CALENDAR } from '../../src/lab/tracker.js';
import { makeRepo, notebook, tempDir } from '../helpers/repos.js';
import { letgo } from '../cli/cliHelpers.js';

const maya = { name: 'Maya Lead', email: 'maya@team.example' };
const ana = { name: 'Ana Costa', email: 'ana@team.example' };
const ben = { name: 'Ben Okafor', email: 'ben@team.example' };

let root: string;
let text: string;
let report: Report;

/**
 * `root/work/team` (a repository) scanned from `root/work` into `root/work/letgo-report`:
 * Ana wrote `nb/churn.ipynb` (3 commits), Ben `nb/churn.ipynb` once and `etl.py` twice,
 * Maya `nb/mine.ipynb` twice. Ana owns churn.ipynb, Maya mine.ipynb.
 */
beforeAll(async () => {
  root = tempDir('letgo-lab-model-');
  const d = (day: number) => `2026-10-${String(day).padStart(2, '0')}T10:00:00+00:00`;
  const cells: string[][] = [['import pandas as pd']];
  const commits = [];
  for (let i = 0; i < 3; i++) {
    cells.push([`a${i} = ${i}`, `b${i} = a${i} * 2`]);
    commits.push({ author: ana, date: d(2 + i * 7), message: `churn ${i}`, files: { 'nb/churn.ipynb': notebook(cells) } });
  }
  commits.push({ author: ben, date: d(25), message: 'ben nb', files: { 'nb/churn.ipynb': notebook([...cells, ['z = 1']]) } });
  commits.push({ author: ben, date: d(3), message: 'etl', files: { 'etl.py': 'x = 1\n' } });
  commits.push({ author: ben, date: d(12), message: 'etl 2', files: { 'etl.py': 'x = 1\ny = 2\n' } });
  commits.push({ author: maya, date: d(5), message: 'mine', files: { 'nb/mine.ipynb': notebook([['m = 1']]) } });
  commits.push({ author: maya, date: d(19), message: 'mine 2', files: { 'nb/mine.ipynb': notebook([['m = 1'], ['n = 2']]) } });
  commits.sort((a, b) => a.date.localeCompare(b.date));
  await makeRepo(commits, 'team', path.join(root, 'work'));
  const run = await letgo(
    ['scan', '--out', 'letgo-report', '--month', '2026-10', '--manager', maya.email, '--team-detail', '--format', 'json', '--quiet', 'team'],
    path.join(root, 'work')
  );
  expect(run.code, run.stderr).toBe(0);
  text = readFileSync(path.join(root, 'work', 'letgo-report', 'report.json'), 'utf8');
  report = JSON.parse(text) as Report;
});

describe('ownership matcher', () => {
  it('places the repository by the relative path the scan wrote', () => {
    expect(report.repos[0].relativePath).toBe('team');
    // The server root is root/work, the report folder letgo-report.
    expect(repoLocation(report.repos[0], 'letgo-report')).toBe('team');
    // Server root at root: the report folder is work/letgo-report, the repository work/team.
    expect(repoLocation(report.repos[0], 'work/letgo-report')).toBe('work/team');
  });

  it('names the teammate who owns an open notebook, and stays quiet for the manager’s own', () => {
    const match = findOwner(report, 'team/nb/churn.ipynb', 'letgo-report');
    expect(match).toMatchObject({ repo: 'team', path: 'nb/churn.ipynb', mine: false, owner: { ownerName: 'Ana Costa' } });
    // Ana: 3 commits of 2 new lines each + the first line = 7 source lines; Ben 1 → 7/8.
    expect(nudgeFor(match)).toEqual({ who: 'Ana Costa', percent: 88 });
    const mine = findOwner(report, 'team/nb/mine.ipynb', 'letgo-report');
    expect(mine).toMatchObject({ mine: true, owner: { owner: 'you' } });
    expect(nudgeFor(mine)).toBeNull();
    expect(findOwner(report, 'team/etl.py', 'letgo-report')).toBeNull(); // not a notebook
    expect(findOwner(report, 'other/nb/churn.ipynb', 'letgo-report')).toBeNull();
    expect(findOwner(report, 'nb/churn.ipynb', 'letgo-report')).toBeNull(); // same name, outside the repository
  });

  it('says "a teammate" (who: null) without team detail', () => {
    const anonymous: Report = {
      ...report,
      repos: report.repos.map((r) => ({
        ...r,
        notebookOwners: r.notebookOwners.map(({ ownerName: _n, ...o }) => ({ ...o, owner: o.owner === 'you' ? 'you' : 'teammate' })),
      })),
    };
    expect(nudgeFor(findOwner(anonymous, 'team/nb/churn.ipynb', 'letgo-report'))).toEqual({ who: null, percent: 88 });
  });

  it('falls back to the server root’s absolute path when the report has no relative path', () => {
    const { relativePath: _r, ...repo } = report.repos[0];
    const old: Report = { ...report, repos: [repo] };
    const serverRoot = path.join(root, 'work');
    expect(findOwner(old, 'team/nb/churn.ipynb', 'letgo-report', serverRoot)?.path).toBe('nb/churn.ipynb');
    expect(findOwner(old, 'team/nb/churn.ipynb', 'letgo-report', `${serverRoot}/`)?.path).toBe('nb/churn.ipynb');
    expect(findOwner(old, 'team/nb/churn.ipynb', 'letgo-report')).toBeNull(); // no root known: no guess
    expect(findOwner(old, 'team/nb/churn.ipynb', 'letgo-report', '~')).toBeNull();
    expect(findOwner(old, 'team/nb/churn.ipynb', 'letgo-report', '/elsewhere')).toBeNull();
  });

  it('prefers the innermost repository when one is nested in another', () => {
    const outer = { ...report.repos[0], id: 'outer', relativePath: '', notebookOwners: [{ path: 'team/nb/churn.ipynb', owner: 'you', share: 1 }] };
    // In either order, so that "the last match wins" cannot pass for "the deepest wins".
    for (const repos of [
      [outer, report.repos[0]!],
      [report.repos[0]!, outer],
    ]) {
      expect(findOwner({ ...report, repos }, 'team/nb/churn.ipynb', 'letgo-report')?.repo).toBe('team');
    }
  });
});

describe('report folder and panel view', () => {
  it('shows the newest report, lists the others, and reports broken files beside them', () => {
    const september = JSON.stringify({ ...report, window: { since: '2026-09-01', until: '2026-09-30', month: '2026-09' } });
    const set = readReportSet(
      [
        { name: 'report-2026-09.json', text: september },
        { name: 'report.json', text },
        { name: 'report-old.json', text: '{"schema": "letgo.report/0"}' },
        { name: 'repos.json', text: '[]' }, // not a report file
        { name: 'report-bad.json', text: '{ not json' },
      ],
      'letgo-report'
    );
    expect(set.reports.map((r) => [r.name, r.label])).toEqual([
      ['report.json', 'October 2026'],
      ['report-2026-09.json', 'September 2026'],
    ]);
    expect(set.problems.map((p) => p.name)).toEqual(['report-bad.json', 'report-old.json']);
    expect(set.problems[0].message).toMatch(/^letgo-report\/report-bad\.json is not valid JSON .*run letgo scan --out letgo-report again/);
    expect(set.problems[1].message).toBe(
      'letgo-report/report-old.json is not a letgo.report/1 report (schema: "letgo.report/0"); scan again with this letgo version'
    );

    const view = panelView(set, 'letgo-report');
    expect(view.kind).toBe('report');
    if (view.kind !== 'report') return;
    expect(view.selected.name).toBe('report.json');
    expect(view.review.headline.level).toBe(report.signal.level);
    expect(view.choices).toHaveLength(2);
    const other = panelView(set, 'letgo-report', 'report-2026-09.json');
    expect(other.kind === 'report' && other.selected.label).toBe('September 2026');
  });

  it('keeps only the newest of two reports for the same window', () => {
    const older = JSON.stringify({ ...report, generatedAt: '2020-01-01T00:00:00.000Z' });
    const set = readReportSet(
      [
        { name: 'report-copy.json', text: older },
        { name: 'report.json', text },
      ],
      'letgo-report'
    );
    expect(set.reports.map((r) => r.name)).toEqual(['report.json']);
  });

  it('says which command to run when there is no report, and what broke when none is readable', () => {
    const empty = panelView({ reports: [], problems: [] }, 'letgo-report');
    expect(empty).toEqual({
      kind: 'empty',
      folder: 'letgo-report',
      command: 'letgo scan --out letgo-report .',
      demoCommand: 'letgo demo --dir churn-team --out letgo-report',
    });
    expect(reportCommandsFor('team reports/letgo')).toEqual({
      scan: "letgo scan --out 'team reports/letgo' .",
      demo: "letgo demo --dir churn-team --out 'team reports/letgo'",
    });
    const broken = panelView(readReportSet([{ name: 'report.json', text: '{"schema": "letgo.report/1"}' }], 'x'), 'x');
    expect(broken.kind).toBe('broken');
    expect(broken.kind === 'broken' && broken.problems[0].message).toMatch(/^x\/report\.json is not a valid report: .+; scan again to rewrite it$/);
    expect(panelView(null, 'x').kind).toBe('loading');
  });

  it('sums this week and the part spent in teammates’ notebooks', () => {
    const MIN = 60_000;
    const log = {
      '2026-11-17': {
        'team/nb/churn.ipynb': { activeMs: 12 * MIN, executed: 4, editedCells: ['a', 'b'] },
        'team/nb/mine.ipynb': { activeMs: 6 * MIN, executed: 1, editedCells: ['c'] },
        'scratch.ipynb': { activeMs: 2 * MIN, executed: 0, editedCells: [] },
      },
      '2026-11-09': { 'team/nb/churn.ipynb': { activeMs: 99 * MIN, executed: 9, editedCells: [] } },
    };
    const week = weekActivity(log, Date.UTC(2026, 10, 20, 12), (p) => findOwner(report, p, 'letgo-report'), UTC_CALENDAR);
    expect(week).toEqual({ from: '2026-11-16', to: '2026-11-22', minutes: 20, executed: 5, edited: 3, notebooks: 3, teammateMinutes: 12, teammateShare: 0.6 });
    expect(weekActivity({}, Date.UTC(2026, 10, 20), () => null, UTC_CALENDAR).teammateShare).toBeNull();
  });
});

describe('settings', () => {
  it('match schema/plugin.json’s defaults, and clamp the idle limit to its minimum and maximum', () => {
    const schema = JSON.parse(readFileSync('schema/plugin.json', 'utf8')) as {
      properties: Record<string, { default: unknown; minimum?: number; maximum?: number }>;
    };
    expect(Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, v.default]))).toEqual(DEFAULT_SETTINGS);
    const { minimum, maximum } = schema.properties.idleMinutes!;
    expect(readSettings({ idleMinutes: -1e9 }).idleMinutes).toBe(minimum);
    expect(readSettings({ idleMinutes: 1e9 }).idleMinutes).toBe(maximum);
    expect(readSettings({ idleMinutes: minimum! + 0.5 }).idleMinutes).toBe(minimum! + 0.5);
    expect(readSettings({ idleMinutes: maximum! - 0.5 }).idleMinutes).toBe(maximum! - 0.5);
  });

  it('fall back to defaults for missing or wrong values and clean the folder path', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings({ reportFolder: '/team/letgo-report/', manager: ' maya@team.example ', idleMinutes: 500, tracker: 'no', nudges: false })).toEqual({
      reportFolder: 'team/letgo-report',
      manager: 'maya@team.example',
      idleMinutes: 120,
      tracker: true,
      nudges: false,
    });
    expect(readSettings({ reportFolder: '  ', idleMinutes: 0, manager: 42 })).toMatchObject({ reportFolder: 'letgo-report', idleMinutes: 1, manager: '' });
  });
});
