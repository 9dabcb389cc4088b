/**
 * The scan: repositories -> facts and repository metadata. The only part of letgo that
 * runs git.
 */
import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';
import { createClassifier, type Classifier } from '../core/classify.js';
import type { Config } from '../core/config.js';
import type { FactRow, RepoMeta } from '../core/facts.js';
import { sortFacts } from '../core/facts.js';
import { discoverRepos, type FoundRepo } from './discover.js';
import { collectGarbageIfLarge } from './memory.js';
import { RecountPool } from './recountPool.js';
import { scanRepo, type CacheOptions, type ScanStats } from './scanRepo.js';

export { discoverRepos } from './discover.js';
export type { FoundRepo } from './discover.js';
export type { CacheOptions, ScanStats } from './scanRepo.js';

/**
 * Chunks per job when a history is split: more chunks than processes balance uneven
 * commits (later ones are often heavier).
 */
const CHUNKS_PER_JOB = 4;

/** Options of {@link scan}. */
export interface ScanOptions {
  config: Config;
  allBranches: boolean;
  /**
   * git work at once (>= 1): repositories are scanned side by side, and at most `jobs`
   * chunks (each a `git log` and its `git cat-file`) run at once. With jobs > 1 a
   * history of more than `minChunk` (500) commits is split into up to 4 chunks per job,
   * each of at least `minChunk` commits.
   */
  jobs: number;
  /** Smallest chunk in commits (default 500): tests lower it to split small repositories. */
  minChunk?: number;
  /** The fact cache; undefined: every commit is read from git. */
  cache?: CacheOptions;
  /** Warnings that do not belong in the Report (the cache cannot be read or written). */
  onWarning?: (message: string) => void;
  /** Progress: repositories done, commits read in the current ones. */
  onProgress?: (event: { repo: string; done: number; total: number; reposDone: number; repos: number }) => void;
}

/** Facts and metadata of every scanned repository. */
export interface ScanResult {
  /** File facts, and a commit row for each commit without file facts. */
  facts: FactRow[];
  repos: RepoMeta[];
  /** Per repository (same order as `repos`): how much history was read and how much came from the cache. */
  stats: ScanStats[];
}

/**
 * Scans repositories (already discovered, or PATHs to discover).
 * @throws LetgoError from discovery (NO_REPOSITORY) or git (GIT)
 */
export async function scan(targets: readonly string[] | readonly FoundRepo[], opts: ScanOptions): Promise<ScanResult> {
  const repos: FoundRepo[] = typeof targets[0] === 'string' || targets.length === 0 ? await discoverRepos(targets as string[]) : (targets as FoundRepo[]);
  let built: Classifier | undefined;
  const classifier = (): Classifier => (built ??= createClassifier(opts.config));
  const jobs = Math.max(1, Math.floor(opts.jobs));
  const limit = pLimit(jobs);
  // Two repositories' recounts at once, so that one's logs or parse go on while the other's
  // cat-file reads; large ones are split across worker threads, one per core the scan may use.
  const recountLimit = pLimit(Math.min(jobs, 2));
  const recountPool = RecountPool.create(Math.min(jobs, availableParallelism()));
  const results: Awaited<ReturnType<typeof scanRepo>>[] = new Array(repos.length);
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
        limit,
        recountLimit,
        recountPool,
        chunks: jobs === 1 ? 1 : jobs * CHUNKS_PER_JOB,
        minChunk: opts.minChunk,
        cache: opts.cache,
        onWarning: opts.onWarning,
        onProgress: (done, total) => opts.onProgress?.({ repo: repo.id, done, total, reposDone, repos: repos.length }),
      });
      reposDone++;
    }
  };
  // Repositories side by side (their chunks queue on `limit`), so one's listing overlaps another's log.
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, repos.length)) }, worker));
  } finally {
    await recountPool?.close();
  }
  collectGarbageIfLarge(); // the repositories' records and their walks' leftovers are garbage now, before sorting copies the facts
  // Facts of warm repositories come sorted; sorting (a Date.parse per commit) is then skipped when the ids are in order too.
  const presorted = results.every((r, i) => r.sorted && (i === 0 || results[i - 1].meta.id < r.meta.id));
  const facts = results.flatMap((r) => r.facts);
  return { facts: presorted ? facts : sortFacts(facts), repos: results.map((r) => r.meta), stats: results.map((r) => r.stats) };
}
