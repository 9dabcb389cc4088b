/**
 * The one POSIX shell quoting of letgo (core/shell.ts), used by the CLI's hints and the
 * JupyterLab panel's "no report yet" commands: sh splits each printed line back into the
 * words it was made of.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellLine } from '../../src/core/shell.js';
import { reportCommandsFor } from '../../src/lab/reports.js';

/** The words `sh` splits `line` into. */
function shWords(line: string): string[] {
  const r = spawnSync('sh', ['-c', `printf '%s\\0' ${line}`], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.split('\0').slice(0, -1);
}

const AWKWARD = ['team repos', "Ann's notebooks", '$HOME', '`id`', 'a\nb', '', '*.ipynb', 'ü/ß', '--out=x y', "'", '"quoted"', 'a\\b', '~'];

describe('shellLine', () => {
  it('quotes only what needs it, and sh splits the line back into the same words', () => {
    const words = ['scan', 'mia@corp.io', '2026-10', ...AWKWARD];
    const line = shellLine(words);
    expect(line.startsWith('scan mia@corp.io 2026-10 ')).toBe(true);
    expect(shWords(line)).toEqual(words);
  });
});

describe("the panel's commands", () => {
  it.each(['letgo-report', 'team reports/letgo', ...AWKWARD.filter((w) => w !== '')])('quote the report folder %j as the CLI quotes a word', (folder) => {
    const { scan, demo } = reportCommandsFor(folder);
    expect(scan).toBe(shellLine(['letgo', 'scan', '--out', folder, '.']));
    expect(demo).toBe(shellLine(['letgo', 'demo', '--dir', 'churn-team', '--out', folder]));
    expect(shWords(scan)).toEqual(['letgo', 'scan', '--out', folder, '.']);
  });
});
