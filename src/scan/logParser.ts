/**
 * A streaming parser of `git log -z --raw --numstat` output with the format
 * {@link LOG_FORMAT}. Every field is NUL-separated and consumed by position, so any
 * path or message (spaces, quotes, newlines, non-ASCII) parses exactly; a path that is
 * not UTF-8 is kept distinct in git's quoted form (pathQuote.ts).
 */

import { gitSpawnError, spawnGit } from './git.js';
import { REVIEW_TRAILERS, type ReviewTrailer } from '../core/facts.js';
import { gitPath } from './pathQuote.js';
import { RENAME_LIMIT } from './gitConstants.js';

const EMPTY = Buffer.alloc(0);

/** Marks the start of a commit record (`%x01`). */
const RECORD_BYTE = 0x01;
const NEWLINE = 0x0a;
const COLON = 0x3a;
const TAB = 0x09;
const DASH = 0x2d;

/**
 * A numstat count at `b[i]` ("<digits>" or "-" for binary) and the tab after it: the
 * value (null for "-") and the offset past the tab; undefined when the bytes are not one.
 */
function numstatCount(b: Buffer, i: number, end: number): [number | null, number] | undefined {
  if (b[i] === DASH) return i + 1 < end && b[i + 1] === TAB ? [null, i + 2] : undefined;
  let value = 0;
  let j = i;
  for (; j < end && b[j]! >= 0x30 && b[j]! <= 0x39; j++) value = value * 10 + b[j]! - 0x30;
  return j > i && j < end && b[j] === TAB ? [value, j + 1] : undefined;
}

/**
 * `--format` of the scan: sha, author name and email (after .mailmap), author date as
 * `--date=raw` prints it ("<unix seconds> <+hhmm>", which git prints for any date, where
 * `%aI` dies on a local time before 1970), the raw message (`%B`, for its
 * `Co-authored-by:` and review trailers: {@link closingTrailers}), subject.
 */
export const LOG_FORMAT = `--format=${'%x01%H%x00%aN%x00%aE%x00%ad%x00%B%x00%s'}`;

/**
 * What a walk asks git for beside each commit: `numstat` (raw entries with rename
 * detection and line counts: the scan), `raw` (the same without line counts, which git
 * cannot give without the blobs), `raw-no-renames` (raw entries from the trees alone:
 * rename detection reads blobs too), `none` (the commit alone: its trees are missing).
 * Each needs fewer objects than the one before; readCommits.ts falls back along them.
 */
export type LogDiff = 'numstat' | 'raw' | 'raw-no-renames' | 'none';

/**
 * Options that pin what config could change in git's output, so that every repository
 * and machine gives the same facts (the rest of `log.*`, `diff.*`, `color.*`, `i18n.*`
 * and `core.quotePath` changes nothing in this output: `-z` paths are never quoted, the
 * format names every field, `--no-merges` leaves `log.diffMerges` nothing to do):
 * - `core.bigFileThreshold` (files above it are binary: "-" numstat) at git's default, 512 MiB;
 * - `--root`: the root commit's files (`log.showRoot=false` shows it without them);
 * - `--encoding=UTF-8` (`i18n.logOutputEncoding`: UTF-16 would garble every field);
 * - `--date=raw` (`log.date`, for `%ad`);
 * - `--diff-algorithm=myers` (`diff.algorithm`: histogram and patience count other lines);
 * - `-l1000`, git's default rename limit (`diff.renameLimit`);
 * - `--no-color` (`color.ui=always`), `--no-ext-diff` (`diff.external`), `--no-textconv`,
 *   `--no-abbrev` (`core.abbrev`), `-M` (`diff.renames`).
 */
const PINNED = [
  '--root',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--encoding=UTF-8',
  '--date=raw',
  '--diff-algorithm=myers',
  `-l${RENAME_LIMIT}`,
  '--no-abbrev',
];

/**
 * The `git log` arguments of a scan (before the revisions, starting with `-c` options
 * for git itself): the benchmark's floor runs git with exactly these.
 * @param diff what to ask for beside each commit (default: numstat, the scan's walk)
 */
export function logArgs(diff: LogDiff = 'numstat'): string[] {
  const changes = diff === 'none' ? [] : ['--raw', ...(diff === 'raw-no-renames' ? ['--no-renames'] : ['-M']), ...(diff === 'numstat' ? ['--numstat'] : [])];
  return ['-c', 'core.bigFileThreshold=512m', 'log', '-z', '--no-merges', ...PINNED, ...changes, LOG_FORMAT];
}

