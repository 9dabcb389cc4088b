/**
 * Notebook churn by cell source on real notebooks committed to a real repository, and
 * the fallbacks (conflict markers, LFS pointer) that keep git's line counts with a warning.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Fact } from '../../src/core/facts.js';
import type { Report } from '../../src/core/report.js';
import { defaultConfig } from '../../src/core/config.js';
import { makeRepo, notebook, scanMonth } from '../helpers/repos.js';

const A = { name: 'Amy Analyst', email: 'amy@corp.io' };
const base = [['import pandas as pd', 'df = pd.read_csv("x.csv")'], ['df.plot()']];
const withCell = [...base, ['a = 1', 'b = 2', 'c = 3']];
const rerun = notebook(withCell).replace(/"execution_count": (\d+)/g, (_, n) => `"execution_count": ${Number(n) + 10}`);
const conflict = '<<<<<<< HEAD\n{"cells": []}\n=======\n{"cells": [1]}\n>>>>>>> other\n';
const lfs = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n';

describe('notebook churn in a repository', () => {
  let facts: Fact[];
  let report: Report;
  let gitFacts: Fact[];
  beforeAll(async () => {
    const at = (d: number): string => `2026-10-${String(d).padStart(2, '0')}T10:00:00+00:00`;
    const dir = await makeRepo([
      { author: A, date: at(1), message: 'new', files: { 'nb/a.ipynb': notebook(base) } },
      { author: A, date: at(2), message: 'add a cell', files: { 'nb/a.ipynb': notebook(withCell) } },
      { author: A, date: at(5), message: 'rerun', files: { 'nb/a.ipynb': rerun } },
      { author: A, date: at(6), message: 'conflict', files: { 'nb/broken.ipynb': conflict } },
      { author: A, date: at(7), message: 'lfs', files: { 'nb/big.ipynb': lfs } },
      { author: A, date: at(8), message: 'delete', files: { 'nb/a.ipynb': null } },
    ]);
    ({
      report,
      scan: { facts },
    } = await scanMonth([dir], '2026-10', ['amy@corp.io']));
    const config = defaultConfig();
    config.notebooks.lines = 'git';
    ({
      scan: { facts: gitFacts },
    } = await scanMonth([dir], '2026-10', ['amy@corp.io'], { config }));
  });
  const by = (list: Fact[], message: string): Fact =>
    list.filter((f) => f.path.startsWith('nb/'))[['new', 'add a cell', 'rerun', 'conflict', 'lfs', 'delete'].indexOf(message)];

  it('counts a new notebook by its cell sources, not its outputs', () => {
    expect(by(facts, 'new')).toMatchObject({ added: 3, deleted: 0, cells: { added: 2, deleted: 0, modified: 0 }, parse: 'ok' });
    expect(by(gitFacts, 'new').added).toBeGreaterThan(20);
  });
  it('counts one added 3-line cell as 3 lines, whatever the image outputs', () => {
    expect(by(facts, 'add a cell')).toMatchObject({ added: 3, deleted: 0, cells: { added: 1, deleted: 0, modified: 0 } });
  });
  it('flags a re-run as outputs-only with zero churn', () => {
    expect(by(facts, 'rerun')).toMatchObject({ added: 0, deleted: 0, outputsOnly: true });
    expect(report.notebooks.manager.rerunsOnly).toBe(1);
  });
  it('falls back to git lines for conflict markers and LFS pointers, with a warning', () => {
    expect(by(facts, 'conflict')).toMatchObject({ added: 5, parse: 'invalid-json' });
    expect(by(facts, 'lfs')).toMatchObject({ added: 3, parse: 'lfs-pointer' });
    expect(report.warnings.some((w) => /2 notebook changes .* git's lines/.test(w))).toBe(true);
    // The report counts them as fallbacks, for the manager (who made every change) and the team.
    expect(report.notebooks.manager.fallbacks).toBe(2);
    expect(report.notebooks.team.fallbacks).toBe(2);
  });
  it('counts a deleted notebook by its source lines', () => {
    expect(by(facts, 'delete')).toMatchObject({ added: 0, deleted: 6, cells: { added: 0, deleted: 3, modified: 0 }, status: 'D' });
  });
});
