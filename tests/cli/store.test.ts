/**
 * Scan outputs on disk (src/cli/store.ts): facts.jsonl is written in parts, never as one
 * string, and a write that fails part-way leaves the folder as it was.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode, LetgoError } from '../../src/core/errors.js';
import { factsToJsonl, FILES, readScan, writeAtomic } from '../../src/cli/store.js';
import { makeRepo, tempDir } from '../helpers/repos.js';
import { git, letgo } from './cliHelpers.js';

const ANN = { name: 'Ann Dev', email: 'ann@corp.io' };

describe('facts.jsonl', () => {
  it('holds one line per changed file of a commit touching 6,000 files, written in parts over 1 MB, and reads back whole', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 6000; i++) files[`src/module_${String(i).padStart(4, '0')}.py`] = `x = ${i}\n`;
    const repo = await makeRepo([{ author: ANN, date: '2026-10-05T10:00:00+02:00', message: 'many files', files }]);
    const out = path.join(tempDir('letgo-store-'), 'out');
    const run = await letgo(['scan', repo, '--out', out, '--format', 'json', '--manager', ANN.email, '--month', '2026-10', '--no-cache'], repo);
    expect(run.code, run.stderr).toBe(0);

    const { facts, repos } = await readScan(out);
    expect(facts).toHaveLength(6000);
    expect(facts.map((f) => f.path).sort()).toEqual(git(repo, ['ls-tree', '-r', '--name-only', 'HEAD']).trim().split('\n').sort());
    expect(new Set(facts.map((f) => f.sha))).toEqual(new Set([git(repo, ['rev-parse', 'HEAD']).trim()]));
    expect(repos).toHaveLength(1);

    // The parts: more than one, each under ~1 MB plus a line, and together the file byte for byte.
    const parts = [...factsToJsonl(facts)];
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThan((1 << 20) + 2000);
    const text = readFileSync(path.join(out, FILES.facts), 'utf8');
    expect(parts.join('')).toBe(text);
    expect(text.length).toBeGreaterThan(1 << 20);
    // The file on its own terms: 6,000 newline-ended lines, one JSON object each.
    expect(text.endsWith('\n')).toBe(true);
    expect(
      text
        .slice(0, -1)
        .split('\n')
        .map((l) => (JSON.parse(l) as { path: string }).path)
        .sort()
    ).toEqual(facts.map((f) => f.path).sort());
    expect(readdirSync(out).sort()).toEqual([FILES.facts, FILES.report, FILES.repos, FILES.scan].sort());
  }, 60_000);
});

describe('writeAtomic', () => {
  it('leaves the folder as it was when a file fails part-way: old files kept, no temp file', () => {
    const dir = tempDir('letgo-atomic-');
    writeFileSync(path.join(dir, 'a.txt'), 'old a\n');
    function* failing(): Generator<string> {
      yield 'new b, first part\n';
      throw new Error('disk full');
    }
    let thrown: unknown;
    try {
      writeAtomic(dir, { 'a.txt': 'new a\n', 'b.txt': failing() });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(LetgoError);
    expect((thrown as LetgoError).code).toBe(ExitCode.Output);
    expect((thrown as LetgoError).message).toMatch(/^cannot write to .*: disk full; choose another --out$/);
    expect(readdirSync(dir)).toEqual(['a.txt']);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('old a\n');
    expect(existsSync(path.join(dir, 'b.txt'))).toBe(false);
  });

  it('writes every file whole when nothing fails', () => {
    const dir = path.join(tempDir('letgo-atomic-'), 'new');
    writeAtomic(dir, { 'a.txt': 'one\n', 'b.txt': ['two', '\n', 'three\n'] });
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('one\n');
    expect(readFileSync(path.join(dir, 'b.txt'), 'utf8')).toBe('two\nthree\n');
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt']);
  });
});
