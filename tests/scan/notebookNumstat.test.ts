/**
 * Cell mode runs `git log` with an attributes file that marks `*.ipynb` as `-diff`
 * (src/scan/notebookNumstat.ts). These tests check on real repositories that this only
 * saves work:
 * - notebook changes whose count falls back to git's lines (conflict markers, an LFS
 *   pointer, JSON that is not a notebook, a NUL byte, a blob over maxBlobBytes) get
 *   exactly the numstat of a plain `git log --numstat` run by the test;
 * - notebooks counted by cells get the hand-worked cell counts and no `binary` flag;
 * - the user's own attributes (XDG, ~/.config, core.attributesFile) stay in force for
 *   every other path, as plain git reports them with the same environment;
 * - a repository's own `*.ipynb binary` does not stop the cell count;
 * - code facts are those of git mode, and the temp attributes folder is removed.
 *
 * The scan runs git with this process's environment, so each test sets HOME (an empty
 * temp folder unless the test fills it), XDG_CONFIG_HOME and GIT_CONFIG_NOSYSTEM in
 * process.env and restores them afterwards; the tests of this file run one after another.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig, type Config } from '../../src/core/config.js';
import type { Fact } from '../../src/core/facts.js';
import { scan } from '../../src/scan/index.js';
import type { CommitSpec } from '../../src/demo/repoBuilder.js';
import { lines, makeRepo, nbV4, outputs, tempDir, type CellSpec } from '../helpers/repos.js';

const AMY = { name: 'Amy Lead', email: 'amy@corp.io' };
const at = (d: number): string => `2026-10-${String(d).padStart(2, '0')}T10:00:00+00:00`;

// ---------------------------------------------------------------------------
// Environment of the scan (and of the test's own plain git runs)

const ENV_KEYS = ['HOME', 'XDG_CONFIG_HOME', 'GIT_CONFIG_NOSYSTEM', 'GIT_CONFIG_GLOBAL', 'TMPDIR'] as const;
let savedEnv: Record<string, string | undefined> = {};
/** The empty HOME of the current test. */
let home = '';

beforeEach(() => {
  savedEnv = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
  home = tempDir('letgo-nbnumstat-home-');
  process.env.HOME = home; // no ~/.gitconfig, no ~/.config/git/attributes of the machine
  delete process.env.XDG_CONFIG_HOME;
  delete process.env.GIT_CONFIG_GLOBAL;
  process.env.GIT_CONFIG_NOSYSTEM = '1';
});

afterEach(() => {
  for (const k of ENV_KEYS) {
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  }
});

// ---------------------------------------------------------------------------
// Helpers

function config(lines: 'cells' | 'git' = 'cells', maxBlobBytes?: number): Config {
  const c = defaultConfig();
  c.notebooks.lines = lines;
  if (maxBlobBytes !== undefined) c.notebooks.maxBlobBytes = maxBlobBytes;
  return c;
}

async function scanFacts(dir: string, c: Config, extra: { jobs?: number; minChunk?: number; onProgress?: () => void } = {}): Promise<Fact[]> {
  const r = await scan([dir], { config: c, allBranches: false, jobs: extra.jobs ?? 1, minChunk: extra.minChunk, onProgress: extra.onProgress });
  return r.facts;
}

function git(dir: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  return execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' });
}

/** One entry of a plain `git log --numstat`; added/deleted null for "-". */
interface PlainEntry {
  sha: string;
  path: string;
  oldPath?: string;
  added: number | null;
  deleted: number | null;
}

/**
 * Plain `git log -M --numstat` of HEAD (no letgo attributes), run with this process's
 * environment, parsed from its -z form.
 */
function plainNumstat(dir: string): PlainEntry[] {
  const out = execFileSync('git', ['log', '-z', '--no-merges', '--no-ext-diff', '--no-textconv', '-M', '--numstat', '--format=commit %H', 'HEAD'], {
    cwd: dir,
    env: process.env,
    maxBuffer: 1 << 26,
  }).toString('utf8');
  const tokens = out.split('\0');
  const entries: PlainEntry[] = [];
  let sha = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.replace(/^\n/, '');
    if (t === '') continue;
    const c = /^commit ([0-9a-f]{40,64})$/.exec(t);
    if (c) {
      sha = c[1]!;
      continue;
    }
    const m = /^(\d+|-)\t(\d+|-)\t([\s\S]*)$/.exec(t);
    if (!m) throw new Error(`unexpected numstat token ${JSON.stringify(t)}`);
    const n = (s: string): number | null => (s === '-' ? null : Number(s));
    if (m[3] === '') {
      entries.push({ sha, oldPath: tokens[i + 1]!, path: tokens[i + 2]!, added: n(m[1]!), deleted: n(m[2]!) });
      i += 2;
    } else entries.push({ sha, path: m[3]!, added: n(m[1]!), deleted: n(m[2]!) });
  }
  return entries;
}

/** The plain entry of a fact (same commit, path and old path); fails when there is none. */
function plainOf(plain: PlainEntry[], f: Fact): PlainEntry {
  const hits = plain.filter((p) => p.sha === f.sha && p.path === f.path && p.oldPath === f.oldPath);
  expect(hits, `plain numstat entry for ${f.sha.slice(0, 8)} ${f.oldPath ?? ''} -> ${f.path}`).toHaveLength(1);
  return hits[0]!;
}

