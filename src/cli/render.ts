/**
 * Printing a Report in the chosen format.
 */
import type { Report } from '../core/report.js';
import { renderHtml, renderMarkdown, renderTable } from '../report/index.js';
import type { CliIo } from './io.js';

/** Output formats of the CLI. */
export type Format = 'table' | 'json' | 'md' | 'html';

/** Renders a report as text in `format` (the table uses colour when stdout is a terminal). */
export async function renderReport(report: Report, format: Format, io: Pick<CliIo, 'stdoutIsTty'>): Promise<string> {
  switch (format) {
    case 'json':
      return JSON.stringify(report, null, 2) + '\n';
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
