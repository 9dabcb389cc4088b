/**
 * Reading notebook JSON (nbformat 4, and nbformat 3 worksheets) into ParsedNotebook.
 * Never throws: failures are returned as a reason.
 *
 * Notebooks are read from their UTF-8 bytes. The cells' `outputs` arrays (most of a
 * notebook's bytes: base64 images) are found by a byte search, checked and delimited by
 * a byte scanner (jsonScan.ts) and kept as bytes (CellOutputs); the rest of the
 * document, with each outputs array replaced by a placeholder, goes through JSON.parse.
 * When that does not work out (an outputs array that is not valid JSON, a placeholder
 * anywhere but at a cell's outputs), the whole text goes to JSON.parse. So the result
 * is what JSON.parse of the text decides, with one exception: a raw control character
 * inside a string of the outputs (which JSON.parse, and Python's json, reject) does not
 * make the notebook invalid.
 */
import { findBytes } from './bytes.js';
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
 * `near`, another version of the notebook already parsed (the other side of a change),
 * only saves work: an outputs array whose bytes equal one of its arrays is not checked
 * again (CellOutputs.endIfAt). The result is the same with or without it.
 *
 * Failures (never thrown): 'lfs-pointer' for a Git LFS pointer; 'invalid-json' when
 * JSON.parse of the decoded text fails (including merge-conflict markers and empty
 * text); 'not-a-notebook' when the JSON is not an object with a numeric `nbformat` and
 * a cells list, or a cell or source is malformed; 'unsupported-nbformat' for an
 * nbformat other than 3 or 4.
 */
export function parseNotebookBytes(bytes: Uint8Array, near?: ParsedNotebook): ParseResult {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (isLfsPointer(decoder.decode(bytes.subarray(start, start + 200)))) return { parse: 'lfs-pointer' };
  const skim = skimOutputs(bytes, start, near ? knownOutputs(near) : []);
  return (skim && readNotebook(skim.rest, skim.outputs)) ?? readNotebook(decoder.decode(bytes.subarray(start)), null)!;
}

/**
 * JSON.parse of `text`, read as a notebook. With `cut` (text from skimOutputs), a cell's
 * `outputs` that is a placeholder is looked up there; returns null when not every
 * placeholder was found exactly once at a cell's `outputs` (some `"outputs"` key was
 * elsewhere: the caller then parses the whole text). Never throws.
 */