/** The churn fields of a fact, as a plain walk would set them. */
const churn = (f: Pick<Fact, 'added' | 'deleted' | 'binary'>) => ({ added: f.added, deleted: f.deleted, binary: f.binary === true });
const plainChurn = (p: PlainEntry) => ({ added: p.added, deleted: p.deleted, binary: p.added === null });

/** The facts of `path` in commit order (oldest first). */
function factsOf(facts: Fact[], p: string): Fact[] {
  return facts.filter((f) => f.path === p).sort((a, b) => a.time.localeCompare(b.time));
}

/** The single fact of `path` (fails otherwise). */
function only(facts: Fact[], p: string): Fact {
  const hits = factsOf(facts, p);
  expect(hits, `facts of ${p}`).toHaveLength(1);
  return hits[0]!;
}

const headSha = (dir: string, rev = 'HEAD'): string => git(dir, ['rev-parse', rev]).trim();

/** A notebook of one code cell with an id. */
const oneCell = (source: string, id = 'k0'): string => nbV4([{ type: 'code', source, id, count: null }]);

const LFS_POINTER = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n';

/** Valid JSON, not a notebook (no nbformat): 12 lines, so that a one-line edit keeps it a rename. */
const NOT_A_NOTEBOOK = JSON.stringify(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`key_${i}`, `value number ${i}`])), null, 1) + '\n';

// ---------------------------------------------------------------------------

