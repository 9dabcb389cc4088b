/**
 * Reading notebook JSON (nbformat 4, and nbformat 3 worksheets) into ParsedNotebook.
 * Never throws: failures are returned as a reason.
 *
 * Notebooks are read from their UTF-8 bytes. The cells' `outputs` arrays (most of a
 * notebook's bytes: base64 images) are located and checked by a byte scanner
 * (jsonScan.ts) and kept as bytes (CellOutputs); only the rest of the document, with
 * each outputs array replaced by a short placeholder, goes through JSON.parse. A
 * document the scanner does not take (not an object at the top, invalid somewhere) is
 * decoded and given whole to JSON.parse. So the result is what JSON.parse of the text
 * decides, with one exception: a raw control character inside a string of the outputs
 * (which JSON.parse, and Python's json, reject) does not make the notebook invalid.
 */
import { JsonScanner } from './jsonScan.js';
import { CellOutputs } from './outputs.js';
import type { CellType, NotebookParse, ParsedCell, ParsedNotebook } from './types.js';

/** Result of parseNotebook: the notebook, or why the text is not one. */
export type ParseResult = { parse: 'ok'; notebook: ParsedNotebook } | { parse: Exclude<NotebookParse, 'ok'> };

const LFS_PREFIXES = ['version https://git-lfs.github.com/spec/v1', 'version https://hawser.github.com/spec/v1'];

const encoder = new TextEncoder();
// UTF-8; invalid sequences become U+FFFD and a byte order mark is kept, as Buffer#toString does.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

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

/** parseNotebookBytes of the text's UTF-8 encoding. */
export function parseNotebook(text: string): ParseResult {
  return parseNotebookBytes(encoder.encode(text));
}

/**
 * Parse notebook JSON given as UTF-8 bytes (a leading byte order mark is skipped). The
 * result keeps `bytes` (the cells' outputs are views into it): do not change them after.
 *
 * - nbformat 4: `cells[]` with `cell_type`, `source`, optional `id`, `outputs`, `execution_count`.
 * - nbformat 3: the cells of all `worksheets[]`, in order; code cells carry `input`
 *   (read as the source) and `prompt_number` (read as the execution count);
 *   `heading` cells are read as markdown.
 * - `source`/`input` may be a string or an array of strings (joined with '').
 * - Unknown cell types are read as 'raw'.
 *
 * Failures (never thrown): 'lfs-pointer' for a Git LFS pointer; 'invalid-json' when
 * JSON.parse of the decoded text fails (including merge-conflict markers and empty
 * text); 'not-a-notebook' when the JSON is not an object with a numeric `nbformat` and
 * a cells list, or a cell or source is malformed; 'unsupported-nbformat' for an
 * nbformat other than 3 or 4.
 */
export function parseNotebookBytes(bytes: Uint8Array): ParseResult {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (isLfsPointer(decoder.decode(bytes.subarray(start, start + 200)))) return { parse: 'lfs-pointer' };
  let json: unknown;
  let outputs: CellOutputs[] = [];
  try {
    const skim = skimOutputs(bytes, start);
    if (skim) {
      json = JSON.parse(decoder.decode(skim.rest));
      outputs = skim.outputs;
    } else json = JSON.parse(decoder.decode(bytes.subarray(start)));
  } catch {
    return { parse: 'invalid-json' };
  }
  if (!isObject(json) || typeof json.nbformat !== 'number') return { parse: 'not-a-notebook' };
  const nbformat = json.nbformat;
  if (nbformat !== 3 && nbformat !== 4) return { parse: 'unsupported-nbformat' };
  try {
    const rawCells = nbformat === 4 ? v4Cells(json) : v3Cells(json);
    const cells = rawCells.map((c) => readCell(c, nbformat, outputs));
    const metadata = isObject(json.metadata) ? json.metadata : {};
    const notebook: ParsedNotebook = { nbformat, cells, meta: { metadata, nbformat_minor: json.nbformat_minor } };
    const jupytext = metadata.jupytext;
    if (isObject(jupytext) && typeof jupytext.formats === 'string') notebook.jupytextFormats = jupytext.formats;
    return { parse: 'ok', notebook };
  } catch {
    // NotANotebook (a malformed cell or source).
    return { parse: 'not-a-notebook' };
  }
}

/** The document with its cells' outputs arrays cut out, and those arrays. */
interface Skim {
  /** The UTF-8 text with the k-th outputs array replaced by `[k]`. */
  rest: Uint8Array;
  /** The cut-out arrays; `[k]` in `rest` stands for `outputs[k]`. */
  outputs: CellOutputs[];
}

