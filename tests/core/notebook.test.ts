import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  countLines,
  diffNotebooks,
  headerRuledOut,
  jupytextHeader,
  hasUniqueIds,
  lineChurn,
  matchCells,
  parseNotebook,
  sourceLines,
  sourceSimilarity,
} from '../../src/core/notebook/index.js';
import type { CellType, MatchableCell, NotebookDiff } from '../../src/core/notebook/index.js';
import { lcsOfKeys, lcsPairs, rankKeys } from '../../src/core/notebook/lcs.js';
import { base64Blob } from '../helpers/repos.js';

// ---------------------------------------------------------------------------
// Real nbformat 4 notebooks, written as Jupyter writes them.

interface CellSpec {
  type?: CellType;
  source: string;
  id?: string;
  count?: number | null;
  outputs?: unknown[];
  metadata?: Record<string, unknown>;
}

/** Jupyter stores a source as lines, each keeping its '\n'. */
function toLines(source: string): string[] {
  return source.split(/(?<=\n)/).filter((l) => l !== '');
}

function notebook(cells: CellSpec[], opts: { metadata?: Record<string, unknown>; minor?: number } = {}): string {
  const json = {
    cells: cells.map((c) => {
      const type = c.type ?? 'code';
      const cell: Record<string, unknown> = { cell_type: type };
      if (type === 'code') cell.execution_count = c.count ?? null;
      if (c.id !== undefined) cell.id = c.id;
      cell.metadata = c.metadata ?? {};
      if (type === 'code') cell.outputs = c.outputs ?? [];
      cell.source = toLines(c.source);
      return cell;
    }),
    metadata: opts.metadata ?? {
      kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' },
      language_info: { name: 'python', version: '3.11.4' },
    },
    nbformat: 4,
    nbformat_minor: opts.minor ?? (cells.some((c) => c.id !== undefined) ? 5 : 4),
  };
  return JSON.stringify(json, null, 1) + '\n';
}

const imageOutput = (seed: number) => ({
  output_type: 'display_data',
  data: { 'image/png': base64Blob(400_000, seed), 'text/plain': ['<Figure size 640x480 with 1 Axes>'] },
  metadata: {},
});
const textResult = (count: number, text: string) => ({
  output_type: 'execute_result',
  execution_count: count,
  data: { 'text/plain': toLines(text) },
  metadata: {},
});
const stream = (text: string) => ({ output_type: 'stream', name: 'stdout', text: toLines(text) });

const SRC = {
  intro: '# Analysis\nLoad the data and plot it.',
  imports: 'import pandas as pd\nimport matplotlib.pyplot as plt',
  load: "df = pd.read_csv('data.csv')\ndf.head()",
  plot: "fig, ax = plt.subplots()\nax.plot(df['x'], df['y'])\nax.set_title('y by x')\nplt.show()",
  raw: 'This is raw text',
  total: "total = df['y'].sum()\nprint(total)",
  outro: '## Conclusion\nThe total is large.',
};
/** Source lines of the base notebook: 2 + 2 + 2 + 4 + 1 + 2 + 2. */
const BASE_LINES = 15;

/** The base notebook's cells; `run` shifts execution counts and regenerates outputs (a re-run). */
function baseCells(opts: { ids?: boolean; run?: number } = {}): CellSpec[] {
  const run = opts.run ?? 0;
  const c = (n: number) => n + run * 10;
  const cells: CellSpec[] = [
    { type: 'markdown', source: SRC.intro },
    { source: SRC.imports, count: c(1) },
    { source: SRC.load, count: c(2), outputs: [textResult(c(2), `   x  y\n0  1  ${2 + run}\n1  2  4`)] },
    { source: SRC.plot, count: c(3), outputs: [imageOutput(42 + run)] },
    { type: 'raw', source: SRC.raw },
    { source: SRC.total, count: c(4), outputs: [stream(`${6 + run}\n`)] },
    { type: 'markdown', source: SRC.outro },
  ];
  if (opts.ids) cells.forEach((cell, i) => (cell.id = `cell-${i}`));
  return cells;
}

function zeroDiff(overrides: Partial<NotebookDiff> = {}): NotebookDiff {
  return {
    parse: 'ok',
    added: 0,
    deleted: 0,
    cells: { added: 0, deleted: 0, modified: 0 },
    moved: 0,
    outputsOnly: false,
    metadataOnly: false,
    ...overrides,
  };
}

const withAndWithoutIds = [
  ['without ids', false],
  ['with ids', true],
] as const;

// ---------------------------------------------------------------------------