describe('notebook changes whose count falls back to git lines', () => {
  /**
   * ok.ipynb, counted by cells (ids keep the cells paired):
   *   v1: c0 code "a = 1\nb = 2" (count 1, stream "x"), c1 markdown "# Title"
   *       added in commit 1: +3 -0, cells +2.
   *   v2: c0 "a = 1\nb = 3" (same run), c1, new c2 code "print(b)"
   *       c0 modified (+1 -1), c2 added (+1): +2 -1, cells +1 -0 ~1.
   *   v3: v2 with c0 re-run (count 2, stream "y"): sources equal, outputs differ:
   *       +0 -0, no cells, outputsOnly.
   * conflict.ipynb: v1 a one-cell notebook (by cells: +1 -0, cells +1); v2 conflict
   *   markers (new side invalid JSON); v3 resolved (old side invalid JSON).
   * Fallbacks: lfs.ipynb (added, then deleted), notnb.ipynb (added, then renamed with an
   * edit), bin.ipynb (NUL byte; modified; then a valid notebook: old side binary),
   * big.ipynb (over maxBlobBytes, twice), "dir with space/é note.ipynb" (truncated JSON).
   */
  const MAX = 4096;
  const v1: CellSpec[] = [
    { type: 'code', source: 'a = 1\nb = 2', id: 'c0', count: 1, outputs: [outputs.stream('x\n')] },
    { type: 'markdown', source: '# Title', id: 'c1' },
  ];
  const v2: CellSpec[] = [{ ...v1[0]!, source: 'a = 1\nb = 3' }, v1[1]!, { type: 'code', source: 'print(b)', id: 'c2', count: null }];
  const v3: CellSpec[] = [{ ...v2[0]!, count: 2, outputs: [outputs.stream('y\n')] }, v2[1]!, v2[2]!];
  const big = (tag: string) => nbV4([{ type: 'code', source: `plot('${tag}')`, id: 'p0', count: 1, outputs: [outputs.image()] }]);
  const conflict =
    '{\n "cells": [\n<<<<<<< HEAD\n  {"cell_type": "code", "source": ["x = 1"]}\n=======\n  {"cell_type": "code", "source": ["x = 3"]}\n>>>>>>> feature\n ],\n "nbformat": 4\n}\n';
  const binary = (n: number) => Buffer.concat([Buffer.from(`{\n "cells": [],\n "v": ${n},\n`), Buffer.from([0]), Buffer.from('\n "nbformat": 4\n}\n')]);
  const SPACED = 'dir with space/é note.ipynb';
  const commits: CommitSpec[] = [
    {
      author: AMY,
      date: at(1),
      message: 'Add notebooks',
      files: {
        'nb/ok.ipynb': nbV4(v1),
        'nb/conflict.ipynb': oneCell('x = 1'),
        'nb/lfs.ipynb': LFS_POINTER,
        'nb/notnb.ipynb': NOT_A_NOTEBOOK,
        'nb/bin.ipynb': binary(1),
        'nb/big.ipynb': big('a'),
        'src/model.py': lines(3),
      },
    },
    {
      author: AMY,
      date: at(2),
      message: 'Edit notebooks',
      files: {
        'nb/ok.ipynb': nbV4(v2),
        'nb/conflict.ipynb': conflict,
        'nb/bin.ipynb': binary(2),
        'nb/big.ipynb': big('b'),
        [SPACED]: '{\n "cells": [\n  {"cell_type": "code",\n',
        'src/model.py': lines(5),
      },
    },
    {
      author: AMY,
      date: at(3),
      message: 'Resolve and tidy',
      renames: [['nb/notnb.ipynb', 'nb/renamed.ipynb']],
      files: {
        'nb/ok.ipynb': nbV4(v3),
        'nb/conflict.ipynb': oneCell('x = 2'),
        'nb/lfs.ipynb': null,
        'nb/renamed.ipynb': NOT_A_NOTEBOOK.replace('\n}\n', ',\n "key_extra": "one more"\n}\n'),
        'nb/bin.ipynb': oneCell('fixed = True'),
      },
    },
  ];

  it('fallback facts equal plain git log --numstat; cell-counted facts have the hand-worked counts and no binary flag', async () => {
    const dir = await makeRepo(commits);
    expect(Buffer.byteLength(big('a'))).toBeGreaterThan(MAX);
    expect(Buffer.byteLength(nbV4(v3))).toBeLessThan(MAX);
    const facts = await scanFacts(dir, config('cells', MAX));
    const plain = plainNumstat(dir);

    // Every fallback, with the reason letgo gives.
    const fallbacks = facts.filter((f) => f.kind === 'notebook' && f.parse !== 'ok');
    const reasons = fallbacks.map((f) => `${f.time.slice(0, 10)} ${f.status} ${f.path} ${f.parse}`).sort();
    expect(reasons).toEqual(
      [
        '2026-10-01 A nb/lfs.ipynb lfs-pointer',
        '2026-10-01 A nb/notnb.ipynb not-a-notebook',
        '2026-10-01 A nb/bin.ipynb binary',
        '2026-10-01 A nb/big.ipynb too-large',
        '2026-10-02 M nb/conflict.ipynb invalid-json',
        '2026-10-02 M nb/bin.ipynb binary',
        '2026-10-02 M nb/big.ipynb too-large',
        `2026-10-02 A ${SPACED} invalid-json`,
        '2026-10-03 M nb/conflict.ipynb invalid-json',
        '2026-10-03 D nb/lfs.ipynb lfs-pointer',
        '2026-10-03 R nb/renamed.ipynb not-a-notebook',
        '2026-10-03 M nb/bin.ipynb binary',
      ].sort()
    );
    for (const f of fallbacks) expect(churn(f), `${f.path} ${f.time}`).toEqual(plainChurn(plainOf(plain, f)));
    // The plain numstat really is a mix of numbers and "-" here (not a vacuous comparison).
    expect(fallbacks.filter((f) => f.binary === true).map((f) => f.path)).toEqual(['nb/bin.ipynb', 'nb/bin.ipynb', 'nb/bin.ipynb']);
    expect(fallbacks.filter((f) => f.added !== null && f.added > 0).length).toBeGreaterThanOrEqual(7);
    expect(only(facts, 'nb/renamed.ipynb').oldPath).toBe('nb/notnb.ipynb');
    expect(churn(only(facts, 'nb/renamed.ipynb'))).toEqual({ added: 2, deleted: 1, binary: false }); // the last key's line gains a comma (-1 +1), one line added (+1)

    // Notebooks counted by cells.
    const ok = factsOf(facts, 'nb/ok.ipynb');
    expect(
      ok.map((f) => ({ parse: f.parse, added: f.added, deleted: f.deleted, cells: f.cells, outputsOnly: f.outputsOnly ?? false, binary: f.binary }))
    ).toEqual([
      { parse: 'ok', added: 3, deleted: 0, cells: { added: 2, deleted: 0, modified: 0 }, outputsOnly: false, binary: undefined },
      { parse: 'ok', added: 2, deleted: 1, cells: { added: 1, deleted: 0, modified: 1 }, outputsOnly: false, binary: undefined },
      { parse: 'ok', added: 0, deleted: 0, cells: { added: 0, deleted: 0, modified: 0 }, outputsOnly: true, binary: undefined },
    ]);
    const conflictFirst = factsOf(facts, 'nb/conflict.ipynb')[0]!;
    expect({ parse: conflictFirst.parse, added: conflictFirst.added, deleted: conflictFirst.deleted, cells: conflictFirst.cells }).toEqual({
      parse: 'ok',
      added: 1,
      deleted: 0,
      cells: { added: 1, deleted: 0, modified: 0 },
    });
    expect(conflictFirst).not.toHaveProperty('binary');
    // ... and git's numstat of those JSON files is something else entirely.
    expect(plainOf(plain, ok[0]!).added).toBeGreaterThan(10);

    // Code files keep git's numstat.
    for (const f of factsOf(facts, 'src/model.py')) expect(churn(f)).toEqual(plainChurn(plainOf(plain, f)));
    expect(factsOf(facts, 'src/model.py').map((f) => [f.added, f.deleted])).toEqual([
      [3, 0],
      [2, 0],
    ]);
  });

  it('gives the same facts when the history is walked in several chunks side by side', async () => {
    const dir = await makeRepo(commits);
    const one = await scanFacts(dir, config('cells', MAX));
    const chunked = await scanFacts(dir, config('cells', MAX), { jobs: 3, minChunk: 1 });
    expect(chunked).toEqual(one);
  });

  it('gives fallback notebooks the churn git mode gives them', async () => {
    const dir = await makeRepo(commits);
    const cells = await scanFacts(dir, config('cells', MAX));
    const gitMode = await scanFacts(dir, config('git', MAX));
    const key = (f: Fact) => `${f.sha} ${f.oldPath ?? ''} ${f.path}`;
    const byKey = new Map(gitMode.map((f) => [key(f), f]));
    const fallbacks = cells.filter((f) => f.kind === 'notebook' && f.parse !== 'ok');
    expect(fallbacks).toHaveLength(12);
    for (const f of fallbacks) expect(churn(f), key(f)).toEqual(churn(byKey.get(key(f))!));
  });
});

