/**
 * report.json of every shape REPORT_SCHEMA accepts: a report stripped of every part the
 * schema leaves optional goes through each command that reads a saved scan (report in
 * every format, report --month, merge, export, explain) and through the JupyterLab panel's model
 * without a crash; a report of an older shape, without a part the Report type requires,
 * is refused with exit 8 and a one-line message naming that part.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/core/errors.js';
import type { Report } from '../../src/core/report.js';
import { validateReport } from '../../src/core/reportValidation.js';
import { findOwner } from '../../src/lab/ownership.js';
import { panelView } from '../../src/lab/panelModel.js';
import { readReportSet } from '../../src/lab/reports.js';
import { buildReviewModel } from '../../src/report/model.js';
import { FORMATS } from '../../src/cli/render.js';
import { FILES } from '../../src/cli/store.js';
import { makeRepo, notebook, tempDir } from '../helpers/repos.js';
import { emptyLists, stripOptional } from '../helpers/reportShapes.js';
import { expectOneLineError, letgo } from './cliHelpers.js';

const MIA = { name: 'Mia Boss', email: 'mia@corp.io' };
const ANN = { name: 'Ann Dev', email: '1234+ann@users.noreply.github.com' };
const BO = { name: 'Bo Dev', email: 'bo@corp.io' };

let root: string;
let dir: string;
let minimal: Report;
let removed: string[];

/**
 * A repository in which Mia (the manager), Ann (a GitHub noreply address) and Bo work on
 * notebooks and code over September and October 2026, with a co-authored commit and an
 * assistant trailer (so the full report has team detail, AI-assisted commits and
 * ownership dates), scanned with --team-detail into `dir`; then report.json is stripped to
 * its required parts, and scan.json removed (a folder of an older letgo has none).
 */
beforeAll(async () => {
  root = tempDir('letgo-report-shapes-');
  const commits = [];
  const cells: string[][] = [['import pandas as pd']];
  for (const [month, days] of [
    ['09', [2, 9, 16, 23]],
    ['10', [1, 8, 15, 22, 29]],
  ] as const) {
    for (const day of days) {
      const date = (h: number) => `2026-${month}-${String(day).padStart(2, '0')}T${h}:00:00+02:00`;
      cells.push([`x${month}${day} = ${day}`]);
      commits.push({ author: ANN, date: date(10), message: `ann ${month}-${day}`, files: { 'nb/churn.ipynb': notebook(cells) } });
      commits.push({
        author: BO,
        date: date(11),
        message: `bo ${month}-${day}\r\n\r\nCo-authored-by: Mia Boss <mia@corp.io>\r\n`,
        files: { 'etl.py': `step = ${month}${day}\n` },
      });
      commits.push({
        author: MIA,
        date: date(21),
        message: `mia ${month}-${day}\n\nCo-authored-by: Claude <noreply@anthropic.com>\n`,
        files: { 'nb/mine.ipynb': notebook([[`y = ${day}`], [`z = ${month}`]]) },
      });
    }
  }
  const repo = await makeRepo(commits, 'team', root);
  dir = path.join(root, 'letgo-report');
  const scan = await letgo(
    ['scan', repo, '--out', dir, '--month', '2026-10', '--manager', MIA.email, '--team-detail', '--format', 'json', '--no-cache', '--quiet'],
    root
  );
  expect(scan.code, scan.stderr).toBe(0);
  const full = JSON.parse(readFileSync(path.join(dir, FILES.report), 'utf8')) as Report;
  removed = stripOptional(full);
  minimal = full;
  writeFileSync(path.join(dir, FILES.report), JSON.stringify(minimal, null, 2));
  rmSync(path.join(dir, FILES.scan));
});

