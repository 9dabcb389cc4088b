/**
 * `letgo explain` on the history shapes that broke it once: a file renamed twice
 * (x.py -> y.py -> z.py) asked for by each of its names, a Jupytext py:percent script
 * the scan counts as a notebook, repositories whose ids contain '/' (two folders named
 * `proj`), an empty commit late at night, and a commit of 60 generated files whose one
 * notebook sorts last.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/core/classify.js';
import { defaultConfig } from '../../src/core/config.js';
import { ExitCode, LetgoError } from '../../src/core/errors.js';
import { explainReport, type Explanation, type PathExplanation } from '../../src/core/explain.js';
import type { Report } from '../../src/core/report.js';
import type { CommitSpec } from '../../src/demo/repoBuilder.js';
import { jupytextScript, lines, makeRepo, notebook, tempDir } from '../helpers/repos.js';
import { ANN, MIA } from '../helpers/teams.js';
import { letgo } from './cliHelpers.js';

/** The commits of `a/proj` (window: October 2026). */
function history(): CommitSpec[] {
  const gen = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`gen/f${String(i).padStart(2, '0')}.py`, `g = ${i}\n`]));
  return [
    { author: ANN, date: '2026-10-01T10:00:00+02:00', message: 'start x', files: { 'x.py': lines(20, 'x') } },
    { author: MIA, date: '2026-10-02T10:00:00+02:00', message: 'x to y', renames: [['x.py', 'y.py']], files: { 'y.py': lines(20, 'x') + 'm = 1\n' } },
    { author: ANN, date: '2026-10-05T10:00:00+02:00', message: 'edit y', files: { 'y.py': lines(20, 'x') + 'm = 1\nn = 2\n' } },
    { author: ANN, date: '2026-10-06T10:00:00+02:00', message: 'y to z', renames: [['y.py', 'z.py']] },
    { author: MIA, date: '2026-10-07T10:00:00+02:00', message: 'explore', files: { 'notebooks/explore.py': jupytextScript('a = 1\nb = 2', 'py:percent') } },
    // Tuesday 23:00 local: after hours, and a commit without files.
    { author: MIA, date: '2026-10-13T23:00:00-08:00', message: 'late empty', files: {} },
    { author: MIA, date: '2026-10-14T10:00:00+02:00', message: 'regenerate', files: { ...gen, 'zz.ipynb': notebook([['z = 1', 'w = 2']]) } },
  ];
}