function readNotebook(text: string, cut: Map<string, CellOutputs> | null): ParseResult | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { parse: 'invalid-json' };
  }
  if (!isObject(json) || typeof json.nbformat !== 'number') return { parse: 'not-a-notebook' };
  const nbformat = json.nbformat;
  if (nbformat !== 3 && nbformat !== 4) return { parse: 'unsupported-nbformat' };
  try {
    const rawCells = nbformat === 4 ? v4Cells(json) : v3Cells(json);
    const found = { placeholders: 0 };
    const cells = rawCells.map((c) => readCell(c, nbformat, cut, found));
    if (cut && found.placeholders !== cut.size) return null;
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

/** The document with its `outputs` arrays cut out, and those arrays. */
interface Skim {
  /** The decoded text with each cut array replaced by a placeholder string. */
  rest: string;
  /** The cut arrays by their placeholder (as JSON.parse gives it). */
  outputs: Map<string, CellOutputs>;
}

/** Known arrays tried for each outputs array: the one expected, the one before it and the next two (a cell added or removed before it). */
const NEAR_TRIES = 3;

/** The byte-backed outputs arrays of a parsed notebook, in document order. */
function knownOutputs(nb: ParsedNotebook): CellOutputs[] {
  const out: CellOutputs[] = [];
  for (const c of nb.cells) if (c.run && !c.run.outputs.isEmpty()) out.push(c.run.outputs);
  return out;
}

/** `"outputs"`, searched for as bytes. */
const OUTPUTS_KEY = encoder.encode('"outputs"');

/**
 * Placeholders are `\u0000letgo-outputs:<nonce>:<k>` (written with the JSON escape): the
 * nonce, random per process, keeps a notebook from spelling one itself.
 */
const PLACEHOLDER = `letgo-outputs:${Math.random().toString(36).slice(2)}:`;

/**
 * Cuts out the value of every `"outputs"` key whose value is an array, found by a byte
 * search (native for a Buffer) and checked by JsonScanner, which also finds where each
 * array ends. In valid JSON a match followed by `:` always ends a key (the key itself, or
 * the tail of a longer key such as `"see \"outputs"`), so each cut is a whole value and
 * the rest is valid exactly when the document is; readNotebook then checks that every cut
 * was a cell's outputs (a cut under a longer key is not, and the whole text is parsed). Returns null when there
 * is nothing to cut, or a cut array is not valid JSON (JSON.parse of the whole text then
 * decides).
 */
function skimOutputs(b: Uint8Array, start: number, known: readonly CellOutputs[]): Skim | null {
  const scan = new JsonScanner(b);
  const cuts: number[] = []; // start, end of each array
  let next = 0; // the known array expected next: cells keep their order, a few are added or removed
  for (let at = start; ;) {
    const key = findBytes(b, OUTPUTS_KEY, at);
    if (key < 0) break;
    at = key + 1;
    const colon = scan.space(key + OUTPUTS_KEY.length);
    if (b[colon] !== 0x3a) continue;
    const value = scan.space(colon + 1);
    if (b[value] !== 0x5b) continue;
    let end = -1;
    for (let k = Math.max(0, next - 1); k < Math.min(known.length, next + NEAR_TRIES) && end < 0; k++) if ((end = known[k]!.endIfAt(b, value)) >= 0) next = k;
    next++;
    if (end < 0) end = scan.value(value);
    if (end < 0) return null;
    cuts.push(value, end);
    at = end;
  }
  if (cuts.length === 0) return null;
  const outputs = new Map<string, CellOutputs>();
  // Each kept range is decoded on its own: the cuts are at ASCII bytes ('[' and just past
  // ']'), so no UTF-8 sequence is split and the text equals the decoded bytes of the
  // document with the placeholders written in; no copy of the kept bytes is made.
  const plain = new Uint8Array(b.buffer, b.byteOffset, b.length); // a Buffer's own subarray is slower
  let rest = '';
  let from = start;
  for (let k = 0; k < cuts.length / 2; k++) {
    const cutStart = cuts[2 * k]!;
    const placeholder = `${PLACEHOLDER}${k}`;
    rest += `${decoder.decode(plain.subarray(from, cutStart))}"\\u0000${placeholder}"`;
    outputs.set(`\u0000${placeholder}`, CellOutputs.fromBytes(b, cutStart, cuts[2 * k + 1]!)); // the key as JSON.parse gives it
    from = cuts[2 * k + 1]!;
  }
  rest += decoder.decode(plain.subarray(from));
  return { rest, outputs };
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

/**
 * Reads one cell. A string `outputs` that is a placeholder of `cut` stands for the array
 * cut there (counted in `found`); a real array is kept as parsed.
 */
function readCell(raw: unknown, nbformat: 3 | 4, cut: Map<string, CellOutputs> | null, found: { placeholders: number }): ParsedCell {
  if (!isObject(raw)) throw new NotANotebook();
  const type = cellType(raw.cell_type);
  const isV3Code = nbformat === 3 && raw.cell_type === 'code';
  const source = readSource(isV3Code ? raw.input : raw.source);
  const count = (nbformat === 3 ? raw.prompt_number : raw.execution_count) ?? null;
  let outputs: CellOutputs | undefined;
  if (Array.isArray(raw.outputs)) outputs = CellOutputs.fromValue(raw.outputs);
  else if (typeof raw.outputs === 'string' && (outputs = cut?.get(raw.outputs)) !== undefined) found.placeholders++;
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
