/**
 * Lines of cell sources and the line churn between two sources (jsdiff), and the line
 * churn of two file versions as git's numstat counts it.
 */
import { diffArrays } from 'diff';
import { commonEnds } from './lcs.js';

/** Line churn between two texts, in lines. */
export interface LineChurn {
  added: number;
  deleted: number;
}

/** Edit distance (added + deleted lines) beyond which jsdiff stops and the multiset estimate is used. */
const MAX_EDIT_LENGTH = 1000;

/**
 * The lines of a cell source: split on '\n'; a trailing '\n' does not create an extra
 * empty line; '' has 0 lines. ('a\nb' and 'a\nb\n' are both ['a','b']; 'a\n\n' is ['a','']).
 * '\r' is kept as part of a line.
 */
export function sourceLines(source: string): string[] {
  if (source === '') return [];
  const body = source.endsWith('\n') ? source.slice(0, -1) : source;
  return body.split('\n');
}

/** Number of lines of a source, as sourceLines counts them. */
export function countLines(source: string): number {
  if (source === '') return 0;
  let n = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < source.length - 1; i = source.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Lines added and deleted to turn `oldSource` into `newSource` (sourceLines of each),
 * a minimal line diff (jsdiff's Myers diff over line arrays, after trimming the common
 * prefix and suffix). When the edit distance exceeds 1000 lines the result is the
 * multiset estimate instead: lines present in both (counted with multiplicity) are
 * kept, the rest added/deleted (a lower bound of the true churn, exact when the two
 * texts share no line or one contains the other's lines in order). Symmetric: churn(a,b) is churn(b,a)
 * with added and deleted swapped. Never throws.
 */
export function lineChurn(oldSource: string, newSource: string): LineChurn {
  if (oldSource === newSource) return { added: 0, deleted: 0 };
  return arrayChurn(sourceLines(oldSource), sourceLines(newSource));
}

/**
 * Lines added and deleted between two versions of a text file as `git diff --numstat`
 * counts them (git's default Myers diff): a line is its text with its end, so a last
 * line without a newline differs from the same text with one (adding only a final
 * newline is +1/-1, as git shows it with "\ No newline at end of file"), and '\r' is
 * part of a line. Computed as {@link lineChurn} is (minimal line diff, the multiset
 * estimate past an edit distance of 1000 lines, where git's own diff need not be minimal
 * either). git's xdiff also sets aside lines that match many others, so on files of
 * many repeated lines git can count more than this minimal diff. For files whose blobs
 * letgo reads because git could not give numstat.
 */
export function gitLineChurn(oldText: string, newText: string): LineChurn {
  if (oldText === newText) return { added: 0, deleted: 0 };
  return arrayChurn(fileLines(oldText), fileLines(newText));
}

/** The lines of a file as git diffs them: sourceLines, with a last line that lacks its newline marked by a NUL (which no text blob holds: git calls it binary). */
function fileLines(text: string): string[] {
  const lines = sourceLines(text);
  if (lines.length > 0 && !text.endsWith('\n')) lines[lines.length - 1] += '\u0000';
  return lines;
}

/** Minimal line churn between two line arrays (see {@link lineChurn}). */
function arrayChurn(a: string[], b: string[]): LineChurn {
  const { start, endA, endB } = commonEnds(a, b);
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length === 0 || midB.length === 0) return { added: midB.length, deleted: midA.length };
  // The multiset estimate is a lower bound of the churn: skip jsdiff when it is already
  // exact (no common line) or already over the budget.
  const estimate = multisetChurn(midA, midB);
  if (estimate.added === midB.length || estimate.added + estimate.deleted > MAX_EDIT_LENGTH) return estimate;
  const changes = diffArrays(midA, midB, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) return estimate;
  let added = 0;
  let deleted = 0;
  for (const c of changes) {
    if (c.added) added += c.count;
    else if (c.removed) deleted += c.count;
  }
  return { added, deleted };
}

function multisetChurn(a: string[], b: string[]): LineChurn {
  const counts = new Map<string, number>();
  for (const line of a) counts.set(line, (counts.get(line) ?? 0) + 1);
  let common = 0;
  for (const line of b) {
    const n = counts.get(line);
    if (n) {
      common++;
      counts.set(line, n - 1);
    }
  }
  return { added: b.length - common, deleted: a.length - common };
}
