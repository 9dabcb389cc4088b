/**
 * What the JupyterLab panel shows, as plain data: which state it is in (no report yet,
 * only broken reports, or a report), the selected report's review model, and this
 * week's notebook activity with the part spent in notebooks teammates own. Pure and
 * unit-tested; the widget only lays it out.
 */
import type { ReviewModel } from '../report/model.js';
import { buildReviewModel } from '../report/model.js';
import type { OwnershipMatch } from './ownership.js';
import type { ReportFile, ReportProblem, ReportSet } from './reports.js';
import { reportCommandsFor } from './reports.js';
import type { ActivityLog, Calendar } from './tracker.js';
import { LOCAL_CALENDAR, totalActivity, weekOf } from './tracker.js';

/** This week's tracked notebook activity. */
export interface WeekActivity {
  /** First and last day of the ISO week, YYYY-MM-DD. */
  from: string;
  to: string;
  /** Active editing minutes (exact). */
  minutes: number;
  executed: number;
  edited: number;
  /** Notebooks with any activity this week. */
  notebooks: number;
  /** Minutes in notebooks the report says a teammate owns. */
  teammateMinutes: number;
  /** teammateMinutes / minutes (0-1), null with no minutes. */
  teammateShare: number | null;
}

/** The panel's content. */
export type PanelView =
  | { kind: 'loading'; folder: string }
  /** No report file in the folder (or no folder): say which command writes one. */
  | { kind: 'empty'; folder: string; command: string; demoCommand: string }
  /** Report files exist but none can be shown. */
  | { kind: 'broken'; folder: string; problems: ReportProblem[]; command: string }
  | {
      kind: 'report';
      folder: string;
      /** The reports to switch between, newest first. */
      choices: { name: string; label: string }[];
      selected: ReportFile;
      review: ReviewModel;
      /** Files that failed beside the good ones. */
      problems: ReportProblem[];
    };

/**
 * The panel's view for a folder's report set. `selectedName` picks a report by file
 * name; unknown or absent means the newest.
 */
export function panelView(set: ReportSet | null, folder: string, selectedName?: string): PanelView {
  if (!set) return { kind: 'loading', folder };
  const { scan: command, demo: demoCommand } = reportCommandsFor(folder);
  if (set.reports.length === 0 && set.problems.length === 0) return { kind: 'empty', folder, command, demoCommand };
  if (set.reports.length === 0) return { kind: 'broken', folder, problems: set.problems, command };
  const selected = set.reports.find((r) => r.name === selectedName) ?? set.reports[0];
  return {
    kind: 'report',
    folder,
    choices: set.reports.map((r) => ({ name: r.name, label: r.label })),
    selected,
    review: buildReviewModel(selected.report),
    problems: set.problems,
  };
}

/**
 * This week's totals from the tracker's log. `ownerOf` maps a notebook path (relative to
 * the server root) to its owner in the selected report; minutes in notebooks whose owner
 * is not the manager count as teammates' notebooks.
 */
export function weekActivity(
  log: ActivityLog,
  now: number,
  ownerOf: (path: string) => OwnershipMatch | null,
  calendar: Calendar = LOCAL_CALENDAR
): WeekActivity {
  const { from, to } = weekOf(now, calendar);
  const totals = totalActivity(log, from, to);
  let teammateMinutes = 0;
  for (const [path, t] of Object.entries(totals.byPath)) {
    const match = ownerOf(path);
    if (match && !match.mine) teammateMinutes += t.minutes;
  }
  return {
    from,
    to,
    minutes: totals.minutes,
    executed: totals.executed,
    edited: totals.edited,
    notebooks: Object.values(totals.byPath).filter((t) => t.minutes > 0 || t.executed > 0 || t.edited > 0).length,
    teammateMinutes,
    teammateShare: totals.minutes > 0 ? teammateMinutes / totals.minutes : null,
  };
}
