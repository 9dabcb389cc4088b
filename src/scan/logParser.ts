/**
 * A streaming parser of `git log -z --raw --numstat` output with the format
 * {@link LOG_FORMAT}. Every field is NUL-separated and consumed by position, so any
 * path or message (spaces, quotes, newlines, non-ASCII) parses exactly.
 */

import { gitSpawnError, spawnGit } from './git.js';

const EMPTY = Buffer.alloc(0);

/** Marks the start of a commit record. */
const RECORD = '\u0001';

/**
 * `--format` of the scan: sha, author name and email (after .mailmap), strict ISO author
 * date, the raw message (`%B`, for its `Co-authored-by:` lines: {@link coAuthorLines}),
 * subject.
 */
export const LOG_FORMAT = `--format=${'%x01%H%x00%aN%x00%aE%x00%aI%x00%B%x00%s'}`;

/**
 * The `git log` arguments of a scan (before the revisions): the benchmark's floor runs
 * git with exactly these.
 * @param numstat false for the fallback walk of a partial clone (trees only)
 */
export function logArgs(numstat = true): string[] {
  return ['log', '-z', '--no-merges', '--no-color', '--no-ext-diff', '--no-textconv', '--raw', '--no-abbrev', '-M', ...(numstat ? ['--numstat'] : []), LOG_FORMAT];
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
  /** Strict ISO 8601 author date with offset. */
  time: string;
  /** Raw `Co-authored-by:` values ("Name <email>"). */
  coAuthors: string[];
  subject: string;
  changes: RawChange[];
}

/** A `Co-authored-by: Name <email>` line, any case, spaces around the parts allowed. */
const CO_AUTHOR = /^co-authored-by:[ \t]*(.*?<[^<>]*>)[ \t]*$/i;
/** A trailer line `Key: value` (git's trailer keys: letters, digits and hyphens). */
const TRAILER = /^[A-Za-z0-9][A-Za-z0-9-]*:[ \t]*\S/;

/**
 * The `Co-authored-by:` values ("Name <email>") at the end of a commit message, the way
 * GitHub credits co-authors: lines of the message's last paragraph, and of the paragraphs
 * before it as long as every paragraph after them holds only trailer lines (`Key: value`):
 * a co-author line followed by prose is not at the end. git's own trailer parsing
 * (`%(trailers)`) misses a closing paragraph that mixes co-author lines with other lines
 * (GitHub's `---------` squash separator right above them, a sentence before them) and
 * depends on git's version and `trailer.*` config; this reads LF and CRLF messages alike.
 * Duplicates are kept once, in order.
 * @param message the raw message (`%B`)
 */
export function coAuthorLines(message: string): string[] {
  const paragraphs = message.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/).map((p) => p.split('\n').map((l) => l.trim()).filter(Boolean)).filter((p) => p.length);
  let first = paragraphs.length - 1; // the first paragraph of the closing block
  while (first > 0 && paragraphs[first].every((l) => TRAILER.test(l))) first--;
  const found = new Set<string>();
  for (let i = Math.max(0, first); i < paragraphs.length; i++) {
    for (const line of paragraphs[i]) {
      const m = CO_AUTHOR.exec(line);
      if (m) found.add(m[1]);
    }
  }
  return [...found];
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
      this.token(Buffer.concat([this.carry, chunk.subarray(0, nul)]).toString('utf8'));
      start = nul + 1;
    }
    for (;;) {
      const nul = chunk.indexOf(0, start);
      if (nul < 0) break;
      this.token(chunk.toString('utf8', start, nul));
      start = nul + 1;
    }
    this.carry = start < chunk.length ? Buffer.from(chunk.subarray(start)) : EMPTY;
  }

  /** Signals end of output; flushes the last commit. */
  end(): void {
    if (this.carry.length) {
      this.token(this.carry.toString('utf8'));
      this.carry = EMPTY;
    }
    this.flush();
  }

  private token(tok: string): void {
    const s = this.state;
    if (s.kind === 'header') {
      this.header.push(s.field === 0 ? tok.slice(RECORD.length) : tok);
      if (s.field === 5) this.startCommit();
      else this.state = { kind: 'header', field: s.field + 1 };
      return;
    }
    if (s.kind === 'rawPaths') {
      if (s.need === 2) {
        s.change.oldPath = tok;
        s.need = 1;
      } else {
        s.change.path = tok;
        this.addChange(s.change);
        this.state = { kind: 'entries' };
      }
      return;
    }
    if (s.kind === 'numstatPaths') {
      s.got.push(tok);
      if (s.got.length === 2) {
        this.setNumstat(s.got[1], s.added, s.deleted);
        this.state = { kind: 'entries' };
      }
      return;
    }
    // entries: a raw entry, a numstat entry, the start of a commit, or the empty token that ends a record.
    const t = tok.startsWith('\n') ? tok.slice(1) : tok;
    if (t.startsWith(RECORD)) {
      this.flush();
      this.header = [t.slice(RECORD.length)];
      this.state = { kind: 'header', field: 1 };
      return;
    }
    if (t.startsWith(':')) {
      // ":100644 100644 <old> <new> M" (status may carry a score: R087)
      const [oldMode, newMode, oldBlob, newBlob, statusField] = t.slice(1).split(' ');
      const status = statusField.charAt(0); // R and C carry a similarity score after the letter
      const change: RawChange = { status, oldMode, newMode, oldBlob, newBlob, path: '' };
      this.state = { kind: 'rawPaths', change, need: status === 'R' || status === 'C' ? 2 : 1 };
      return;
    }
    const m = /^(\d+|-)\t(\d+|-)\t/.exec(t);
    if (m) {
      const added = m[1] === '-' ? null : Number(m[1]);
      const deleted = m[2] === '-' ? null : Number(m[2]);
      const rest = t.slice(m[0].length);
      if (rest === '') this.state = { kind: 'numstatPaths', added, deleted, got: [] };
      else this.setNumstat(rest, added, deleted);
      return;
    }
    // An empty token (record separator) or the blank line before raw entries: nothing to do.
  }

  private startCommit(): void {
    const [sha, authorName, authorEmail, time, message, subject] = this.header;
    this.current = {
      sha,
      authorName,
      authorEmail,
      time,
      coAuthors: coAuthorLines(message),
      subject,
      changes: [],
    };
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
