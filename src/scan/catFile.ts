/**
 * One long-lived `git cat-file --batch` process per repository: blobs are requested by
 * id and read back in order, never one git process per blob.
 */
import { isAscii } from 'node:buffer';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { gitSpawnError, runGit, spawnGit, type GitProcess } from './git.js';

/** A blob read back: its bytes, or null when the object is missing (a partial clone that may not fetch). */
export type BlobResult = Buffer | null;

interface Pending {
  resolve: (value: BlobResult) => void;
  reject: (e: Error) => void;
}

/**
 * A blob's text (UTF-8). Pure-ASCII blobs (most notebooks: JSON escapes non-ASCII, and
 * base64 images are ASCII) decode as latin1, which is the same string and several times
 * faster than the UTF-8 decoder.
 */
export function blobText(buf: Buffer): string {
  return isAscii(buf) ? buf.toString('latin1') : buf.toString('utf8');
}

/** The all-zero object id git gives the absent side of an added or deleted file. */
export const NULL_BLOB = /^0+$/;

/** What `git cat-file --batch-check` says of an object: its id, type and size in bytes. */
export interface ObjectInfo {
  id: string;
  type: string;
  size: number;
}

/** Times `git cat-file --batch-check` may stop on a `<rev>:<path>` name of a partial clone before the rest are taken as missing. */
const MAX_STOPS = 16;

/** A full object id (sha-1 or sha-256 hex). */
const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/**
 * `git cat-file --batch-check` of `names` (object ids or `<rev>:<path>`, no newlines);
 * the answer for each name in order, null when git reports it missing.
 *
 * In a partial clone git dies at the first object it may not fetch (lazy fetching is
 * off, git.ts) instead of reporting it missing. The answers before it stand, that name
 * is missing, and the rest are asked again: object ids only if the repository holds
 * them (listed once with `--batch-all-objects`), so only a `<rev>:<path>` name can stop
 * git again, and each stop settles one name; after {@link MAX_STOPS} stops the remaining
 * `<rev>:<path>` names are taken as missing (bounded time: their blobs are most likely
 * missing too, and git would have to be started again for each).
 */
export async function batchCheck(dir: string, names: readonly string[]): Promise<(ObjectInfo | null)[]> {
  const out: (ObjectInfo | null)[] = new Array<ObjectInfo | null>(names.length).fill(null);
  let todo = names.map((_, i) => i);
  let held: Set<string> | undefined;
  for (let stops = 0; todo.length > 0; stops++) {
    const r = await runGit(dir, ['cat-file', '--batch-check'], todo.map((i) => names[i]).join('\n') + '\n');
    const lines = r.stdout.toString('utf8').split('\n');
    const answered = Math.min(lines.length - 1, todo.length); // complete lines only
    for (let k = 0; k < answered; k++) out[todo[k]!] = parseCheck(lines[k]!);
    if (answered >= todo.length || r.code === 0) break;
    held ??= await heldAmong(
      dir,
      names.filter((n) => OBJECT_ID.test(n))
    );
    const known = held;
    const named = stops + 1 < MAX_STOPS;
    todo = todo.slice(answered + 1).filter((i) => (OBJECT_ID.test(names[i]!) ? known.has(names[i]!) : named));
  }
  return out;
}

/** One `--batch-check` line ("<id> <type> <size>", or "<name> missing"). */
function parseCheck(line: string): ObjectInfo | null {
  const [id, type, size] = line.split(' ');
  return type === undefined || size === undefined || type === 'missing' || type === 'ambiguous' ? null : { id: id!, type, size: Number(size) };
}

/**
 * Which of the object ids `ids` the repository holds (its packs and loose objects, no
 * fetch): one `git cat-file --batch-all-objects`, read as it streams and keeping only
 * the ids asked about, so memory follows `ids`, not the repository's object count (a
 * partial clone of a monorepo lists tens of millions). A listing git ends early leaves
 * the ids it did not print out (taken as missing, as before).
 * @throws LetgoError (GIT) when git is not installed or made no progress for gitIdleMs
 */
