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
 * A source with no non-blank line (or no word) scores 0 on that measure.
 */

/** Similarity features of one source: sorted token ids, repeated per occurrence. */
export interface SimilarityFeatures {
  /** Ids of the trimmed non-blank lines, ascending. */
  lines: Int32Array;
  /** Ids of the word tokens, ascending. */
  words: Int32Array;
}

/**
 * Computes features of sources against one shared token dictionary. Features are only
 * comparable when made by the same featurizer.
 */
export type Featurizer = (source: string) => SimilarityFeatures;

/** Minimum similarity for two cells to be paired as "the same cell, edited". */
export const SIMILARITY_THRESHOLD = 0.5;

const WORD = /[\p{L}\p{N}_]+/gu;

/** A featurizer with a fresh token dictionary (use one per comparison). Never throws. */
export function createFeaturizer(): Featurizer {
  const lineIds = new Map<string, number>();
  const wordIds = new Map<string, number>();
  const intern = (dict: Map<string, number>, token: string): number => {
    let id = dict.get(token);
    if (id === undefined) dict.set(token, (id = dict.size));
    return id;
  };
  return (source) => {
    const lines: number[] = [];
    for (const raw of source.split('\n')) {
      const line = raw.trim();
      if (line !== '') lines.push(intern(lineIds, line));
    }
    const words: number[] = [];
    for (const m of source.matchAll(WORD)) words.push(intern(wordIds, m[0]));
    return { lines: Int32Array.from(lines).sort(), words: Int32Array.from(words).sort() };
  };
}

/**
 * Similarity of two sources' features (same featurizer), in [0, 1] (1: same lines and
 * words), by the module's rule. Symmetric. Never throws.
 */
export function similarity(a: SimilarityFeatures, b: SimilarityFeatures): number {
  return Math.max(dice(a.lines, b.lines), dice(a.words, b.words));
}

/**
 * Upper bound of similarity(a, b) from sizes alone (Dice cannot exceed
 * 2·min/sum); used to skip pairs that cannot reach the threshold.
 */
export function similarityUpperBound(a: SimilarityFeatures, b: SimilarityFeatures): number {
  return Math.max(sizeBound(a.lines.length, b.lines.length), sizeBound(a.words.length, b.words.length));
}

/** Convenience: similarity of two source texts, in [0, 1]. */
export function sourceSimilarity(a: string, b: string): number {
  const f = createFeaturizer();
  return similarity(f(a), f(b));
}

function sizeBound(a: number, b: number): number {
  return a === 0 || b === 0 ? 0 : (2 * Math.min(a, b)) / (a + b);
}

/** Dice coefficient of two sorted multisets. */
function dice(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * common) / (a.length + b.length);
}