// ---------------------------------------------------------------------------

/** A repository with text in a.dat and b.txt, code in c.py, a notebook counted by cells and one that falls back. */
async function attributesRepo(): Promise<string> {
  return makeRepo([
    {
      author: AMY,
      date: at(4),
      message: 'Add files',
      files: { 'a.dat': 'one\ntwo\n', 'b.txt': 'hello\n', 'c.py': lines(2), 'n.ipynb': oneCell('a = 1'), 'j.ipynb': NOT_A_NOTEBOOK },
    },
    {
      author: AMY,
      date: at(5),
      message: 'Edit files',
      files: {
        'a.dat': 'one\ntwo\nthree\n',
        'b.txt': 'hello\nworld\n',
        'c.py': lines(4),
        'n.ipynb': oneCell('a = 2\nb = 1'),
        'j.ipynb': NOT_A_NOTEBOOK.replace('value number 3', 'changed'),
      },
    },
  ]);
}

/**
 * Checks the facts of {@link attributesRepo} against plain git with the current
 * environment: `binary` paths are binary to git (and so in the facts), every other
 * non-notebook path has git's numbers, the notebook is counted by cells.
 */
async function expectAttributesKept(dir: string, binaryPaths: string[]): Promise<void> {
  const facts = await scanFacts(dir, config('cells'));
  const plain = plainNumstat(dir);
  for (const p of ['a.dat', 'b.txt', 'c.py', 'j.ipynb']) {
    const fs = factsOf(facts, p);
    expect(fs, p).toHaveLength(2);
    for (const f of fs) {
      const want = plainOf(plain, f);
      expect(want.added === null, `${p}: plain git treats it as binary`).toBe(binaryPaths.includes(p));
      expect(churn(f), p).toEqual(plainChurn(want));
    }
  }
  for (const p of binaryPaths) for (const f of factsOf(facts, p)) expect(churn(f)).toEqual({ added: null, deleted: null, binary: true });
  expect(factsOf(facts, 'j.ipynb').map((f) => f.parse)).toEqual(['not-a-notebook', 'not-a-notebook']);
  const nb = factsOf(facts, 'n.ipynb');
  // a = 1 -> a = 2, b = 1: the one cell modified, +2 -1.
  expect(nb.map((f) => [f.parse, f.added, f.deleted, f.binary])).toEqual([
    ['ok', 1, 0, undefined],
    ['ok', 2, 1, undefined],
  ]);
}

