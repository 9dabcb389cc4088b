/**
 * Paths as git prints them with `-z`: raw bytes, which need not be UTF-8. A path that
 * decodes as UTF-8 is kept as it is; one that does not (Latin-1 names from old
 * systems, say) is written in git's C-style quoting, so that distinct paths stay
 * distinct (decoding them lossily would map every invalid byte to U+FFFD).
 */
import { isUtf8 } from 'node:buffer';

const QUOTE = 0x22; // "
const BACKSLASH = 0x5c;

/** git's quote_c_style escapes for control characters, `"` and `\` (quote.c, sq_lookup). */
const ESCAPES: Record<number, string> = { 7: '\\a', 8: '\\b', 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r', 0x22: '\\"', 0x5c: '\\\\' };

/** The byte of each escape letter (`t` -> 9). */
const UNESCAPES = new Map(Object.entries(ESCAPES).map(([b, e]) => [e.charCodeAt(1), Number(b)]));

/**
 * The path of git's raw bytes `bytes` (decoded as `text`, lossily): `text` itself when
 * the bytes are UTF-8 and do not start with `"`; otherwise git's C-style quoted form
 * (as with `core.quotePath=false`: `"`-delimited, control characters, `"` and `\`
 * escaped) with every byte that is not part of a well-formed UTF-8 sequence written as a
 * 3-digit octal escape (`caf\351.py` for Latin-1 `café.py`). Unquoted paths never start
 * with `"` and quoted ones always do, so distinct byte strings give distinct paths.
 */
export function gitPath(bytes: Buffer, text: string): string {
  if (text.charCodeAt(0) !== QUOTE && !(text.includes('\uFFFD') && !isUtf8(bytes))) return text;
  let out = '"';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 1 : utf8Length(bytes, i);
    if (b < 0x80) out += ESCAPES[b] ?? (b < 0x20 || b === 0x7f ? octal(b) : String.fromCharCode(b));
    else if (n > 0) out += bytes.toString('utf8', i, i + n);
    else out += octal(b);
    i += Math.max(1, n);
  }
  return out + '"';
}

/**
 * The path to classify by (kind and tier globs, extensions): a quoted path from
 * {@link gitPath} decoded back, with its non-UTF-8 bytes as U+FFFD; any other path as it is.
 */
export function plainPath(path: string): string {
  if (path.charCodeAt(0) !== QUOTE) return path;
  const quoted = Buffer.from(path.slice(1, -1), 'utf8');
  const bytes: number[] = [];
  for (let i = 0; i < quoted.length; i++) {
    const b = quoted[i]!;
    if (b !== BACKSLASH) {
      bytes.push(b);
      continue;
    }
    const e = quoted[++i] ?? BACKSLASH;
    if (e >= 0x30 && e <= 0x37) {
      bytes.push(parseInt(quoted.toString('latin1', i, i + 3), 8) & 0xff);
      i += 2;
    } else bytes.push(UNESCAPES.get(e) ?? e);
  }
  return Buffer.from(bytes).toString('utf8');
}

function octal(b: number): string {
  return `\\${b.toString(8).padStart(3, '0')}`;
}

/**
 * Length (2-4) of the well-formed UTF-8 sequence starting at `i` (a byte >= 0x80), or 0
 * when it is not one (Unicode 15, Table 3-7: no overlong forms, surrogates or code
 * points past U+10FFFF).
 */
function utf8Length(bytes: Buffer, i: number): number {
  const b = bytes[i]!;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const x = bytes[i + k];
    return x !== undefined && x >= lo && x <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