describe('a report with none of its optional parts', () => {
  it('passes the schema, and has lost the parts a full scan writes', () => {
    expect(validateReport(minimal, 'report.json')).toBe(minimal);
    for (const part of [
      '/window/month',
      '/team/members',
      '/aiAssisted',
      '/ownership/asOf',
      '/ownership/notebooksChanged',
      '/repos/0/relativePath',
      '/repos/0/notebookOwners/0/ownerName',
    ]) {
      expect(removed).toContain(part);
    }
    expect(removed.filter((p) => p.startsWith('/notebooks/'))).toEqual(
      expect.arrayContaining(['/notebooks/manager/fallbacks', '/notebooks/team/pairedScripts'])
    );
  });

  it.each(FORMATS)('renders with letgo report --format %s', async (format) => {
    const run = await letgo(['report', '--in', dir, '--format', format], root);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(format === 'json' ? '"schema": "letgo.report/1"' : 'Oct 2026');
    if (format !== 'json') expect(run.stdout).toContain('Mia Boss');
  });

  it('is analysed again for another month with letgo report --month, with its options', async () => {
    const run = await letgo(['report', '--in', dir, '--month', '2026-09', '--format', 'json'], root);
    expect(run.code, run.stderr).toBe(0);
    const september = JSON.parse(run.stdout) as Report;
    expect(september.window).toEqual({ since: '2026-09-01', until: '2026-09-30', month: '2026-09' });
    expect(september.options).toEqual(minimal.options);
    expect(september.team.members?.map((m) => m.name).sort()).toEqual(['Ann Dev', 'Bo Dev', 'Mia Boss']);
  });

  it('is the first input of letgo merge, and its facts export', async () => {
    const merged = path.join(root, 'merged');
    const run = await letgo(['merge', dir, '--out', merged, '--format', 'json', '--quiet'], root);
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as Report).handsOn).toEqual(minimal.handsOn);
    const csv = path.join(root, 'facts.csv');
    const exported = await letgo(['export', '--in', dir, '--format', 'csv', '--out', csv], root);
    expect(exported.code, exported.stderr).toBe(0);
    expect(readFileSync(csv, 'utf8')).toContain('nb/churn.ipynb');
  });

  it('is explained by letgo explain, with the counts it states, and a file of it by --path', async () => {
    const run = await letgo(['explain', '--in', dir, '--format', 'json'], root);
    expect(run.code, run.stderr).toBe(0);
    const explained = JSON.parse(run.stdout) as { managerHandsOn: { count: number; commits: unknown[] } };
    expect(minimal.handsOn.managerCommits).toBeGreaterThan(0);
    expect(explained.managerHandsOn.count).toBe(minimal.handsOn.managerCommits);
    expect(explained.managerHandsOn.commits).toHaveLength(minimal.handsOn.managerCommits);
    const file = await letgo(['explain', '--in', dir, '--path', 'team/nb/churn.ipynb', '--format', 'json'], root);
    expect(file.code, file.stderr).toBe(0);
    expect(file.stdout).toContain('nb/churn.ipynb');
  });

  it("is read by the panel: its view, the review model and the notebook owner's nudge", () => {
    const set = readReportSet([{ name: FILES.report, text: readFileSync(path.join(dir, FILES.report), 'utf8') }], 'letgo-report');
    expect(set.problems).toEqual([]);
    const view = panelView(set, 'letgo-report');
    expect(view.kind).toBe('report');
    const model = buildReviewModel(set.reports[0].report);
    expect(model.notebooks.rows.length).toBeGreaterThan(0);
    expect(model.repos.map((r) => r.id)).toEqual(['team']);
    // Without relativePath the repository is found by its absolute path under the server root.
    expect(findOwner(set.reports[0].report, 'team/nb/churn.ipynb', 'letgo-report', root)?.owner.owner).toBe(ANN.email);
  });
});

describe('a report with none of its optional parts and every list empty', () => {
  it.each(FORMATS)('renders with letgo report --format %s, and in the panel', async (format) => {
    const bare = emptyLists(minimal) as Report;
    expect(validateReport(bare, 'report.json')).toBe(bare);
    const folder = path.join(root, `bare-${format}`);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    writeFileSync(path.join(folder, FILES.report), JSON.stringify(bare));
    const run = await letgo(['report', '--in', folder, '--format', format], root);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(100);
    const set = readReportSet([{ name: FILES.report, text: JSON.stringify(bare) }], 'letgo-report');
    expect(panelView(set, 'letgo-report').kind).toBe('report');
    expect(buildReviewModel(bare).trend).toEqual([]);
    expect(findOwner(bare, 'team/nb/churn.ipynb', 'letgo-report', root)).toBeNull();
  });
});

describe('a report of an older shape', () => {
  it.each([
    ['options', (r: Record<string, unknown>) => delete r.options, "must have required property 'options'"],
    [
      'thresholds.snackLines',
      (r: Record<string, unknown>) => delete (r.thresholds as Record<string, unknown>).snackLines,
      "/thresholds must have required property 'snackLines'",
    ],
    [
      'repos[].notebookOwners',
      (r: Record<string, unknown>) => delete (r.repos as Record<string, unknown>[])[0].notebookOwners,
      "/repos/0 must have required property 'notebookOwners'",
    ],
    ['notebooks', (r: Record<string, unknown>) => delete r.notebooks, "must have required property 'notebooks'"],
  ])('without %s is refused by letgo report, naming the field (exit 8)', async (_part, drop, message) => {
    const old = path.join(root, `old-${_part}`);
    const report = structuredClone(minimal) as unknown as Record<string, unknown>;
    drop(report);
    rmSync(old, { recursive: true, force: true });
    mkdirSync(old);
    writeFileSync(path.join(old, FILES.report), JSON.stringify(report));
    expectOneLineError(await letgo(['report', '--in', old], root), ExitCode.BadInput, message, 'scan again');
    const set = readReportSet([{ name: FILES.report, text: JSON.stringify(report) }], 'letgo-report');
    expect(set.reports).toEqual([]);
    expect(set.problems.map((p) => p.message).join('\n')).toContain(message);
  });
});

describe('a facts.jsonl line of the wrong shape', () => {
  it('with a subject that is not a string is refused when read back (exit 8 naming the line and field), not a crash in analysis', async () => {
    const folder = path.join(root, 'bad-subject');
    rmSync(folder, { recursive: true, force: true });
    cpSync(dir, folder, { recursive: true });
    const facts = path.join(folder, FILES.facts);
    const [first, ...rest] = readFileSync(facts, 'utf8').split('\n');
    writeFileSync(facts, [JSON.stringify({ ...JSON.parse(first), subject: 42 }), ...rest].join('\n'));
    expectOneLineError(
      await letgo(['report', '--in', folder, '--month', '2026-09'], root),
      ExitCode.BadInput,
      `${facts}:1 is not a letgo fact: /subject must be string`
    );
  });
});
