import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { heldAmong } from '../../src/scan/catFile.js';
import { RENAME_LIMIT } from '../../src/scan/gitConstants.js';
import { logArgs, type RawChange } from '../../src/scan/logParser.js';
import { binaryCheckPaths, blobsOf, walkRung } from '../../src/scan/missingBlobs.js';
import { git } from '../cli/cliHelpers.js';
import { tempDir } from '../helpers/repos.js';

const ZERO = '0'.repeat(40);
const id = (c: string): string => c.repeat(40);
const FILE = '100644';
const change = (
  status: string,
  oldBlob: string,
  newBlob: string,
  path: string,
  modes: [string, string] = [status === 'A' ? '000000' : FILE, status === 'D' ? '000000' : FILE]
): RawChange => ({
  status,
  oldMode: modes[0],
  newMode: modes[1],
  oldBlob,
  newBlob,
  path,
});

describe('walkRung: the walk a commit of a history with missing blobs starts from', () => {
  const missing = new Set([id('a'), id('b')]);
  /** The paths whose blobs git reads to tell whether they are binary. */
  const text = new Set(['nb.ipynb', 'moved/nb.ipynb', 'data.csv', 'moved.csv']);

  it('numstat when it names no missing blob (submodule pointers are no blobs)', () => {
    expect(walkRung([change('M', id('c'), id('d'), 'x.py'), change('M', id('a'), id('e'), 'sub', ['160000', '160000'])], missing, text)).toBe('numstat');
    expect(walkRung([], missing, text)).toBe('numstat');
  });

  it('raw when numstat surely reads a missing blob and no inexact rename needs one', () => {
    expect(walkRung([change('M', id('a'), id('c'), 'nb.ipynb')], missing, text)).toBe('raw');
    expect(walkRung([change('A', ZERO, id('a'), 'nb.ipynb'), change('A', ZERO, id('c'), 'x.py')], missing, text)).toBe('raw');
    // An exact rename of a path whose attributes do not say whether it is binary: git reads the blob to find out.
    expect(walkRung([change('D', id('a'), ZERO, 'nb.ipynb'), change('A', ZERO, id('a'), 'moved/nb.ipynb')], missing, text)).toBe('raw');
  });

  it('raw-no-renames when an added and a deleted regular file could pair and one is missing', () => {
    expect(walkRung([change('D', id('c'), ZERO, 'data.csv'), change('A', ZERO, id('b'), 'moved.csv')], missing, text)).toBe('raw-no-renames');
    // A symlink among the candidates: git compares no sizes for it, so the ladder decides.
    expect(walkRung([change('D', id('c'), ZERO, 'data.csv', ['120000', '000000']), change('A', ZERO, id('b'), 'moved.csv')], missing, text)).toBe('unsure');
  });

  it('unsure when git may not read the missing blob at all', () => {
    // A mode change only: the same blob on both sides.
    expect(walkRung([change('M', id('a'), id('a'), 'run.sh', ['100644', '100755'])], missing, text)).toBe('unsure');
    // An exact rename of a path whose attributes say whether it is binary (no read).
    expect(walkRung([change('D', id('a'), ZERO, 'img.png'), change('A', ZERO, id('a'), 'moved.png')], missing, text)).toBe('unsure');
  });

  it('blobsOf lists the blob ids named, without all-zero ids and submodule commits', () => {
    expect(blobsOf([change('A', ZERO, id('a'), 'x'), change('M', id('c'), id('d'), 'y'), change('M', id('e'), id('f'), 'sub', ['160000', '160000'])])).toEqual([
      id('a'),
      id('c'),
      id('d'),
    ]);
  });

  it('binaryCheckPaths: the added and deleted paths with a missing blob whose diff attribute does not tell git whether they are binary', async () => {
    const dir = tempDir('letgo-checkattr-');
    git(dir, ['init', '-q']);
    git(dir, ['config', 'diff.Told.binary', 'false']);
    git(dir, ['config', 'diff.bin.binary', 'true']);
    const attributes = [
      '*.set diff',
      '*.unset -diff',
      '*.py diff=python',
      '*.nb diff=jupyternotebook',
      '*.told diff=Told',
      '*.bin diff=bin',
      '*.case diff=told',
    ];
    writeFileSync(path.join(dir, '.gitattributes'), attributes.join('\n') + '\n');
    const names = ['a.set', 'a.unset', 'a.py', 'a.nb', 'a.told', 'a.bin', 'a.case', 'a.txt', 'dir with space/a b.txt'];
    const changes = [...names.map((n) => change('A', ZERO, id('a'), n)), change('D', id('c'), ZERO, 'held.txt'), change('A', ZERO, id('a'), '"\\351.txt"')];
    // Unspecified, a built-in or unknown driver, a driver name in another case (config subsections are case-sensitive).
    expect([...(await binaryCheckPaths(dir, changes, missing))].sort()).toEqual(['a.case', 'a.nb', 'a.py', 'a.txt', 'dir with space/a b.txt']);
  });

  it('decides from the rename limit the walks pass to git', () => {
    for (const diff of ['numstat', 'raw'] as const) expect(logArgs(diff)).toContain(`-l${RENAME_LIMIT}`);
  });
});

describe('heldAmong: the object ids a repository holds, read as git lists them', () => {
  it('answers exactly for ids spread over a listing of many pipe chunks (3,000 objects, 120 KB), every id asked, with ids it lacks and a repeat', () => {
    const dir = tempDir();
    execFileSync('git', ['init', '-q', dir]);
    // 3,000 blobs in one fast-import stream (a pack, as a clone has).
    const stream = Array.from({ length: 3000 }, (_, i) => `blob\nmark :${i + 1}\ndata ${String(i).length + 1}\n${i}\n`).join('');
    execFileSync('git', ['-C', dir, 'fast-import', '--quiet'], { input: stream });
    const all = execFileSync('git', ['-C', dir, 'cat-file', '--batch-all-objects', '--batch-check=%(objectname)'], { encoding: 'utf8' }).trim().split('\n');
    expect(all.length).toBe(3000);
    const asked = [...all, all[5]!, id('f'), id('e'), 'not-an-id'];
    return heldAmong(dir, asked).then((held) => {
      expect([...held].sort()).toEqual([...all].sort());
    });
  });
});
