/** Helpers for the CLI tests: an in-process io that captures output, and a runner. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';

/** The project's root folder (holds bin/ and lib/). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What one in-process run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A fixed clock so reports (generatedAt, default windows) are reproducible. */
export const NOW = new Date('2026-11-15T12:00:00.000Z');

/** An io that captures stdout and stderr, with no terminal, a fixed `now` and the given cwd. */
export function captureIo(cwd: string, now: Date = NOW): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stdoutIsTty: false,
    stderrIsTty: false,
    now: () => now,
    cwd,
  };
}

/** Runs `letgo ARGS` in-process. */
export async function letgo(args: string[], cwd: string, now: Date = NOW): Promise<CliRun> {
  const io = captureIo(cwd, now);
  const code = await runCli(args, io);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}

/** Runs git synchronously (test set-up only); throws with git's stderr when it fails. */
export function git(cwd: string, args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${cwd}: ${r.stderr}`);
  return r.stdout;
}

/** `git count-objects -v` as numbers (count, in-pack, ...). */
export function countObjects(repo: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of git(repo, ['count-objects', '-v']).split('\n')) {
    const m = /^([\w-]+): (\d+)$/.exec(line.trim());
    if (m) out[m[1]] = Number(m[2]);
  }
  return out;
}

/** The total number of objects in a repository (loose + packed). */
export function objectTotal(repo: string): number {
  const c = countObjects(repo);
  return (c.count ?? 0) + (c['in-pack'] ?? 0);
}

/**
 * Asserts the one-line error contract (docs/definitions.md "Rules for every part"): the exit code,
 * nothing on stdout, exactly one `letgo: ` line on stderr with no stack trace, holding
 * each of `mentions`. Returns the line.
 */
export function expectOneLineError(run: CliRun, code: number, ...mentions: (string | RegExp)[]): string {
  expect(run.code, `exit code; stderr: ${run.stderr}`).toBe(code);
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n')).toBe(true);
  const errLines = run.stderr.slice(0, -1).split('\n');
  expect(errLines, run.stderr).toHaveLength(1);
  const [line] = errLines;
  expect(line).toMatch(/^letgo: \S/);
  expect(line).not.toMatch(/internal error|\bat .*:\d+:\d+\)?$|Error:/);
  for (const m of mentions) {
    if (typeof m === 'string') expect(line).toContain(m);
    else expect(line).toMatch(m);
  }
  return line;
}
