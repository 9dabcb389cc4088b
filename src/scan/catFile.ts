/**
 * One long-lived `git cat-file --batch` process per repository: blobs are requested by
 * id and read back in order, never one git process per blob.
 */
import { isAscii } from 'node:buffer';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { gitSpawnError, runGit, spawnGit } from './git.js';

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

/**
 * `git cat-file --batch-check` of `names` (object ids or `<rev>:<path>`, no newlines) in
 * one process; the answer for each name in order, null when git reports it missing.
 */
export async function batchCheck(dir: string, names: readonly string[]): Promise<(ObjectInfo | null)[]> {
  if (names.length === 0) return [];
  const r = await runGit(dir, ['cat-file', '--batch-check'], names.join('\n') + '\n');
  const lines = r.stdout.toString('utf8').split('\n');
  return names.map((_, i) => {
    const [id, type, size] = (lines[i] ?? '').split(' ');
    return type === undefined || size === undefined || type === 'missing' || type === 'ambiguous' ? null : { id: id!, type, size: Number(size) };
  });
}

/** A blob's text, or why it cannot be read. */
export type BlobText = { kind: 'missing' | 'too-large' | 'binary' } | { kind: 'text'; text: string };

/**
 * Reads a blob of known size (bytes; undefined: missing) as text, unless it is over
 * `maxBytes` or binary (a NUL byte in its first 8000 bytes, git's own test).
 * @throws Error (rejects) when the cat-file process failed
 */
export async function readBlobText(cat: CatFile, blob: string, size: number | undefined, maxBytes: number): Promise<BlobText> {
  if (size === undefined) return { kind: 'missing' };
  if (size > maxBytes) return { kind: 'too-large' };
  const buf = await cat.read(blob);
  if (buf === null) return { kind: 'missing' };
  if (buf.subarray(0, 8000).includes(0)) return { kind: 'binary' };
  return { kind: 'text', text: blobText(buf) };
}

/** Reader of blobs through `git cat-file --batch`. Call {@link CatFile.close} when done. */
export class CatFile {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly queue: Pending[] = [];
  /** Unconsumed output, kept as chunks so a large blob is joined once, not once per chunk. */
  private chunks: Buffer[] = [];
  private buffered = 0;
  private failed: Error | undefined;
  /** True once the process has exited (its 'close' event fired). */
  private closed = false;

  constructor(dir: string) {
    this.child = spawnGit(dir, ['cat-file', '--batch']) as ChildProcessWithoutNullStreams;
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
      this.drain();
    });
    this.child.stderr.resume();
    this.child.on('error', (e) => this.fail(gitSpawnError(e)));
    this.child.on('close', () => {
      this.closed = true;
      this.fail(new Error('git cat-file exited early'));
    });
    this.child.stdin.on('error', () => undefined);
  }

  /**
   * Reads one object by id (40/64 hex). Resolves to null when git reports it missing.
   * @throws Error (rejects) once the process failed to start or exited early
   */
  read(id: string): Promise<BlobResult> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject });
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
      let head = this.chunks[0];
      let nl = head.indexOf(10);
      if (nl < 0) {
        head = this.join();
        nl = head.indexOf(10);
        if (nl < 0) return;
      }
      const parts = head.toString('utf8', 0, nl).split(' ');
      if (parts[1] === 'missing' || parts[1] === 'ambiguous') {
        this.consume(nl + 1);
        this.queue.shift()?.resolve(null);
        continue;
      }
      const need = nl + 1 + Number(parts[2]) + 1;
      if (this.buffered < need) return;
      // A view, not a copy: callers decode it at once, and the joined buffer goes with it.
      const body = this.join().subarray(nl + 1, need - 1);
      this.consume(need);
      this.queue.shift()?.resolve(body);
    }
  }

  /** Joins the buffered chunks into one and returns it. */
  private join(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.buffered)];
    return this.chunks[0];
  }

  /** Drops `n` bytes from the front. */
  private consume(n: number): void {
    const all = this.join();
    const rest = all.subarray(n);
    this.chunks = rest.length ? [rest] : [];
    this.buffered = rest.length;
  }

  private fail(e: Error): void {
    if (this.failed) return;
    this.failed = e;
    for (const p of this.queue.splice(0)) p.reject(e);
  }
}
