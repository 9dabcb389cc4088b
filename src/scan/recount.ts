/**
 * Recounting churn from blobs: notebooks by cell source (docs/definitions.md
 * "Notebooks are not text"), and, when git could not give numstat (missing blobs), text files by a line
 * diff of what can be read. Blobs come through one `git cat-file --batch` process per
 * part of the recount (a large recount is split across worker threads, recountPool.ts),
 * and each blob is read and parsed once: the new side of one change is the old side of
 * the file's next change. In cell mode, changed text files are then checked for Jupytext
 * pairing (src/scan/jupytext.ts).
 */
import type { FactBody } from '../core/facts.js';
import { diffParsedNotebooks, gitLineChurn, parseNotebookBytes, type ParseResult } from '../core/notebook/index.js';
import { batchCheck, blobText, CatFile, NULL_BLOB, readBlob } from './catFile.js';
import type { RawChange } from './logParser.js';
import { pairJupytext, type NotebookSide, type NotebookSides, type ScriptChange } from './jupytext.js';
import { readGitNumstat } from './notebookNumstat.js';
import type { RecountPool } from './recountPool.js';

/** Blobs requested ahead of use: cat-file answers in order, so keeping it busy hides its round trip. */
const LOOKAHEAD = 32;

/** Loaded blobs kept for a later change at most (bounds memory; beyond it a blob is read again). */
const MAX_KEPT = 64;

/** Work for {@link recountChurn}: facts to fill from their raw changes' blobs. */
export interface RecountInput {
  notebooks: ChangeToCount[];
  text: ChangeToCount[];
  /** Blobs larger than this (bytes) keep git's line counts (config notebooks.maxBlobBytes, default 50 MB). */
  maxBlobBytes: number;
  /** Count notebooks by cell source (false: only fill unknown churn). */
  cells: boolean;
  /**
   * Changed files with a text-notebook extension, checked for Jupytext pairing after the
   * recount, in groups (jupytext.ts JupytextInput.groups); only in cell mode. Default none.
   */
  scripts?: ScriptChange[][];
  /** Blobs known to be missing (missingBlobs.ts): not asked for, since git cat-file dies on a promised one. Default none. */
  missing?: ReadonlySet<string>;
  /** Worker threads to count on (recountPool.ts); null or absent: this thread. */
  pool?: RecountPool | null;
  /**
   * `git cat-file --batch` processes to read with when the count stays in this thread
   * (the scan's `--jobs`): the changes are split by file ({@link splitByLineage}) and each
   * part reads through its own, as do the Jupytext headers. Default 1.
   */
  lanes?: number;
}

/** A file change to count, with the fact to fill and its commit's sha (facts of a chunked walk carry no sha yet). */
export interface ChangeToCount {
  fact: FactBody;
  change: RawChange;
  sha: string;
  /** git gave this notebook no numstat ("-": binary, or told not to diff it, notebookNumstat.ts): asked again only if the count falls back to git's lines. */
  numstatSkipped?: boolean;
}

/** One part of a recount, for {@link countChanges} in this thread or a worker (all of it structured-cloneable). */
export interface CountTask {
  items: ChangeToCount[];
  /** Blob sizes in bytes (blobSizes); a blob absent from it is missing. */
  sizes: Map<string, number>;
  maxBlobBytes: number;
  cells: boolean;
}

/** What {@link countChanges} found beside the facts it filled. */
export interface Counted {
  /** Changes whose churn stays unknown because a blob is missing. */
  unknown: number;
  /** Indices (into the task's items) of notebooks whose count fell back to a numstat git skipped: git is asked again. */
  askGit: number[];
  /** Per item, for a notebook fact: its versions' paths and Jupytext formats, where they parsed (jupytext.ts NotebookSides). */
  sides: (NotebookSide | null)[];
}

/**
 * Bytes of blobs to read (distinct, known sizes) from which a recount is split across the
 * pool's workers: below it the parse takes tens of ms, about what starting a worker costs.
 */
const POOL_MIN_BYTES = 16 * 1024 * 1024;

/**
 * Average bytes per blob to read from which the workers pay: each change costs a
 * structured clone there and back and the workers' own heaps, each byte a parse. Measured
 * with `npm run bench`'s repositories on 2 cores: the real-shaped one (374 KB a notebook
 * blob) took 3.4-4.2 s split against 4.6-5.4 s in one thread; the notebook-heavy one
 * (97 KB on average, some chunks over 128 KB) 4.4 s against 3.9 s, with 1.3 s more CPU and
 * 80 MB more memory, and the 50,000-commit one (34 KB) as long either way.
 */
