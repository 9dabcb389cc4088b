/**
 * Comparing two versions of a notebook as cells: cell-source line churn, cell counts,
 * moves, and re-run / metadata-only flags.
 */
import { jsonEqual } from './equal.js';
import { countLines, lineChurn } from './lines.js';
import { matchCells } from './match.js';
import { parseNotebook } from './parse.js';
import type { NotebookDiff, NotebookParse, ParsedCell, ParsedNotebook } from './types.js';

/** jsonEqual, false when the values are too deeply nested to compare. */
function safeEqual(a: unknown, b: unknown): boolean {
  try {
    return jsonEqual(a, b);
  } catch {
    return false;
  }
}

/**
 * True when two cells ran alike: both never ran, or equal execution counts and equal
 * outputs (CellOutputs.equals: equal bytes, or else structurally equal). False when
 * they nest too deeply to compare.
 */
function runsEqual(a: ParsedCell['run'], b: ParsedCell['run']): boolean {
  if (a === null || b === null) return a === b;
  if (!safeEqual(a.count, b.count)) return false;
  try {
    return a.outputs.equals(b.outputs);
  } catch {
    return false;
  }
}

/** A NotebookDiff with zero churn and no flags. */
function emptyDiff(parse: NotebookParse): NotebookDiff {
  return {
    parse,
    added: 0,
    deleted: 0,
    cells: { added: 0, deleted: 0, modified: 0 },
    moved: 0,
    outputsOnly: false,
    metadataOnly: false,
  };
}

/**
 * Compare two versions of a notebook given as JSON text; `null` means the file does not
 * exist on that side (added or deleted), and counts as an empty notebook.
 *
 * When either side fails to parse, returns `{ parse: reason }` (the old side's reason
 * first) with zero churn, zero cells and false flags, so the caller falls back to git's
 * line counts. Otherwise see diffParsedNotebooks. Never throws.
 */
export function diffNotebooks(oldText: string | null, newText: string | null): NotebookDiff {
  let oldNb: ParsedNotebook | null = null;
  let newNb: ParsedNotebook | null = null;
  if (oldText !== null) {
    const r = parseNotebook(oldText);
    if (r.parse !== 'ok') return emptyDiff(r.parse);
    oldNb = r.notebook;
  }
  if (newText !== null) {
    const r = parseNotebook(newText);
    if (r.parse !== 'ok') return emptyDiff(r.parse);
    newNb = r.notebook;
  }
  return diffParsedNotebooks(oldNb, newNb);
}

/**
 * Compare two parsed notebooks (`null`: no file on that side, an empty notebook).
 *
 * Cells are paired by matchCells (match.ts). Then, in lines of cell source (sourceLines):
 * - a paired cell whose source or type changed is modified; its lines are line-diffed
 *   (lineChurn). A cell converted to another type with the same source is modified
 *   with 0 lines;
 * - a paired cell with identical source and type that is out of order (matched by id
 *   but out of order, or an exact copy found elsewhere) is moved: 0 churn;
 * - an unpaired old cell is deleted with all its lines, an unpaired new cell added with all its lines.
 * Outputs and metadata never count as lines. Flags, only when both sides exist and
 * nothing above changed (no lines, cells or moves): `outputsOnly` when some paired
 * cell's outputs or execution count differ (runsEqual: structurally); otherwise `metadataOnly` when the notebook
 * metadata (or nbformat_minor) or some cell's metadata, attachments or id differ.
 * Both flags false when the versions are equivalent. Never throws.
 */
export function diffParsedNotebooks(oldNb: ParsedNotebook | null, newNb: ParsedNotebook | null): NotebookDiff {
  const result = emptyDiff('ok');
  const oldCells = oldNb?.cells ?? [];
  const newCells = newNb?.cells ?? [];
  const match = matchCells(oldCells, newCells);
  let structureChanged = false;
  for (const p of match.pairs) {
    const o = oldCells[p.old]!;
    const n = newCells[p.new]!;
    if (o.source !== n.source || o.type !== n.type) {
      result.cells.modified++;
      const churn = lineChurn(o.source, n.source);
      result.added += churn.added;
      result.deleted += churn.deleted;
      structureChanged = true;
    } else if (!p.inOrder) {
      result.moved++;
      structureChanged = true;
    }
  }
  for (const i of match.deleted) result.deleted += countLines(oldCells[i]!.source);
  for (const i of match.added) result.added += countLines(newCells[i]!.source);
  result.cells.deleted = match.deleted.length;
  result.cells.added = match.added.length;
  // Outputs and metadata are compared only when nothing else changed (outputs as bytes,
  // so large equal outputs cost one native compare and are never parsed).
  if (oldNb !== null && newNb !== null && !structureChanged && match.deleted.length === 0 && match.added.length === 0) {
    const pairs = match.pairs.map((p) => [oldCells[p.old]!, newCells[p.new]!] as const);
    result.outputsOnly = pairs.some(([o, n]) => !runsEqual(o.run, n.run));
    result.metadataOnly = !result.outputsOnly && (!safeEqual(oldNb.meta, newNb.meta) || pairs.some(([o, n]) => !safeEqual(o.meta, n.meta)));
  }
  return result;
}
