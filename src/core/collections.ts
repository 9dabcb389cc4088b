/**
 * Small collection helpers shared by the analysis and the scan.
 */

/**
 * Groups items by a string key.
 * @returns key -> the items with that key, in input order; keys in order of first appearance
 */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * The texts of items, joined into parts of a little over `size` UTF-16 code units (1 MB
 * by default), lazily: a large file is written part by part, never built as one string.
 * @param text an item's text (its index in `items` is the second argument)
 */
export function* joinInParts<T>(items: Iterable<T>, text: (item: T, index: number) => string, size = 1 << 20): Generator<string> {
  let part = '';
  let i = 0;
  for (const item of items) {
    part += text(item, i++);
    if (part.length > size) {
      yield part;
      part = '';
    }
  }
  if (part) yield part;
}
