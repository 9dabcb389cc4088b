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
