/**
 * Running git safely on repositories we do not trust (design.md "Rules"): read-only
 * commands only, no pager, no external diff or textconv, no fsmonitor or hooks, no
 * network (every transport protocol is refused, so a partial clone cannot lazily fetch
 * a missing blob), English messages, and paths after `--`. Every git call goes through
 * this one spawn wrapper: simple-git's guards refuse these very overrides (and the
 * GIT_* variables of a CI environment), so it cannot run git this safely.
 */
import { spawn } from 'node:child_process';
import { ExitCode, LetgoError } from '../core/errors.js';

/** Config overrides given to every git command, before the subcommand. */
export const SAFE_CONFIG = [
  '-c', 'core.fsmonitor=false',
  '-c', 'core.hooksPath=/dev/null',
  '-c', 'protocol.allow=never',
  '-c', 'fetch.recurseSubmodules=false',
  '-c', 'diff.external=',
  '-c', 'core.pager=cat',
  '-c', 'log.showSignature=false',
];

/** Environment for git: no prompts, no pager, no lazy fetch, C locale, no system/global hooks into our output. */
export function gitEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    PAGER: 'cat',
    GIT_NO_LAZY_FETCH: '1',
    GIT_ALLOW_PROTOCOL: 'none',
    GIT_OPTIONAL_LOCKS: '0',
    LC_ALL: 'C',
    LANG: 'C',
  };
}

/** Result of {@link runGit}. */
export interface GitResult {
  stdout: Buffer;
  stderr: string;
  code: number;
}

/**
 * Runs one git command to completion and collects its output (for small outputs; stream
 * big ones with {@link spawnGit}).
 * @throws LetgoError (GIT) when git is not installed
 */
export function runGit(dir: string, args: readonly string[], input?: string | Buffer): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawnGit(dir, args);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => reject(gitSpawnError(e)));
    child.on('close', (code) => resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code: code ?? 1 }));
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}

/** Starts git with the safe config and environment; stdio are pipes. */
export function spawnGit(dir: string, args: readonly string[]) {
  return spawn('git', [...SAFE_CONFIG, ...args], { cwd: dir, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Maps a spawn failure to a LetgoError: ENOENT means git is not installed. */
export function gitSpawnError(e: NodeJS.ErrnoException): Error {
  if (e.code === 'ENOENT') {
    return new LetgoError(ExitCode.Git, 'git is not installed or not on PATH: install git 2.25 or newer and try again');
  }
  return e;
}

/** The first line of a git message (stderr), trimmed; '' when empty. */
export function firstLine(s: string): string {
  return s.trim().split('\n')[0] ?? '';
}
