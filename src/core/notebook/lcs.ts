/**
 * Longest common subsequence over sequences of integer keys, with a tie-breaking rule
 * that makes the chosen subsequence independent of which sequence is "old".
 */
/** A matched pair of positions: [index in a, index in b]. */
export type IndexPair = [number, number];

/** Largest dynamic-programming table (cells, 2 bytes each) before falling back to patience matching. */
const MAX_TABLE_CELLS = 16_000_000;

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
 * Where two sequences differ once their common prefix and suffix are set aside: items
 * `[start, endA)` of `a` against `[start, endB)` of `b` (equal by `===`). O(n), never throws.
 */
export function commonEnds<T>(a: readonly T[], b: readonly T[]): { start: number; endA: number; endB: number } {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { start, endA, endB };
}

/**
 * lcsPairs over two sequences of string keys: the same pairs as
 * `lcsPairs(...rankKeys(a, b))`, but only the keys between the common prefix and suffix
 * are ranked (ranking sorts them), so versions that differ in a few items, the usual
 * case, cost one pass of string comparisons. Never throws.
 */
export function lcsOfKeys(a: readonly string[], b: readonly string[]): IndexPair[] {
  const { start, endA, endB } = commonEnds(a, b);
  // Ranks keep the middle keys' relative order, the only thing lcsPairs compares there.
  const [midA, midB] = rankKeys(a.slice(start, endA), b.slice(start, endB));
  const pairs: IndexPair[] = [];
  for (let i = 0; i < start; i++) pairs.push([i, i]);
  for (const [i, j] of lcsPairs(midA, midB)) pairs.push([i + start, j + start]);
  for (let k = 0; endA + k < a.length; k++) pairs.push([endA + k, endB + k]);
  return pairs;
}

/**
 * A longest common subsequence of `a` and `b` (equal numbers are equal items), as
 * pairs [i, j] increasing in both i and j.
 *
 * Common prefix and suffix are matched first; the rest by the classic O(n·m) table.
 * Where two choices keep the subsequence equally long, the item with the smaller key
 * is the one left out, so lcsPairs(b, a) is lcsPairs(a, b) with each pair swapped.
 * When the remaining table would exceed 16 million cells (about 4000 × 4000 differing
 * cells), a patience match is used instead: the longest increasing run of keys that
 * occur exactly once on each side, O(n log n) — a common subsequence, not always the
 * longest.
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
    const middle = (n + 1) * (m + 1) <= MAX_TABLE_CELLS ? tableLcs(a, b, start, n, m) : patienceLcs(a, b, start, n, m);
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

function patienceLcs(a: ArrayLike<number>, b: ArrayLike<number>, off: number, n: number, m: number): IndexPair[] {
  const countA = new Map<number, number>();
  const countB = new Map<number, number>();
  const posB = new Map<number, number>();
  for (let i = 0; i < n; i++) countA.set(a[off + i]!, (countA.get(a[off + i]!) ?? 0) + 1);
  for (let j = 0; j < m; j++) {
    countB.set(b[off + j]!, (countB.get(b[off + j]!) ?? 0) + 1);
    posB.set(b[off + j]!, j);
  }
  const candidates: IndexPair[] = [];
  for (let i = 0; i < n; i++) {
    const k = a[off + i]!;
    if (countA.get(k) === 1 && countB.get(k) === 1) candidates.push([i, posB.get(k)!]);
  }
  // Longest increasing subsequence of the j's (patience sorting with back links).
  const tails: number[] = [];
  const back = new Int32Array(candidates.length).fill(-1);
  for (let c = 0; c < candidates.length; c++) {
    const j = candidates[c]![1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (candidates[tails[mid]!]![1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) back[c] = tails[lo - 1]!;
    tails[lo] = c;
  }
  const out: IndexPair[] = [];
  for (let c = tails.length ? tails[tails.length - 1]! : -1; c !== -1; c = back[c]!) out.push(candidates[c]!);
  return out.reverse();
}
