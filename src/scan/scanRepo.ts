/**
 * One repository -> facts: lists its non-merge commits, takes those already in the
 * {@link RepoCache} from it, and reads the others from git (readCommits.ts, loaded only
 * then). An unchanged repository with a warm cache is answered without listing commits.
 *
 * A commit's facts depend only on the commit (its diff against its first parent) and on
 * the cache key's inputs, so splitting the commit list, or taking part of it from the
 * cache, gives exactly the facts of one cold single-process scan.
 */
import type { LimitFunction } from 'p-limit';
import type { Classifier } from '../core/classify.js';
import type { Config } from '../core/config.js';
import { ExitCode, LetgoError } from '../core/errors.js';
import { pluralForm } from '../core/plural.js';
import type { FactRow, RepoMeta } from '../core/facts.js';
import { cacheKey, recordFacts, RepoCache, type CommitRecord } from './cache.js';
import { firstLine, runGit } from './git.js';
import { checkNamedFiles, type NamedFiles } from './namedFiles.js';
import type { Read } from './readCommits.js';
import type { RecountPool } from './recountPool.js';

/** Options of {@link scanRepo}. */
export interface ScanRepoOptions {
  config: Config;
  /** The config's classifier, built on first call (a scan answered from the cache classifies nothing). */
  classifier: () => Classifier;
  /** Walk local branches and tags instead of HEAD. */
  allBranches: boolean;
  /** Runs one chunk's `git log`: bounds the log processes running at once across repositories. */
  limit: LimitFunction;
  /** Runs the repository's notebook recount (`git cat-file` + parsing, after its walks: readCommits.ts), apart from `limit` so that other repositories' logs go on meanwhile. */
  recountLimit: LimitFunction;
  /** Worker threads the recounts are split across (recountPool.ts); null or absent: they parse in this thread. */
  recountPool?: RecountPool | null;
  /** Chunks to aim for (jobs × CHUNKS_PER_JOB); fewer when chunks would be under `minChunk` commits. */
  chunks: number;
  /** No chunk is smaller than this many commits (default: readCommits.ts's MIN_CHUNK); tests lower it to split small repositories. */
  minChunk?: number;
  /** The fact cache: its root folder and the version of letgo (part of the key); undefined: no cache. */
  cache?: CacheOptions;
  /** Warnings that must not change the report (cache problems); default: ignored. */
  onWarning?: (message: string) => void;
  /** Called with the number of commits read so far and the total to read. */
  onProgress?: (done: number, total: number) => void;
}

/** Where the fact cache lives and what it is keyed on besides the config. */
export interface CacheOptions {
  /** Root folder (created when first written). */
  dir: string;
  /** letgo's version: another version never reads this one's facts. */
  version: string;
}

/** How much of a repository's history a scan read (for callers and tests; not part of the Report). */
export interface ScanStats {
  /** Non-merge commits in the scanned history. */
  commits: number;
  /** Commits whose facts came from the cache. */
  cached: number;
  /** Commits read from git by this scan. */
  read: number;
  /** git log walks run: one per chunk, plus each walk again after objects git could not read. */
  chunks: number;
  /** Commits read without numstat (or without their files) because git could not read some of their objects (readCommits.ts LADDER). */
  fallback: number;
  /** Parts of notebook recounts counted on worker threads (recountPool.ts); 0 when every recount ran in this thread. */
  recountWorkers: number;
}

/** Result of scanning one repository. */
export interface RepoScan {
  meta: RepoMeta;
  facts: FactRow[];
  stats: ScanStats;
  /** True when `facts` are already in `sortFacts` order (a warm cache stores them so). */
  sorted?: boolean;
}

/** What a scan with every commit in the cache reads from git. */
const NOTHING_READ: Read = { records: [], unreadable: false, unknown: 0, unknownFiles: 0 };