const POOL_MIN_AVERAGE_BYTES = 256 * 1024;

/**
 * One side of a change: absent (file added or deleted), unusable, or its bytes (with,
 * once needed, their decoded text and, for notebooks, their parse).
 */
type Side = { kind: 'absent' } | { kind: 'missing' | 'too-large' | 'binary' } | { kind: 'text'; bytes: Buffer; text?: string; notebook?: ParseResult };

const ABSENT: Side = { kind: 'absent' };

/**
 * Reads the blobs of the given changes and sets `added`/`deleted` (and the notebook
 * fields) on their facts in place; in cell mode, marks Jupytext text notebooks among
 * `input.scripts` (kind 'notebook', `jupytext`, `pairedWith`). With a pool and at least
 * POOL_MIN_BYTES to read in blobs of POOL_MIN_AVERAGE_BYTES on average, the changes are
 * counted in parts on its workers ({@link splitByLineage}), else in `input.lanes` parts in
 * this thread, each with its own cat-file; the facts are the same either way.
 * @returns `unknown`: changes whose churn stays unknown because a blob is missing; `workers`: parts counted on worker threads
 * @throws Error when git cat-file fails to start or exits early; LetgoError (GIT) when git log fails (readGitNumstat)
 */
export async function recountChurn(dir: string, input: RecountInput): Promise<{ unknown: number; workers: number }> {
  const all = [...input.notebooks, ...input.text];
  const groups = input.cells ? (input.scripts ?? []).filter((g) => g.length > 0) : [];
  const scripts = groups.flat();
  if (all.length === 0 && scripts.length === 0) return { unknown: 0, workers: 0 };
  // Both sides of a counted change; of a script, only the side its header is read from (jupytext.ts).
  const wanted = [...all.flatMap(({ change }) => [change.oldBlob, change.newBlob]), ...scripts.map((s) => s.blob)];
  const sizes = await blobSizes(dir, input.missing?.size ? wanted.filter((b) => !input.missing!.has(b)) : wanted);
  const task = (items: ChangeToCount[]): CountTask => ({ items, sizes, maxBlobBytes: input.maxBlobBytes, cells: input.cells });
  const pool = input.pool;
  const toRead = pool ? bytesToRead(all, sizes, input.maxBlobBytes) : { bytes: 0, blobs: 0 };
  const split = toRead.bytes >= POOL_MIN_BYTES && toRead.bytes >= POOL_MIN_AVERAGE_BYTES * toRead.blobs;
  const lanes = Math.max(1, input.lanes ?? 1);
  const parts = pool && split ? splitByLineage(all, sizes, pool.size) : lanes > 1 ? splitByLineage(all, sizes, lanes) : [all];
  const inWorkers = pool && split && parts.length > 1 ? pool : null;
  const counted = await Promise.all(parts.map((items) => (inWorkers ? inWorkers.count(dir, task(items)) : countChanges(dir, task(items)))));
  const sidesOf: NotebookSides = new Map();
  const askGit: ChangeToCount[] = [];
  let unknown = 0;
  counted.forEach((c, k) => {
    const items = parts[k]!;
    unknown += c.unknown;
    for (const i of c.askGit) askGit.push(items[i]!);
    c.sides.forEach((side, i) => side && sidesOf.set(items[i]!.fact, side));
  });
  await readGitNumstat(dir, askGit);
  if (scripts.length > 0) await pairJupytext(dir, { groups, notebooks: sidesOf, sizes, maxBlobBytes: input.maxBlobBytes, lanes });
  return { unknown, workers: inWorkers ? parts.length : 0 };
}

/**
 * Counts one part of a recount through its own `git cat-file --batch`: sets each item's
 * fact in place (module doc) and says what else was found. Each blob is read once while
 * it is kept (SideCache): the new side of one change is the old side of the file's next.
 * @throws Error when git cat-file fails to start or exits early
 */