describe('diffNotebooks on real nbformat 4 notebooks', () => {
  it('builds notebooks with large image outputs (the JSON is mostly base64)', () => {
    const text = notebook(baseCells());
    expect(text.length).toBeGreaterThan(400_000);
    const parsed = parseNotebook(text);
    expect(parsed.parse).toBe('ok');
    if (parsed.parse !== 'ok') return;
    expect(parsed.notebook.cells.map((c) => c.type)).toEqual(['markdown', 'code', 'code', 'code', 'raw', 'code', 'markdown']);
    expect(parsed.notebook.cells[3]!.source).toBe(SRC.plot);
    // The outputs are kept as bytes and give back exactly the JSON that was written.
    expect(parsed.notebook.cells[3]!.run!.outputs.value()).toEqual([imageOutput(42)]);
    expect(parsed.notebook.cells[3]!.run!.count).toBe(3);
    expect(parsed.notebook.cells[0]!.run).toBeNull();
  });

  it.each(withAndWithoutIds)('adding one 3-line cell to a notebook with large images counts 3 lines, 1 cell (%s)', (_, ids) => {
    const before = baseCells({ ids });
    const after = baseCells({ ids });
    after.splice(4, 0, { source: "corr = df.corr()\nprint(corr)\ncorr.to_csv('corr.csv')", count: null, id: ids ? 'new-cell' : undefined });
    expect(diffNotebooks(notebook(before), notebook(after))).toEqual(zeroDiff({ added: 3, cells: { added: 1, deleted: 0, modified: 0 } }));
  });

  it.each(withAndWithoutIds)('re-executing every cell is 0 lines and outputsOnly (%s)', (_, ids) => {
    const d = diffNotebooks(notebook(baseCells({ ids })), notebook(baseCells({ ids, run: 1 })));
    expect(d).toEqual(zeroDiff({ outputsOnly: true }));
  });

  it('an execution count change alone is a re-run', () => {
    const before = baseCells();
    const after = baseCells();
    after[1]!.count = 7;
    expect(diffNotebooks(notebook(before), notebook(after))).toEqual(zeroDiff({ outputsOnly: true }));
  });

  it.each(withAndWithoutIds)('moving a cell is 0 churn and moved 1 (%s)', (_, ids) => {
    const before = baseCells({ ids });
    const after = baseCells({ ids });
    const [total] = after.splice(5, 1);
    after.splice(2, 0, total!);
    expect(diffNotebooks(notebook(before), notebook(after))).toEqual(zeroDiff({ moved: 1 }));
  });

  it('moving a cell that was cut and pasted with a new id is still a move', () => {
    const before = baseCells({ ids: true });
    const after = baseCells({ ids: true });
    const [total] = after.splice(5, 1);
    after.splice(1, 0, { ...total!, id: 'pasted' });
    expect(diffNotebooks(notebook(before), notebook(after))).toEqual(zeroDiff({ moved: 1 }));
  });

  it.each(withAndWithoutIds)('editing one line inside a cell is +1 -1, 1 modified (%s)', (_, ids) => {
    const before = baseCells({ ids });
    const after = baseCells({ ids });
    after[3]!.source = SRC.plot.replace("ax.set_title('y by x')", "ax.set_title('Y against X')");
    expect(diffNotebooks(notebook(before), notebook(after))).toEqual(zeroDiff({ added: 1, deleted: 1, cells: { added: 0, deleted: 0, modified: 1 } }));
  });

  it('editing a one-line cell pairs it by words: +1 -1, 1 modified', () => {
    const before = baseCells();
    const after = baseCells();
    after[4]!.source = 'This is raw text, edited';
    expect(diffNotebooks(notebook(before), notebook(after))).toEqual(zeroDiff({ added: 1, deleted: 1, cells: { added: 0, deleted: 0, modified: 1 } }));
  });

  // Split rule: the original cell pairs with the more similar part (on a tie, the first);
  // the lines that went to the other part are deleted from it, and the other part is a new cell.
  const splitCases = [
    ['without ids', undefined, undefined],
    ['with ids, first part keeps the id', 'cell-3', 'split-b'],
    ['with ids, both parts get new ids', 'split-a', 'split-b'],
  ] as const;
  it.each(splitCases)('splitting a 4-line cell in two is -2 +2, 1 added, 1 modified (%s)', (_, idA, idB) => {
    const ids = idA !== undefined;
    const before = baseCells({ ids });
    const after = baseCells({ ids });
    const [a, b] = [SRC.plot.split('\n').slice(0, 2).join('\n'), SRC.plot.split('\n').slice(2).join('\n')];
    after.splice(3, 1, { source: a, count: 3, outputs: [], id: idA }, { source: b, count: 4, outputs: [imageOutput(42)], id: idB });
    expect(diffNotebooks(notebook(before), notebook(after))).toEqual(zeroDiff({ added: 2, deleted: 2, cells: { added: 1, deleted: 0, modified: 1 } }));
  });

  // Merge rule (the mirror of split): the merged cell pairs with the more similar original
  // (on a tie, the first); it gains the other's lines, and the other original is deleted.
  it.each(withAndWithoutIds)('merging two 2-line cells is +2 -2, 1 deleted, 1 modified (%s)', (_, ids) => {
    const before = baseCells({ ids });
    const after = baseCells({ ids });
    after.splice(1, 2, { source: `${SRC.imports}\n${SRC.load}`, count: 2, id: ids ? 'cell-1' : undefined });
    expect(diffNotebooks(notebook(before), notebook(after))).toEqual(zeroDiff({ added: 2, deleted: 2, cells: { added: 0, deleted: 1, modified: 1 } }));
  });

  it('deleting a notebook counts all its source lines once, no output lines', () => {
    expect(diffNotebooks(notebook(baseCells()), null)).toEqual(zeroDiff({ deleted: BASE_LINES, cells: { added: 0, deleted: 7, modified: 0 } }));
  });

  it('adding a notebook whole counts all its source lines once', () => {
    expect(diffNotebooks(null, notebook(baseCells({ ids: true })))).toEqual(zeroDiff({ added: BASE_LINES, cells: { added: 7, deleted: 0, modified: 0 } }));
    expect(diffNotebooks(null, null)).toEqual(zeroDiff());
  });

  it('a notebook-level metadata change is metadataOnly', () => {
    const before = notebook(baseCells());
    const after = notebook(baseCells(), {
      metadata: {
        kernelspec: { display_name: 'Python 3 (ipykernel)', language: 'python', name: 'python3' },
        language_info: { name: 'python', version: '3.12.1' },
      },
    });
    expect(diffNotebooks(before, after)).toEqual(zeroDiff({ metadataOnly: true }));
  });

  it('a cell metadata change (tags) is metadataOnly; key order alone is no change', () => {
    const before = baseCells();
    const after = baseCells();
    after[2]!.metadata = { tags: ['parameters'] };
    expect(diffNotebooks(notebook(before), notebook(after))).toEqual(zeroDiff({ metadataOnly: true }));
    const reordered = notebook(baseCells(), {
      metadata: { language_info: { version: '3.11.4', name: 'python' }, kernelspec: { name: 'python3', language: 'python', display_name: 'Python 3' } },
    });
    expect(diffNotebooks(notebook(baseCells()), reordered)).toEqual(zeroDiff());
  });

  it('outputs and metadata changed together are a re-run (outputsOnly), not metadataOnly', () => {
    const after = notebook(baseCells({ run: 1 }), { metadata: { kernelspec: { name: 'python3' } } });
    expect(diffNotebooks(notebook(baseCells()), after)).toEqual(zeroDiff({ outputsOnly: true }));
  });

  it('adding cell ids (nbformat 4.4 -> 4.5) is metadataOnly', () => {
    expect(diffNotebooks(notebook(baseCells()), notebook(baseCells({ ids: true })))).toEqual(zeroDiff({ metadataOnly: true }));
  });

  it('a notebook with merge-conflict markers is invalid-json: zero counts, caller falls back', () => {
    const base = notebook(baseCells());
    const lines = base.split('\n');
    const at = lines.findIndex((l) => l.includes('ax.set_title'));
    const conflicted = [
      ...lines.slice(0, at),
      '<<<<<<< HEAD',
      '    "ax.set_title(\'mine\')\\n",',
      '=======',
      '    "ax.set_title(\'theirs\')\\n",',
      '>>>>>>> feature',
      ...lines.slice(at + 1),
    ].join('\n');
    expect(parseNotebook(conflicted)).toEqual({ parse: 'invalid-json' });
    expect(diffNotebooks(base, conflicted)).toEqual(zeroDiff({ parse: 'invalid-json' }));
    expect(diffNotebooks(conflicted, null)).toEqual(zeroDiff({ parse: 'invalid-json' }));
  });

  it('a Git LFS pointer is lfs-pointer', () => {
    const pointer = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n';
    expect(parseNotebook(pointer)).toEqual({ parse: 'lfs-pointer' });
    expect(diffNotebooks(pointer, notebook(baseCells()))).toEqual(zeroDiff({ parse: 'lfs-pointer' }));
  });

  it('other failures: not a notebook, unsupported nbformat, malformed cells, empty text', () => {
    expect(parseNotebook('{"a": 1}')).toEqual({ parse: 'not-a-notebook' });
    expect(parseNotebook('[1, 2]')).toEqual({ parse: 'not-a-notebook' });
    expect(parseNotebook('{"nbformat": 4, "nbformat_minor": 5, "metadata": {}}')).toEqual({ parse: 'not-a-notebook' });
    expect(parseNotebook('{"nbformat": 4, "cells": [42]}')).toEqual({ parse: 'not-a-notebook' });
    expect(parseNotebook('{"nbformat": 4, "cells": [{"cell_type": "code", "source": [1]}]}')).toEqual({ parse: 'not-a-notebook' });
    expect(parseNotebook('{"nbformat": 2, "worksheets": []}')).toEqual({ parse: 'unsupported-nbformat' });
    expect(parseNotebook('{"nbformat": 5, "cells": []}')).toEqual({ parse: 'unsupported-nbformat' });
    expect(parseNotebook('')).toEqual({ parse: 'invalid-json' });
  });

  it('reads a string source, a BOM and unknown cell types', () => {
    const text =
      '\uFEFF{"nbformat": 4, "nbformat_minor": 2, "metadata": {}, "cells": [' +
      '{"cell_type": "code", "source": "a = 1\\nb = 2\\n", "metadata": {}, "outputs": [], "execution_count": null},' +
      '{"cell_type": "weird", "source": ["x"], "metadata": {}}]}';
    const r = parseNotebook(text);
    expect(r.parse).toBe('ok');
    if (r.parse !== 'ok') return;
    expect(r.notebook.cells.map((c) => [c.type, c.source])).toEqual([
      ['code', 'a = 1\nb = 2\n'],
      ['raw', 'x'],
    ]);
    expect(diffNotebooks(null, text).added).toBe(3);
  });

  it('exposes metadata.jupytext.formats', () => {
    const r = parseNotebook(notebook(baseCells(), { metadata: { jupytext: { formats: 'ipynb,py:percent' } } }));
    expect(r.parse === 'ok' && r.notebook.jupytextFormats).toBe('ipynb,py:percent');
  });
});