/**
 * Scans one repository (its top-level folder).
 * @param dir the repository's top-level folder
 * @param id the repository id written into facts
 * @throws LetgoError (GIT) when git fails for another reason than unreadable objects
 * @throws Error when git cat-file fails to start or exits early (from the notebook recount)
 */
export async function scanRepo(dir: string, id: string, opts: ScanRepoOptions): Promise<RepoScan> {
  const warnings: string[] = [];
  const stats: ScanStats = { commits: 0, cached: 0, read: 0, chunks: 0, fallback: 0, recountWorkers: 0 };
  // One rev-parse prints "true"/"false" (shallow), then HEAD's sha; it exits 1 without a
  // HEAD commit. The cache key's git reads run alongside; their cache is dropped for an
  // empty or shallow repository.
  // The files the repository names for git are checked (and refused ones pinned off) before any git command that reads them.
  const [headShallow, keyed] = await Promise.all([
    runGit(dir, ['rev-parse', '--is-shallow-repository', '--verify', '-q', 'HEAD^{commit}']),
    checkNamedFiles(dir, id).then((named) => {
      warnings.push(...named.warnings);
      return opts.cache ? openCache(dir, opts, named) : undefined;
    }),
  ]);
  const [shallow, head = ''] = headShallow.stdout.toString('latin1').split('\n');
  const meta: RepoMeta = { id, path: dir, head: '', commits: 0, merges: 0, shallow: false, unknownChurn: 0, unknownFiles: 0, warnings };
  if (headShallow.code !== 0 || !head) {
    if (headShallow.code > 1) throw new LetgoError(ExitCode.Git, `git rev-parse failed in ${dir}: ${firstLine(headShallow.stderr)}`);
    // An unborn HEAD (a branch without commits checked out) may sit beside branches that have some.
    const branches = await runGit(dir, ['for-each-ref', '--count=1', '--format=%(refname)', 'refs/heads/', 'refs/tags/']);
    const others = branches.code === 0 && branches.stdout.length > 0;
    if (others) meta.unborn = true;
    if (!others || !opts.allBranches) {
      warnings.push(
        others
          ? `Repository ${id} (${dir}) has no commit on HEAD (an unborn branch), but other branches have commits: pass --all-branches to scan them.`
          : `Repository ${id} (${dir}) is empty: it has no commit yet.`
      );
      return { meta, facts: [], stats };
    }
  }
  meta.head = head; // '' for an unborn HEAD scanned with --all-branches
  const refs = opts.allBranches ? ['--branches', '--tags'] : ['HEAD'];
  meta.shallow = shallow === 'true';
  if (meta.shallow)
    warnings.push(`Repository ${id} is a shallow clone: history before its cut is not counted (run 'git fetch --unshallow' there for the full picture).`);

  // A shallow clone's boundary commits change their facts when it is deepened: no cache.
  const cache = meta.shallow ? undefined : keyed;
  const tips = cache ? await tipsOf(dir, opts.allBranches, meta.head) : '';
  if (cache && cache.tips() === tips) {
    const hit = cache.loadFacts(id);
    if (hit) {
      meta.merges = hit.merges;
      meta.commits = stats.commits = stats.cached = hit.commits;
      opts.onProgress?.(hit.commits, hit.commits);
      return { meta, facts: hit.facts, stats, sorted: hit.sorted };
    }
  }

  // One walk lists the non-merge commits and counts the merges ("sha parent..." per line).
  const list = await runGit(dir, ['rev-list', '--parents', ...refs, '--']);
  if (list.code !== 0) throw new LetgoError(ExitCode.Git, `git rev-list failed in ${dir}: ${firstLine(list.stderr)}`);
  const shas: string[] = [];
  for (const line of list.stdout.toString('latin1').split('\n')) {
    if (!line) continue;
    const parts = line.split(' ');
    if (parts.length > 2) meta.merges++;
    else shas.push(parts[0]);
  }
  meta.commits = stats.commits = shas.length;

  const old = cache?.load();
  const known = new Map<string, CommitRecord>();
  for (const r of old?.records ?? []) known.set(r.sha, r);
  const todo = known.size ? shas.filter((s) => !known.has(s)) : shas;
  stats.cached = shas.length - todo.length;
  stats.read = todo.length;

  const read = todo.length > 0 ? await (await import('./readCommits.js')).readCommits(dir, todo, opts, stats) : NOTHING_READ;
  meta.unknownChurn = read.unknown;
  meta.unknownFiles = read.unknownFiles;
  if (read.unreadable || read.unknown > 0) {
    const what = [
      ...(read.unknown > 0 || read.unknownFiles === 0
        ? [`${read.unknown} ${pluralForm(read.unknown, 'file change', 'file changes')} counted with unknown churn`]
        : []),
      ...(read.unknownFiles > 0
        ? [`${read.unknownFiles} ${pluralForm(read.unknownFiles, 'commit', 'commits')} counted without their files (their trees are missing)`]
        : []),
    ];
    warnings.push(`Repository ${id} has objects git cannot read here (a partial clone or missing blobs): ${what.join(' and ')}; letgo never fetches them.`);
  }
  const fresh = new Map(read.records.map((r) => [r.sha, r]));
  const records = shas.map((s) => known.get(s) ?? fresh.get(s)!);
  if (cache && !read.unreadable && read.unknown === 0) {
    // Incremental when every cached commit is still reachable; otherwise rewrite it whole.
    const reachable = old !== undefined && stats.cached === known.size;
    cache.save({ tips, merges: meta.merges, records }, reachable ? read.records : undefined);
  }
  return { meta, facts: recordFacts(id, records), stats };
}

