/**
 * `letgo merge DIR... --out DIR`: unions the facts of several scans (one CI job per
 * repository, say) and writes the Report of the union.
 */
import path from 'node:path';
import { ExitCode, LetgoError } from '../../core/errors.js';
import { mergeFacts, mergeRepos } from '../../core/facts.js';
import type { Report } from '../../core/report.js';
import { resolveWindow } from '../../core/time.js';
import { loadConfig } from '../configFile.js';
import { type CliIo, say } from '../io.js';
import { defaultFormat, emit, reviewCommand } from '../render.js';
import { combineReviewPages } from '../reviewsFile.js';
import { readReport, readScan, writeScan } from '../store.js';
import { reanalyze } from '../reanalyze.js';

/** Options of `letgo merge`. */
export interface MergeCliOptions {
  out?: string;
  manager?: string[];
  config?: string;
  month?: string;
  since?: string;
  until?: string;
  /** Months of trend (checked by the option's parser). */
  trend?: number;
  teamDetail?: boolean;
  format?: string;
  quiet?: boolean;
}

/**
 * Merges scans. Window, manager, trend length and team detail default to those of the
 * first input's report.json.
 * @throws LetgoError (USAGE) without --out or inputs; (BAD_INPUT) for unreadable inputs
 */
export async function mergeCommand(dirs: string[], opts: MergeCliOptions, io: CliIo, argv: readonly string[]): Promise<void> {
  if (!opts.out) throw new LetgoError(ExitCode.Usage, 'letgo merge needs --out DIR for the merged scan');
  if (dirs.length === 0) throw new LetgoError(ExitCode.Usage, 'letgo merge needs at least one scan folder (written by letgo scan --out)');
  const format = defaultFormat(opts.format, io);
  const scans = [];
  for (const d of dirs) scans.push(await readScan(path.resolve(io.cwd, d)));
  const first: Report = readReport(path.resolve(io.cwd, dirs[0]));
  const { config } = loadConfig(opts.config, io.cwd);
  const facts = mergeFacts(...scans.map((s) => s.facts));
  const repos = mergeRepos(...scans.map((s) => s.repos));
  // The parts' reviews, each pull request once (a part's export scanned twice, or one repository's exports in two parts).
  const parts = scans.flatMap((s) => (s.reviews ? [s.reviews] : []));
  const reviews = parts.length ? combineReviewPages(parts) : undefined;
  const merged = reanalyze(facts, repos, first, config, io, reviews, {
    ...(opts.manager?.length ? { managers: opts.manager } : {}),
    ...(opts.month || opts.since || opts.until ? { window: resolveWindow(opts, io.now()) } : {}),
    ...(opts.trend !== undefined ? { trendMonths: opts.trend } : {}),
    ...(opts.teamDetail !== undefined ? { teamDetail: opts.teamDetail } : {}),
  });
  const report = writeScan(path.resolve(io.cwd, opts.out), merged, facts, repos, reviews?.pages);
  if (!opts.quiet) for (const w of report.warnings) say(io, `warning: ${w}`);
  await emit(report, format, io, reviewCommand(argv, io, opts.out));
}