describe('nbformat 3 notebooks', () => {
  function v3(input: string[], promptNumber: number, outputText: string): string {
    return JSON.stringify({
      metadata: { name: 'old' },
      nbformat: 3,
      nbformat_minor: 0,
      worksheets: [
        {
          cells: [
            { cell_type: 'heading', level: 1, metadata: {}, source: ['Old notebook'] },
            {
              cell_type: 'code',
              collapsed: false,
              input,
              language: 'python',
              metadata: {},
              outputs: [{ output_type: 'stream', stream: 'stdout', text: [outputText] }],
              prompt_number: promptNumber,
            },
            { cell_type: 'markdown', metadata: {}, source: 'Some *text*\nand more' },
          ],
          metadata: {},
        },
      ],
    });
  }

  it('parses worksheets: code cells from `input`, headings as markdown', () => {
    const r = parseNotebook(v3(['x = 1\n', 'print(x)'], 1, '1\n'));
    expect(r.parse).toBe('ok');
    if (r.parse !== 'ok') return;
    expect(r.notebook.nbformat).toBe(3);
    expect(r.notebook.cells.map((c) => [c.type, c.source])).toEqual([
      ['markdown', 'Old notebook'],
      ['code', 'x = 1\nprint(x)'],
      ['markdown', 'Some *text*\nand more'],
    ]);
  });

  it('counts lines from input/source', () => {
    const a = v3(['x = 1\n', 'print(x)'], 1, '1\n');
    expect(diffNotebooks(null, a)).toEqual(zeroDiff({ added: 5, cells: { added: 3, deleted: 0, modified: 0 } }));
    const b = v3(['x = 2\n', 'print(x)'], 2, '2\n');
    expect(diffNotebooks(a, b)).toEqual(zeroDiff({ added: 1, deleted: 1, cells: { added: 0, deleted: 0, modified: 1 } }));
    expect(diffNotebooks(a, v3(['x = 1\n', 'print(x)'], 2, '1\n'))).toEqual(zeroDiff({ outputsOnly: true }));
  });
});

