/**
 * `letgo report`: renders a saved scan as the monthly self-review (Markdown or HTML)
 * without scanning again; another --month is analysed from the saved facts.
 */
import path from 'node:path';
import { monthWindow, parseMonth } from '../../core/time.js';
import { loadConfig } from '../configFile.js';
import { type CliIo, say } from '../io.js';
import { defaultFormat, emit, renderReport, reviewCommand } from '../render.js';
import { locateRepos, readReport, readScan, writeAtomic } from '../store.js';
import { reanalyze } from '../reanalyze.js';

/** Options of `letgo report`. */
export interface ReportCliOptions {
  in: string;
  month?: string;
  format?: string;
  out?: string;
  config?: string;
}

/**
 * Renders `--in DIR` (default `letgo-report`). With `--out FILE` the page is written
 * atomically (Markdown charts as SVG files beside it); otherwise printed.
 * @throws LetgoError (BAD_INPUT) for a missing or invalid saved scan; (USAGE) for a bad month or format
 */
export async function reportCommand(opts: ReportCliOptions, io: CliIo, argv: readonly string[]): Promise<void> {
  const format = defaultFormat(opts.format ?? 'md', io);
  const dir = path.resolve(io.cwd, opts.in);
  let report = readReport(dir);
  if (opts.month && parseMonth(opts.month) !== report.window.month) {
    const { facts, repos, reviews } = await readScan(dir);
    report = reanalyze(facts, repos, report, loadConfig(opts.config, io.cwd).config, io, reviews, { window: monthWindow(opts.month) });
  }
  if (!opts.out) return emit(report, format, io, reviewCommand(argv, io));
  const out = path.resolve(io.cwd, opts.out);
  const files: Record<string, string> = {};
  if (format === 'md') {
    const { renderMarkdownWithCharts } = await import('../../report/index.js');
    const md = await renderMarkdownWithCharts(report, { svgBaseName: path.basename(out).replace(/\.md$/i, '') });
    files[path.basename(out)] = md.markdown;
    for (const [name, svg] of Object.entries(md.svgs)) files[name] = svg;
  } else {
    // A JSON report saved beside others (letgo-report/report-2026-09.json) is one more month for the JupyterLab panel.
    files[path.basename(out)] = await renderReport(format === 'json' ? locateRepos(report, path.dirname(out)) : report, format, io);
  }
  writeAtomic(path.dirname(out), files);
  say(io, `wrote ${out}`);
}