export async function countChanges(dir: string, task: CountTask): Promise<Counted> {
  const { items, sizes } = task;
  const out: Counted = { unknown: 0, askGit: [], sides: new Array<NotebookSide | null>(items.length).fill(null) };
  if (items.length === 0) return out;
  const cat = new CatFile(dir);
  const sides = new SideCache(items, (blob) => readBlob(cat, blob, sizes.get(blob), task.maxBlobBytes));
  try {
    for (const [i, item] of items.entries()) {
      const { fact, change, sha } = item;
      const [before, after] = await sides.get(i);
      if (fact.kind === 'notebook') out.sides[i] = { sha, sides: [] }; // a changed notebook, whatever its parse
      // A missing side first: then the churn is unknown, whatever the other side is (git could not diff it either).
      const unusable = [before, after].find((s) => s.kind === 'missing') ?? [before, after].find((s) => s.kind === 'too-large' || s.kind === 'binary');
      const needLines = change.added === undefined; // git gave no numstat: count lines ourselves
      if (unusable?.kind === 'missing') {
        if (needLines) {
          fact.added = null;
          fact.deleted = null;
        }
        if (fact.kind === 'notebook') fact.parse = 'unreadable';
        out.unknown++;
      } else if (unusable) {
        if (fact.kind === 'notebook') fact.parse = unusable.kind as 'too-large' | 'binary';
        if (item.numstatSkipped) out.askGit.push(i);
        else if (needLines) {
          // What git's numstat gives a binary file: "-" (a notebook too, as a plain walk would).
          fact.added = null;
          fact.deleted = null;
          if (unusable.kind === 'binary') fact.binary = true;
        }
      } else if (fact.kind !== 'notebook' || !task.cells) {
        // git's line counts, as the numstat git could not give (a notebook too, in git mode).
        if (needLines) Object.assign(fact, gitLineChurn(textOf(before), textOf(after)));
      } else {
        const lines = needLines ? gitLineChurn(textOf(before), textOf(after)) : undefined;
        // Each side parsed near the other, if that one is parsed already (outputs it shares are not checked again).
        const oldNb = notebookOf(before, after);
        const newNb = notebookOf(after, before);
        if (!countCells(fact, oldNb, newNb, lines) && !lines && item.numstatSkipped) out.askGit.push(i);
        out.sides[i] = {
          sha,
          sides: [
            ...(oldNb?.parse === 'ok' ? [{ path: change.oldPath ?? fact.path, formats: oldNb.notebook.jupytextFormats }] : []),
            ...(newNb?.parse === 'ok' ? [{ path: fact.path, formats: newNb.notebook.jupytextFormats }] : []),
          ],
        };
      }
    }
  } finally {
    await cat.close();
  }
  return out;
}

/** The distinct blobs the changes name that will be read (known size, at most `maxBytes`): how many, and their bytes. */
function bytesToRead(items: readonly ChangeToCount[], sizes: ReadonlyMap<string, number>, maxBytes: number): { bytes: number; blobs: number } {
  let bytes = 0;
  const seen = new Set<string>();
  for (const { change } of items)
    for (const b of [change.oldBlob, change.newBlob]) {
      const size = sizes.get(b);
      if (size !== undefined && size <= maxBytes && !seen.has(b)) {
        seen.add(b);
        bytes += size;
      }
    }
  return { bytes, blobs: seen.size };
}

/**
 * The changes in up to `n` parts of about equal bytes to read, each part in the given
 * order. A file's changes stay in one part, renames followed (a path and the path it was
 * renamed from are one file), so the blob one change leaves is still there for the
 * file's next change. A file weighs half the sizes of both sides of its changes (each
 * blob is the new side of one change and the old side of the next), and files go,
 * heaviest first, to the part with the fewest bytes (greedy number partitioning).
 */
export function splitByLineage(items: readonly ChangeToCount[], sizes: ReadonlyMap<string, number>, n: number): ChangeToCount[][] {
  const parent = new Map<string, string>();
  const root = (p: string): string => {
    let r = p;
    while (parent.has(r)) r = parent.get(r)!;
    for (let q = p; q !== r;) {
      const next = parent.get(q)!;
      parent.set(q, r); // path compression
      q = next;
    }
    return r;
  };
  for (const { fact, change } of items) {
    const [a, b] = [root(fact.path), root(change.oldPath ?? fact.path)];
    if (a !== b) parent.set(a, b);
  }
  const bytes = new Map<string, number>();
  for (const { fact, change } of items) {
    const r = root(fact.path);
    bytes.set(r, (bytes.get(r) ?? 0) + ((sizes.get(change.newBlob) ?? 0) + (sizes.get(change.oldBlob) ?? 0)) / 2);
  }
  const loads = new Array<number>(Math.max(1, n)).fill(0);
  const partOf = new Map<string, number>();
  for (const [r, b] of [...bytes].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))) {
    const k = loads.indexOf(Math.min(...loads));
    partOf.set(r, k);
    loads[k] += b;
  }
  const parts = loads.map((): ChangeToCount[] => []);
  for (const item of items) parts[partOf.get(root(item.fact.path))!]!.push(item);
  return parts.filter((p) => p.length > 0);
}