// ---------------------------------------------------------------------------

describe('lines', () => {
  it('splits on \\n; a trailing newline adds no line; empty source has 0 lines', () => {
    expect(sourceLines('')).toEqual([]);
    expect(sourceLines('a')).toEqual(['a']);
    expect(sourceLines('a\nb')).toEqual(['a', 'b']);
    expect(sourceLines('a\nb\n')).toEqual(['a', 'b']);
    expect(sourceLines('a\n\n')).toEqual(['a', '']);
    expect(sourceLines('\n')).toEqual(['']);
    for (const s of ['', 'a', 'a\nb', 'a\nb\n', 'a\n\n', '\n', '\n\n\nx']) expect(countLines(s)).toBe(sourceLines(s).length);
  });

  it('line churn ignores a trailing newline and counts a minimal diff', () => {
    expect(lineChurn('a\nb', 'a\nb\n')).toEqual({ added: 0, deleted: 0 });
    expect(lineChurn('a', 'a\nb')).toEqual({ added: 1, deleted: 0 });
    expect(lineChurn('a\nb\nc\nd', 'a\nX\nc\nd\ne')).toEqual({ added: 2, deleted: 1 });
    expect(lineChurn('', 'x\ny')).toEqual({ added: 2, deleted: 0 });
  });

  it('falls back to the multiset estimate on huge rewrites, still exact for disjoint texts', () => {
    const a = Array.from({ length: 5000 }, (_, i) => `old ${i}`).join('\n');
    const b = Array.from({ length: 5000 }, (_, i) => `new ${i}`).join('\n');
    expect(lineChurn(a, b)).toEqual({ added: 5000, deleted: 5000 });
  });
});

