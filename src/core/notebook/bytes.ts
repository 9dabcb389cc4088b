/**
 * Byte-range helpers for notebook bytes: native Buffer methods when the bytes are a Node
 * Buffer (always, in a scan), plain loops otherwise (core stays free of Node's types).
 */

/** A Node Buffer, as far as these helpers use it. */
type BufferLike = Uint8Array & {
  indexOf(needle: Uint8Array | number, from?: number): number;
  compare(target: Uint8Array, targetStart: number, targetEnd: number, sourceStart: number, sourceEnd: number): number;
};

/** True for a Node Buffer (its indexOf takes a byte sequence, its compare takes ranges). */
function isBuffer(b: Uint8Array): b is BufferLike {
  return typeof (b as { readUInt8?: unknown }).readUInt8 === 'function';
}

/** The offset of `needle` in `b` at or after `from`, or -1: Buffer's native search, or a scan from each first byte. */
export function findBytes(b: Uint8Array, needle: Uint8Array, from: number): number {
  if (isBuffer(b)) return b.indexOf(needle, from);
  for (let i = b.indexOf(needle[0]!, from); i >= 0; i = b.indexOf(needle[0]!, i + 1)) {
    let k = 1;
    while (k < needle.length && b[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

/** True when a[aStart, aEnd) and b[bStart, bEnd) hold the same bytes: Buffer's native compare, or a loop. */
export function sameBytes(a: Uint8Array, aStart: number, aEnd: number, b: Uint8Array, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  if (isBuffer(a)) return a.compare(b, bStart, bEnd, aStart, aEnd) === 0;
  for (let i = aStart, j = bStart; i < aEnd; i++, j++) if (a[i] !== b[j]) return false;
  return true;
}
