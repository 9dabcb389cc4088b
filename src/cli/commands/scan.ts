/**
 * `letgo scan [PATH...]`: repositories -> Report (+ facts with --out), printed as a
 * table, JSON, Markdown or HTML.
 */
import path from 'node:path';
import { analyze } from '../../core/analyze.js';
import type { NotebookLineMode } from '../../core/notebook/types.js';
import { ExitCode, LetgoError } from '../../core/errors.js';
import type { Report } from '../../core/report.js';
import { resolveWindow, type Window } from '../../core/time.js';
import { discoverRepos, scan, type ScanResult } from '../../scan/index.js';
import { loadConfig } from '../configFile.js';
import { type CliIo, say } from '../io.js';
import { createProgress, type ProgressMode } from '../progress.js';
import { defaultFormat, emit, reviewCommand } from '../render.js';
import { VERSION } from '../version.js';
import { managerQueries, repoPaths } from './shared.js';

/** Options of `letgo scan` as parsed by commander. */
export interface ScanCliOptions {
  manager?: string[];
  config?: string;
  month?: string;
  since?: string;
  until?: string;
  /** Months of trend (checked by the option's parser: a whole number from 1 to 120). */
  trend: number;
  allBranches?: boolean;
  format?: string;
  out?: string;
  teamDetail?: boolean;
  /** git processes at once (checked by the option's parser). */
  jobs: number;
  quiet?: boolean;
  /** Checked by commander's choices (default auto). */
  progress?: ProgressMode;
  /** Checked by commander's choices. */
  notebookLines?: NotebookLineMode;
  /** Use the fact cache (commander sets true unless --no-cache; undefined, as in `letgo demo`: no cache). */
  cache?: boolean;
  /** The fact cache's folder (default {@link defaultCacheDir}). */
  cacheDir?: string;
  /** `--reviews` files: pull-request reviews exported with gh (reviewsFile.ts). */
  reviews?: string[];
}

/** The fact cache's default folder: `$XDG_CACHE_HOME/letgo`, else `~/.cache/letgo` (on macOS `~/Library/Caches/letgo`, on Windows `%LOCALAPPDATA%\letgo\Cache`). */
async function defaultCacheDir(): Promise<string> {
  const { default: envPaths } = await import('env-paths'); // loaded only when the cache is used
  return envPaths('letgo', { suffix: '' }).cache;
}

/** Everything a scan decided, for callers that render or write it (scan, demo). */
export interface ScanRun {
  report: Report;
  result: ScanResult;
  window: Window;
  /** The pages of the `--reviews` files (undefined without them), written to `--out` as reviews.json. */
  reviewPages?: unknown[];
}

/**
 * Runs a scan from CLI options without printing.
 * @throws LetgoError for every bad input (paths, config, dates, manager, empty repositories, no commits)
 */
export async function runScan(paths: string[], opts: ScanCliOptions, io: CliIo): Promise<ScanRun> {
  const { config } = loadConfig(opts.config, io.cwd);
  if (opts.notebookLines) config.notebooks.lines = opts.notebookLines;
  const window = resolveWindow(opts, io.now());
  // Read before any git runs: a bad file fails the scan at once.
  const reviews = opts.reviews?.length ? (await import('../reviewsFile.js')).readReviewsFiles(opts.reviews, io.cwd) : undefined;
  const repos = await discoverRepos(repoPaths(paths, io));
  const managers = await managerQueries(opts.manager, config, repos[0]?.dir);
  const progress = createProgress(opts.quiet && opts.progress !== 'json' ? 'none' : (opts.progress ?? 'auto'), io.stderrIsTty, io.stderr);
  const cache = opts.cache === true ? { dir: path.resolve(io.cwd, opts.cacheDir ?? (await defaultCacheDir())), version: VERSION } : undefined;
  const cacheWarnings = new Set<string>();
  let result: ScanResult;
  try {
    result = await scan(repos, {
      config,
      allBranches: Boolean(opts.allBranches),
      jobs: opts.jobs,
      cache,
      onWarning: (w) => cacheWarnings.add(w),
      onProgress: progress.onProgress,
    });
  } finally {
    progress.stop();
  }
  // Cache problems never change the report: a warning on stderr, and the scan ran cold.
  if (!opts.quiet) for (const w of cacheWarnings) say(io, `warning: ${w}`);
  if (result.repos.every((r) => r.commits === 0)) {
    const empty = result.repos.filter((r) => r.head === '').map((r) => r.path);
    const unborn = result.repos.filter((r) => r.unborn).map((r) => r.path);
    throw new LetgoError(
      ExitCode.NoCommits,
      empty.length < result.repos.length
        ? `no non-merge commits in ${result.repos.map((r) => r.path).join(', ')}: nothing to report`
        : unborn.length > 0
          ? `repository ${unborn.join(', ')} has no commit on HEAD (an unborn branch), but other branches have some: pass --all-branches to scan them`
          : `repository ${empty.join(', ')} is empty (no commits yet): commit something or scan another path`
    );
  }
  const report = analyze(result.facts, result.repos, {
    config,
    managers,
    window,
    trendMonths: opts.trend,
    teamDetail: Boolean(opts.teamDetail),
    generatedAt: io.now().toISOString(),
    generator: `letgo ${VERSION}`,
    allBranches: Boolean(opts.allBranches),
    notebookLines: config.notebooks.lines,
    githubReviews: reviews?.reviews,
  });
  return { report, result, window, reviewPages: reviews?.pages };
}

/** `letgo scan`: scan, write --out, print; `argv` (the command line) words the next command to run. */
export async function scanCommand(paths: string[], opts: ScanCliOptions, io: CliIo, argv: readonly string[]): Promise<void> {
  const format = defaultFormat(opts.format, io);
  const scanned = await runScan(paths, opts, io);
  // The store (and the report validator it loads) only for --out.
  const report = opts.out
    ? (await import('../store.js')).writeScan(path.resolve(io.cwd, opts.out), scanned.report, scanned.result.facts, scanned.result.repos, scanned.reviewPages)
    : scanned.report;
  if (!opts.quiet) for (const w of report.warnings) say(io, `warning: ${w}`);
  await emit(report, format, io, reviewCommand(argv, io, opts.out));
}
