/**
 * The ownership matcher behind the JupyterLab nudge: given a notebook open in JupyterLab
 * (its path relative to the server root) and a Report, who owns that notebook. Pure.
 *
 * A repository's place under the server root is known from, in order:
 * 1. `repos[].relativePath`, written by `letgo scan --out DIR`: relative to DIR's parent
 *    folder, so it is joined to the parent of the panel's report folder;
 * 2. the repository's absolute `path` under the server root's absolute path
 *    (JupyterLab's page config `serverRoot`), when both are known.
 * Without either, no nudge: guessing by file name could name the wrong owner.
 */
import type { NotebookOwner, Report, ReportRepo } from '../core/report.js';

/** What the nudge says about an open notebook. */
export interface OwnershipMatch {
  /** Repository id. */
  repo: string;
  /** Path of the notebook inside the repository. */
  path: string;
  /** The owner entry of the report ("you", "teammate", or a person id with team detail). */
  owner: NotebookOwner;
  /** True when the owner is the manager ("you"): no nudge then. */
  mine: boolean;
}

/** Joins `/`-separated path parts, dropping empty ones and `.`. */
function joinPath(...parts: string[]): string {
  return parts
    .flatMap((p) => p.split('/'))
    .filter((p) => p !== '' && p !== '.')
    .join('/');
}

function dirname(p: string): string {
  const parts = joinPath(p).split('/');
  parts.pop();
  return parts.join('/');
}

/** Trailing-slash-free absolute path; `~` and empty stay as they are (unknown). */
function normalizeRoot(serverRoot: string | undefined): string | null {
  if (!serverRoot || !serverRoot.startsWith('/')) return null;
  return serverRoot.replace(/\/+$/, '') || '/';
}

/**
 * Where a repository sits under the server root ("" for the root itself), or null when
 * it cannot be known. `reportFolder` is the panel's report folder, relative to the
 * server root; `serverRoot` the server's absolute root folder, if known.
 */
export function repoLocation(repo: Pick<ReportRepo, 'path' | 'relativePath'>, reportFolder: string, serverRoot?: string): string | null {
  if (repo.relativePath !== undefined) {
    if (repo.relativePath.split('/').includes('..')) return null;
    return joinPath(dirname(reportFolder), repo.relativePath);
  }
  const root = normalizeRoot(serverRoot);
  if (root === null) return null;
  const abs = repo.path.replace(/\/+$/, '');
  if (abs === root) return '';
  const prefix = root === '/' ? '/' : `${root}/`;
  return abs.startsWith(prefix) ? abs.slice(prefix.length) : null;
}

/**
 * The owner of the notebook at `notebookPath` (relative to the server root), or null when
 * the report names no owner for it. When several repositories could hold the path (one
 * nested in another), the deepest one wins, as git would use the inner repository.
 */
export function findOwner(report: Pick<Report, 'repos'>, notebookPath: string, reportFolder: string, serverRoot?: string): OwnershipMatch | null {
  const target = joinPath(notebookPath);
  let best: { depth: number; match: OwnershipMatch } | null = null;
  for (const repo of report.repos) {
    const at = repoLocation(repo, reportFolder, serverRoot);
    if (at === null) continue;
    if (at !== '' && !target.startsWith(`${at}/`)) continue;
    const inside = at === '' ? target : target.slice(at.length + 1);
    const owner = repo.notebookOwners.find((o) => joinPath(o.path) === inside);
    if (!owner) continue;
    const depth = at === '' ? 0 : at.split('/').length;
    if (!best || depth > best.depth) best = { depth, match: { repo: repo.id, path: inside, owner, mine: owner.owner === 'you' } };
  }
  return best?.match ?? null;
}

/**
 * What the nudge says for a match: the owner's name (only with `--team-detail`; null
 * means "a teammate") and their share of its recent changes in whole percent. Null for a
 * notebook the manager owns (nothing to nudge).
 */
export function nudgeFor(match: OwnershipMatch | null): { who: string | null; percent: number } | null {
  if (!match || match.mine) return null;
  const who = match.owner.ownerName?.trim() || null;
  return { who, percent: Math.round(match.owner.share * 100) };
}
