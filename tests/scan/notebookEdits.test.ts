/**
 * Cell-level edits and Jupytext pairs on real notebooks in a real repository, with the
 * exact facts and Report numbers the definitions give (docs/definitions.md
 * "Notebooks are not text", src/core/notebook/match.ts, src/core/notebook/pairing.ts). Every expected number
 * is derived by hand in the comments.
 *
 * The base notebook B has 5 cells, 8 source lines:
 *   c0 markdown "# Churn model / Predict churn from usage."  2 lines
 *   c1 code     "import pandas as pd / df = pd.read_csv(...)" 2 lines, stream output
 *   c2 code     "df.describe()"                                1 line,  text+HTML result
 *   c3 code     "ax = df.plot() / ax.set_title('usage')"      2 lines, PNG output
 *   c4 raw      "notes: v1"                                    1 line
 * Amy (the manager) edits copies with cell ids, Bob copies without ids, an nbformat 3
 * notebook and two Jupytext pairs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Fact } from '../../src/core/facts.js';
import type { Report } from '../../src/core/report.js';
import { renderMarkdown, renderTable } from '../../src/report/index.js';
import { defaultConfig } from '../../src/core/config.js';
import { scan } from '../../src/scan/index.js';
import { percentHeader } from '../../src/demo/scenario.js';
import { makeRepo, nbV4, outputs, scanMonth, type CellSpec } from '../helpers/repos.js';

const AMY = { name: 'Amy Lead', email: 'amy@corp.io' };
const BOB = { name: 'Bob Builder', email: 'bob@corp.io' };
const at = (d: number): string => `2026-10-${String(d).padStart(2, '0')}T10:00:00+00:00`;

const SRC = {
  c0: '# Churn model\nPredict churn from usage.',
  c1: "import pandas as pd\ndf = pd.read_csv('usage.csv')",
  c1a: 'import pandas as pd',
  c1b: "df = pd.read_csv('usage.csv')",
  c2: 'df.describe()',
  c3: "ax = df.plot()\nax.set_title('usage')",
  c4: 'notes: v1',
};

/** The cells of B, with ids `cell-0`.. when `ids`, and execution counts shifted by `run`. */
function base(ids: boolean, run = 0): CellSpec[] {
  const id = (i: number) => (ids ? { id: `cell-${i}` } : {});
  return [
    { type: 'markdown', source: SRC.c0, ...id(0) },
    { type: 'code', source: SRC.c1, count: 1 + run, outputs: [outputs.stream(`rows: ${1000 + run}\n`)], ...id(1) },
    { type: 'code', source: SRC.c2, count: 2 + run, outputs: [outputs.result(2 + run, 'count 1000')], ...id(2) },
    { type: 'code', source: SRC.c3, count: 3 + run, outputs: [outputs.image()], ...id(3) },
    { type: 'raw', source: SRC.c4, ...id(4) },
  ];
}

/** B with c3 moved before c1. */
const moved = (ids: boolean): CellSpec[] => {
  const [c0, c1, c2, c3, c4] = base(ids);
  return [c0!, c3!, c1!, c2!, c4!];
};

/** B with c1 split at its line break; the second part is a new, unrun cell (id `split-1`). */
const split = (ids: boolean): CellSpec[] => {
  const [c0, c1, c2, c3, c4] = base(ids);
  return [c0!, { ...c1!, source: SRC.c1a }, { type: 'code', source: SRC.c1b, count: null, ...(ids ? { id: 'split-1' } : {}) }, c2!, c3!, c4!];
};

/** B with c2 and c3 merged into one cell (keeping c2's id and outputs). */
const merged = (ids: boolean): CellSpec[] => {
  const [c0, c1, c2, , c4] = base(ids);
  return [c0!, c1!, { ...c2!, source: `${SRC.c2}\n${SRC.c3}` }, c4!];
};

