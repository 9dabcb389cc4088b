/**
 * Printing a Report in the chosen format. The renderers (and the charting library they
 * load) are imported only when a page or table is asked for, so JSON output and errors
 * start fast.
 */
import type { Report } from '../core/report.js';
import type { CliIo } from './io.js';

/** Output formats of the CLI. */
export type Format = 'table' | 'json' | 'md' | 'html';

/** Renders a report as text in `format` (the table uses colour when stdout is a terminal). */
export async function renderReport(report: Report, format: Format, io: Pick<CliIo, 'stdoutIsTty'>): Promise<string> {
  if (format === 'json') return JSON.stringify(report, null, 2) + '\n';
  const { renderHtml, renderMarkdown, renderTable } = await import('../report/index.js');
  switch (format) {
    case 'md':
      return renderMarkdown(report).markdown;
    case 'html':
      return renderHtml(report);
    case 'table':
      return renderTable(report, { color: io.stdoutIsTty, width: process.stdout.columns || 100 });
  }
}

/** Renders and prints a report on stdout. */
export async function emit(report: Report, format: Format, io: CliIo): Promise<void> {
  const text = await renderReport(report, format, io);
  io.stdout(text.endsWith('\n') ? text : text + '\n');
}
