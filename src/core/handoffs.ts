/**
 * Handoffs (docs/definitions.md "Handoff"): delegation made visible across the trend. At the end of
 * each trend period the "only you maintain" rule (ownership.ts {@link onlyYou}) is
 * judged for every notebook; a notebook it held for at one period's end that a teammate
 * owns (holds the largest share of its churn, ownership.ts {@link ownerOf}) at a later
 * period's end was handed off; a notebook it holds for (from the second period on) that
 * it held for at no earlier period's end, or not since its last handoff, is a new hoard:
 * one that drops out of "only you" (untouched for `onlyYouDays`) and comes back without a
 * teammate taking it over is the same hoard, listed once.
 */
import type { Thresholds } from './config.js';
import { type FileHistory, onlyYou, ownerOf } from './ownership.js';
import { round, SHARE_DIGITS } from './round.js';
import { endOfDayMs } from './time.js';

/** A notebook the manager maintained alone that a teammate now owns. */
export interface Handoff {
  repo: string;
  /** Its path at `month`'s end (after any rename since). */
  path: string;
  /** Its path when it was last "only you" (absent when the same as `path`). */
  oldPath?: string;
  /** YYYY-MM: the trend period at whose end a teammate owned it (the first month of a quarter). */
  month: string;
  /** YYYY-MM: the last period at whose end only the manager maintained it. */
  since: string;
  /** Person id of the new owner, or "teammate" without `--team-detail`. */
  owner: string;
  /** New owner's display name (only with `--team-detail`). */
  ownerName?: string;
  /** New owner's share of its churn then (0-1, {@link SHARE_DIGITS} decimals). */
  share: number;
}

/** A notebook that became "only you maintain" at a trend period's end (not "only you" at any earlier period's end since the trend began or since it was last handed off). */
export interface NewHoard {
  repo: string;
  path: string;
  /** YYYY-MM: the period at whose end it first was "only you" (not at the period's before). */
  month: string;
}

/** The `handoffs` field of the Report: handoffs and new hoards over the trend, oldest first. */
export interface Handoffs {
  handedOff: Handoff[];
  newHoards: NewHoard[];
}

/** A trend period as {@link trackHandoffs} needs it: its label and the local date it is judged at. */
export interface Checkpoint {
  month: string;
  /** YYYY-MM-DD: the period's last day, or the day ownership is judged at for a period that ends later. */
  until: string;
}

/**
 * Follows handoffs and new hoards over checkpoints. Pass {@link HandoffTracker.visit} to
 * ownership.ts replayOwnership as its checkpoint visitor (same `checkpoints` order),
 * then read {@link HandoffTracker.result}. A file is followed by object identity, so a
 * rename between two checkpoints keeps it one notebook.
 * @param label the report's owner label of a person id (`teammate` without team detail)
 */
export function trackHandoffs(
  checkpoints: readonly Checkpoint[],
  managerIds: ReadonlySet<string>,
  teamIds: ReadonlySet<string>,
  thresholds: Pick<Thresholds, 'ownerShare' | 'onlyYouDays'>,
  label: (id: string) => { owner: string; ownerName?: string }
): { visit: (index: number, files: FileHistory[]) => void; result: () => Handoffs } {
  /** Per file: the last checkpoint it was "only you" at, and its path then; cleared by a handoff. */
  const hoarded = new Map<FileHistory, { month: string; path: string }>();
  const out: Handoffs = { handedOff: [], newHoards: [] };
  const visit = (index: number, files: FileHistory[]): void => {
    const { month, until } = checkpoints[index];
    const endMs = endOfDayMs(until);
    for (const f of files) {
      if (f.kind !== 'notebook') continue;
      if (onlyYou(f, managerIds, teamIds, endMs, thresholds)) {
        if (index > 0 && !hoarded.has(f)) out.newHoards.push({ repo: f.repo, path: f.path, month });
        hoarded.set(f, { month, path: f.path });
        continue;
      }
      const was = hoarded.get(f);
      const owner = was && f.alive ? ownerOf(f) : undefined;
      if (!was || !owner || managerIds.has(owner.id) || !teamIds.has(owner.id)) continue;
      hoarded.delete(f);
      out.handedOff.push({
        repo: f.repo,
        path: f.path,
        ...(was.path !== f.path ? { oldPath: was.path } : {}),
        month,
        since: was.month,
        ...label(owner.id),
        share: round(owner.share, SHARE_DIGITS),
      });
    }
  };
  const byPlace = (a: { month: string; repo: string; path: string }, b: typeof a): number =>
    a.month < b.month ? -1 : a.month > b.month ? 1 : a.repo + '\u0000' + a.path < b.repo + '\u0000' + b.path ? -1 : 1;
  return { visit, result: () => ({ handedOff: out.handedOff.sort(byPlace), newHoards: out.newHoards.sort(byPlace) }) };
}
