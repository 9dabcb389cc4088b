import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { heldAmong } from '../../src/scan/catFile.js';
import type { RawChange } from '../../src/scan/logParser.js';
import { blobsOf, walkRung } from '../../src/scan/missingBlobs.js';
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
  const text = new Set(['nb.ipynb', 'moved/nb.ipynb', 'data.csv', 'moved.csv']);

  it('numstat when it names no missing blob (submodule pointers are no blobs)', () => {
    expect(walkRung([change('M', id('c'), id('d'), 'x.py'), change('M', id('a'), id('e'), 'sub', ['160000', '160000'])], missing, text)).toBe('numstat');
    expect(walkRung([], missing, text)).toBe('numstat');
  });

  it('raw when numstat surely reads a missing blob and no inexact rename needs one', () => {
    expect(walkRung([change('M', id('a'), id('c'), 'nb.ipynb')], missing, text)).toBe('raw');
    expect(walkRung([change('A', ZERO, id('a'), 'nb.ipynb'), change('A', ZERO, id('c'), 'x.py')], missing, text)).toBe('raw');
    // An exact rename of a path diffed as text: git reads the blob to tell whether it is binary.
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
    // An exact rename of a path with a diff attribute (binary: no read).
    expect(walkRung([change('D', id('a'), ZERO, 'img.png'), change('A', ZERO, id('a'), 'moved.png')], missing, text)).toBe('unsure');
  });

  it('blobsOf lists the blob ids named, without all-zero ids and submodule commits', () => {
    expect(blobsOf([change('A', ZERO, id('a'), 'x'), change('M', id('c'), id('d'), 'y'), change('M', id('e'), id('f'), 'sub', ['160000', '160000'])])).toEqual([
      id('a'),
      id('c'),
      id('d'),
    ]);
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