/**
 * The author time of `%ad` with `--date=raw` ("<unix seconds> <+hhmm>") as ISO 8601 in
 * the author's own offset, e.g. `7200 -1200` -> `1969-12-31T14:00:00-12:00`. What git
 * accepts from a hostile commit still gives a valid time that `Date.parse` reads: an
 * offset that is not 4 digits under 24 hours is written as UTC (`+00:00`, the same
 * instant), an instant outside the years 0000-9999 is clamped to them, and a date git
 * cannot parse (it prints none) is the epoch, as `git log` itself shows it.
 */
export function rawTimeToIso(raw: string): string {
  return civilIso(raw) ?? generalIso(raw);
}

/**
 * {@link rawTimeToIso} of the usual case by integer arithmetic (a scan converts every
 * commit's date; Date and toISOString took a sixth of the log parse): `<seconds> <+|-hhmm>`
 * with at most 11 digits of seconds, an offset under 24 hours and a local time in the years
 * 1970-9999; undefined for anything else. Civil date from days: H. Hinnant, "chrono-
 * compatible low-level date algorithms" (days_from_civil's inverse, civil_from_days).
 */
function civilIso(raw: string): string | undefined {
  const n = raw.length;
  if (n < 7 || n > 17 || raw.charCodeAt(n - 6) !== 32) return undefined;
  const sign = raw.charCodeAt(n - 5);
  if (sign !== 43 && sign !== 45) return undefined;
  let secs = 0;
  for (let i = 0; i < n - 6; i++) {
    const c = raw.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    secs = secs * 10 + c;
  }
  const digit = (i: number): number => raw.charCodeAt(i) - 48;
  for (let i = n - 4; i < n; i++) if (digit(i) < 0 || digit(i) > 9) return undefined;
  const abs = (digit(n - 4) * 10 + digit(n - 3)) * 60 + digit(n - 2) * 10 + digit(n - 1);
  if (abs >= 24 * 60) return undefined;
  const local = secs + (sign === 45 ? -abs : abs) * 60;
  if (local < 0 || local * 1000 > MAX_MS) return undefined;
  const days = Math.floor(local / 86400);
  const sod = local - days * 86400;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const hms = `${pad(Math.floor(sod / 3600))}:${pad(Math.floor((sod % 3600) / 60))}:${pad(sod % 60)}`;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}T${hms}${sign === 45 && abs > 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** {@link rawTimeToIso} of any input, through Date. */
function generalIso(raw: string): string {
  const m = /^(-?\d+) ([+-])(\d+)$/.exec(raw.trim()) ?? ['', '0', '+', '0000'];
  const digits = m[3]!;
  let offset = digits.length === 4 ? (m[2] === '-' ? -1 : 1) * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) : 0;
  if (Math.abs(offset) >= 24 * 60) offset = 0;
  const utcMs = Math.min(Math.max(Number(m[1]) * 1000, MIN_MS - offset * 60_000), MAX_MS - offset * 60_000);
  const local = new Date(utcMs + offset * 60_000).toISOString(); // "YYYY-MM-DDTHH:MM:SS.sssZ"
  const abs = Math.abs(offset);
  const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${local.slice(0, 19)}${zone}`;
}

/** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z in ms: the years ISO 8601 writes with 4 digits. */
const MIN_MS = Date.parse('0000-01-01T00:00:00Z');
const MAX_MS = Date.parse('9999-12-31T23:59:59Z');

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** One file change of a commit, from the raw and numstat entries. */
export interface RawChange {
  /** A added, M modified, D deleted, R renamed, C copied, T type changed (U, X: unmerged/unknown). */
  status: string;
  oldMode: string;
  newMode: string;
  /** Blob ids (all zeros for a side that does not exist). */
  oldBlob: string;
  newBlob: string;
  path: string;
  oldPath?: string;
  /** Lines from numstat; null for binary ("-"). undefined when numstat gave no entry. */
  added?: number | null;
  deleted?: number | null;
}

/** One commit as git printed it. */
export interface RawCommit {
  sha: string;
  authorName: string;
  authorEmail: string;
  /** Author date, ISO 8601 with the author's offset ({@link rawTimeToIso}). */
  time: string;
  /** Raw `Co-authored-by:` values ("Name <email>"). */
  coAuthors: string[];
  /** Raw review trailers (`Reviewed-by:`, `Acked-by:`...: {@link REVIEW_TRAILERS}) with their "Name <email>" values. */
  reviewers: { trailer: ReviewTrailer; value: string }[];
  subject: string;
  changes: RawChange[];
}

/** A trailer line `Key: value` (git's trailer keys: letters, digits and hyphens). */
const TRAILER = /^[A-Za-z0-9][A-Za-z0-9-]*:[ \t]*\S/;
/** A trailer whose value is a contact: `Key: Name <email>`, any case, spaces around the parts allowed. */
const CONTACT_TRAILER = /^([A-Za-z0-9][A-Za-z0-9-]*):[ \t]*(.*?<[^<>]*>)[ \t]*$/;

/** The trailer keys letgo reads, lower case, with the spelling it reports. */
const KEYS = new Map<string, 'Co-authored-by' | ReviewTrailer>([
  ['co-authored-by', 'Co-authored-by'],
  ...REVIEW_TRAILERS.map((k) => [k.toLowerCase(), k] as const),
]);

/**
 * The contact trailers (`Key: Name <email>`) at the end of a commit message whose key is
 * `Co-authored-by` or one of {@link REVIEW_TRAILERS} (any case), the way GitHub credits
 * co-authors: lines of the message's last paragraph, and of the paragraphs before it as
 * long as every paragraph after them holds only trailer lines (`Key: value`): a trailer
 * followed by prose is not at the end. git's own trailer parsing (`%(trailers)`) misses a
 * closing paragraph that mixes trailers with other lines (GitHub's `---------` squash
 * separator right above them, a sentence before them) and depends on git's version and
 * `trailer.*` config; this reads LF and CRLF messages alike, in time linear in the message.
 * Duplicates (same key and value) are kept once, in order.
 * @param message the raw message (`%B`)
 * @returns each trailer's key (as spelled in {@link KEYS}) and value ("Name <email>")
 */
export function closingTrailers(message: string): { key: 'Co-authored-by' | ReviewTrailer; value: string }[] {
  if (!message.includes('<')) return []; // no contact trailer without its "<email>" (most messages)
  const paragraphs = message
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
    )
    .filter((p) => p.length);
  let first = paragraphs.length - 1; // the first paragraph of the closing block
  while (first > 0 && paragraphs[first].every((l) => TRAILER.test(l))) first--;
  const found = new Map<string, { key: 'Co-authored-by' | ReviewTrailer; value: string }>();
  for (let i = Math.max(0, first); i < paragraphs.length; i++) {
    for (const line of paragraphs[i]) {
      const m = CONTACT_TRAILER.exec(line);
      const key = m && KEYS.get(m[1].toLowerCase());
      if (key && !found.has(`${key}\u0000${m[2]}`)) found.set(`${key}\u0000${m[2]}`, { key, value: m[2] });
    }
  }
  return [...found.values()];
}

type State =
  | { kind: 'header'; field: number }
  | { kind: 'entries' }
  | { kind: 'rawPaths'; change: RawChange; need: number }
  | { kind: 'numstatPaths'; added: number | null; deleted: number | null; got: string[] };

/**
 * Incremental parser: `push` NUL-separated bytes as they arrive, `end` at EOF.
 * Commits are handed to `onCommit` as soon as they are complete.
 */
export class LogParser {
  private carry: Buffer = EMPTY;
  private state: State = { kind: 'entries' };
  private current: RawCommit | undefined;
  private header: string[] = [];
  private byPath = new Map<string, RawChange>();

  constructor(private readonly onCommit: (commit: RawCommit) => void) {}

  /**
   * Feeds a chunk of git's stdout. Only a token cut by the chunk's end is copied (joined
   * with the next chunk's start): the chunk itself is never copied nor kept.
   */
  push(chunk: Buffer): void {
    let start = 0;
    if (this.carry.length) {
      const nul = chunk.indexOf(0);
      if (nul < 0) {
        this.carry = Buffer.concat([this.carry, chunk]);
        return;
      }
      const joined = Buffer.concat([this.carry, chunk.subarray(0, nul)]);
      this.token(joined, 0, joined.length);
      start = nul + 1;
    }
    for (;;) {
      const nul = chunk.indexOf(0, start);
      if (nul < 0) break;
      this.token(chunk, start, nul);
      start = nul + 1;
    }
    this.carry = start < chunk.length ? Buffer.from(chunk.subarray(start)) : EMPTY;
  }

  /** Signals end of output; flushes the last commit. */
  end(): void {
    if (this.carry.length) {
      this.token(this.carry, 0, this.carry.length);
      this.carry = EMPTY;
    }
    this.flush();
  }

  /** Consumes the token `bytes[start, end)` (decoded as UTF-8; paths through {@link gitPath}). */
  private token(bytes: Buffer, start: number, end: number): void {
    const s = this.state;
    if (s.kind === 'entries') return this.entry(bytes, start, end);
    const tok = bytes.toString('utf8', start, end);
    if (s.kind === 'header') {
      this.header.push(tok);
      if (s.field === 5) this.startCommit();
      else this.state = { kind: 'header', field: s.field + 1 };
      return;
    }
    if (s.kind === 'rawPaths') {
      if (s.need === 2) {
        s.change.oldPath = gitPath(bytes.subarray(start, end), tok);
        s.need = 1;
      } else {
        s.change.path = gitPath(bytes.subarray(start, end), tok);
        this.addChange(s.change);
        this.state = { kind: 'entries' };
      }
      return;
    }
    s.got.push(gitPath(bytes.subarray(start, end), tok));
    if (s.got.length === 2) {
      this.setNumstat(s.got[1], s.added, s.deleted);
      this.state = { kind: 'entries' };
    }
  }

  /**
   * A token between commits' fields: a raw entry, a numstat entry, the start of a commit,
   * or the empty token that ends a record (or the newline before raw entries), told apart by
   * its first byte (after the newline that may precede it) before anything is decoded.
   */
  private entry(bytes: Buffer, start: number, end: number): void {
    const at = bytes[start] === NEWLINE ? start + 1 : start;
    if (at >= end) return;
    const first = bytes[at];
    if (first === RECORD_BYTE) {
      this.flush();
      this.header = [bytes.toString('utf8', at + 1, end)];
      this.state = { kind: 'header', field: 1 };
    } else if (first === COLON) {
      // ":100644 100644 <old> <new> M" (status may carry a score: R087); ASCII
      const [oldMode, newMode, oldBlob, newBlob, statusField] = bytes.toString('latin1', at + 1, end).split(' ');
      const status = statusField.charAt(0); // R and C carry a similarity score after the letter
      const change: RawChange = { status, oldMode, newMode, oldBlob, newBlob, path: '' };
      this.state = { kind: 'rawPaths', change, need: status === 'R' || status === 'C' ? 2 : 1 };
    } else {
      // "<added>\t<deleted>\t<path>", or "<added>\t<deleted>\t" with the two paths of a rename as the next tokens
      const added = numstatCount(bytes, at, end);
      const deleted = added && numstatCount(bytes, added[1], end);
      if (!deleted) return;
      const from = deleted[1];
      if (from === end) this.state = { kind: 'numstatPaths', added: added[0], deleted: deleted[0], got: [] };
      else this.setNumstat(gitPath(bytes.subarray(from, end), bytes.toString('utf8', from, end)), added[0], deleted[0]);
    }
  }

  private startCommit(): void {
    const [sha, authorName, authorEmail, date, message, subject] = this.header;
    this.current = {
      sha,
      authorName,
      authorEmail,
      time: rawTimeToIso(date),
      coAuthors: [],
      reviewers: [],
      subject,
      changes: [],
    };
    for (const t of closingTrailers(message)) {
      if (t.key === 'Co-authored-by') this.current.coAuthors.push(t.value);
      else this.current.reviewers.push({ trailer: t.key, value: t.value });
    }
    this.byPath.clear();
    this.state = { kind: 'entries' };
  }

  private addChange(change: RawChange): void {
    this.current?.changes.push(change);
    this.byPath.set(change.path, change);
  }

  private setNumstat(path: string, added: number | null, deleted: number | null): void {
    const change = this.byPath.get(path);
    if (change) {
      change.added = added;
      change.deleted = deleted;
    }
  }

  private flush(): void {
    if (this.current) this.onCommit(this.current);
    this.current = undefined;
    this.byPath.clear();
  }
}

/**
 * Streams `git <args> --no-walk=unsorted --stdin` over `shas` (args from {@link logArgs},
 * optionally after `-c` options) into a LogParser calling `onCommit`.
 * @returns git's exit code and stderr
 * @throws LetgoError (GIT) when git is not installed, or made no progress for a long time (git.ts)
 */
export function streamLog(dir: string, args: string[], shas: string[], onCommit: (c: RawCommit) => void): Promise<{ code: number; stderr: string }> {
  const parser = new LogParser(onCommit);
  return new Promise((resolve, reject) => {
    const git = spawnGit(dir, [...args, '--no-walk=unsorted', '--stdin']);
    const { child } = git;
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => parser.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => reject(gitSpawnError(e)));
    child.on('close', (code) => {
      const stalled = git.stalled();
      if (stalled) return reject(stalled);
      parser.end();
      resolve({ code: code ?? 1, stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(shas.join('\n') + '\n');
  });
}
