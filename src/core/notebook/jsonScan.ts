/**
 * A JSON scanner over UTF-8 bytes: it finds where values begin and end without building
 * them. It checks the grammar of RFC 8259 as JSON.parse does (the four whitespace bytes,
 * no trailing commas, no leading zeros, escapes \" \\ \/ \b \f \n \r \t \uXXXX, nothing
 * after the value) with one exception: a raw control character (U+0000..U+001F) inside
 * a string is not rejected, so that long strings are skipped with the native indexOf
 * (memchr for a Buffer) instead of a byte loop. Bytes >= 0x80 are allowed only inside
 * strings, as in JSON.parse of the decoded text.
 *
 * Used to parse notebooks without materialising their outputs (parse.ts), which hands
 * everything else to JSON.parse.
 *
 * Methods take an offset and return the offset just past what they read, or -1 when
 * the bytes there are not JSON. None throws; none recurses, so any depth is fine.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/** 1 for the bytes that may follow a backslash, apart from `u`. */
const SIMPLE_ESCAPE = new Uint8Array(256);
for (const c of '"\\/bfnrt') SIMPLE_ESCAPE[c.charCodeAt(0)] = 1;

/** Strings up to this many bytes (keys, source lines) are read byte by byte; longer ones natively. */
const SHORT_STRING = 48;

function isHex(c: number | undefined): boolean {
  return c !== undefined && ((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66));
}

/** The escape sequence at `b[k]` (a backslash); returns the offset past it, or -1. */
function scanEscape(b: Uint8Array, k: number): number {
  const e = b[k + 1];
  if (e === 0x75) return isHex(b[k + 2]) && isHex(b[k + 3]) && isHex(b[k + 4]) && isHex(b[k + 5]) ? k + 6 : -1;
  return e !== undefined && SIMPLE_ESCAPE[e] === 1 ? k + 2 : -1;
}

function digits(b: Uint8Array, i: number): number {
  const start = i;
  while (b[i]! >= 0x30 && b[i]! <= 0x39) i++;
  return i > start ? i : -1;
}

/** A number `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?` at `i`; returns the offset past it, or -1. */
function scanNumber(b: Uint8Array, i: number): number {
  if (b[i] === 0x2d) i++;
  if (b[i] === 0x30) i++;
  else if ((i = digits(b, i)) < 0) return -1;
  if (b[i] === 0x2e && (i = digits(b, i + 1)) < 0) return -1;
  if ((b[i]! | 0x20) === 0x65) {
    i++;
    if (b[i] === 0x2b || b[i] === 0x2d) i++;
    if ((i = digits(b, i)) < 0) return -1;
  }
  return i;
}

function scanWord(b: Uint8Array, i: number, word: string): number {
  for (let k = 0; k < word.length; k++) if (b[i + k] !== word.charCodeAt(k)) return -1;
  return i + word.length;
}

/** A scanner over one document's bytes (kept, not copied). */
export class JsonScanner {
  /**
   * The first backslash at or after `backslashSearch` (b.length: none). A document is
   * read forwards, so each byte is searched once; a call at an earlier offset searches again.
   */
  private backslash = -1;
  private backslashSearch = 0;

  constructor(readonly b: Uint8Array) {}

  /** The offset of the first byte at or after `i` that is not JSON whitespace (space, tab, LF, CR). */
  space(i: number): number {
    const b = this.b;
    for (;;) {
      const c = b[i];
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
      i++;
    }
  }

  /** The first backslash at or after `j` (b.length when none). */
  private backslashFrom(j: number): number {
    if (j < this.backslashSearch || j > this.backslash) {
      const k = this.b.indexOf(BACKSLASH, j);
      this.backslash = k < 0 ? this.b.length : k;
      this.backslashSearch = j;
    }
    return this.backslash;
  }

  /** A string starting at its opening quote `b[i]`; returns the offset past its closing quote, or -1. */
  string(i: number): number {
    const b = this.b;
    if (b[i] !== QUOTE) return -1;
    let j = i + 1;
    const stop = Math.min(b.length, j + SHORT_STRING);
    while (j < stop) {
      const c = b[j];
      if (c === QUOTE) return j + 1;
      if (c === BACKSLASH) {
        if ((j = scanEscape(b, j)) < 0) return -1;
      } else j++;
    }
    let quote = b.indexOf(QUOTE, j);
    for (;;) {
      if (quote < 0) return -1;
      const k = this.backslashFrom(j);
      if (k > quote) return quote + 1;
      if ((j = scanEscape(b, k)) < 0) return -1;
      // Only an escaped quote moves past the quote found; look again only then.
      if (j > quote) quote = b.indexOf(QUOTE, j);
    }
  }

  /** A scalar (string, number, true, false, null) at `i`; returns the offset past it, or -1. */
  private scalar(i: number): number {
    const b = this.b;
    const c = b[i];
    if (c === QUOTE) return this.string(i);
    if (c === 0x74) return scanWord(b, i, 'true');
    if (c === 0x66) return scanWord(b, i, 'false');
    if (c === 0x6e) return scanWord(b, i, 'null');
    return scanNumber(b, i);
  }

  /** An object member's key and colon at `i` (whitespace before allowed); returns the offset past the colon, or -1. */
  private key(i: number): number {
    i = this.string(this.space(i));
    if (i < 0) return -1;
    i = this.space(i);
    return this.b[i] === COLON ? i + 1 : -1;
  }

  /**
   * One JSON value at `i` (whitespace before it allowed, none after it consumed); returns
   * the offset past it, or -1. Containers are followed with a stack of their kinds.
   */
  value(i: number): number {
    const b = this.b;
    const open: boolean[] = []; // true: object, false: array
    for (;;) {
      // A value starts at i.
      i = this.space(i);
      const c = b[i];
      if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        const isObject = c === OPEN_OBJECT;
        const j = this.space(i + 1);
        if (b[j] === (isObject ? CLOSE_OBJECT : CLOSE_ARRAY)) i = j + 1;
        else {
          open.push(isObject);
          i = isObject ? this.key(j) : j;
          if (i < 0) return -1;
          continue;
        }
      } else if ((i = this.scalar(i)) < 0) return -1;
      // After a value: a comma before the next one, or the ends of containers.
      for (;;) {
        if (open.length === 0) return i;
        i = this.space(i);
        const isObject = open[open.length - 1];
        if (b[i] === COMMA) {
          i = isObject ? this.key(i + 1) : i + 1;
          if (i < 0) return -1;
          break;
        }
        if (b[i] !== (isObject ? CLOSE_OBJECT : CLOSE_ARRAY)) return -1;
        open.pop();
        i++;
      }
    }
  }
}