function writeAttributes(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

describe("the user's own attributes stay in force", () => {
  const USER_ATTRS = '*.dat binary\n*.txt -diff\n';

  it('$XDG_CONFIG_HOME/git/attributes', async () => {
    const dir = await attributesRepo();
    const xdg = tempDir('letgo-nbnumstat-xdg-');
    writeAttributes(path.join(xdg, 'git', 'attributes'), USER_ATTRS);
    process.env.XDG_CONFIG_HOME = xdg;
    await expectAttributesKept(dir, ['a.dat', 'b.txt']);
  });

  it('~/.config/git/attributes when XDG_CONFIG_HOME is not set', async () => {
    const dir = await attributesRepo();
    writeAttributes(path.join(home, '.config', 'git', 'attributes'), USER_ATTRS);
    await expectAttributesKept(dir, ['a.dat', 'b.txt']);
  });

  it('an attributes file without a final newline, with a macro, and one that says *.ipynb binary', async () => {
    const dir = await attributesRepo();
    writeAttributes(path.join(home, '.config', 'git', 'attributes'), '[attr]opaque -diff -merge -text\n*.ipynb binary\n*.dat opaque\n*.txt -diff');
    await expectAttributesKept(dir, ['a.dat', 'b.txt', 'j.ipynb']);
  });

  for (const where of ['relative', 'absolute', 'home'] as const) {
    it(`core.attributesFile in the repository's config (${where} path), which hides the XDG file`, async () => {
      const dir = await attributesRepo();
      // The XDG file git does not read when core.attributesFile is set: it would make c.py binary.
      const xdg = tempDir('letgo-nbnumstat-xdg-');
      writeAttributes(path.join(xdg, 'git', 'attributes'), '*.py binary\n');
      process.env.XDG_CONFIG_HOME = xdg;
      const file = where === 'home' ? path.join(home, 'my-attributes') : path.join(path.dirname(dir), 'attrs', 'my-attributes');
      writeAttributes(file, USER_ATTRS);
      const value = where === 'relative' ? '../attrs/my-attributes' : where === 'absolute' ? file : '~/my-attributes';
      git(dir, ['config', 'core.attributesFile', value]);
      await expectAttributesKept(dir, ['a.dat', 'b.txt']);
    });
  }

  // An empty core.attributesFile means no user file for git: letgo must not copy the XDG
  // file into its own (a.dat and b.txt would become binary in cell mode only).
  it('core.attributesFile set to an empty value: git then reads no user attributes file at all', async () => {
    const dir = await attributesRepo();
    const xdg = tempDir('letgo-nbnumstat-xdg-');
    writeAttributes(path.join(xdg, 'git', 'attributes'), USER_ATTRS);
    process.env.XDG_CONFIG_HOME = xdg;
    git(dir, ['config', 'core.attributesFile', '']);
    // Plain git: a.dat and b.txt are text (the XDG file is not read).
    await expectAttributesKept(dir, []);
  });

  // The user's file is copied as bytes: read as UTF-8, a Latin-1 byte in a pattern would
  // become U+FFFD and the pattern would no longer match.
  it('a user attributes file with a non-UTF-8 (Latin-1) pattern', async () => {
    const parent = tempDir('letgo-nbnumstat-latin1-');
    const dir = path.join(parent, 'repo');
    mkdirSync(dir);
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: AMY.name,
      GIT_AUTHOR_EMAIL: AMY.email,
      GIT_COMMITTER_NAME: AMY.name,
      GIT_COMMITTER_EMAIL: AMY.email,
      GIT_AUTHOR_DATE: at(6),
      GIT_COMMITTER_DATE: at(6),
    };
    git(dir, ['init', '-q', '-b', 'main'], env);
    const name = Buffer.from('caf\xe9.dat', 'latin1');
    writeFileSync(Buffer.concat([Buffer.from(dir + '/'), name]), 'one\ntwo\n');
    writeFileSync(path.join(dir, 'n.ipynb'), oneCell('a = 1'));
    git(dir, ['add', '-A'], env);
    git(dir, ['commit', '-q', '-m', 'Add'], env);
    mkdirSync(path.join(home, '.config', 'git'), { recursive: true });
    writeFileSync(path.join(home, '.config', 'git', 'attributes'), Buffer.concat([name, Buffer.from(' binary\n')]));
    const plain = plainNumstat(dir).filter((p) => p.path.endsWith('.dat'));
    expect(plain).toHaveLength(1);
    expect(plain[0]!.added).toBeNull(); // git applies the Latin-1 pattern to the Latin-1 path
    const facts = await scanFacts(dir, config('cells'));
    // A path that is not UTF-8 is kept in git's quoted form, its Latin-1 byte as an octal escape.
    const dat = facts.filter((f) => f.path === '"caf\\351.dat"');
    expect(dat).toHaveLength(1);
    expect(churn(dat[0]!)).toEqual(plainChurn(plain[0]!));
  });
});

// ---------------------------------------------------------------------------

describe("a repository's own attributes for notebooks", () => {
  it('*.ipynb binary in .gitattributes: notebooks are still counted by cells; a fallback is binary as in plain git', async () => {
    const dir = await makeRepo([
      {
        author: AMY,
        date: at(7),
        message: 'Add',
        files: {
          '.gitattributes': '*.ipynb binary\n',
          'n.ipynb': nbV4([{ type: 'code', source: 'a = 1\nb = 2', id: 'c0', count: null }]),
          'j.ipynb': NOT_A_NOTEBOOK,
        },
      },
      {
        author: AMY,
        date: at(8),
        message: 'Edit',
        files: {
          'n.ipynb': nbV4([
            { type: 'code', source: 'a = 1\nb = 2', id: 'c0', count: null },
            { type: 'markdown', source: '## Notes\nmore', id: 'c1' },
          ]),
          'j.ipynb': NOT_A_NOTEBOOK.replace('value number 3', 'changed'),
        },
      },
    ]);
    const plain = plainNumstat(dir);
    const facts = await scanFacts(dir, config('cells'));
    const nb = factsOf(facts, 'n.ipynb');
    for (const f of nb) expect(plainOf(plain, f).added).toBeNull(); // git: binary
    // v1: one cell of 2 lines added; v2: a markdown cell of 2 lines added.
    expect(nb.map((f) => ({ parse: f.parse, added: f.added, deleted: f.deleted, cells: f.cells, binary: f.binary }))).toEqual([
      { parse: 'ok', added: 2, deleted: 0, cells: { added: 1, deleted: 0, modified: 0 }, binary: undefined },
      { parse: 'ok', added: 2, deleted: 0, cells: { added: 1, deleted: 0, modified: 0 }, binary: undefined },
    ]);
    const j = factsOf(facts, 'j.ipynb');
    expect(j).toHaveLength(2);
    for (const f of j) {
      expect(f.parse).toBe('not-a-notebook');
      expect(churn(f)).toEqual({ added: null, deleted: null, binary: true });
      expect(churn(f)).toEqual(plainChurn(plainOf(plain, f)));
    }
  });

  it("*.ipynb diff in .gitattributes (wins over letgo's -diff): a NUL-byte notebook keeps the numbers plain git gives it", async () => {
    const withNul = (n: number) => Buffer.concat([Buffer.from(`{\n "v": ${n},\n`), Buffer.from([0]), Buffer.from('\n "nbformat": 4\n}\n')]);
    const dir = await makeRepo([
      { author: AMY, date: at(9), message: 'Add', files: { '.gitattributes': '*.ipynb diff\n', 'bin.ipynb': withNul(1), 'n.ipynb': oneCell('a = 1') } },
      { author: AMY, date: at(10), message: 'Edit', files: { 'bin.ipynb': withNul(2), 'n.ipynb': oneCell('a = 2') } },
    ]);
    const plain = plainNumstat(dir);
    const facts = await scanFacts(dir, config('cells'));
    const bin = factsOf(facts, 'bin.ipynb');
    expect(bin.map((f) => f.parse)).toEqual(['binary', 'binary']);
    for (const f of bin) {
      expect(plainOf(plain, f).added).not.toBeNull();
      expect(churn(f)).toEqual(plainChurn(plainOf(plain, f)));
    }
    expect(factsOf(facts, 'n.ipynb').map((f) => [f.parse, f.added, f.deleted, f.binary])).toEqual([
      ['ok', 1, 0, undefined],
      ['ok', 1, 1, undefined],
    ]);
  });
});

