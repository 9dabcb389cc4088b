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
