/**
 * How alike two cell sources are, for pairing cells that are neither identical nor
 * matched by id (edited, split or merged cells).
 *
 * Rule: similarity = max(line Dice, word Dice), each in [0, 1]:
 * - line Dice: 2·|common lines| / (|lines a| + |lines b|), over the lines of each source
 *   trimmed of surrounding whitespace, blank lines ignored, common counted as a
 *   multiset intersection;
 * - word Dice: the same over word tokens (runs of letters, digits and '_'), so one-line
 *   edits such as `x = 1` → `x = 2` still count as alike.
 * Sources with no non-blank line (or no word) score 0 on that measure.
 */

/** Bag (multiset) of items with its total size. */
interface Bag {
  counts: Map<string, number>;
  total: number;
}

/** Precomputed similarity features of one source. */
export interface SimilarityFeatures {
  lines: Bag;
  words: Bag;
}

/** Minimum similarity for two cells to be paired as "the same cell, edited". */
export const SIMILARITY_THRESHOLD = 0.5;

const WORD = /[\p{L}\p{N}_]+/gu;

/** Similarity features of a source (computed once per cell). Never throws. */
export function similarityFeatures(source: string): SimilarityFeatures {
  const lines = newBag();
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (line !== '') add(lines, line);
  }
  const words = newBag();
  for (const m of source.matchAll(WORD)) add(words, m[0]);
  return { lines, words };
}

/**
 * Similarity of two sources' features, in [0, 1] (1: same lines and words), by the
 * module's rule. Symmetric. Never throws.
 */
export function similarity(a: SimilarityFeatures, b: SimilarityFeatures): number {
  return Math.max(dice(a.lines, b.lines), dice(a.words, b.words));
}

/** Convenience: similarity of two source texts. */
export function sourceSimilarity(a: string, b: string): number {
  return similarity(similarityFeatures(a), similarityFeatures(b));
}

/**
 * Upper bound of similarity(a, b) from sizes alone (Dice cannot exceed
 * 2·min/(sum)); used to skip pairs that cannot reach the threshold.
 */
export function similarityUpperBound(a: SimilarityFeatures, b: SimilarityFeatures): number {
  return Math.max(sizeBound(a.lines, b.lines), sizeBound(a.words, b.words));
}

function newBag(): Bag {
  return { counts: new Map(), total: 0 };
}

function add(bag: Bag, item: string): void {
  bag.counts.set(item, (bag.counts.get(item) ?? 0) + 1);
  bag.total++;
}

function sizeBound(a: Bag, b: Bag): number {
  const sum = a.total + b.total;
  return sum === 0 ? 0 : (2 * Math.min(a.total, b.total)) / sum;
}

function dice(a: Bag, b: Bag): number {
  const sum = a.total + b.total;
  if (a.total === 0 || b.total === 0) return 0;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let common = 0;
  for (const [item, n] of small.counts) {
    const m = large.counts.get(item);
    if (m) common += Math.min(n, m);
  }
  return (2 * common) / sum;
}
