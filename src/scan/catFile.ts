/**
 * One long-lived `git cat-file --batch` process per repository: blobs are requested by
 * id and read back in order, never one git process per blob.
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { gitSpawnError, spawnGit } from './git.js';

/** A blob read back: its bytes, or null when the object is missing (a partial clone that may not fetch). */
export type BlobResult = Buffer | null;

interface Pending {
  resolve: (value: BlobResult) => void;
  reject: (e: Error) => void;
}

/** Reader of blobs through `git cat-file --batch`. Call {@link CatFile.close} when done. */
export class CatFile {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly queue: Pending[] = [];
  private buffer: Buffer = Buffer.alloc(0);
  private failed: Error | undefined;

  constructor(dir: string) {
    this.child = spawnGit(dir, ['cat-file', '--batch']) as ChildProcessWithoutNullStreams;
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
      this.drain();
    });
    this.child.stderr.resume();
    this.child.on('error', (e) => this.fail(gitSpawnError(e)));
    this.child.on('close', () => this.fail(new Error('git cat-file exited early')));
    this.child.stdin.on('error', () => undefined);
  }

  /** Reads one object by id (40/64 hex). Resolves to null when git reports it missing. */
  read(id: string): Promise<BlobResult> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject });
      this.child.stdin.write(`${id}\n`);
    });
  }

  /** Ends the process after pending reads. */
  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      this.child.once('close', () => resolve());
      this.child.stdin.end();
    });
  }

  private drain(): void {
    for (;;) {
      const nl = this.buffer.indexOf(10);
      if (nl < 0 || this.queue.length === 0) return;
      const header = this.buffer.toString('utf8', 0, nl);
      const parts = header.split(' ');
      if (parts[1] === 'missing' || parts[1] === 'ambiguous') {
        this.buffer = this.buffer.subarray(nl + 1);
        this.queue.shift()?.resolve(null);
        continue;
      }
      const size = Number(parts[2]);
      if (this.buffer.length < nl + 1 + size + 1) return;
      const body = Buffer.from(this.buffer.subarray(nl + 1, nl + 1 + size));
      this.buffer = this.buffer.subarray(nl + 1 + size + 1);
      this.queue.shift()?.resolve(body);
    }
  }

  private fail(e: Error): void {
    if (this.failed) return;
    this.failed = e;
    for (const p of this.queue.splice(0)) p.reject(e);
  }
}