export function heldAmong(dir: string, ids: readonly string[]): Promise<Set<string>> {
  const wanted = new Set(ids);
  const held = new Set<string>();
  if (wanted.size === 0) return Promise.resolve(held);
  return new Promise((resolve, reject) => {
    const git = spawnGit(dir, ['cat-file', '--batch-all-objects', '--unordered', '--batch-check=%(objectname)']);
    const { child } = git;
    let partial = ''; // a line cut by the chunk boundary
    child.stdout.setEncoding('latin1');
    child.stdout.on('data', (text: string) => {
      const lines = (partial + text).split('\n');
      partial = lines.pop()!;
      for (const id of lines) if (wanted.has(id)) held.add(id);
    });
    child.stderr.resume();
    child.on('error', (e) => reject(gitSpawnError(e)));
    child.on('close', () => {
      const stalled = git.stalled();
      if (stalled) return reject(stalled);
      if (wanted.has(partial)) held.add(partial);
      resolve(held);
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end();
  });
}

/** A blob's bytes, or why it cannot be read. */
export type BlobRead = { kind: 'missing' | 'too-large' | 'binary' } | { kind: 'text'; bytes: Buffer };

/**
 * Reads a blob of known size (bytes; undefined: missing), unless it is over `maxBytes`
 * or binary (a NUL byte in its first 8000 bytes, git's own test). Decode its bytes with
 * {@link blobText}, or parse them as a notebook as they are.
 * @throws Error (rejects) when the cat-file process failed
 */
export async function readBlob(cat: CatFile, blob: string, size: number | undefined, maxBytes: number): Promise<BlobRead> {
  if (size === undefined) return { kind: 'missing' };
  if (size > maxBytes) return { kind: 'too-large' };
  const buf = await cat.read(blob);
  if (buf === null) return { kind: 'missing' };
  if (buf.subarray(0, 8000).includes(0)) return { kind: 'binary' };
  return { kind: 'text', bytes: buf };
}

/** Reader of blobs through `git cat-file --batch`. Call {@link CatFile.close} when done. */
export class CatFile {
  private readonly git: GitProcess;
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly queue: Pending[] = [];
  /** Unconsumed output, kept as the chunks it came in; a blob is copied out of them once. */
  private chunks: Buffer[] = [];
  private buffered = 0;
  private failed: Error | undefined;
  /** True once the process has exited (its 'close' event fired). */
  private closed = false;
  /** True while stdin is corked until the end of the tick. */
  private corked = false;

  constructor(dir: string) {
    this.git = spawnGit(dir, ['cat-file', '--batch']);
    this.child = this.git.child;
    // The watchdog runs only while a read is pending: between requests the process idles.
    this.git.waiting(false);
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
      this.drain();
    });
    this.child.stderr.resume();
    this.child.on('error', (e) => this.fail(gitSpawnError(e)));
    this.child.on('close', () => {
      this.closed = true;
      this.fail(this.git.stalled() ?? new Error('git cat-file exited early'));
    });
    this.child.stdin.on('error', () => undefined);
  }

  /**
   * Reads one object by id (40/64 hex). Resolves to null when git reports it missing.
   * @throws Error (rejects) once the process failed to start or exited early; LetgoError (GIT) when it made no progress for a long time (git.ts)
   */
  read(id: string): Promise<BlobResult> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject });
      this.git.waiting(true);
      // Requests made in one tick go to git in one write.
      if (!this.corked) {
        this.corked = true;
        this.child.stdin.cork();
        process.nextTick(() => {
          this.corked = false;
          this.child.stdin.uncork();
        });
      }
      this.child.stdin.write(`${id}\n`);
    });
  }

  /** Ends the process after pending reads; resolves at once if it already exited (even by a signal). */
  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.closed) return resolve();
      this.child.once('close', () => resolve());
      this.child.stdin.end();
    });
  }

  private drain(): void {
    while (this.queue.length > 0 && this.buffered > 0) {
      let head = this.chunks[0]!;
      let nl = head.indexOf(10);
      while (nl < 0) {
        // The header line spans chunks: join the first two and look again.
        if (this.chunks.length < 2) return;
        head = Buffer.concat([head, this.chunks[1]!]);
        this.chunks.splice(0, 2, head);
        nl = head.indexOf(10);
      }
      const parts = head.toString('utf8', 0, nl).split(' ');
      if (parts[1] === 'missing' || parts[1] === 'ambiguous') {
        this.consume(nl + 1);
        this.queue.shift()?.resolve(null);
        continue;
      }
      const size = Number(parts[2]);
      const need = nl + 1 + size + 1;
      if (this.buffered < need) return;
      // Within one chunk: a view of it (a pipe chunk is at most 64 KB). Across chunks: the
      // body is copied once into a buffer of its own, so a blob that is kept holds no
      // neighbours' bytes.
      const body = head.length >= need ? head.subarray(nl + 1, need - 1) : this.copyOut(nl + 1, size);
      this.consume(need);
      this.queue.shift()?.resolve(body);
    }
    this.git.waiting(this.queue.length > 0);
  }

  /** Copies `size` bytes starting `from` bytes into the buffered output into a new buffer. */
  private copyOut(from: number, size: number): Buffer {
    const out = Buffer.allocUnsafeSlow(size);
    let at = 0;
    for (const chunk of this.chunks) {
      if (at >= size) break;
      if (from >= chunk.length) {
        from -= chunk.length;
        continue;
      }
      at += chunk.copy(out, at, from, Math.min(chunk.length, from + size - at));
      from = 0;
    }
    return out;
  }

  /** Drops `n` bytes from the front. */
  private consume(n: number): void {
    this.buffered -= n;
    while (n > 0) {
      const head = this.chunks[0]!;
      if (head.length <= n) {
        this.chunks.shift();
        n -= head.length;
      } else {
        this.chunks[0] = head.subarray(n);
        n = 0;
      }
    }
  }

  private fail(e: Error): void {
    if (this.failed) return;
    this.failed = e;
    for (const p of this.queue.splice(0)) p.reject(e);
  }
}
