/**
 * Cheap, stable digests of JSON values, so large outputs (base64 images) are compared
 * by a short key instead of their text.
 */

/**
 * A 64-bit FNV-1a style digest of a string, as `<length>:<16 hex digits>`.
 * Two independent 32-bit FNV-1a lanes (different offset bases) over UTF-16 code
 * units. Not cryptographic; collisions are negligible for equality checks between
 * two versions of one cell. Never throws.
 */
export function hashString(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h2 >>> 15);
  }
  return `${text.length}:${(h1 >>> 0).toString(16).padStart(8, '0')}${(h2 >>> 0).toString(16).padStart(8, '0')}`;
}

/**
 * JSON text of a value with object keys sorted at every level, so two values that
 * differ only in key order serialize equally. `undefined` members are dropped as
 * JSON.stringify does; a top-level `undefined` gives ''. Never throws for values
 * produced by JSON.parse.
 */
export function stableStringify(value: unknown): string {
  if (value === undefined) return '';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    return `[${value.map((v) => (v === undefined ? 'null' : stableStringify(v))).join(',')}]`;
  }
  const obj = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(obj).sort()) {
    const v = obj[key];
    if (v === undefined) continue;
    parts.push(`${JSON.stringify(key)}:${stableStringify(v)}`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * Structural equality of two JSON values (as produced by JSON.parse): same primitives,
 * arrays equal element-wise, objects with the same keys (in any order) and equal
 * values. Cheap on large equal strings (native comparison) and stops at the first
 * difference. Never throws.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let na = 0;
  for (const k in ra) {
    if (ra[k] === undefined) continue;
    na++;
    if (!Object.prototype.hasOwnProperty.call(rb, k) || !jsonEqual(ra[k], rb[k])) return false;
  }
  let nb = 0;
  for (const k in rb) if (rb[k] !== undefined) nb++;
  return na === nb;
}
