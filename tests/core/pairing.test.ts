/**
 * Jupytext pairing on plain data: format entries, Jupytext's path mapping (prefixes,
 * suffixes, folders, root folders), header formats, and the per-commit pairing rule.
 * Expected paths are worked out by hand from Jupytext's rules (src/core/notebook/pairing.ts).
 */
import { describe, expect, it } from 'vitest';
import { isJupytextCandidate, jupytextHeader, jupytextPairedPaths, pairScripts, parseJupytextFormat } from '../../src/core/notebook/index.js';

describe('parseJupytextFormat', () => {
  it('reads prefix, suffix, extension and format name', () => {
    expect(parseJupytextFormat('ipynb')).toEqual({ extension: '.ipynb' });
    expect(parseJupytextFormat('py:percent')).toEqual({ extension: '.py', formatName: 'percent' });
    expect(parseJupytextFormat('.pct.py:percent')).toEqual({ extension: '.py', suffix: '.pct', formatName: 'percent' });
    expect(parseJupytextFormat('scripts//py:light')).toEqual({ extension: '.py', prefix: 'scripts/', formatName: 'light' });
    expect(parseJupytextFormat('notebooks///ipynb')).toEqual({ extension: '.ipynb', prefix: 'notebooks//' });
    expect(parseJupytextFormat('myst')).toEqual({ extension: '.md', formatName: 'myst' });
    expect(parseJupytextFormat('Rmd')).toEqual({ extension: '.Rmd' });
  });
  it('rejects entries without an extension', () => {
    expect(parseJupytextFormat('')).toBeNull();
    expect(parseJupytextFormat('percent')).toBeNull();
  });
});

describe('jupytextPairedPaths', () => {
  it('pairs files side by side', () => {
    expect(jupytextPairedPaths('nb/model.ipynb', 'ipynb,py:percent')).toEqual(['nb/model.py']);
    expect(jupytextPairedPaths('nb/model.py', 'ipynb,py:percent')).toEqual(['nb/model.ipynb']);
    expect(jupytextPairedPaths('model.ipynb', 'ipynb,py,md')).toEqual(['model.py', 'model.md']);
    expect(jupytextPairedPaths('a/b.ipynb', 'ipynb,R:spin')).toEqual(['a/b.R']);
  });
  it('puts a suffix back before the extension', () => {
    expect(jupytextPairedPaths('nb/model.ipynb', 'ipynb,.pct.py:percent')).toEqual(['nb/model.pct.py']);
    expect(jupytextPairedPaths('nb/model.pct.py', 'ipynb,.pct.py:percent')).toEqual(['nb/model.ipynb']);
  });
  it('maps folder prefixes: the notebook folder and its sibling', () => {
    // "notebooks//ipynb": prefix "notebooks/" = folder "notebooks", no file prefix.
    expect(jupytextPairedPaths('a/notebooks/m.ipynb', 'notebooks//ipynb,scripts//py:percent')).toEqual(['a/scripts/m.py']);
    expect(jupytextPairedPaths('notebooks/m.ipynb', 'notebooks//ipynb,scripts//py:percent')).toEqual(['scripts/m.py']);
    expect(jupytextPairedPaths('a/scripts/m.py', 'notebooks//ipynb,scripts//py:percent')).toEqual(['a/notebooks/m.ipynb']);
    // The notebook is not in a "notebooks" folder: no pair.
    expect(jupytextPairedPaths('other/m.ipynb', 'notebooks//ipynb,scripts//py:percent')).toEqual([]);
  });
  it('maps a file-name prefix and a relative folder', () => {
    // "scripts/x_/py": folder "scripts" below the notebook's, file-name prefix "x_".
    expect(jupytextPairedPaths('nb/m.ipynb', 'ipynb,scripts/x_/py')).toEqual(['nb/scripts/x_m.py']);
    expect(jupytextPairedPaths('nb/scripts/x_m.py', 'ipynb,scripts/x_/py')).toEqual(['nb/m.ipynb']);
    // "../scripts//py": up from the notebook's folder, then "scripts".
    expect(jupytextPairedPaths('a/nb/m.ipynb', 'ipynb,../scripts//py')).toEqual(['a/scripts/m.py']);
  });
  it('maps root folders anywhere above the file', () => {
    expect(jupytextPairedPaths('notebooks/sub/m.ipynb', 'notebooks///ipynb,scripts///py:percent')).toEqual(['scripts/sub/m.py']);
    expect(jupytextPairedPaths('notebooks/m.ipynb', 'notebooks///ipynb,scripts///py:percent')).toEqual(['scripts/m.py']);
    expect(jupytextPairedPaths('x/notebooks/a/b/m.ipynb', 'notebooks///ipynb,scripts///py')).toEqual(['x/scripts/a/b/m.py']);
    expect(jupytextPairedPaths('scripts/sub/m.py', 'notebooks///ipynb,scripts///py:percent')).toEqual(['notebooks/sub/m.ipynb']);
    // A root folder on one side only: Jupytext refuses the pair.
    expect(jupytextPairedPaths('notebooks/m.ipynb', 'notebooks///ipynb,py')).toEqual([]);
  });
  it('pairs nothing for a path that fits no entry, or the auto extension', () => {
    expect(jupytextPairedPaths('nb/m.ipynb', 'md,py:percent')).toEqual([]);
    expect(jupytextPairedPaths('nb/m.ipynb', 'ipynb,auto:percent')).toEqual([]);
    expect(jupytextPairedPaths('nb/m.ipynb', '')).toEqual([]);
  });
});

