/**
 * The environment letgo gives git (scan/git.ts): the repository-local variables git lists
 * with `git rev-parse --local-env-vars` are removed, asked of the installed git, or
 * taken from the documented fallback list when git cannot answer (missing, or answering
 * something else). tests/cli/hostile.test.ts scans with them set.
 */
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