/** An nbformat 3 notebook (worksheets, heading cell, code `input` and `prompt_number`). */
function nbV3(y: number, prompt: number): string {
  return (
    JSON.stringify(
      {
        metadata: { name: 'legacy' },
        nbformat: 3,
        nbformat_minor: 0,
        worksheets: [
          {
            cells: [
              { cell_type: 'heading', level: 1, metadata: {}, source: ['Title'] },
              {
                cell_type: 'code',
                collapsed: false,
                input: ['x = 1\n', `y = ${y}`],
                language: 'python',
                metadata: {},
                outputs: [{ output_type: 'pyout', prompt_number: prompt, text: [String(1 + y)], metadata: {} }],
                prompt_number: prompt,
              },
              { cell_type: 'markdown', metadata: {}, source: ['Some text'] },
            ],
            metadata: {},
          },
        ],
      },
      null,
      1
    ) + '\n'
  );
}

const PAIR_FORMATS = { jupytext: { formats: 'ipynb,py:percent' } };
const pairNb = (code: string) =>
  nbV4(
    [
      { type: 'code', source: code, count: 1, outputs: [outputs.stream('ok\n')], id: 'p0' },
      { type: 'markdown', source: '# T', id: 'p1' },
    ],
    PAIR_FORMATS
  );
const HEADER = percentHeader();
const pairPy = (code: string, extra = '') => `${HEADER}\n# %%\n${code}\n\n# %% [markdown]\n# # T\n${extra}`;

const EXPLORE_FORMATS = { jupytext: { formats: 'notebooks//ipynb,scripts//py:percent' } };
const EXPLORE_CODE = 'import numpy as np\nx = np.arange(10)';
const explorePy = '# %%\nimport numpy as np\nx = np.arange(10)\n'; // no header: paired only by the notebook's formats