describe('jupytextHeader', () => {
  const py = [
    '# ---',
    '# jupyter:',
    '#   jupytext:',
    '#     formats: ipynb,py:percent',
    '#     text_representation:',
    '#       extension: .py',
    '#   kernelspec:',
    '#     name: python3',
    '# ---',
    '',
    '# %%',
    'x = 1',
    '',
  ].join('\n');
  it('reads the formats under jupytext', () => {
    expect(jupytextHeader(py)).toEqual({ formats: 'ipynb,py:percent' });
    expect(jupytextHeader(py.replace('ipynb,py:percent', "'notebooks//ipynb,scripts//py:percent'"))).toEqual({
      formats: 'notebooks//ipynb,scripts//py:percent',
    });
    expect(jupytextHeader('---\njupytext:\n  formats: ipynb,md:myst\n  text_representation:\n    format_name: myst\n---\n')).toEqual({
      formats: 'ipynb,md:myst',
    });
  });
  it('gives a header without formats, and null without a header', () => {
    expect(jupytextHeader(py.replace('#     formats: ipynb,py:percent\n', ''))).toEqual({});
    // "formats" outside the jupytext block is not the pairing.
    expect(jupytextHeader(py.replace('#     formats: ipynb,py:percent\n', '').replace('#     name: python3', '#     formats: ipynb,py'))).toEqual({});
    expect(jupytextHeader('# %%\nx = 1\n')).toBeNull();
  });
});

describe('isJupytextCandidate', () => {
  it('checks text-notebook extensions only', () => {
    expect(['a.py', 'b/c.md', 'd.R', 'e.jl', 'f.Rmd', 'g.qmd'].map(isJupytextCandidate)).toEqual([true, true, true, true, true, true]);
    expect(['a.ipynb', 'b.ts', 'README', '.py', 'x.csv'].map(isJupytextCandidate)).toEqual([false, false, false, false, false]);
  });
});

describe('pairScripts', () => {
  const header = { formats: 'ipynb,py:percent' };
  it('pairs a script with a notebook changed in the same commit by the notebook formats', () => {
    const r = pairScripts(
      [{ path: 'nb/a.ipynb', changed: true, sides: [{ path: 'nb/a.ipynb', formats: 'ipynb,py:percent' }] }],
      [{ path: 'nb/a.py', header: null }]
    );
    expect(r).toEqual([{ textNotebook: true, pairedWith: 'nb/a.ipynb' }]);
  });
  it('pairs by the script header when the notebook has no formats', () => {
    const r = pairScripts([{ path: 'nb/a.ipynb', changed: true, sides: [{ path: 'nb/a.ipynb' }] }], [{ path: 'nb/a.py', header }]);
    expect(r).toEqual([{ textNotebook: true, pairedWith: 'nb/a.ipynb' }]);
  });
  it('pairs through the old path of a renamed notebook', () => {
    const r = pairScripts(
      [{ path: 'nb/b.ipynb', changed: true, sides: [{ path: 'nb/a.ipynb', formats: 'ipynb,py' }, { path: 'nb/b.ipynb' }] }],
      [{ path: 'nb/a.py', header: null }]
    );
    expect(r).toEqual([{ textNotebook: true, pairedWith: 'nb/b.ipynb' }]);
  });
  it('counts a script alone as a text notebook without pairedWith', () => {
    expect(pairScripts([], [{ path: 'nb/a.py', header }])).toEqual([{ textNotebook: true }]);
    expect(
      pairScripts([{ path: 'nb/a.ipynb', changed: false, sides: [{ path: 'nb/a.ipynb', formats: 'ipynb,py' }] }], [{ path: 'nb/a.py', header: null }])
    ).toEqual([{ textNotebook: true }]);
  });
  it('leaves unpaired scripts alone', () => {
    expect(
      pairScripts(
        [{ path: 'nb/a.ipynb', changed: true, sides: [{ path: 'nb/a.ipynb', formats: 'ipynb,md' }] }],
        [
          { path: 'nb/a.py', header: null },
          { path: 'src/b.py', header: null },
        ]
      )
    ).toEqual([{ textNotebook: false }, { textNotebook: false }]);
  });
  it('picks the changed partner, first by path', () => {
    const r = pairScripts(
      [
        { path: 'z/a.ipynb', changed: true, sides: [{ path: 'z/a.ipynb', formats: 'ipynb,../a//py' }] },
        { path: 'a/a.ipynb', changed: false, sides: [{ path: 'a/a.ipynb', formats: 'ipynb,py' }] },
        { path: 'b/a.ipynb', changed: true, sides: [{ path: 'b/a.ipynb', formats: 'b//ipynb,a//py' }] },
      ],
      [{ path: 'a/a.py', header: null }]
    );
    // a/a.ipynb pairs a/a.py but is unchanged; b/a.ipynb ("b//ipynb,a//py": folder b -> sibling a) is changed and pairs it;
    // z/a.ipynb's "../a//py" prefix is relative to z's parent folder: '' + 'a' -> a/a.py, changed too; b < z by path.
    expect(r).toEqual([{ textNotebook: true, pairedWith: 'b/a.ipynb' }]);
  });
});
