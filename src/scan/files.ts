/**
 * Reading a file that a user, a repository or its config names, without trusting it: it
 * must be a regular file (not `/dev/zero`, a FIFO or a folder), under a size limit, and,
 * for a file a repository names, inside that repository (a committed `.mailmap` that is a
 * symlink to `/dev/zero` or to `~/.ssh/...` is not followed out). The file is opened
 * without blocking (a FIFO would wait for a writer forever) and read through the one
 * descriptor it was checked on.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';

/** What {@link readBounded} found. */
export type BoundedRead =
  | { kind: 'ok'; bytes: Buffer }
  | { kind: 'missing' }
  /** A folder, device, FIFO or socket: `what` says which. */
  | { kind: 'not-file'; what: string }
  /** Larger than the limit; `size` in bytes. */
  | { kind: 'too-large'; size: number }
  /** Resolves (through symlinks) to a path outside `within`; `real` is where it points. */
  | { kind: 'outside'; real: string }
  | { kind: 'unreadable'; message: string };

/** Options of {@link readBounded}. */
export interface BoundedReadOptions {
  /** Most bytes to read; a larger file is refused (`too-large`). */
  maxBytes: number;
  /** When set, the file's real path (symlinks resolved) must be inside this folder. */
  within?: string;
}

/**
 * Reads `file` whole if it is a regular file of at most `maxBytes` bytes (and, with
 * `within`, really inside that folder). Never throws; never blocks on a FIFO; never reads
 * more than `maxBytes + 1` bytes, even from a file that grows meanwhile.
 */
export function readBounded(file: string, opts: BoundedReadOptions): BoundedRead {
  let fd: number;
  try {
    if (opts.within !== undefined) {
      const real = realpathSync(file);
      if (!isInside(real, realOrSelf(opts.within))) return { kind: 'outside', real };
    }
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return err.code === 'ENOENT' || err.code === 'ENOTDIR' ? { kind: 'missing' } : { kind: 'unreadable', message: err.message };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { kind: 'not-file', what: st.isDirectory() ? 'a folder' : st.isFIFO() ? 'a FIFO' : st.isSocket() ? 'a socket' : 'a device' };
    if (st.size > opts.maxBytes) return { kind: 'too-large', size: st.size };
    // One byte more than its size: a file that grows while read stops there (or is too large).
    const buf = Buffer.allocUnsafe(Math.min(opts.maxBytes + 1, st.size + 1));
    let got = 0;
    for (let n = 1; n > 0 && got < buf.length; got += n) n = readSync(fd, buf, got, buf.length - got, null);
    if (got > opts.maxBytes) return { kind: 'too-large', size: got };
    return { kind: 'ok', bytes: buf.subarray(0, got) };
  } catch (e) {
    return { kind: 'unreadable', message: (e as Error).message };
  } finally {
    closeSync(fd);
  }
}

/** A one-clause reason for a read that is not `ok` (for warnings and errors), e.g. "is a device, not a file". */
export function describeBoundedRead(r: Exclude<BoundedRead, { kind: 'ok' }>, maxBytes: number): string {
  switch (r.kind) {
    case 'missing':
      return 'does not exist';
    case 'not-file':
      return `is ${r.what}, not a regular file`;
    case 'too-large':
      return `is larger than ${maxBytes} bytes (${r.size})`;
    case 'outside':
      return `is a symlink out of the repository (to ${r.real})`;
    case 'unreadable':
      return `cannot be read (${r.message})`;
  }
}

function realOrSelf(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return path.resolve(dir);
  }
}

function isInside(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}