describe('cell-level edits and Jupytext pairs in a repository', () => {
  let facts: Fact[];
  let report: Report;
  let gitFacts: Fact[];
  const files = (ids: boolean) => Object.fromEntries(['move', 'split', 'merge'].map((k) => [`nb/${k}-${ids ? 'ids' : 'noid'}.ipynb`, nbV4(base(ids))]));

  beforeAll(async () => {
    const dir = await makeRepo([
      { author: AMY, date: at(1), message: 'add notebooks with ids', files: files(true) },
      { author: BOB, date: at(1), message: 'add notebooks without ids', files: files(false) },
      { author: AMY, date: at(2), message: 'move ids', files: { 'nb/move-ids.ipynb': nbV4(moved(true)) } },
      { author: BOB, date: at(2), message: 'move noid', files: { 'nb/move-noid.ipynb': nbV4(moved(false)) } },
      { author: AMY, date: at(5), message: 'split ids', files: { 'nb/split-ids.ipynb': nbV4(split(true)) } },
      { author: BOB, date: at(5), message: 'split noid', files: { 'nb/split-noid.ipynb': nbV4(split(false)) } },
      { author: AMY, date: at(6), message: 'merge ids', files: { 'nb/merge-ids.ipynb': nbV4(merged(true)) } },
      { author: BOB, date: at(6), message: 'merge noid', files: { 'nb/merge-noid.ipynb': nbV4(merged(false)) } },
      {
        author: AMY,
        date: at(7),
        message: 'rerun',
        files: { 'nb/move-ids.ipynb': nbV4(moved(true).map((c) => ('count' in c && c.count ? { ...c, count: c.count + 10 } : c))) },
      },
      { author: BOB, date: at(8), message: 'legacy add', files: { 'nb/legacy.ipynb': nbV3(2, 1) } },
      { author: BOB, date: at(9), message: 'legacy edit', files: { 'nb/legacy.ipynb': nbV3(3, 2) } },
      { author: BOB, date: at(12), message: 'pair add', files: { 'nb/pair.ipynb': pairNb('a = 1\nb = 2'), 'nb/pair.py': pairPy('a = 1\nb = 2') } },
      {
        author: BOB,
        date: at(13),
        message: 'pair edit',
        files: { 'nb/pair.ipynb': pairNb('a = 1\nb = 2\nc = 3'), 'nb/pair.py': pairPy('a = 1\nb = 2\nc = 3') },
      },
      { author: BOB, date: at(14), message: 'script alone', files: { 'nb/pair.py': pairPy('a = 1\nb = 2\nc = 3', '\n# %%\nd = 4\n') } },
      {
        author: BOB,
        date: at(15),
        message: 'explore add',
        files: {
          'notebooks/explore.ipynb': nbV4([{ type: 'code', source: EXPLORE_CODE, count: 1, outputs: [outputs.image()] }], EXPLORE_FORMATS),
          'scripts/explore.py': explorePy,
        },
      },
      { author: BOB, date: at(16), message: 'explore script alone', files: { 'scripts/explore.py': `${explorePy}y = x * 2\n` } },
      { author: BOB, date: at(16), message: 'plain code', files: { 'src/util.py': '# %%\ndef f():\n    return 1\n' } },
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

  const fact = (path: string, n = 0): Fact => facts.filter((f) => f.path === path)[n]!;

  it('counts a moved cell as no change (same cell, same source: 0 lines, not modified)', () => {
    // With ids, the id LCS anchors c0 c1 c2 c4; c3 is paired by id out of order: moved.
    // Without ids, the source LCS anchors the same four; c3 is an exact leftover: moved.
    for (const p of ['nb/move-ids.ipynb', 'nb/move-noid.ipynb']) {
      expect(fact(p, 1)).toMatchObject({ added: 0, deleted: 0, cells: { added: 0, deleted: 0, modified: 0 }, parse: 'ok' });
      expect(fact(p, 1).outputsOnly).toBeUndefined();
    }
  });

  it('counts a split as one modified cell and one new cell', () => {
    // Ids: c1 keeps its id and loses line 2 (-1), split-1 is new with 1 line (+1).
    // No ids: c1 pairs with its more similar part, c1b (word Dice 10/14 vs 8/13), losing
    // line 1 (-1); c1a is new (+1). Same totals either way.
    for (const p of ['nb/split-ids.ipynb', 'nb/split-noid.ipynb']) {
      expect(fact(p, 1)).toMatchObject({ added: 1, deleted: 1, cells: { added: 1, deleted: 0, modified: 1 }, parse: 'ok' });
    }
  });

  it('counts a merge by which original the merged cell pairs with', () => {
    // Ids: the merged cell keeps c2's id: c2 gains c3's 2 lines (+2), c3 is deleted (-2).
    expect(fact('nb/merge-ids.ipynb', 1)).toMatchObject({ added: 2, deleted: 2, cells: { added: 0, deleted: 1, modified: 1 }, parse: 'ok' });
    // No ids: the merged cell is more similar to c3 (word Dice 12/14) than to c2 (line Dice
    // 2/4): c3 gains "df.describe()" (+1), c2 is deleted (-1).
    expect(fact('nb/merge-noid.ipynb', 1)).toMatchObject({ added: 1, deleted: 1, cells: { added: 0, deleted: 1, modified: 1 }, parse: 'ok' });
    for (const p of ['nb/split-ids.ipynb', 'nb/split-noid.ipynb', 'nb/merge-ids.ipynb', 'nb/merge-noid.ipynb']) expect(fact(p, 1).outputsOnly).toBeUndefined();
  });

  it('flags a re-run with zero churn', () => {
    expect(fact('nb/move-ids.ipynb', 2)).toMatchObject({ added: 0, deleted: 0, outputsOnly: true, cells: { added: 0, deleted: 0, modified: 0 } });
  });

  it('parses an nbformat 3 notebook (worksheets) by cells', () => {
    // heading "Title" (1) + code input "x = 1 / y = 2" (2) + markdown (1) = 4 lines, 3 cells.
    expect(fact('nb/legacy.ipynb', 0)).toMatchObject({ added: 4, deleted: 0, cells: { added: 3, deleted: 0, modified: 0 }, parse: 'ok' });
    // y = 2 -> y = 3 (the prompt number changes too, but the source changed: not a re-run).
    expect(fact('nb/legacy.ipynb', 1)).toMatchObject({ added: 1, deleted: 1, cells: { added: 0, deleted: 0, modified: 1 }, parse: 'ok' });
  });

  it('counts a Jupytext pair changed together once, on the notebook', () => {
    // Added: the notebook's 2 cells, "a = 1 / b = 2" and "# T" = 3 lines; the script is the same work.
    expect(fact('nb/pair.ipynb', 0)).toMatchObject({ kind: 'notebook', added: 3, deleted: 0, cells: { added: 2, deleted: 0, modified: 0 }, parse: 'ok' });
    expect(fact('nb/pair.py', 0)).toMatchObject({ kind: 'notebook', jupytext: true, pairedWith: 'nb/pair.ipynb', added: 0, deleted: 0 });
    // Edited: "c = 3" added to the code cell.
    expect(fact('nb/pair.ipynb', 1)).toMatchObject({ added: 1, deleted: 0, cells: { added: 0, deleted: 0, modified: 1 } });
    expect(fact('nb/pair.py', 1)).toMatchObject({ pairedWith: 'nb/pair.ipynb', added: 0, deleted: 0 });
    // Paired by a folder prefix ("notebooks//ipynb,scripts//py:percent"), script without header.
    expect(fact('notebooks/explore.ipynb', 0)).toMatchObject({ added: 2, cells: { added: 1, deleted: 0, modified: 0 } });
    expect(fact('scripts/explore.py', 0)).toMatchObject({ kind: 'notebook', jupytext: true, pairedWith: 'notebooks/explore.ipynb', added: 0, deleted: 0 });
  });

  it('counts a Jupytext script changed alone as notebook work with git lines', () => {
    // By its header: "\n# %%\nd = 4\n" appended = 3 lines.
    const alone = fact('nb/pair.py', 2);
    expect(alone).toMatchObject({ kind: 'notebook', jupytext: true, added: 3, deleted: 0 });
    expect(alone.pairedWith).toBeUndefined();
    // Without a header, changed alone, in a prefixed layout (notebooks//ipynb,scripts//py):
    // only the commit's own tree decides, and the notebook beside it (scripts/explore.ipynb)
    // does not exist, so it stays code ("y = x * 2" = 1 line). The same rule in a split or a
    // cached scan; with the notebook in the same commit it is paired (explore add, above).
    const explore = fact('scripts/explore.py', 1);
    expect(explore).toMatchObject({ kind: 'code', added: 1, deleted: 0 });
    expect(explore.jupytext).toBeUndefined();
    expect(fact('scripts/explore.py', 0)).toMatchObject({ kind: 'notebook', jupytext: true, pairedWith: 'notebooks/explore.ipynb' });
    // A plain script with percent markers but no pairing stays code.
    expect(fact('src/util.py', 0)).toMatchObject({ kind: 'code', added: 3 });
    expect(fact('src/util.py', 0).jupytext).toBeUndefined();
  });

  it('leaves scripts as code and notebooks to git in the git mode (no blob is read)', () => {
    const pairPyFacts = gitFacts.filter((f) => f.path === 'nb/pair.py');
    expect(pairPyFacts.map((f) => [f.kind, f.jupytext, f.pairedWith])).toEqual([
      ['code', undefined, undefined],
      ['code', undefined, undefined],
      ['code', undefined, undefined],
    ]);
    // The moved cell is JSON lines to git: not zero.
    const move = gitFacts.filter((f) => f.path === 'nb/move-ids.ipynb')[1]!;
    expect(move.cells).toBeUndefined();
    expect(move.added).toBeGreaterThan(0);
  });

  it('reports notebook work for the manager and the team', () => {
    // Amy: 3 adds (3 x 8 lines, 3 x 5 cells) + move (0) + split (+1 -1; 1 new, 1 modified)
    // + merge (+2 -2; 1 deleted, 1 modified) + re-run (0) = 7 changes.
    expect(report.notebooks.manager).toEqual({
      changes: 7,
      rerunsOnly: 1,
      cellsAdded: 16,
      cellsDeleted: 1,
      cellsModified: 2,
      linesAdded: 27,
      linesDeleted: 3,
      fallbacks: 0,
      textNotebooks: 0,
      pairedScripts: 0,
    });
    // Bob: 3 adds (24 lines, 15 cells) + move (0) + split (+1 -1) + merge (+1 -1) + legacy
    // (+4, 3 cells; then +1 -1) + pair.ipynb (+3, 2 cells; then +1) + pair.py alone (+3)
    // + explore.ipynb (+2, 1 cell) = 12 changes, 40 + 3 lines (explore.py alone is code),
    // 22 cells added, 1 deleted, 4 modified; 3 scripts counted with their notebook.
    // The team is Amy and Bob (both committed in two ISO weeks).
    expect(report.team.size).toBe(2);
    expect(report.notebooks.team).toEqual({
      changes: 19,
      rerunsOnly: 1,
      cellsAdded: 38,
      cellsDeleted: 2,
      cellsModified: 6,
      linesAdded: 67,
      linesDeleted: 6,
      fallbacks: 0,
      textNotebooks: 1,
      pairedScripts: 3,
    });
    expect(report.options.notebookLines).toBe('cells');
  });

  it('shows the notebook numbers and the counting mode in Markdown and the terminal', () => {
    const md = renderMarkdown(report).markdown;
    // You: 16 + 1 + 2 = 19 cells changed, 27 + 3 = 30 lines; team: 38 + 2 + 6 = 46 cells, 73 lines.
    expect(md).toMatch(/\| Cells changed \(added \/ deleted \/ modified\) \| 19 \(16 \/ 1 \/ 2\) \| 46 \(38 \/ 2 \/ 6\) \|/);
    expect(md).toMatch(/\| Source lines changed \(added \/ deleted\) \| 30 \(27 \/ 3\) \| 73 \(67 \/ 6\) \|/);
    expect(md).toMatch(/\| Re-runs only \| 1 of 7 \| 1 of 19 \|/);
    expect(md).toContain('counted by cell-source lines');
    const table = renderTable(report, { color: false, width: 80 });
    expect(table).toMatch(/Notebook work +you changed 19 of the team’s 46 cells \(30 of 73 lines\)/);
    expect(table).toMatch(/Re-runs only +1 of your 7 notebook changes were re-runs \(outputs only\)/);
  });
});

describe('a headerless Jupytext script beside its notebook', () => {
  it('counts as notebook work when changed alone, the same whether the history is split or not', async () => {
    const formats = { jupytext: { formats: 'ipynb,py:percent' } };
    const commits = [
      {
        author: BOB,
        date: at(2),
        message: 'side add',
        files: { 'nb/side.ipynb': nbV4([{ type: 'code', source: 'a = 1', count: 1, id: 's0' }], formats), 'nb/side.py': '# %%\na = 1\n' },
      },
      ...Array.from({ length: 6 }, (_, i) => ({ author: AMY, date: at(3 + i), message: `code ${i}`, files: { 'src/m.py': `x = ${i}\n` } })),
      { author: BOB, date: at(12), message: 'side script alone', files: { 'nb/side.py': '# %%\na = 1\nb = 2\n' } },
    ];
    const dir = await makeRepo(commits);
    for (const minChunk of [undefined, 1]) {
      // minChunk 1 splits this 8-commit history into chunks, so the script's commit and its notebook's are read apart.
      const result = await scan([dir], { config: defaultConfig(), allBranches: false, jobs: 2, minChunk });
      const alone = result.facts.filter((f) => f.path === 'nb/side.py');
      expect(alone.map((f) => [f.kind, f.jupytext, f.pairedWith ?? null, f.added])).toEqual([
        ['notebook', true, 'nb/side.ipynb', 0],
        ['notebook', true, null, 1],
      ]);
    }
  });
});

describe('Jupytext headers of long scripts', () => {
  it('finds a header in a script over 4 KB, and none in a long plain one (decoded from their first 4 KB)', async () => {
    const body = Array.from({ length: 400 }, (_, i) => `v${i} = ${i}  # a long line of code`).join('\n') + '\n';
    const withHeader = `${percentHeader()}\n# %%\n${body}`;
    const plain = `# %%\n${body}`;
    expect(Buffer.byteLength(withHeader)).toBeGreaterThan(4096);
    const dir = await makeRepo([
      { author: BOB, date: at(2), message: 'long scripts', files: { 'long/with_header.py': withHeader, 'long/plain.py': plain } },
      // A BOM, a shebang and an encoding line may come before the header.
      {
        author: BOB,
        date: at(3),
        message: 'long script, prologue',
        files: { 'long/prologue.py': `\ufeff#!/usr/bin/env python\n# -*- coding: utf-8 -*-\n${withHeader}` },
      },
    ]);
    const result = await scan([dir], { config: defaultConfig(), allBranches: false, jobs: 1 });
    const byPath = Object.fromEntries(result.facts.map((f) => [f.path, [f.kind, f.jupytext ?? false]]));
    expect(byPath).toEqual({
      'long/with_header.py': ['notebook', true],
      'long/plain.py': ['code', false],
      'long/prologue.py': ['notebook', true],
    });
  });
});
