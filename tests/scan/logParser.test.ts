/**
 * The streaming git log parser against its own whole-output parse: git's stdout arrives
 * in chunks cut anywhere (inside a path, a multi-byte character, a NUL-separated field),
 * and the commits must come out the same however it is cut.
 */
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { SAFE_CONFIG } from '../../src/scan/git.js';
import { LogParser, logArgs, type RawCommit } from '../../src/scan/logParser.js';
import { makeRepo } from '../helpers/repos.js';

function parse(chunks: Buffer[]): RawCommit[] {
  const out: RawCommit[] = [];
  const parser = new LogParser((c) => out.push(c));
  for (const c of chunks) parser.push(c);
  parser.end();
  return out;
}

it('gives the same commits however the output is cut into chunks', async () => {
  const at = (d: number) => `2026-0${d}-02T10:00:00Z`;
  const dir = await makeRepo([
    {
      author: { name: 'Zoë Ångström', email: 'zoe@example.com' },
      date: at(1),
      message: 'Start\n\nCo-authored-by: Ana Costa <ana@example.com>',
      files: { 'src/naïve café.py': 'x = 1\n', 'a\tb "quoted".txt': 'tab\n', 'bin.dat': '\u0000\u0001binary' },
    },
    {
      author: { name: 'Ana Costa', email: 'ana@example.com' },
      date: at(2),
      message: 'Move and edit',
      files: { 'src/naïve café.py': null, 'src/renamed 名前.py': 'x = 1\ny = 2\n', 'notes.md': '# Ünïcödé\n' },
    },
    {
      author: { name: 'Ana Costa', email: 'ana@example.com' },
      date: at(3),
      message: 'Edit',
      files: { 'notes.md': '# Ünïcödé\nmore\n', 'bin.dat': '\u0000\u0002binary' },
    },
  ]);
  const whole = execFileSync('git', [...SAFE_CONFIG, ...logArgs(), 'HEAD', '--'], { cwd: dir });
  const expected = parse([whole]);
  // What git printed, checked by hand: 3 commits, the rename, the binary file, the co-author.
  expect(expected.map((c) => c.subject)).toEqual(['Edit', 'Move and edit', 'Start']);
  expect(expected[1]!.changes.find((ch) => ch.status === 'R')).toMatchObject({
    oldPath: 'src/naïve café.py',
    path: 'src/renamed 名前.py',
    added: 1,
    deleted: 0,
  });
  expect(expected[0]!.changes.find((ch) => ch.path === 'bin.dat')).toMatchObject({ added: null, deleted: null });
  expect(expected[2]!.authorName).toBe('Zoë Ångström');
  expect(expected[2]!.coAuthors).toEqual(['Ana Costa <ana@example.com>']);
  expect(expected[2]!.changes.map((ch) => ch.path).sort()).toEqual(['a\tb "quoted".txt', 'bin.dat', 'src/naïve café.py']);

  // Every single cut, then random cuts into many chunks.
  for (let cut = 0; cut <= whole.length; cut++) expect(parse([whole.subarray(0, cut), whole.subarray(cut)])).toEqual(expected);
  fc.assert(
    fc.property(fc.uniqueArray(fc.integer({ min: 1, max: whole.length - 1 }), { maxLength: 40 }), (cuts) => {
      const at = [0, ...cuts.sort((a, b) => a - b), whole.length];
      const chunks = at.slice(1).map((end, i) => Buffer.from(whole.subarray(at[i], end)));
      expect(parse(chunks)).toEqual(expected);
    }),
    { numRuns: 300 }
  );
});
