/**
 * Recounting churn from blobs: notebooks by cell source (design.md "Notebooks are not
 * text"), and, when git could not give numstat (missing blobs), text files by a line
 * diff of what can be read. Blobs come through one `git cat-file --batch` process.
 */
import type { Fact } from '../core/facts.js';
import { diffNotebooks, lineChurn } from '../core/notebook/index.js';
import { CatFile } from './catFile.js';
import type { RawChange } from './logParser.js';
import { runGit } from './git.js';

const NULL_BLOB = /^0+$/;
const LFS_POINTER = 'version https://git-lfs.github.com/spec/v1';

/** Work for {@link recountChurn}: facts to fill from their raw changes' blobs. */
export interface RecountInput {
  notebooks: { fact: Fact; change: RawChange }[];
  text: { fact: Fact; change: RawChange }[];
  /** Blobs larger than this (bytes) keep git's line counts (config notebooks.maxBlobBytes, default 50 MB). */
  maxBlobBytes: number;
  /** Count notebooks by cell source (false: only fill unknown churn). */
  cells: boolean;
}

/**
 * Reads the blobs of the given changes and sets `added`/`deleted` (and the notebook
 * fields) on their facts in place.
 * @returns the number of changes whose churn stays unknown because a blob is missing
 */
export async function recountChurn(dir: string, input: RecountInput): Promise<{ unknown: number }> {
  const all = [...input.notebooks, ...input.text];
  if (all.length === 0) return { unknown: 0 };
  const sizes = await blobSizes(dir, all.flatMap(({ change }) => [change.oldBlob, change.newBlob]));
  const cat = new CatFile(dir);
  let unknown = 0;
  const read = async (blob: string): Promise<string | null | 'missing' | 'too-large' | 'binary'> => {
    if (NULL_BLOB.test(blob)) return null;
    const size = sizes.get(blob);
    if (size === undefined) return 'missing';
    if (size > input.maxBlobBytes) return 'too-large';
    const buf = await cat.read(blob);
    if (buf === null) return 'missing';
    if (buf.subarray(0, 8000).includes(0)) return 'binary';
    return buf.toString('utf8');
  };
  try {
    const notebookBlobs = prefetch(input.notebooks, read);
    for (const [i, { fact, change }] of input.notebooks.entries()) {
      const [before, after] = await notebookBlobs(i);
      const fallback = [before, after].find((x) => x === 'missing' || x === 'too-large' || x === 'binary');
      if (fallback === 'missing') {
        fact.parse = 'unreadable';
        if (change.added === undefined) setUnknown(fact);
        unknown++;
        continue;
      }
      if (fallback) {
        fact.parse = fallback as 'too-large' | 'binary';
        continue;
      }
      if (!input.cells) {
        if (change.added === undefined) Object.assign(fact, lineChurn(before ?? '', after ?? ''));
        fact.parse = 'git-lines';
        continue;
      }
      const d = diffNotebooks(before as string | null, after as string | null);
      if (d.parse !== 'ok') {
        fact.parse = isLfs(before) || isLfs(after) ? 'lfs-pointer' : d.parse;
        if (change.added === undefined) Object.assign(fact, lineChurn(before ?? '', after ?? ''));
        continue;
      }
      fact.parse = 'ok';
      fact.added = d.added;
      fact.deleted = d.deleted;
      fact.cells = { ...d.cells };
      if (d.outputsOnly) fact.outputsOnly = true;
      if (d.metadataOnly) fact.metadataOnly = true;
    }
    const textBlobs = prefetch(input.text, read);
    for (const [i, { fact }] of input.text.entries()) {
      const [before, after] = await textBlobs(i);
      if (before === 'missing' || after === 'missing') {
        setUnknown(fact);
        unknown++;
      } else if (before === 'binary' || after === 'binary' || before === 'too-large' || after === 'too-large') {
        fact.added = null;
        fact.deleted = null;
        fact.binary = before === 'binary' || after === 'binary' ? true : undefined;
      } else {
        Object.assign(fact, lineChurn(before ?? '', after ?? ''));
      }
    }
  } finally {
    await cat.close();
  }
  return { unknown };
}

/** Blobs requested ahead of use: cat-file answers in order, so keeping it busy hides its round trip. */
const LOOKAHEAD = 32;

/**
 * Returns a getter of the (old, new) blobs of change i that requests up to LOOKAHEAD
 * changes ahead, so at most that many blobs are held in memory at once.
 */
function prefetch<T>(items: readonly { change: RawChange }[], read: (blob: string) => Promise<T>): (i: number) => Promise<[T, T]> {
  const pending = new Map<number, Promise<[T, T]>>();
  let next = 0;
  const request = (j: number): void => {
    const { change } = items[j];
    pending.set(j, Promise.all([read(change.oldBlob), read(change.newBlob)]));
  };
  return (i) => {
    while (next < items.length && next <= i + LOOKAHEAD) request(next++);
    const p = pending.get(i)!;
    pending.delete(i);
    return p;
  };
}

function setUnknown(fact: Fact): void {
  fact.added = null;
  fact.deleted = null;
}

function isLfs(text: unknown): boolean {
  return typeof text === 'string' && text.startsWith(LFS_POINTER);
}

/** Sizes in bytes of the given blobs via one `git cat-file --batch-check`; missing blobs are absent from the map. */
async function blobSizes(dir: string, blobs: string[]): Promise<Map<string, number>> {
  const unique = [...new Set(blobs.filter((b) => !NULL_BLOB.test(b)))];
  const r = await runGit(dir, ['cat-file', '--batch-check'], unique.join('\n') + '\n');
  const sizes = new Map<string, number>();
  for (const line of r.stdout.toString('utf8').split('\n')) {
    const [id, type, size] = line.split(' ');
    if (type === 'blob') sizes.set(id, Number(size));
  }
  return sizes;
}
