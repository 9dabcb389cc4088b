/**
 * The cell matcher: which cell of the old version became which cell of the new one.
 *
 * Rules, in order (each step only sees cells no earlier step paired):
 * 1. Anchors. When every cell of both versions has an id and ids are unique within each
 *    version (nbformat >= 4.5), cells with the same id are paired ('id'); the pairs that
 *    keep their relative order (a longest common subsequence of the id sequences) are
 *    the anchors, the others are out of order. Otherwise the anchors are a longest common
 *    subsequence of the cells compared by (type, exact source) ('equal').
 * 2. Exact leftovers. Unpaired old and new cells with the same type and exact source are
 *    paired, k-th occurrence with k-th occurrence: first within the same gap between
 *    anchors ('equal', in order), then across gaps ('move', out of order: the cell moved).
 * 3. Similar leftovers. Within each gap between consecutive anchors, unpaired cells of
 *    the same type (or of different types but the same source: a cell converted, say,
 *    from code to markdown) are paired greedily, best first, when their similarity (see
 *    similarity.ts: max of line and word Dice) is >= 0.5 ('similar'); ties go to the pair
 *    with the smaller old index + new index, which makes the result independent of which
 *    version is called old. Huge gaps (over 100 000 candidate pairs) only compare cells
 *    at similar relative positions within the gap.
 * Everything still unpaired is deleted (old) or added (new).
 *
 * Consequences: a cell split in two is paired with the more similar part (on a tie, the
 * first part), the other part is a new cell; two cells merged into one pair the merged
 * cell with the more similar original (on a tie, the first), the other is deleted.
 */
import { lcsOfKeys } from './lcs.js';
import { SIMILARITY_THRESHOLD, createFeaturizer, similarity, similarityUpperBound } from './similarity.js';
import type { SimilarityFeatures } from './similarity.js';
import type { MatchableCell } from './types.js';

/** How a pair was found (see the matcher's rules). */
export type MatchVia = 'id' | 'equal' | 'move' | 'similar';

/** An old cell paired with a new cell. */
export interface CellPair {
  /** Index of the cell in the old version (0-based). */
  old: number;
  /** Index of the cell in the new version (0-based). */
  new: number;
  via: MatchVia;
  /** False when the cell's position relative to the anchors changed (moved). */
  inOrder: boolean;
}

/** Result of matchCells. Every old index is in exactly one of pairs/deleted, every new index in pairs/added. */
export interface CellMatch {
  /** Whether cells were matched by id (rule 1). */
  byId: boolean;
  /** Pairs, sorted by new index. */
  pairs: CellPair[];
  /** Old indices without a partner, ascending. */
  deleted: number[];
  /** New indices without a partner, ascending. */
  added: number[];
}

/** Candidate pairs per gap beyond which only cells at similar relative positions are compared. */
const MAX_GAP_PAIRS = 100_000;

/** True when every cell has a string id and no id repeats (the precondition of matching by id). */
export function hasUniqueIds(cells: readonly MatchableCell[]): boolean {
  const seen = new Set<string>();
  for (const c of cells) {
    if (typeof c.id !== 'string' || seen.has(c.id)) return false;
    seen.add(c.id);
  }
  return true;
}

/**
 * Pair the cells of two versions of a notebook by the matcher's rules (module doc).
 * Inputs are plain cells (type, source, optional id); indices in the result refer to
 * the input arrays. Symmetric: matchCells(b, a) pairs the same cells as matchCells(a, b)
 * (for gaps whose LCS table fits in memory). O(n·m) in cells. Never throws.
 */