describe('cell matcher on plain data', () => {
  const code = (source: string, id?: string): MatchableCell => (id === undefined ? { type: 'code', source } : { type: 'code', source, id });
  const md = (source: string): MatchableCell => ({ type: 'markdown', source });

  it('pairs identical notebooks in order', () => {
    const cells = [md('t'), code('a'), code('b')];
    expect(matchCells(cells, cells)).toEqual({
      byId: false,
      pairs: [0, 1, 2].map((i) => ({ old: i, new: i, via: 'equal', inOrder: true })),
      deleted: [],
      added: [],
    });
  });

  it('anchors on the LCS of sources and reports inserted and removed cells', () => {
    const m = matchCells([code('a'), code('x'), code('b')], [code('a'), code('b'), code('y'), code('c')]);
    expect(m.pairs.map((p) => [p.old, p.new, p.via])).toEqual([
      [0, 0, 'equal'],
      [2, 1, 'equal'],
    ]);
    expect(m.deleted).toEqual([1]);
    expect(m.added).toEqual([2, 3]);
  });

  it('detects a move without ids (exact source found in another gap)', () => {
    const m = matchCells([code('a'), code('b'), code('c'), code('d')], [code('b'), code('c'), code('d'), code('a')]);
    expect(m.pairs.find((p) => p.via === 'move')).toEqual({ old: 0, new: 3, via: 'move', inOrder: false });
    expect(m.pairs.filter((p) => p.via === 'equal')).toHaveLength(3);
  });

  it('matches by id when all cells carry unique ids, even across edits and moves', () => {
    const m = matchCells([code('a', '1'), code('b', '2'), code('c', '3')], [code('c', '3'), code('a', '1'), code('B!', '2')]);
    expect(m.byId).toBe(true);
    expect(m.pairs).toEqual([
      { old: 2, new: 0, via: 'id', inOrder: false },
      { old: 0, new: 1, via: 'id', inOrder: true },
      { old: 1, new: 2, via: 'id', inOrder: true },
    ]);
  });

  it('falls back to sources when ids are missing on one side or duplicated', () => {
    expect(hasUniqueIds([code('a', '1'), code('b', '1')])).toBe(false);
    expect(hasUniqueIds([code('a', '1'), code('b')])).toBe(false);
    expect(matchCells([code('a', '1'), code('b', '1')], [code('a', '1'), code('b', '1')]).byId).toBe(false);
    expect(matchCells([code('a', '1'), code('b', '2')], [code('a'), code('b')]).byId).toBe(false);
  });

  it('pairs leftovers by similarity only within the same gap and of the same type', () => {
    const old = [code('x = 1\ny = 2\nz = 3'), md('anchor'), code('p = 1')];
    const next = [md('anchor'), code('x = 1\ny = 2\nz = 4'), md('p = 2')];
    const m = matchCells(old, next);
    expect(m.pairs).toEqual([{ old: 1, new: 0, via: 'equal', inOrder: true }]);
    expect(m.deleted).toEqual([0, 2]);
    expect(m.added).toEqual([1, 2]);
    const m2 = matchCells([md('anchor'), ...old.slice(0, 1)], next.slice(0, 2));
    expect(m2.pairs[1]).toEqual({ old: 1, new: 1, via: 'similar', inOrder: true });
  });

  it('split: the original pairs with the more similar part, ties go to the first part', () => {
    const m = matchCells([code('a = 1\nb = 2\nc = 3\nd = 4')], [code('a = 1\nb = 2'), code('c = 3\nd = 4')]);
    expect(m.pairs).toEqual([{ old: 0, new: 0, via: 'similar', inOrder: true }]);
    expect(m.added).toEqual([1]);
    const m2 = matchCells([code('a = 1\nb = 2\nc = 3\nd = 4')], [code('a = 1'), code('b = 2\nc = 3\nd = 4')]);
    expect(m2.pairs).toEqual([{ old: 0, new: 1, via: 'similar', inOrder: true }]);
  });

  it('merge: the merged cell pairs with the first original on a tie; symmetric to split', () => {
    const m = matchCells([code('a = 1\nb = 2'), code('c = 3\nd = 4')], [code('a = 1\nb = 2\nc = 3\nd = 4')]);
    expect(m.pairs).toEqual([{ old: 0, new: 0, via: 'similar', inOrder: true }]);
    expect(m.deleted).toEqual([1]);
  });

  it('pairs a cell converted to another type (same source) as modified, 0 lines', () => {
    const m = matchCells([code('a'), code('# Title'), code('b')], [code('a'), md('# Title'), code('b')]);
    expect(m.pairs[1]).toEqual({ old: 1, new: 1, via: 'similar', inOrder: true });
    const before = baseCells();
    const after = baseCells();
    after[4]!.type = 'markdown';
    expect(diffNotebooks(notebook(before), notebook(after))).toEqual(zeroDiff({ cells: { added: 0, deleted: 0, modified: 1 } }));
  });

  it('does not pair unrelated cells', () => {
    expect(sourceSimilarity('import numpy', 'plt.show()')).toBe(0);
    const m = matchCells([code('import numpy')], [code('plt.show()')]);
    expect(m.pairs).toEqual([]);
  });

  it('is symmetric: swapping versions swaps the pairs', () => {
    const a = [code('a'), code('x = 1\ny = 2'), code('b'), code('a'), md('m')];
    const b = [code('b'), code('a'), code('x = 1\ny = 3'), md('m'), code('a'), code('q')];
    const ab = matchCells(a, b)
      .pairs.map((p) => [p.old, p.new, p.via])
      .sort();
    const ba = matchCells(b, a)
      .pairs.map((p) => [p.new, p.old, p.via])
      .sort();
    expect(ab).toEqual(ba);
  });

  it('matches a 2000-cell notebook with deletions, edits and a reversal', () => {
    const n = 2000;
    const old = Array.from({ length: n }, (_, i) => code(`x${i} = ${i}\nprint(x${i})`));
    const next = old.filter((_, i) => i % 7 !== 0).map((c, i) => (i % 11 === 0 ? code(c.source + '\n# edited') : c));
    const m = matchCells(old, next);
    expect(m.pairs.length).toBe(next.length);
    expect(m.pairs.filter((p) => p.via === 'similar')).toHaveLength(next.filter((c) => c.source.endsWith('edited')).length);
    // Reversed: one anchor, every other unchanged cell is a move; edited cells that also
    // moved to the other side of the anchor are not paired (similarity stays within gaps).
    const reversed = [...next].reverse();
    const r = matchCells(old, reversed);
    expect(r.pairs.filter((p) => p.via === 'move' || p.via === 'equal')).toHaveLength(reversed.filter((c) => !c.source.endsWith('edited')).length);
  });
});

