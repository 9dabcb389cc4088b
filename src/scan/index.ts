/**
 * The scan: repositories -> facts and repository metadata. The only part of letgo that
 * runs git.
 */
import { createClassifier } from '../core/classify.js';
import type { Config } from '../core/config.js';
import type { Fact, RepoMeta } from '../core/facts.js';
import { sortFacts } from '../core/facts.js';
import { discoverRepos, type FoundRepo } from './discover.js';
import { ensureGit } from './git.js';
import { scanRepo } from './scanRepo.js';

export { discoverRepos } from './discover.js';
export type { FoundRepo } from './discover.js';

/** Options of {@link scan}. */
export interface ScanOptions {
  config: Config;
  allBranches: boolean;
  /** Repositories scanned at once (>= 1). */
  jobs: number;
  /** Progress: repositories done, commits parsed in the current ones. */
  onProgress?: (event: { repo: string; done: number; total: number; reposDone: number; repos: number }) => void;
}

/** Facts and metadata of every scanned repository. */
export interface ScanResult {
  facts: Fact[];
  repos: RepoMeta[];
}

/**
 * Scans repositories (already discovered, or PATHs to discover).
 * @throws LetgoError from discovery (NO_REPOSITORY) or git (GIT)
 */
export async function scan(targets: readonly string[] | readonly FoundRepo[], opts: ScanOptions): Promise<ScanResult> {
  await ensureGit();
  const repos: FoundRepo[] =
    typeof targets[0] === 'string' || targets.length === 0 ? await discoverRepos(targets as string[]) : (targets as FoundRepo[]);
  const classifier = createClassifier(opts.config);
  const results: { facts: Fact[]; meta: RepoMeta }[] = new Array(repos.length);
  let next = 0;
  let reposDone = 0;
  const worker = async (): Promise<void> => {
    while (next < repos.length) {
      const i = next++;
      const repo = repos[i];
      results[i] = await scanRepo(repo.dir, repo.id, {
        config: opts.config,
        classifier,
        allBranches: opts.allBranches,
        onProgress: (done, total) => opts.onProgress?.({ repo: repo.id, done, total, reposDone, repos: repos.length }),
      });
      reposDone++;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.jobs, repos.length)) }, worker));
  return { facts: sortFacts(results.flatMap((r) => r.facts)), repos: results.map((r) => r.meta) };
}