// ---------------------------------------------------------------------------

describe('cell mode and git mode', () => {
  it('code facts are equal in both modes, and the temp attributes folder exists only during the scan', async () => {
    const commits: CommitSpec[] = [];
    for (let i = 0; i < 8; i++) {
      commits.push({
        author: AMY,
        date: at(11 + i),
        message: `Work ${i}`,
        files: {
          [`nb/n${i % 3}.ipynb`]: nbV4([
            { type: 'code', source: `x = ${i}`, id: 'a', count: i + 1, outputs: [outputs.image()] },
            { type: 'markdown', source: `# Step ${i}`, id: 'b' },
          ]),
          'src/main.py': lines(4 + i, `v${i % 2}`),
          [`src/util${i % 2}.ts`]: lines(2 + i),
          ...(i === 5 ? { 'src/main.py': null, 'src/app.py': lines(9, 'v1') } : {}),
        },
      });
    }
    const dir = await makeRepo(commits);
    const scratch = tempDir('letgo-nbnumstat-tmp-');
    process.env.TMPDIR = scratch; // os.tmpdir(): the scan's temp folder goes here, away from other workers
    const listed = () => readdirSync(scratch).filter((n) => n.startsWith('letgo-attributes-'));
    expect(listed()).toEqual([]);

    const seen = new Map<string, string>();
    const onProgress = (): void => {
      for (const n of listed()) {
        const f = path.join(scratch, n, 'attributes');
        if (existsSync(f)) seen.set(n, readFileSync(f, 'utf8'));
      }
    };
    const cells = await scanFacts(dir, config('cells'), { jobs: 2, minChunk: 2, onProgress });
    expect(seen.size).toBe(1); // the walk did run with it ...
    expect([...seen.values()][0]!.trim().split('\n').at(-1)).toBe('*.ipynb -diff');
    expect(listed()).toEqual([]); // ... and it is gone

    seen.clear();
    const gitMode = await scanFacts(dir, config('git'), { jobs: 2, minChunk: 2, onProgress });
    expect(seen.size).toBe(0); // git mode walks without it
    expect(listed()).toEqual([]);

    const code = (fs: Fact[]) => fs.filter((f) => f.kind !== 'notebook');
    expect(code(cells).length).toBeGreaterThan(10);
    expect(code(cells)).toEqual(code(gitMode));
    const plain = plainNumstat(dir);
    for (const f of code(cells)) expect(churn(f)).toEqual(plainChurn(plainOf(plain, f)));
    // The notebooks differ: cells count sources, git counts JSON lines.
    const nbCells = cells.filter((f) => f.kind === 'notebook');
    const nbGit = gitMode.filter((f) => f.kind === 'notebook');
    expect(nbCells.every((f) => f.parse === 'ok' && f.binary === undefined)).toBe(true);
    expect(nbCells.map((f) => `${f.sha} ${f.path}`)).toEqual(nbGit.map((f) => `${f.sha} ${f.path}`));
    for (const f of nbGit) expect(churn(f)).toEqual(plainChurn(plainOf(plain, f)));
  });

  it('the temp attributes folder is removed when the walk fails', async () => {
    const dir = await makeRepo([{ author: AMY, date: at(20), message: 'Add', files: { 'n.ipynb': oneCell('a = 1'), 'x.py': lines(2) } }]);
    const scratch = tempDir('letgo-nbnumstat-tmp-');
    process.env.TMPDIR = scratch;
    // The commit's tree object is corrupt (rev-list, which reads commits only, still works; git log fails).
    // A missing one is read around instead (tests/scan/histories.test.ts); a corrupt one is exit 7.
    const tree = git(dir, ['rev-parse', 'HEAD^{tree}']).trim();
    const packDir = path.join(dir, '.git', 'objects', 'pack');
    const stash = tempDir('letgo-nbnumstat-pack-');
    for (const n of readdirSync(packDir)) renameSync(path.join(packDir, n), path.join(stash, n));
    for (const n of readdirSync(stash).filter((x) => x.endsWith('.pack'))) {
      execFileSync('git', ['unpack-objects', '-q'], { cwd: dir, input: readFileSync(path.join(stash, n)) });
    }
    const treeFile = path.join(dir, '.git', 'objects', tree.slice(0, 2), tree.slice(2));
    expect(existsSync(treeFile)).toBe(true);
    chmodSync(treeFile, 0o644);
    writeFileSync(treeFile, 'not a zlib stream\n');
    expect(headSha(dir)).toMatch(/^[0-9a-f]{40}$/);
    await expect(scanFacts(dir, config('cells'))).rejects.toThrow(/git log failed/);
    expect(readdirSync(scratch).filter((n) => n.startsWith('letgo-attributes-'))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------

describe('paths git matches with *.ipynb that letgo does not count as notebooks', () => {
  // git skips the diff of every *.ipynb path, whatever letgo's classification: a .ipynb
  // file of another kind is not recounted, so its commit is walked again plainly (it
  // would otherwise get binary: true and null churn where git mode has line counts).
  it("a .ipynb file the config classifies as docs keeps git's numstat", async () => {
    const dir = await makeRepo([
      { author: AMY, date: at(21), message: 'Add', files: { 'docs/tutorial.ipynb': oneCell('a = 1'), 'n.ipynb': oneCell('b = 1') } },
      { author: AMY, date: at(22), message: 'Edit', files: { 'docs/tutorial.ipynb': oneCell('a = 2\nb = 3') } },
    ]);
    const c = config('cells');
    c.kinds = { docs: ['docs/**'] };
    const facts = await scanFacts(dir, c);
    const plain = plainNumstat(dir);
    const docs = factsOf(facts, 'docs/tutorial.ipynb');
    expect(docs.map((f) => f.kind)).toEqual(['docs', 'docs']);
    for (const f of docs) {
      expect(plainOf(plain, f).added).not.toBeNull();
      expect(churn(f)).toEqual(plainChurn(plainOf(plain, f)));
    }
  });

  // Same cause: with core.ignoreCase git matches *.ipynb case-insensitively, the
  // classifier does not (Report.IPYNB is kind 'code').
  it("an upper-case .IPYNB file in a repository with core.ignoreCase keeps git's numstat", async () => {
    const dir = await makeRepo([{ author: AMY, date: at(23), message: 'Add', files: { 'Report.IPYNB': NOT_A_NOTEBOOK, 'n.ipynb': oneCell('b = 1') } }]);
    git(dir, ['config', 'core.ignoreCase', 'true']);
    const facts = await scanFacts(dir, config('cells'));
    const plain = plainNumstat(dir);
    const f = only(facts, 'Report.IPYNB');
    expect(f.kind).not.toBe('notebook');
    expect(plainOf(plain, f).added).toBe(12);
    expect(churn(f)).toEqual(plainChurn(plainOf(plain, f)));
  });
});

describe('rename detection', () => {
  // -diff also makes git's rename detection treat notebooks as binary, which does not
  // ignore the CR of CRLF: without the plain walk again, a move with LF -> CRLF would be
  // D + A (+24/-24 by cells) instead of git's rename (0/0 by cells).
  it('a notebook moved with its line endings turned to CRLF is a rename, as in git mode', async () => {
    const cells: CellSpec[] = Array.from({ length: 12 }, (_, i) => ({
      type: 'code' as const,
      source: `x${i} = ${i}\ny${i} = ${2 * i}`,
      id: `c${i}`,
      count: null,
    }));
    const lf = nbV4(cells);
    const dir = await makeRepo([
      { author: AMY, date: at(24), message: 'Add', files: { 'old.ipynb': lf } },
      { author: AMY, date: at(25), message: 'Move', renames: [['old.ipynb', 'new.ipynb']], files: { 'new.ipynb': lf.replace(/\n/g, '\r\n') } },
    ]);
    const plain = plainNumstat(dir).filter((p) => p.sha === headSha(dir));
    expect(plain.map((p) => [p.oldPath, p.path])).toEqual([['old.ipynb', 'new.ipynb']]); // git -M: a rename
    const gitMode = (await scanFacts(dir, config('git'))).filter((f) => f.sha === headSha(dir));
    expect(gitMode.map((f) => [f.status, f.oldPath, f.path])).toEqual([['R', 'old.ipynb', 'new.ipynb']]);
    const cellMode = (await scanFacts(dir, config('cells'))).filter((f) => f.sha === headSha(dir));
    expect(cellMode.map((f) => [f.status, f.oldPath, f.path])).toEqual([['R', 'old.ipynb', 'new.ipynb']]);
    // Same sources: a rename with no cell churn.
    expect(cellMode.map((f) => [f.parse, f.added, f.deleted])).toEqual([['ok', 0, 0]]);
  });
});

describe('commits that add or delete notebooks without a rename to pair', () => {
  // Such commits are walked once, with notebook diffs off (readCommits.ts pairsDiffer):
  // with no deleted and added file together git pairs nothing, so the entries are a plain
  // walk's, and a notebook whose count falls back still gets git's numstat.
  it('give the facts of a plain walk: adds and deletes only, fallbacks included, beside one that pairs a CRLF move', async () => {
    const cells: CellSpec[] = Array.from({ length: 12 }, (_, i) => ({
      type: 'code' as const,
      source: `x${i} = ${i}\ny${i} = ${2 * i}`,
      id: `c${i}`,
      count: 1,
      outputs: [outputs.image()],
    }));
    const nb = nbV4(cells);
    const conflicted = `<<<<<<< HEAD\n${oneCell('a = 1')}=======\n${oneCell('a = 2')}>>>>>>> branch\n`;
    const dir = await makeRepo([
      { author: AMY, date: at(20), message: 'Add three', files: { 'a.ipynb': nb, 'b.ipynb': conflicted, 'c.ipynb': LFS_POINTER, 'src/x.py': 'x = 1\n' } },
      { author: AMY, date: at(21), message: 'Add one more', files: { 'd/e.ipynb': nb.replace(/\n/g, '\r\n') } },
      { author: AMY, date: at(22), message: 'Delete two', files: { 'b.ipynb': null, 'c.ipynb': null, 'src/x.py': 'x = 2\n' } },
      { author: AMY, date: at(23), message: 'Move with CRLF', files: { 'a.ipynb': null, 'moved.ipynb': nb.replace(/\n/g, '\r\n') } },
    ]);
    const plain = plainNumstat(dir);
    const facts = await scanFacts(dir, config('cells'));
    // Every fact has its plain entry: the same files, the same pairing.
    expect(facts.length).toBe(plain.length);
    for (const f of facts) plainOf(plain, f);
    const moved = only(facts, 'moved.ipynb');
    expect([moved.status, moved.oldPath, moved.parse, moved.added, moved.deleted]).toEqual(['R', 'a.ipynb', 'ok', 0, 0]);
    // Counted by cells where both sides parse; git's numstat where a side does not.
    expect([only(facts, 'a.ipynb').parse, only(facts, 'a.ipynb').added]).toEqual(['ok', 24]);
    expect([only(facts, 'd/e.ipynb').parse, only(facts, 'd/e.ipynb').added]).toEqual(['ok', 24]);
    for (const f of factsOf(facts, 'b.ipynb').concat(factsOf(facts, 'c.ipynb'))) {
      expect(f.parse).not.toBe('ok');
      expect(churn(f)).toEqual(plainChurn(plainOf(plain, f)));
    }
    expect(factsOf(facts, 'src/x.py').map(churn)).toEqual(factsOf(facts, 'src/x.py').map((f) => plainChurn(plainOf(plain, f))));
  });
});

describe('commits that rename notebooks exactly beside a rename git could pair', () => {
  // Exact renames keep their blob: git pairs them by object id before any similarity,
  // whatever the attributes, so such a commit is walked once with notebook diffs off
  // (readCommits.ts pairsDiffer) and must still give a plain walk's facts.
  it('give the facts of a plain walk: exact notebook renames (one not JSON, one CRLF) beside a text file renamed with an edit', async () => {
    const cells: CellSpec[] = Array.from({ length: 8 }, (_, i) => ({
      type: 'code' as const,
      source: `x${i} = ${i}`,
      id: `c${i}`,
      count: 1,
      outputs: [outputs.image()],
    }));
    const nb = nbV4(cells);
    const conflicted = `<<<<<<< HEAD\n${oneCell('a = 1')}=======\n${oneCell('a = 2')}>>>>>>> branch\n`;
    const module = Array.from({ length: 30 }, (_, i) => `value_${i} = ${i}`).join('\n') + '\n';
    const dir = await makeRepo([
      {
        author: AMY,
        date: at(20),
        message: 'Add',
        files: { 'a.ipynb': nb, 'b.ipynb': conflicted, 'c.ipynb': nb.replace(/\n/g, '\r\n'), 'src/m.py': module, 'old.txt': 'gone\n' },
      },
      {
        author: AMY,
        date: at(21),
        message: 'Move everything',
        renames: [
          ['a.ipynb', 'book/a.ipynb'],
          ['b.ipynb', 'book/b.ipynb'],
          ['c.ipynb', 'book/c.ipynb'],
          ['src/m.py', 'lib/m.py'],
        ],
        files: { 'lib/m.py': module.replace('value_3 = 3', 'value_3 = 33'), 'old.txt': null, 'new.txt': 'fresh\n' },
      },
    ]);
    const plain = plainNumstat(dir);
    const facts = await scanFacts(dir, config('cells'));
    expect(facts.length).toBe(plain.length);
    for (const f of facts) plainOf(plain, f);
    const moves = ['a', 'b', 'c'].map((n) => only(facts, `book/${n}.ipynb`));
    expect(moves.map((f) => [f.status, f.oldPath])).toEqual([
      ['R', 'a.ipynb'],
      ['R', 'b.ipynb'],
      ['R', 'c.ipynb'],
    ]);
    expect([moves[0]!.parse, moves[0]!.added, moves[0]!.deleted, moves[2]!.parse]).toEqual(['ok', 0, 0, 'ok']);
    // The one that does not parse keeps git's numstat of the rename.
    expect(moves[1]!.parse).not.toBe('ok');
    expect(churn(moves[1]!)).toEqual(plainChurn(plainOf(plain, moves[1]!)));
    const m = only(facts, 'lib/m.py');
    expect([m.status, m.oldPath, churn(m)]).toEqual(['R', 'src/m.py', plainChurn(plainOf(plain, m))]);
  });
});