/**
 * Validates the whole document and cuts out every `outputs` array of a cell object, at
 * `cells[*].outputs` and `worksheets[*].cells[*].outputs` of the top-level object (both
 * paths whatever the nbformat, which may come later in the text). Every array left at
 * such a path in `rest` is a placeholder, so readCell can tell them apart from real
 * outputs. Returns null when the document is not an object or not valid JSON (the
 * caller then lets JSON.parse decide), or when there is nothing to cut.
 */
function skimOutputs(b: Uint8Array, start: number): Skim | null {
  const scan = new JsonScanner(b);
  const cuts: number[] = []; // start, end of each outputs array
  const cellList = (i: number): number =>
    scan.array(i, (cell) => {
      if (b[scan.space(cell)] !== 0x7b) return scan.value(cell);
      return scan.object(cell, (ks, ke, v) => {
        if (!keyIs(b, ks, ke, 'outputs')) return scan.value(v);
        v = scan.space(v);
        const end = scan.value(v);
        if (end >= 0 && b[v] === 0x5b) cuts.push(v, end);
        return end;
      });
    });
  const listOr = (i: number, list: (i: number) => number): number => (b[scan.space(i)] === 0x5b ? list(i) : scan.value(i));
  const end = scan.object(start, (ks, ke, v) => {
    if (keyIs(b, ks, ke, 'cells')) return listOr(v, cellList);
    if (!keyIs(b, ks, ke, 'worksheets')) return scan.value(v);
    return listOr(v, (i) =>
      scan.array(i, (ws) => {
        if (b[scan.space(ws)] !== 0x7b) return scan.value(ws);
        return scan.object(ws, (k2s, k2e, v2) => (keyIs(b, k2s, k2e, 'cells') ? listOr(v2, cellList) : scan.value(v2)));
      }),
    );
  });
  if (end < 0 || scan.space(end) !== b.length || cuts.length === 0) return null;
  // `rest`: the bytes between the cuts, and `[k]` in place of the k-th cut.
  const outputs: CellOutputs[] = [];
  let size = b.length - start;
  for (let k = 0; k < cuts.length; k += 2) size += String(k / 2).length + 2 - (cuts[k + 1]! - cuts[k]!);
  const rest = new Uint8Array(size);
  const plain = new Uint8Array(b.buffer, b.byteOffset, b.length); // a Buffer's own subarray is slower
  let at = start;
  let out = 0;
  for (let k = 0; k < cuts.length; k += 2) {
    rest.set(plain.subarray(at, cuts[k]), out);
    out += cuts[k]! - at;
    const index = String(k / 2);
    rest[out++] = 0x5b;
    for (let d = 0; d < index.length; d++) rest[out++] = index.charCodeAt(d);
    rest[out++] = 0x5d;
    outputs.push(CellOutputs.fromBytes(b, cuts[k]!, cuts[k + 1]!));
    at = cuts[k + 1]!;
  }
  rest.set(plain.subarray(at), out);
  return { rest, outputs };
}

/** True when the key spanning [ks, ke) (with its quotes) is `name` (ASCII), escapes decoded. */
function keyIs(b: Uint8Array, ks: number, ke: number, name: string): boolean {
  if (ke - ks === name.length + 2) {
    for (let k = 0; k < name.length; k++) if (b[ks + 1 + k] !== name.charCodeAt(k)) return false;
    return true;
  }
  // Longer keys can only spell `name` through escapes such as \u0063.
  return b.subarray(ks, ke).includes(0x5c) && JSON.parse(decoder.decode(b.subarray(ks, ke))) === name;
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

/** Reads one cell; `outputs` are the arrays skimOutputs cut out, which the cell's placeholder `[k]` points to. */
function readCell(raw: unknown, nbformat: 3 | 4, cut: readonly CellOutputs[]): ParsedCell {
  if (!isObject(raw)) throw new NotANotebook();
  const type = cellType(raw.cell_type);
  const isV3Code = nbformat === 3 && raw.cell_type === 'code';
  const source = readSource(isV3Code ? raw.input : raw.source);
  const count = (nbformat === 3 ? raw.prompt_number : raw.execution_count) ?? null;
  const outputs = Array.isArray(raw.outputs) ? (cut.length > 0 ? cut[raw.outputs[0] as number]! : CellOutputs.fromValue(raw.outputs)) : undefined;
  const run = (outputs !== undefined && !outputs.isEmpty()) || count !== null ? { count, outputs: outputs ?? NO_OUTPUTS } : null;
  const id = typeof raw.id === 'string' ? raw.id : undefined;
  const cell: ParsedCell = { type, source, run, meta: { id, metadata: raw.metadata, attachments: raw.attachments, level: raw.level } };
  if (id !== undefined) cell.id = id;
  return cell;
}

const NO_OUTPUTS = CellOutputs.fromValue([]);

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
