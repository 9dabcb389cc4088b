/**
 * Longest common subsequence over sequences of integer keys, with a tie-breaking rule
 * that makes the chosen subsequence independent of which sequence is "old".
 */
import { diffArrays } from 'diff';

/** A matched pair of positions: [index in a, index in b]. */
export type IndexPair = [number, number];

/** Largest dynamic-programming table (cells) before falling back to jsdiff's Myers diff. */
const MAX_TABLE_CELLS = 8_000_000;

/**
 * Rank the keys of two sequences by content: equal strings get equal ranks, and ranks
 * follow the strings' code-unit order, so the ranks do not depend on which sequence
 * comes first. Returns one Int32Array of ranks per input, same lengths. Never throws.
 */
export function rankKeys(a: readonly string[], b: readonly string[]): [Int32Array, Int32Array] {
  const unique = [...new Set([...a, ...b])].sort();
  const rank = new Map<string, number>();
  unique.forEach((k, i) => rank.set(k, i));
  return [Int32Array.from(a, (k) => rank.get(k)!), Int32Array.from(b, (k) => rank.get(k)!)];
}

/**
 * A longest common subsequence of `a` and `b` (equal numbers are equal items), as
 * pairs [i, j] increasing in both i and j.
 *
 * Common prefix and suffix are matched first; the rest by the classic O(n·m) table.
 * Where two choices keep the subsequence equally long, the item with the smaller key
 * is the one left out, so lcsPairs(b, a) is lcsPairs(a, b) with each pair swapped.
 * When the remaining table would exceed 8 million cells, jsdiff's Myers diff finds the
 * subsequence instead (still longest, but that symmetry is no longer guaranteed).
 * Never throws.
 */
export function lcsPairs(a: ArrayLike<number>, b: ArrayLike<number>): IndexPair[] {
  const pairs: IndexPair[] = [];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) {
    pairs.push([start, start]);
    start++;
  }
  let endA = a.length;
  let endB = b.length;
  const suffix: IndexPair[] = [];
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
    suffix.push([endA, endB]);
  }
  const n = endA - start;
  const m = endB - start;
  if (n > 0 && m > 0) {
    const middle = (n + 1) * (m + 1) <= MAX_TABLE_CELLS ? tableLcs(a, b, start, n, m) : myersLcs(a, b, start, n, m);
    for (const [i, j] of middle) pairs.push([i + start, j + start]);
  }
  for (let k = suffix.length - 1; k >= 0; k--) pairs.push(suffix[k]!);
  return pairs;
}

function tableLcs(a: ArrayLike<number>, b: ArrayLike<number>, off: number, n: number, m: number): IndexPair[] {
  const w = m + 1;
  // L[i*w + j] = LCS length of a[off+i..] and b[off+j..]
  const L = Math.min(n, m) < 0xffff ? new Uint16Array((n + 1) * w) : new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    const ai = a[off + i];
    for (let j = m - 1; j >= 0; j--) {
      const k = i * w + j;
      if (ai === b[off + j]) L[k] = L[k + w + 1]! + 1;
      else {
        const down = L[k + w]!;
        const right = L[k + 1]!;
        L[k] = down > right ? down : right;
      }
    }
  }
  const out: IndexPair[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const ai = a[off + i]!;
    const bj = b[off + j]!;
    if (ai === bj) {
      out.push([i, j]);
      i++;
      j++;
      continue;
    }
    const down = L[(i + 1) * w + j]!;
    const right = L[i * w + j + 1]!;
    if (down > right || (down === right && ai < bj)) i++;
    else j++;
  }
  return out;
}

function myersLcs(a: ArrayLike<number>, b: ArrayLike<number>, off: number, n: number, m: number): IndexPair[] {
  const changes = diffArrays(Array.from({ length: n }, (_, k) => a[off + k]!), Array.from({ length: m }, (_, k) => b[off + k]!));
  const out: IndexPair[] = [];
  let i = 0;
  let j = 0;
  for (const c of changes) {
    if (c.added) j += c.count;
    else if (c.removed) i += c.count;
    else for (let k = 0; k < c.count; k++) out.push([i++, j++]);
  }
  return out;
}
