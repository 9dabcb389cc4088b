/**
 * Running git safely on repositories we do not trust (docs/definitions.md "Rules for every part"): read-only
 * commands only, no pager, no external diff or textconv, no fsmonitor or hooks, no
 * network (every transport protocol is refused, so a partial clone cannot lazily fetch
 * a missing blob), English messages, and paths after `--`. Every git call goes through
 * this one spawn wrapper: simple-git's guards refuse these very overrides (and the
 * GIT_* variables of a CI environment), so it cannot run git this safely.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { tmpdir } from 'node:os';
import { ExitCode, LetgoError } from '../core/errors.js';

/** Config overrides given to every git command, before the subcommand. */
export const SAFE_CONFIG = [
  '-c',
  'core.fsmonitor=false',
  '-c',
  'core.hooksPath=/dev/null',
  '-c',
  'protocol.allow=never',
  '-c',
  'fetch.recurseSubmodules=false',
  '-c',
  'diff.external=',
  '-c',
  'core.pager=cat',
  '-c',
  'log.showSignature=false',
];

/**
 * The repository-local variables of git 2.39 (`git rev-parse --local-env-vars`, git's
 * `local_repo_env` in environment.c): {@link repoLocalEnvVars} when asking git fails.
 */
export const LOCAL_ENV_VARS_FALLBACK: readonly string[] = [
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_CONFIG',
  'GIT_CONFIG_PARAMETERS',
  'GIT_CONFIG_COUNT',
  'GIT_OBJECT_DIRECTORY',
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_IMPLICIT_WORK_TREE',
  'GIT_GRAFT_FILE',
  'GIT_INDEX_FILE',
  'GIT_NO_REPLACE_OBJECTS',
  'GIT_REPLACE_REF_BASE',
  'GIT_PREFIX',
  'GIT_INTERNAL_SUPER_PREFIX',
  'GIT_SHALLOW_FILE',
  'GIT_COMMON_DIR',
];

let localEnvVars: readonly string[] | undefined;

/**
 * The environment variables that point git at one repository (GIT_DIR, GIT_WORK_TREE,
 * GIT_OBJECT_DIRECTORY, GIT_CONFIG_PARAMETERS, ...), as git lists them with `git rev-parse
 * --local-env-vars` (the list git itself clears before it runs a command in another
 * repository, e.g. a submodule). Asked of git once per process (a few ms, run outside any
 * repository) and cached; {@link LOCAL_ENV_VARS_FALLBACK} when git cannot be run or
 * answers with anything but variable names. A git hook, `git rebase -x` or a shell in a
 * worktree sets them; left in letgo's git environment, they would scan that repository
 * instead of the one named.
 */
export function repoLocalEnvVars(): readonly string[] {
  if (localEnvVars) return localEnvVars;
  const env = { ...process.env };
  for (const name of LOCAL_ENV_VARS_FALLBACK) delete env[name];
  const r = spawnSync('git', ['rev-parse', '--local-env-vars'], { cwd: tmpdir(), env, encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] });
  const names = r.status === 0 ? r.stdout.split('\n').filter((l) => l !== '') : [];
  localEnvVars = names.length && names.every((n) => /^GIT_[A-Z0-9_]+$/.test(n)) ? names : LOCAL_ENV_VARS_FALLBACK;
  return localEnvVars;
}

/**
 * Environment for git: the caller's, less {@link repoLocalEnvVars} (so git finds the
 * repository from its working folder alone), with no prompts, no pager, no lazy fetch,
 * C locale, no system/global hooks into our output, and stdout fully buffered
 * (`GIT_FLUSH=0`): into a pipe, `git log` and `git rev-list` otherwise flush after every
 * commit, so a 50,000-commit walk reached letgo in some 14,000 reads of about 1 KB, whose
 * wake-ups cost letgo's process more CPU (3.9 s against 3.1 s of its main thread, sys time
 * 0.7 s against 0.3 s) than parsing the log. No git letgo starts is read record by record:
 * `cat-file --batch` writes each object unbuffered whatever GIT_FLUSH says, and every other
 * command gets its whole input at once.
 */