// ---------------------------------------------------------------------------

describe('Jupytext helpers', () => {
  it('recognises a commented header in scripts', () => {
    const py = [
      '# ---',
      '# jupyter:',
      '#   jupytext:',
      '#     formats: ipynb,py:percent',
      '#     text_representation:',
      '#       extension: .py',
      '#       format_name: percent',
      '#   kernelspec:',
      '#     display_name: Python 3',
      '#     name: python3',
      '# ---',
      '',
      '# %%',
      'import pandas as pd',
    ].join('\n');
    expect(jupytextHeader(py)).not.toBeNull();
    expect(jupytextHeader('#!/usr/bin/env python\n# -*- coding: utf-8 -*-\n' + py)).not.toBeNull();
    expect(jupytextHeader(py.replace(/\n/g, '\r\n'))).not.toBeNull();
    expect(jupytextHeader('// ---\n// jupyter:\n//   jupytext:\n//     formats: ipynb,ts\n// ---\n')).not.toBeNull();
  });

  it('recognises Markdown front matter, including MyST', () => {
    expect(jupytextHeader('---\njupyter:\n  jupytext:\n    formats: ipynb,md\n  kernelspec:\n    name: python3\n---\n\n# Title\n')).not.toBeNull();
    expect(jupytextHeader('---\njupytext:\n  text_representation:\n    format_name: myst\nkernelspec:\n  name: python3\n---\n')).not.toBeNull();
  });

  it('rejects scripts without a Jupytext header', () => {
    expect(jupytextHeader('# %%\nimport pandas as pd\n# %%\nprint(1)\n')).toBeNull();
    expect(jupytextHeader('import os\n')).toBeNull();
    expect(jupytextHeader('---\ntitle: Blog post\n---\n')).toBeNull();
    expect(jupytextHeader('# ---\n# jupyter:\n#   kernelspec:\n#     name: python3\n# ---\n')).toBeNull();
    expect(jupytextHeader('# ---\n# jupyter:\n#   jupytext:\n')).toBeNull();
    expect(jupytextHeader('')).toBeNull();
  });

  it("headerRuledOut on a file's start never rules out a header the whole file has, and the 200-line limit holds", () => {
    const header = ['# ---', '# jupyter:', '#   jupytext:', '#     formats: ipynb,py:percent', '# ---', ''].join('\n');
    const texts = [
      header + 'x = 1\n'.repeat(2000),
      '\ufeff#!/usr/bin/env python\n# -*- coding: utf-8 -*-\n\n' + header,
      '\n'.repeat(150) + header,
      'import os\n' + header,
      '# %%\n' + 'y = 2\n'.repeat(3000),
      '---\ntitle: post\n---\n' + 'text\n'.repeat(500),
      ' '.repeat(9000) + '# ---\n',
    ];
    for (const text of texts) {
      const whole = jupytextHeader(text);
      for (let n = 0; n <= Math.min(text.length, 12000); n += 7) if (headerRuledOut(text.slice(0, n))) expect(whole).toBeNull();
    }
    // Each verdict, checked by hand: with a header, ruled out only once the first line shows none.
    expect(jupytextHeader(texts[0]!)).not.toBeNull();
    expect(jupytextHeader(texts[1]!)).not.toBeNull();
    expect(jupytextHeader(texts[2]!)).not.toBeNull();
    expect(headerRuledOut(texts[3]!.slice(0, 100))).toBe(true);
    expect(headerRuledOut(texts[4]!.slice(0, 4096))).toBe(true);
    expect(headerRuledOut(texts[6]!.slice(0, 4096))).toBe(false); // the first line is not complete yet
    // The whole header must lie within the first 200 lines (indexes 0-199): this 5-line one
    // closes on index 199 after 195 blank lines, on index 200 after 196.
    expect(jupytextHeader('\n'.repeat(195) + header)).not.toBeNull();
    expect(jupytextHeader('\n'.repeat(196) + header)).toBeNull();
    const long = (keys: number) => ['# ---', '# jupyter:', '#   jupytext:', ...Array.from({ length: keys }, () => '#     x: 1'), '# ---'].join('\n');
    expect(jupytextHeader(long(196))).not.toBeNull(); // closes on index 199
    expect(jupytextHeader(long(197))).toBeNull(); // closes on index 200
  });
});

