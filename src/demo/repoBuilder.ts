/**
 * Builds real git repositories from a list of commits with `git fast-import`: exact
 * authors, dates (with UTC offsets), messages, files, renames, branches and merges. Used
 * by `letgo demo`, the tests and the benchmark.
 */
import { mkdirSync } from 'node:fs';
import { runGit } from '../scan/git.js';
import { ExitCode, LetgoError } from '../core/errors.js';

/** A person as git records them. */
export interface Signature {
  name: string;
  email: string;
}

/** One commit to create. */
export interface CommitSpec {
  author: Signature;
  /** Committer (default: the author). */
  committer?: Signature;
  /** Author date, ISO 8601 with offset, e.g. "2026-10-03T10:00:00+02:00". */
  date: string;
  message: string;
  /** Files to write (content) or delete (null), by repository-relative path. */
  files?: Record<string, string | Buffer | null>;
  /** Renames [from, to], applied before `files`. */
  renames?: [string, string][];
  /** Branch to commit on (default "main"); a new branch starts from main's tip. */
  branch?: string;
  /** Branch whose tip becomes a second parent: a merge commit. */
  merge?: string;
}

/**
 * Creates (or extends) a repository at `dir` with the commits, then checks out main.
 * @throws LetgoError (GIT) when git fails
 */
export async function buildRepo(dir: string, commits: readonly CommitSpec[]): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const init = await runGit(dir, ['init', '-q', '-b', 'main']);
  if (init.code !== 0) throw new LetgoError(ExitCode.Git, `git init failed in ${dir}: ${init.stderr.trim()}`);
  // Branches that exist already continue from their tips (fast-import would start them anew).
  const existing = await runGit(dir, ['for-each-ref', '--format=%(refname)', 'refs/heads/']);
  const before = new Set(existing.stdout.toString('utf8').split('\n').filter(Boolean));
  const chunks: Buffer[] = [];
  const tips = new Set<string>();
  const out = (s: string | Buffer): void => {
    chunks.push(typeof s === 'string' ? Buffer.from(s, 'utf8') : s);
  };
  const data = (content: string | Buffer): void => {
    const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    out(`data ${buf.length}\n`);
    out(buf);
    out('\n');
  };
  commits.forEach((c, i) => {
    const branch = c.branch ?? 'main';
    out(`commit refs/heads/${branch}\nmark :${i + 1}\n`);
    out(`author ${sig(c.author)} ${gitDate(c.date)}\n`);
    out(`committer ${sig(c.committer ?? c.author)} ${gitDate(c.date)}\n`);
    data(c.message);
    if (!tips.has(branch) && before.has(`refs/heads/${branch}`)) out(`from refs/heads/${branch}^0\n`);
    else if (!tips.has(branch) && branch !== 'main' && tips.has('main')) out('from refs/heads/main\n');
    else if (!tips.has(branch) && branch !== 'main' && before.has('refs/heads/main')) out('from refs/heads/main^0\n');
    if (c.merge) out(`merge refs/heads/${c.merge}\n`);
    for (const [from, to] of c.renames ?? []) out(`R ${quote(from)} ${quote(to)}\n`);
    for (const [path, content] of Object.entries(c.files ?? {})) {
      if (content === null) out(`D ${quote(path)}\n`);
      else {
        out(`M 100644 inline ${quote(path)}\n`);
        data(content);
      }
    }
    out('\n');
    tips.add(branch);
  });
  out('done\n');
  const r = await runGit(dir, ['fast-import', '--quiet', '--done', '--force'], Buffer.concat(chunks));
  if (r.code !== 0) throw new LetgoError(ExitCode.Git, `git fast-import failed in ${dir}: ${r.stderr.trim()}`);
  const co = await runGit(dir, ['checkout', '-q', '-f', 'main']);
  if (co.code !== 0) throw new LetgoError(ExitCode.Git, `git checkout failed in ${dir}: ${co.stderr.trim()}`);
}

function sig(s: Signature): string {
  return `${s.name} <${s.email}>`;
}

/** "<epoch seconds> <+hhmm>" from an ISO date with offset (Z means +0000). */
export function gitDate(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad date ${iso}`);
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  const offset = m ? `${m[1]}${m[2]}${m[3]}` : '+0000';
  return `${Math.floor(ms / 1000)} ${offset}`;
}

/** C-style quoted path for fast-import (handles spaces, quotes, newlines, non-ASCII). */
function quote(path: string): string {
  return `"${path.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;
}
