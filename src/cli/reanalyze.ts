/**
 * Analysing saved facts again (`letgo merge`, `letgo report --month`): the options of
 * an earlier report, with what the command line changes.
 */
import { analyze, type AnalyzeOptions } from '../core/analyze.js';
import type { Config } from '../core/config.js';
import type { FactRow, RepoMeta } from '../core/facts.js';
import type { Report } from '../core/report.js';
import type { CliIo } from './io.js';
import type { ReviewPages } from './reviewsFile.js';
import { VERSION } from './version.js';

/**
 * The Report of `facts`, analysed like `previous` (its manager, window, trend length,
 * team detail and scan options) with the scan's saved `reviews`, except for `overrides`.
 * @throws LetgoError from analyze (no commits in the window, unknown manager)
 */
export function reanalyze(
  facts: readonly FactRow[],
  repos: readonly RepoMeta[],
  previous: Report,
  config: Config,
  io: CliIo,
  reviews: ReviewPages | undefined,
  overrides: Partial<Pick<AnalyzeOptions, 'managers' | 'window' | 'trendMonths' | 'teamDetail'>> = {}
): Report {
  return analyze(facts, repos, analysisOptionsOf(previous, config, io, reviews, overrides));
}

/**
 * The options `previous` was analysed with (its manager, window, trend length, team detail
 * and scan options), except for `overrides`.
 * @param reviews the scan's saved `--reviews` (store.ts readScan), required so that no caller analyses without them; undefined: the scan had none
 */
export function analysisOptionsOf(
  previous: Report,
  config: Config,
  io: CliIo,
  reviews: ReviewPages | undefined,
  overrides: Partial<Pick<AnalyzeOptions, 'managers' | 'window' | 'trendMonths' | 'teamDetail'>> = {}
): AnalyzeOptions {
  return {
    config,
    managers: previous.manager.emails,
    window: previous.window,
    trendMonths: previous.options.trendMonths,
    teamDetail: previous.options.teamDetail,
    allBranches: previous.options.allBranches,
    notebookLines: previous.options.notebookLines,
    generatedAt: io.now().toISOString(),
    generator: `letgo ${VERSION}`,
    ...(reviews ? { githubReviews: reviews.reviews } : {}),
    ...overrides,
  };
}