export function gitEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of repoLocalEnvVars()) delete env[name];
  return {
    ...env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    PAGER: 'cat',
    GIT_NO_LAZY_FETCH: '1',
    GIT_ALLOW_PROTOCOL: 'none',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_FLUSH: '0',
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
 * @throws LetgoError (GIT) when git is not installed, or when it made no progress for {@link gitIdleMs} and was ended
 */
export function runGit(dir: string, args: readonly string[], input?: string | Buffer): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const git = spawnGit(dir, args);
    const { child } = git;
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => reject(gitSpawnError(e)));
    child.on('close', (code) => {
      const stalled = git.stalled();
      if (stalled) reject(stalled);
      else resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code: code ?? 1 });
    });
    child.stdin.on('error', () => undefined);
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}

/** A running git process with its watchdog (see {@link spawnGit}). */
export interface GitProcess {
  child: ChildProcessWithoutNullStreams;
  /**
   * Whether letgo is waiting on git now (default true): the watchdog runs only then. A
   * long-lived process that idles between requests (`git cat-file --batch`) sets it.
   */
  waiting(on: boolean): void;
  /** The error to report when the watchdog ended the process (no progress), else undefined. */
  stalled(): LetgoError | undefined;
}

/** Default of {@link gitIdleMs}: 10 minutes. git log, rev-list and cat-file write as they go (log and rev-list in blocks of a few KB: {@link gitEnv}); minutes of silence mean git waits on something else. */
const DEFAULT_IDLE_SECONDS = 600;

/**
 * How long (ms) a git process may go without writing anything while letgo waits on it
 * before it is ended: `LETGO_GIT_IDLE_SECONDS` (a positive number), else
 * {@link DEFAULT_IDLE_SECONDS}. A repository can make git wait forever (a FIFO as
 * `.git/info/attributes`).
 */
export function gitIdleMs(): number {
  const v = Number(process.env.LETGO_GIT_IDLE_SECONDS);
  return (Number.isFinite(v) && v > 0 ? v : DEFAULT_IDLE_SECONDS) * 1000;
}

/** Every git process letgo started that has not exited: ended when letgo exits or is interrupted. */
const running = new Set<ChildProcessWithoutNullStreams>();

/** `-c` overrides per repository folder, set by {@link pinRepoConfig}. */
const pins = new Map<string, readonly string[]>();

/**
 * Adds `-c` overrides to every later git command in `dir` (scan/namedFiles.ts: a setting
 * that names a file letgo refused to read is overridden for git too).
 */
export function pinRepoConfig(dir: string, args: readonly string[]): void {
  if (args.length) pins.set(dir, args);
  else pins.delete(dir);
}

/**
 * Starts git with the safe config and environment (stdio are pipes) under a watchdog: a
 * process that writes nothing on stdout or stderr for {@link gitIdleMs} while letgo
 * waits on it is killed, and {@link GitProcess.stalled} then says so in one line naming
 * the repository. The process is ended with letgo (exit, SIGINT, SIGTERM).
 */
export function spawnGit(dir: string, args: readonly string[]): GitProcess {
  const child = spawn('git', [...SAFE_CONFIG, ...(pins.get(dir) ?? []), ...args], { cwd: dir, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
  endWithLetgo();
  running.add(child);
  const idleMs = gitIdleMs();
  let timer: NodeJS.Timeout | undefined;
  let stalled: LetgoError | undefined;
  let waiting = true;
  const arm = (): void => {
    clearTimeout(timer);
    timer = waiting ? setTimeout(stall, idleMs) : undefined;
  };
  const stall = (): void => {
    const sub = args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '-c') ?? 'git';
    stalled = new LetgoError(
      ExitCode.Git,
      `git ${sub} in ${dir} made no progress for ${Math.round(idleMs / 1000)} s and was ended (a FIFO or device where git reads a file?): check that repository, or set LETGO_GIT_IDLE_SECONDS to wait longer`
    );
    child.kill('SIGKILL');
  };
  child.stdout.on('data', arm);
  child.stderr.on('data', arm);
  child.once('close', () => {
    clearTimeout(timer);
    running.delete(child);
  });
  child.once('error', () => {
    clearTimeout(timer);
    running.delete(child);
  });
  arm();
  return {
    child,
    waiting(on) {
      if (on === waiting) return;
      waiting = on;
      arm();
    },
    stalled: () => stalled,
  };
}

let ending = false;

/** Installs, once, the handlers that end every running git process when letgo exits or is interrupted (SIGINT, SIGTERM: then exits 130 or 143, as a shell reports a tool ended by that signal). */
function endWithLetgo(): void {
  if (ending) return;
  ending = true;
  const endAll = (): void => {
    for (const child of running) child.kill('SIGKILL');
    running.clear();
  };
  process.once('exit', endAll);
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      endAll();
      process.exit(code);
    });
  }
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