describe('explain on renames, Jupytext scripts, slash repository ids, empty and big commits', () => {
  let cwd: string;
  beforeAll(async () => {
    const parent = tempDir();
    mkdirSync(path.join(parent, 'a'));
    mkdirSync(path.join(parent, 'b'));
    const a = await makeRepo(history(), 'proj', path.join(parent, 'a'));
    const b = await makeRepo(
      [{ author: ANN, date: '2026-10-03T10:00:00+02:00', message: 'b', files: { 'z.py': lines(3, 'b'), 'other.py': lines(2, 'o') } }],
      'proj',
      path.join(parent, 'b')
    );
    // Run from a folder outside both repositories, so a REPO/PATH argument is only a repository id and a path.
    cwd = tempDir();
    writeFileSync(path.join(cwd, 'letgo.config.json'), JSON.stringify({ manager: ['mia@corp.io'], kinds: { generated: ['gen/**'] } }));
    const scan = await letgo(['scan', a, b, '--month', '2026-10', '--out', 'out', '--format', 'json', '--quiet'], cwd);
    expect(scan.code, scan.stderr).toBe(ExitCode.Ok);
  }, 120_000);

  const explainPath = async (p: string): Promise<PathExplanation> => {
    const run = await letgo(['explain', '--in', 'out', '--path', p, '--format', 'json'], cwd);
    expect(run.code, run.stderr).toBe(ExitCode.Ok);
    return JSON.parse(run.stdout) as PathExplanation;
  };

  it('finds a file renamed twice by its first, middle and last name, with all its changes', async () => {
    for (const name of ['a/proj/x.py', 'a/proj/y.py', 'a/proj/z.py']) {
      const p = await explainPath(name);
      expect(p, name).toMatchObject({ repo: 'a/proj', path: 'z.py', alive: true, changes: { total: 4, byTier: { tactical: 4 } } });
      // Ann wrote 20 + 1 lines, Mia 1 (git counts the renamed file's lines once).
      expect(p.owner, name).toMatchObject({ owner: 'teammate' });
      expect(p.managerShare, name).toBeGreaterThan(0);
    }
    // A bare name held by one repository's history only is that repository's.
    expect(await explainPath('y.py')).toMatchObject({ repo: 'a/proj', path: 'z.py' });
  });

  it('takes REPO/PATH with a repository id that contains a slash, and refuses an ambiguous bare path', async () => {
    expect(await explainPath('b/proj/z.py')).toMatchObject({ repo: 'b/proj', path: 'z.py', changes: { total: 1 } });
    const both = await letgo(['explain', '--in', 'out', '--path', 'z.py'], cwd);
    expect(both.code).toBe(ExitCode.Usage);
    expect(both.stderr).toBe('letgo: --path z.py: a/proj and b/proj both have such a file; name one as REPO/PATH\n');
  });

  it('says a Jupytext script is the notebook the scan counted, not code by its path', async () => {
    const p = await explainPath('a/proj/notebooks/explore.py');
    expect(p.kind).toBe('notebook');
    expect(p.kindRule).toBe('a Jupytext text notebook (by its content; the path alone says code)');
    const text = await letgo(['explain', '--in', 'out', '--path', 'a/proj/notebooks/explore.py', '--format', 'table'], cwd);
    expect(text.stdout).toContain('kind: notebook, by a Jupytext text notebook');
  });

  it('gives a commit without files its subject, and lists a big commit’s notebook first', async () => {
    const run = await letgo(['explain', '--in', 'out', '--format', 'json'], cwd);
    expect(run.code, run.stderr).toBe(ExitCode.Ok);
    const x = JSON.parse(run.stdout) as Explanation;
    const late = x.afterHours.commits.find((c) => c.time.startsWith('2026-10-13T23:00'));
    expect(late).toMatchObject({ subject: 'late empty', files: [] });
    const big = x.managerHandsOn.commits.find((c) => c.subject === 'regenerate')!;
    expect(big.files[0]).toMatchObject({ path: 'zz.ipynb', kind: 'notebook', tier: 'tactical' });
    expect(big.files.slice(1).map((f) => f.path)).toEqual(Array.from({ length: 49 }, (_, i) => `gen/f${String(i).padStart(2, '0')}.py`));
    expect(big.moreFiles).toBe(11);
  });

  it('refuses a report without evidence with a LetgoError, not a stack trace', () => {
    const report = JSON.parse(readFileSync(path.join(cwd, 'out', 'report.json'), 'utf8')) as Report;
    expect(explainReport(report, createClassifier(defaultConfig())).managerHandsOn.count).toBe(report.handsOn.managerCommits);
    delete report.evidence;
    let thrown: unknown;
    try {
      explainReport(report, createClassifier(defaultConfig()));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(LetgoError);
    expect((thrown as LetgoError).code).toBe(ExitCode.BadInput);
    expect((thrown as LetgoError).message).toMatch(/^the report has no evidence \(an older letgo wrote it\): analyse its facts again/);
  });
});

describe('explain --path on a name used again after a rename', () => {
  it('x.py renamed to y.py, then a new, unrelated x.py: x.py is the new file, y.py the old one, each with its own changes only', async () => {
    const BO = { name: 'Bo Analyst', email: 'bo@corp.io' };
    const cwd = tempDir();
    await makeRepo(
      [
        { author: ANN, date: '2026-10-01T10:00:00+02:00', message: 'old x', files: { 'x.py': lines(20, 'old') } },
        { author: ANN, date: '2026-10-02T10:00:00+02:00', message: 'x to y', renames: [['x.py', 'y.py']], files: { 'y.py': lines(21, 'old') } },
        { author: BO, date: '2026-10-05T10:00:00+02:00', message: 'new x', files: { 'x.py': lines(4, 'new') } },
        { author: BO, date: '2026-10-06T10:00:00+02:00', message: 'edit new x', files: { 'x.py': lines(6, 'new') } },
        { author: BO, date: '2026-10-07T10:00:00+02:00', message: 'edit new x', files: { 'x.py': lines(7, 'new') } },
        { author: MIA, date: '2026-10-08T10:00:00+02:00', message: 'adr', files: { 'docs/adr/1.md': '# ADR\n' } },
        // After the window: y.py renamed again; --path y.py still names that file, by its name at the window's end.
        { author: ANN, date: '2026-11-02T10:00:00+02:00', message: 'y to w', renames: [['y.py', 'w.py']] },
      ],
      'reuse',
      cwd
    );
    const scan = await letgo(['scan', 'reuse', '--manager', MIA.email, '--month', '2026-10', '--out', 'out', '--format', 'json', '--quiet'], cwd);
    expect(scan.code, scan.stderr).toBe(ExitCode.Ok);
    const explain = async (p: string) => {
      const run = await letgo(['explain', '--in', 'out', '--path', p, '--format', 'json'], cwd);
      expect(run.code, run.stderr).toBe(ExitCode.Ok);
      return JSON.parse(run.stdout) as PathExplanation;
    };
    expect(await explain('x.py')).toMatchObject({ path: 'x.py', changes: { total: 3 }, owner: { owner: 'teammate', share: 1 } });
    // The old file: its add and the rename before the window's end, and the rename after it.
    expect(await explain('y.py')).toMatchObject({ path: 'y.py', changes: { total: 3 } });
    expect(await explain('w.py')).toMatchObject({ path: 'y.py', changes: { total: 3 } });
  });
});