/** The cache of this repository under the key of its config and mailmap files (as namedFiles.ts read them), mailmap blobs and replace refs. */
async function openCache(dir: string, opts: ScanRepoOptions, { gitConfig, mailmapFiles }: NamedFiles): Promise<RepoCache> {
  const [mailmapBlob, replace] = await Promise.all([
    runGit(dir, ['rev-parse', '--verify', '-q', 'HEAD:.mailmap']),
    runGit(dir, ['for-each-ref', '--format=%(refname) %(objectname)', 'refs/replace/']),
  ]);
  // mailmap.blob names a blob ("refs/mailmap:.mailmap"): its content moves with the ref, so the key takes the blob id.
  const blobSpecs = [...gitConfig.matchAll(/^mailmap\.blob (.*)$/gm)].map((m) => m[1]);
  const mailmapBlobIds = await Promise.all(
    blobSpecs.map(async (spec) =>
      spec.startsWith('-') ? '' : (await runGit(dir, ['rev-parse', '--verify', '-q', '--end-of-options', spec])).stdout.toString('utf8').trim()
    )
  );
  const key = cacheKey({
    letgo: opts.cache!.version,
    kinds: opts.config.kinds,
    tiers: opts.config.tiers,
    lines: opts.config.notebooks.lines,
    maxBlobBytes: opts.config.notebooks.maxBlobBytes,
    gitConfig,
    mailmapBlob: [mailmapBlob.stdout.toString('utf8'), ...mailmapBlobIds].join('\n'),
    mailmapFiles,
    replace: replace.stdout.toString('utf8'),
  });
  return new RepoCache(opts.cache!.dir, dir, key, opts.onWarning ?? (() => undefined));
}

/** A fingerprint of the scanned refs: HEAD's sha, or every local branch and tag with its target. */
async function tipsOf(dir: string, allBranches: boolean, head: string): Promise<string> {
  if (!allBranches) return `HEAD ${head}`;
  const r = await runGit(dir, ['for-each-ref', '--format=%(refname) %(objectname) %(*objectname)', 'refs/heads/', 'refs/tags/']);
  return `all\n${r.stdout.toString('utf8')}`;
}
