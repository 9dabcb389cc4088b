/**
 * Printing a Report in the chosen format. The renderers (and the charting library they
 * load) are imported only when a page or table is asked for, so JSON output and errors
 * start fast. HTML is never printed into a terminal: it goes to a file, named on stderr.
 */
import path from 'node:path';
import { shellLine } from '../core/shell.js';
import type { Report } from '../core/report.js';
import { type CliIo, invocation, say } from './io.js';

/** Output formats of a Report (`--format` of scan, merge, report and demo). */
export const FORMATS = ['table', 'json', 'md', 'html'] as const;
/** One of {@link FORMATS}. */
export type Format = (typeof FORMATS)[number];

/** The file `--format html` writes on a terminal, in the current folder (`<window>`: 2026-10, or 2026-10-01_2026-10-20). */
export const REVIEW_FILE = 'letgo-review-<window>.html';

/** The output format: --format (commander has checked it against the command's choices), else table on a terminal and json otherwise. */
export function defaultFormat(value: string | undefined, io: Pick<CliIo, 'stdoutIsTty'>): Format {
  return (value as Format | undefined) ?? (io.stdoutIsTty ? 'table' : 'json');
}

/** {@link REVIEW_FILE} for a report's window. */
function reviewFile(report: Pick<Report, 'window'>): string {
  const w = report.window;
  return REVIEW_FILE.replace('<window>', w.month ?? `${w.since}_${w.until}`);
}

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

/**
 * Renders and prints a report on stdout; HTML on a terminal is written to
 * {@link reviewFile} in the working folder instead (atomically), and its path printed on
 * stderr. After a table, `next` (the command that makes the HTML review) is printed.
 * @throws LetgoError (OUTPUT) when the HTML file cannot be written
 */
export async function emit(report: Report, format: Format, io: CliIo, next?: string): Promise<void> {
  const text = await renderReport(report, format, io);
  if (format === 'html' && io.stdoutIsTty) {
    const file = path.resolve(io.cwd, reviewFile(report));
    (await import('./store.js')).writeAtomic(path.dirname(file), { [path.basename(file)]: text });
    say(io, `wrote the review to ${file}: open it in a browser`);
    return;
  }
  io.stdout(text.endsWith('\n') ? text : text + '\n');
  if (format === 'table' && next) io.stdout(`Full review with charts: ${next}\n`);
}

/**
 * The command that makes the HTML review of what `argv` (a `letgo` command line, without
 * the program) just reported, to copy from the same folder: the saved scan's
 * `letgo report --in OUT --format html` when the command wrote one (`out`), else the
 * same command line with `--format html`.
 */
export function reviewCommand(argv: readonly string[], io: Pick<CliIo, 'invokedAs'>, out?: string): string {
  if (out !== undefined) return `${invocation(io)} ${shellLine(['report', '--in', out, '--format', 'html'])}`;
  const end = argv.indexOf('--');
  const kept: string[] = [];
  const options = end < 0 ? argv : argv.slice(0, end);
  for (let i = 0; i < options.length; i++) {
    if (options[i] === '--format') i++;
    else if (!options[i]!.startsWith('--format=')) kept.push(options[i]!);
  }
  kept.push('--format', 'html', ...(end < 0 ? [] : argv.slice(end)));
  return `${invocation(io)} ${shellLine(kept)}`;
}
