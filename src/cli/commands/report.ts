/**
 * `letgo report`: renders a saved scan as the monthly self-review (Markdown or HTML)
 * without scanning again; another --month is analysed from the saved facts.
 */
import path from 'node:path';
import { analyze } from '../../core/analyze.js';
import { parseMonth } from '../../core/time.js';
import { monthWindow } from '../../core/time.js';
import { renderMarkdownWithCharts } from '../../report/index.js';
import { loadConfig } from '../configFile.js';
import type { CliIo } from '../io.js';
import { renderReport } from '../render.js';
import { readReport, readScan, writeAtomic } from '../store.js';
import { VERSION } from '../version.js';
import { parseFormat } from './scan.js';

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
export async function reportCommand(opts: ReportCliOptions, io: CliIo): Promise<void> {
  const format = parseFormat(opts.format ?? 'md', ['md', 'html', 'json', 'table'], io);
  const dir = path.resolve(io.cwd, opts.in);
  let report = readReport(dir);
  if (opts.month && parseMonth(opts.month) !== report.window.month) {
    const { facts, repos } = await readScan(dir);
    const { config } = loadConfig(opts.config, io.cwd);
    report = analyze(facts, repos, {
      config,
      managers: report.manager.emails,
      window: monthWindow(opts.month),
      trendMonths: report.options.trendMonths,
      teamDetail: report.options.teamDetail,
      generatedAt: io.now().toISOString(),
      generator: `letgo ${VERSION}`,
      allBranches: report.options.allBranches,
      notebookLines: report.options.notebookLines,
    });
  }
  if (!opts.out) {
    const text = await renderReport(report, format, io);
    io.stdout(text.endsWith('\n') ? text : text + '\n');
    return;
  }
  const out = path.resolve(io.cwd, opts.out);
  const files: Record<string, string> = {};
  if (format === 'md') {
    const md = await renderMarkdownWithCharts(report, { svgBaseName: path.basename(out).replace(/\.md$/i, '') });
    files[path.basename(out)] = md.markdown;
    for (const [name, svg] of Object.entries(md.svgs)) files[name] = svg;
  } else {
    files[path.basename(out)] = await renderReport(report, format, io);
  }
  writeAtomic(path.dirname(out), files);
  io.stderr(`letgo: wrote ${out}\n`);
}
