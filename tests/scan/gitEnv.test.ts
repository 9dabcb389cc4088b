/**
 * The environment letgo gives git (scan/git.ts): the repository-local variables git lists
 * with `git rev-parse --local-env-vars` are removed, asked of the installed git, or
 * taken from the documented fallback list when git cannot answer (missing, or answering
 * something else), and stdout fully buffered (GIT_FLUSH=0). tests/cli/hostile.test.ts scans
 * with the local variables set.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { git } from '../cli/cliHelpers.js';
import { tempDir } from '../helpers/repos.js';

const PATH = process.env.PATH;

afterEach(() => {
  process.env.PATH = PATH;
  delete process.env.GIT_DIR;
  vi.resetModules();
});

/** A fresh scan/git.ts (its list is cached per process, i.e. per module instance). */
async function freshGit(): Promise<typeof import('../../src/scan/git.js')> {
  vi.resetModules();
  return import('../../src/scan/git.js');
}

it("removes exactly the installed git's --local-env-vars, keeps everything else, and the fallback holds them all", async () => {
  const listed = git(tempDir(), ['rev-parse', '--local-env-vars']).trim().split('\n');
  expect(listed).toContain('GIT_DIR');
  process.env.GIT_DIR = '/elsewhere/.git';
  const { gitEnv, repoLocalEnvVars, LOCAL_ENV_VARS_FALLBACK } = await freshGit();
  expect(repoLocalEnvVars()).toEqual(listed);
  const env = gitEnv();
  for (const name of listed) expect(env[name], name).toBeUndefined();
  expect(env.PATH).toBe(PATH);
  expect(env.GIT_NO_LAZY_FETCH).toBe('1');
  // The fallback is git 2.39's list: a newer git that adds a variable should add it here too.
  expect(listed.filter((n) => !LOCAL_ENV_VARS_FALLBACK.includes(n))).toEqual([]);
});

it('falls back to the documented list when git is not on PATH, or answers with anything but variable names', async () => {
  process.env.PATH = tempDir('letgo-nogit-');
  let mod = await freshGit();
  expect(mod.repoLocalEnvVars()).toBe(mod.LOCAL_ENV_VARS_FALLBACK);
  const liar = tempDir('letgo-fakegit-');
  writeFileSync(path.join(liar, 'git'), '#!/bin/sh\necho "GIT_DIR"\necho "rm -rf /"\n');
  chmodSync(path.join(liar, 'git'), 0o755);
  process.env.PATH = `${liar}${path.delimiter}${PATH}`;
  mod = await freshGit();
  expect(mod.repoLocalEnvVars()).toBe(mod.LOCAL_ENV_VARS_FALLBACK);
  process.env.GIT_DIR = '/elsewhere/.git';
  expect(mod.gitEnv().GIT_DIR).toBeUndefined();
});

it('has git log write its output in blocks, not flushed after every commit, when letgo reads it through a pipe', async () => {
  const dir = tempDir('letgo-flush-');
  git(dir, ['init', '-q']);
  // 400 commits of one file each, through fast-import (a second, not 400 git commits).
  const stream = Array.from({ length: 400 }, (_, i) =>
    [
      `commit refs/heads/main`,
      `committer A <a@x.org> ${1_700_000_000 + i * 60} +0000`,
      'data 4',
      `c${String(i).padStart(3, '0')}`,
      `M 100644 inline f${i}.py`,
      `data ${String(i).length + 1}`,
      `${i}`,
      '',
    ].join('\n')
  ).join('\n');
  spawnSync('git', ['fast-import', '--quiet'], { cwd: dir, input: stream });
  git(dir, ['symbolic-ref', 'HEAD', 'refs/heads/main']);
  const { spawnGit } = await freshGit();
  const { logArgs } = await import('../../src/scan/logParser.js');
  const { child } = spawnGit(dir, [...logArgs(), 'HEAD']);
  let chunks = 0;
  let bytes = 0;
  child.stdout.on('data', (b: Buffer) => {
    chunks++;
    bytes += b.length;
  });
  await new Promise((resolve) => child.on('close', resolve));
  expect(bytes).toBeGreaterThan(400 * 150);
  // Flushed per commit, git writes 400 times (about 200 bytes each) and letgo, idle here, reads each write.
  expect(chunks).toBeLessThan(400 / 4);
});
