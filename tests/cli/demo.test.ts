/**
 * `letgo demo` leaves nothing behind: its temp folder is
 * removed after the scan, also when the command fails; a `--dir` folder is kept.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ExitCode } from '../../src/core/errors.js';
import type { Report } from '../../src/core/report.js';
import { tempDir } from '../helpers/repos.js';
import { letgo } from './cliHelpers.js';

let tmp: string;
let cwd: string;
let saved: string | undefined;
beforeEach(() => {
  cwd = tempDir();
  // os.tmpdir() reads TMPDIR at each call: the demo's temp folder goes into a folder of our own.
  saved = process.env.TMPDIR;
  tmp = tempDir();
  process.env.TMPDIR = tmp;
});
afterEach(() => {
  process.env.TMPDIR = saved;
});

it('removes its temp folder after the scan, and says it will', async () => {
  const run = await letgo(['demo', '--format', 'json'], cwd);
  expect(run.code, run.stderr).toBe(ExitCode.Ok);
  expect((JSON.parse(run.stdout) as Report).handsOn.managerCommits).toBeGreaterThan(0);
  expect(run.stderr).toContain('in a temp folder (removed after the scan; --dir DIR keeps it)');
  expect(readdirSync(tmp)).toEqual([]);
});

it('removes it when the command fails too (an --out that cannot be written: exit 9)', async () => {
  writeFileSync(path.join(cwd, 'taken'), 'a file, not a folder');
  const run = await letgo(['demo', '--format', 'json', '--out', 'taken/out'], cwd);
  expect(run.code, run.stderr).toBe(ExitCode.Output);
  expect(readdirSync(tmp)).toEqual([]);
});

it('keeps a --dir repository, relative to the working folder', async () => {
  const run = await letgo(['demo', '--format', 'json', '--dir', 'churn-team'], cwd);
  expect(run.code, run.stderr).toBe(ExitCode.Ok);
  expect(existsSync(path.join(cwd, 'churn-team', '.git'))).toBe(true);
  expect(run.stderr).toContain(`in ${path.join(cwd, 'churn-team')}`);
  expect(readdirSync(tmp)).toEqual([]);
});