/**
 * Sets a notebook fact from the parses of its two sides; a side that does not parse keeps
 * git's lines (or `lines`). Returns false in that case (the count fell back), true when
 * counted by cells.
 */
function countCells(fact: FactBody, before: ParseResult | null, after: ParseResult | null, lines: { added: number; deleted: number } | undefined): boolean {
  const failed = [before, after].find((p): p is Exclude<ParseResult, { parse: 'ok' }> => p !== null && p.parse !== 'ok');
  if (failed) {
    fact.parse = failed.parse;
    if (lines) Object.assign(fact, lines);
    return false;
  }
  const d = diffParsedNotebooks(before?.parse === 'ok' ? before.notebook : null, after?.parse === 'ok' ? after.notebook : null);
  fact.parse = 'ok';
  fact.added = d.added;
  fact.deleted = d.deleted;
  fact.cells = { ...d.cells };
  if (d.outputsOnly) fact.outputsOnly = true;
  if (d.metadataOnly) fact.metadataOnly = true;
  return true;
}

/** The side's text, decoded once and kept with it; '' for an absent side. */
function textOf(side: Side): string {
  return side.kind === 'text' ? (side.text ??= blobText(side.bytes)) : '';
}

/** The parse of a notebook side, computed once per blob and kept with it (near `other`'s parse, if it has one); null for an absent side. */
function notebookOf(side: Side, other: Side): ParseResult | null {
  if (side.kind !== 'text') return null;
  const near = other.kind === 'text' && other.notebook?.parse === 'ok' ? other.notebook.notebook : undefined;
  return (side.notebook ??= parseNotebookBytes(side.bytes, near));
}

/**
 * The (old, new) sides of change i, requested up to LOOKAHEAD changes ahead. A blob
 * used by several changes is loaded once and kept until its last use (at most MAX_KEPT
 * kept at once).
 */
class SideCache {
  private readonly uses = new Map<string, number>();
  private readonly kept = new Map<string, Promise<Side>>();
  private readonly pending = new Map<number, Promise<[Side, Side]>>();
  private next = 0;

  constructor(
    private readonly items: readonly { change: RawChange }[],
    private readonly load: (blob: string) => Promise<Side>
  ) {
    for (const { change } of items) for (const b of [change.oldBlob, change.newBlob]) this.uses.set(b, (this.uses.get(b) ?? 0) + 1);
  }

  get(i: number): Promise<[Side, Side]> {
    while (this.next < this.items.length && this.next <= i + LOOKAHEAD) {
      const { change } = this.items[this.next];
      const both = Promise.all([this.side(change.oldBlob), this.side(change.newBlob)]);
      // Read ahead: if cat-file fails, the caller sees the error on the item it awaits; the
      // items read ahead must not become unhandled rejections (they would end the process).
      both.catch(() => undefined);
      this.pending.set(this.next++, both);
    }
    const p = this.pending.get(i)!;
    this.pending.delete(i);
    return p;
  }

  private side(blob: string): Promise<Side> {
    if (NULL_BLOB.test(blob)) return Promise.resolve(ABSENT);
    const left = (this.uses.get(blob) ?? 1) - 1;
    this.uses.set(blob, left);
    const kept = this.kept.get(blob);
    if (kept) {
      if (left <= 0) this.kept.delete(blob);
      return kept;
    }
    const loaded = this.load(blob);
    loaded.catch(() => undefined); // awaited through `pending`; see get()
    if (left > 0 && this.kept.size < MAX_KEPT) this.kept.set(blob, loaded);
    return loaded;
  }
}

/** Sizes in bytes of the given blobs via one `git cat-file --batch-check`; missing blobs are absent from the map. */
async function blobSizes(dir: string, blobs: string[]): Promise<Map<string, number>> {
  const unique = [...new Set(blobs.filter((b) => !NULL_BLOB.test(b)))];
  const sizes = new Map<string, number>();
  for (const info of await batchCheck(dir, unique)) if (info?.type === 'blob') sizes.set(info.id, info.size);
  return sizes;
}
