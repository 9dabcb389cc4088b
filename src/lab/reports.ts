/**
 * The reports the JupyterLab panel can show: every `report.json` or `report-*.json` in
 * the report folder (`letgo scan --out letgo-report` writes `report.json`;
 * `letgo report --month 2026-09 --format json --out letgo-report/report-2026-09.json`
 * adds another month). Pure: the plugin reads the files through the Contents API and
 * hands their text here.
 */
import type { Report } from '../core/report.js';
import { parseReport } from '../core/reportValidation.js';
import { shellLine } from '../core/shell.js';
import { formatWindow } from '../report/format.js';

/** File names the panel reads as reports. */
export const REPORT_FILE = /^report(?:-[^/]+)?\.json$/;

/** A report file that parsed and validated. */
export interface ReportFile {
  /** File name inside the report folder. */
  name: string;
  report: Report;
  /** The window in words: "October 2026" or "1 Sep 2026 – 15 Oct 2026". */
  label: string;
}

/** A report file that could not be shown, with the reason in one sentence. */
export interface ReportProblem {
  name: string;
  message: string;
}

/** The reports of a folder, newest window first, and the files that failed. */
export interface ReportSet {
  reports: ReportFile[];
  problems: ReportProblem[];
}

/**
 * Parses and validates one report file's text. Never throws: invalid JSON, another
 * schema version or a schema violation becomes a {@link ReportProblem} whose message
 * says what is wrong and what to run.
 */
function parseReportFile(name: string, text: string, folder: string): ReportFile | ReportProblem {
  try {
    const report = parseReport(text, `${folder}/${name}`, `run letgo scan --out ${folder} again to rewrite it`);
    return { name, report, label: formatWindow(report.window) };
  } catch (e) {
    return { name, message: (e as Error).message };
  }
}

/**
 * Builds the set from files read from `folder`: only names matching {@link REPORT_FILE}
 * are considered. Reports are ordered by window end (newest first), then by
 * `generatedAt`; of two reports for the same window only the newer is kept.
 */
export function readReportSet(files: readonly { name: string; text: string }[], folder: string): ReportSet {
  const set: ReportSet = { reports: [], problems: [] };
  for (const f of files) {
    if (!REPORT_FILE.test(f.name)) continue;
    const parsed = parseReportFile(f.name, f.text, folder);
    if ('report' in parsed) set.reports.push(parsed);
    else set.problems.push(parsed);
  }
  set.reports.sort(
    (a, b) =>
      b.report.window.until.localeCompare(a.report.window.until) ||
      b.report.window.since.localeCompare(a.report.window.since) ||
      b.report.generatedAt.localeCompare(a.report.generatedAt) ||
      a.name.localeCompare(b.name)
  );
  const seen = new Set<string>();
  set.reports = set.reports.filter((r) => {
    const key = `${r.report.window.since}/${r.report.window.until}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  set.problems.sort((a, b) => a.name.localeCompare(b.name));
  return set;
}

/** The commands that write a report the panel can read, for the "no report yet" message (POSIX shell lines, core/shell.ts). */
export function reportCommandsFor(folder: string): { scan: string; demo: string } {
  return { scan: shellLine(['letgo', 'scan', '--out', folder, '.']), demo: shellLine(['letgo', 'demo', '--dir', 'churn-team', '--out', folder]) };
}