export function matchCells(oldCells: readonly MatchableCell[], newCells: readonly MatchableCell[]): CellMatch {
  const oldPartner = new Int32Array(oldCells.length).fill(-1);
  const newPartner = new Int32Array(newCells.length).fill(-1);
  const pairs: CellPair[] = [];
  const pair = (o: number, n: number, via: MatchVia, inOrder: boolean): void => {
    oldPartner[o] = n;
    newPartner[n] = o;
    pairs.push({ old: o, new: n, via, inOrder });
  };

  // 1. Anchors.
  const byId = oldCells.length > 0 && newCells.length > 0 && hasUniqueIds(oldCells) && hasUniqueIds(newCells);
  let anchors: Array<[number, number]>;
  if (byId) {
    anchors = lcsOfKeys(
      oldCells.map((c) => c.id!),
      newCells.map((c) => c.id!)
    );
    for (const [o, n] of anchors) pair(o, n, 'id', true);
    const newById = new Map<string, number>();
    newCells.forEach((c, n) => newById.set(c.id!, n));
    oldCells.forEach((c, o) => {
      const n = newById.get(c.id!);
      if (n !== undefined && oldPartner[o] === -1) pair(o, n, 'id', false);
    });
  } else {
    anchors = lcsOfKeys(oldCells.map(cellKey), newCells.map(cellKey));
    for (const [o, n] of anchors) pair(o, n, 'equal', true);
  }

  // Gap number of every position: how many anchors precede it on its side.
  const oldGap = gapNumbers(
    oldCells.length,
    anchors.map((a) => a[0])
  );
  const newGap = gapNumbers(
    newCells.length,
    anchors.map((a) => a[1])
  );

  // 2. Exact leftovers: same gap first, then across gaps (moves).
  for (const sameGap of [true, false]) {
    const freeNew = new Map<string, number[]>();
    newCells.forEach((c, n) => {
      if (newPartner[n] !== -1) return;
      const k = sameGap ? `${newGap[n]}\u0001${cellKey(c)}` : cellKey(c);
      const q = freeNew.get(k);
      if (q) q.push(n);
      else freeNew.set(k, [n]);
    });
    if (freeNew.size === 0) break;
    oldCells.forEach((c, o) => {
      if (oldPartner[o] !== -1) return;
      const q = freeNew.get(sameGap ? `${oldGap[o]}\u0001${cellKey(c)}` : cellKey(c));
      if (q && q.length > 0) pair(o, q.shift()!, sameGap ? 'equal' : 'move', sameGap);
    });
  }

  // 3. Similar leftovers within each gap.
  const oldFeatures: Array<SimilarityFeatures | undefined> = [];
  const newFeatures: Array<SimilarityFeatures | undefined> = [];
  const featurize = createFeaturizer();
  const features = (side: Array<SimilarityFeatures | undefined>, cells: readonly MatchableCell[], i: number) => (side[i] ??= featurize(cells[i]!.source));
  // Unpaired cells by gap number; gaps without any stay holes (most gaps, usually).
  const oldFree: number[][] = [];
  const newFree: number[][] = [];
  oldCells.forEach((_, o) => oldPartner[o] === -1 && (oldFree[oldGap[o]!] ??= []).push(o));
  newCells.forEach((_, n) => newPartner[n] === -1 && (newFree[newGap[n]!] ??= []).push(n));
  for (let g = 0; g < oldFree.length; g++) {
    const olds = oldFree[g];
    const news = newFree[g];
    if (olds === undefined || news === undefined) continue;
    const candidates: Array<{ o: number; n: number; score: number }> = [];
    const M = olds.length;
    const N = news.length;
    const banded = M * N > MAX_GAP_PAIRS;
    const band = MAX_GAP_PAIRS / 2;
    for (let r = 0; r < M; r++) {
      const o = olds[r]!;
      const oc = oldCells[o]!;
      const sFrom = banded ? Math.max(0, Math.ceil((r * N - band) / M)) : 0;
      const sTo = banded ? Math.min(N - 1, Math.floor((r * N + band) / M)) : N - 1;
      for (let s = sFrom; s <= sTo; s++) {
        const n = news[s]!;
        const nc = newCells[n]!;
        if (nc.type !== oc.type && nc.source !== oc.source) continue;
        const fo = features(oldFeatures, oldCells, o);
        const fn = features(newFeatures, newCells, n);
        if (similarityUpperBound(fo, fn) < SIMILARITY_THRESHOLD) continue;
        const score = similarity(fo, fn);
        if (score >= SIMILARITY_THRESHOLD) candidates.push({ o, n, score });
      }
    }
    candidates.sort((x, y) => y.score - x.score || x.o + x.n - (y.o + y.n));
    for (const { o, n } of candidates) {
      if (oldPartner[o] === -1 && newPartner[n] === -1) pair(o, n, 'similar', true);
    }
  }

  pairs.sort((x, y) => x.new - y.new);
  const deleted: number[] = [];
  const added: number[] = [];
  oldPartner.forEach((p, o) => p === -1 && deleted.push(o));
  newPartner.forEach((p, n) => p === -1 && added.push(n));
  return { byId, pairs, deleted, added };
}

/** Identity of a cell's content: its type and exact source. */
function cellKey(c: MatchableCell): string {
  return `${c.type}\u0000${c.source}`;
}

/** For each position 0..length-1, the number of anchor positions (ascending) before it. */
function gapNumbers(length: number, anchorPositions: number[]): Int32Array {
  const gaps = new Int32Array(length);
  let k = 0;
  for (let i = 0; i < length; i++) {
    while (k < anchorPositions.length && anchorPositions[k]! < i) k++;
    gaps[i] = k;
  }
  return gaps;
}