// ---------------------------------------------------------------------------

describe('properties', () => {
  const line = fc.constantFrom('import x', 'x = 1', 'y = 2', 'print(x)', '', 'df.head()', 'z = x + y', '# note');
  const source = fc
    .tuple(fc.array(line, { maxLength: 5 }), fc.boolean())
    .map(([ls, trailing]) => (ls.length === 0 ? '' : ls.join('\n') + (trailing ? '\n' : '')));
  const cellArb = fc.record({
    type: fc.constantFrom<CellType>('code', 'code', 'markdown', 'raw'),
    source,
    count: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
    out: fc.constantFrom('', '1\n', '2\n'),
  });
  const toSpecs = (cells: Array<{ type: CellType; source: string; count: number | null; out: string }>, ids: string[] | null): CellSpec[] =>
    cells.map((c, i) => ({
      type: c.type,
      source: c.source,
      count: c.count,
      outputs: c.out ? [stream(c.out)] : [],
      ...(ids ? { id: ids[i] } : {}),
    }));
  const totalLines = (text: string) => {
    const r = parseNotebook(text);
    return r.parse === 'ok' ? r.notebook.cells.reduce((n, c) => n + countLines(c.source), 0) : NaN;
  };

  // b is derived from a by edits, so the matcher has real work; ids are kept for surviving cells.
  const pairArb = fc
    .record({
      cells: fc.array(cellArb, { maxLength: 8 }),
      ops: fc.array(fc.tuple(fc.constantFrom('insert', 'delete', 'move', 'edit', 'split', 'merge'), fc.nat(), fc.nat(), cellArb), {
        maxLength: 5,
      }),
      ids: fc.boolean(),
    })
    .map(({ cells, ops, ids }) => {
      const next = cells.map((c, i) => ({ ...c, id: `c${i}` }));
      let fresh = 0;
      for (const [op, i, j, cell] of ops) {
        const k = next.length === 0 ? 0 : i % next.length;
        if (op === 'insert' || next.length === 0) next.splice(next.length === 0 ? 0 : i % (next.length + 1), 0, { ...cell, id: `n${fresh++}` });
        else if (op === 'delete') next.splice(k, 1);
        else if (op === 'move') next.splice(j % next.length, 0, next.splice(k, 1)[0]!);
        else if (op === 'edit') next[k] = { ...next[k]!, source: next[k]!.source + '\nedited = True' };
        else if (op === 'split') {
          const ls = next[k]!.source.split('\n');
          const cut = j % (ls.length + 1);
          next.splice(k, 1, { ...next[k]!, source: ls.slice(0, cut).join('\n') }, { ...next[k]!, source: ls.slice(cut).join('\n'), id: `n${fresh++}` });
        } else if (op === 'merge' && k + 1 < next.length) {
          next.splice(k, 2, { ...next[k]!, source: `${next[k]!.source}\n${next[k + 1]!.source}` });
        }
      }
      return [notebook(toSpecs(cells, ids ? cells.map((_, i) => `c${i}`) : null)), notebook(toSpecs(next, ids ? next.map((c) => c.id) : null))] as const;
    });

  it('diff(a, a) is all zeros and no flags', () => {
    fc.assert(
      fc.property(pairArb, ([a]) => {
        expect(diffNotebooks(a, a)).toEqual(zeroDiff());
      })
    );
  });

  it('diff(b, a) mirrors diff(a, b), and added - deleted is the change in total source lines', () => {
    fc.assert(
      fc.property(pairArb, ([a, b]) => {
        const ab = diffNotebooks(a, b);
        const ba = diffNotebooks(b, a);
        expect(ab.parse).toBe('ok');
        expect([ba.added, ba.deleted]).toEqual([ab.deleted, ab.added]);
        expect(ba.cells).toEqual({ added: ab.cells.deleted, deleted: ab.cells.added, modified: ab.cells.modified });
        expect(ba.moved).toBe(ab.moved);
        expect([ba.outputsOnly, ba.metadataOnly]).toEqual([ab.outputsOnly, ab.metadataOnly]);
        expect(ab.added - ab.deleted).toBe(totalLines(b) - totalLines(a));
        if (ab.outputsOnly) expect(ab.added + ab.deleted).toBe(0);
      }),
      { numRuns: 500 }
    );
  });

  it('the matcher is symmetric on plain cells', () => {
    const plain = fc.array(fc.record({ type: fc.constantFrom<CellType>('code', 'markdown'), source }), { maxLength: 10 });
    fc.assert(
      fc.property(plain, plain, (a, b) => {
        const ab = matchCells(a, b);
        const ba = matchCells(b, a);
        const key = (o: number, n: number, via: string, inOrder: boolean) => `${o}:${n}:${via}:${inOrder}`;
        expect(ba.pairs.map((p) => key(p.new, p.old, p.via, p.inOrder)).sort()).toEqual(ab.pairs.map((p) => key(p.old, p.new, p.via, p.inOrder)).sort());
        expect([ba.added, ba.deleted]).toEqual([ab.deleted, ab.added]);
      }),
      { numRuns: 500 }
    );
  });

  it('a whole-notebook add counts every source line', () => {
    fc.assert(
      fc.property(pairArb, ([a]) => {
        const d = diffNotebooks(null, a);
        expect([d.added, d.deleted]).toEqual([totalLines(a), 0]);
      })
    );
  });
});

describe('lcsOfKeys', () => {
  it('gives the pairs of lcsPairs over the ranks of all keys, either way round', () => {
    const keys = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 12 });
    fc.assert(
      fc.property(keys, keys, (a, b) => {
        expect(lcsOfKeys(a, b)).toEqual(lcsPairs(...rankKeys(a, b)));
        expect(lcsOfKeys(b, a)).toEqual(lcsPairs(...rankKeys(b, a)));
      }),
      { numRuns: 500 }
    );
  });
});
