/**
 * Reading notebook JSON (nbformat 4, and nbformat 3 worksheets) into ParsedNotebook.
 * Never throws: failures are returned as a reason.
 */
import { hashString, stableStringify } from './hash.js';
import type { CellType, NotebookParse, ParsedCell, ParsedNotebook } from './types.js';

/** Result of parseNotebook: the notebook, or why the text is not one. */
export type ParseResult = { parse: 'ok'; notebook: ParsedNotebook } | { parse: Exclude<NotebookParse, 'ok'> };

const LFS_PREFIXES = ['version https://git-lfs.github.com/spec/v1', 'version https://hawser.github.com/spec/v1'];

/** Thrown internally when the JSON is valid but not shaped like a notebook. */
class NotANotebook extends Error {}

/**
 * True when `text` is a Git LFS pointer file (starts, after optional whitespace,
 * with "version https://git-lfs.github.com/spec/v1" or the older hawser URL).
 */
export function isLfsPointer(text: string): boolean {
  const head = text.slice(0, 200).trimStart();
  return LFS_PREFIXES.some((p) => head.startsWith(p));
}

/**
 * Parse notebook JSON text.
 *
 * - nbformat 4: `cells[]` with `cell_type`, `source`, optional `id`, `outputs`, `execution_count`.
 * - nbformat 3: the cells of all `worksheets[]`, in order; code cells carry `input`
 *   (read as the source) and `prompt_number` (read as the execution count);
 *   `heading` cells are read as markdown.
 * - `source`/`input` may be a string or an array of strings (joined with '').
 * - Unknown cell types are read as 'raw'.
 *
 * Failures (never thrown): 'lfs-pointer' for a Git LFS pointer; 'invalid-json' when
 * JSON.parse fails (including merge-conflict markers and empty text); 'not-a-notebook'
 * when the JSON is not an object with a numeric `nbformat` and a cells list, or a cell
 * or source is malformed; 'unsupported-nbformat' for an nbformat other than 3 or 4.
 */
export function parseNotebook(text: string): ParseResult {
  if (isLfsPointer(text)) return { parse: 'lfs-pointer' };
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { parse: 'invalid-json' };
  }
  if (!isObject(json) || typeof json.nbformat !== 'number') return { parse: 'not-a-notebook' };
  const nbformat = json.nbformat;
  if (nbformat !== 3 && nbformat !== 4) return { parse: 'unsupported-nbformat' };
  try {
    const rawCells = nbformat === 4 ? v4Cells(json) : v3Cells(json);
    const cells = rawCells.map((c) => readCell(c, nbformat));
    const metadata = isObject(json.metadata) ? json.metadata : {};
    const notebook: ParsedNotebook = new Notebook(nbformat, cells, { metadata, nbformat_minor: json.nbformat_minor });
    const jupytext = metadata.jupytext;
    if (isObject(jupytext) && typeof jupytext.formats === 'string') notebook.jupytextFormats = jupytext.formats;
    return { parse: 'ok', notebook };
  } catch {
    // NotANotebook (a malformed cell or source).
    return { parse: 'not-a-notebook' };
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function v4Cells(json: Record<string, unknown>): unknown[] {
  if (!Array.isArray(json.cells)) throw new NotANotebook();
  return json.cells;
}

function v3Cells(json: Record<string, unknown>): unknown[] {
  if (!Array.isArray(json.worksheets)) throw new NotANotebook();
  const cells: unknown[] = [];
  for (const ws of json.worksheets) {
    if (!isObject(ws)) throw new NotANotebook();
    if (ws.cells === undefined) continue;
    if (!Array.isArray(ws.cells)) throw new NotANotebook();
    for (const c of ws.cells) cells.push(c);
  }
  return cells;
}

function readCell(raw: unknown, nbformat: 3 | 4): ParsedCell {
  if (!isObject(raw)) throw new NotANotebook();
  const type = cellType(raw.cell_type);
  const isV3Code = nbformat === 3 && raw.cell_type === 'code';
  const source = readSource(isV3Code ? raw.input : raw.source);
  const count = (nbformat === 3 ? raw.prompt_number : raw.execution_count) ?? null;
  const outputs = Array.isArray(raw.outputs) ? raw.outputs : [];
  const run = outputs.length > 0 || count !== null ? ([count, outputs] as const) : null;
  const id = typeof raw.id === 'string' ? raw.id : undefined;
  return new Cell(id, type, source, run, { id, metadata: raw.metadata, attachments: raw.attachments, level: raw.level });
}

/** A parsed cell; digests are computed on first read (most diffs never need them). */
class Cell implements ParsedCell {
  declare id?: string;
  private outputsDigest?: string;
  private metadataDigest?: string;
  constructor(
    id: string | undefined,
    readonly type: CellType,
    readonly source: string,
    readonly run: ParsedCell['run'],
    readonly meta: unknown,
  ) {
    if (id !== undefined) this.id = id;
  }
  get outputsKey(): string {
    // One native JSON.stringify; the hash keeps the key short however big the outputs.
    return (this.outputsDigest ??= this.run === null ? '' : hashString(JSON.stringify(this.run)));
  }
  get metadataKey(): string {
    return (this.metadataDigest ??= hashString(stableStringify(this.meta)));
  }
}

/** A parsed notebook; the metadata digest is computed on first read. */
class Notebook implements ParsedNotebook {
  declare jupytextFormats?: string;
  private metadataDigest?: string;
  constructor(
    readonly nbformat: number,
    readonly cells: ParsedCell[],
    readonly meta: unknown,
  ) {}
  get metadataKey(): string {
    return (this.metadataDigest ??= hashString(stableStringify(this.meta)));
  }
}

function cellType(v: unknown): CellType {
  if (v === 'code' || v === 'markdown') return v;
  if (v === 'heading') return 'markdown';
  return 'raw';
}

function readSource(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) {
    let s = '';
    for (const part of v) {
      if (typeof part !== 'string') throw new NotANotebook();
      s += part;
    }
    return s;
  }
  throw new NotANotebook();
}
