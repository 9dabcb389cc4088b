/**
 * Shapes shared by the notebook comparison: parsed notebooks, cells and the diff
 * result. Pure data, no behaviour.
 */
import type { CellOutputs } from './outputs.js';

/** How notebook churn is counted: by cell-source lines (the default), or by git's lines of the notebook's JSON. */
export const NOTEBOOK_LINE_MODES = ['cells', 'git'] as const;
/** One of {@link NOTEBOOK_LINE_MODES}. */
export type NotebookLineMode = (typeof NOTEBOOK_LINE_MODES)[number];

/** Why a notebook could not be compared as cells; 'ok' when it could. */
export const NOTEBOOK_PARSES = ['ok', 'invalid-json', 'not-a-notebook', 'unsupported-nbformat', 'lfs-pointer'] as const;
/** One of {@link NOTEBOOK_PARSES}. */
export type NotebookParse = (typeof NOTEBOOK_PARSES)[number];

/** The kind of a cell. nbformat 3 `heading` cells are read as 'markdown'; unknown kinds as 'raw'. */
export type CellType = 'code' | 'markdown' | 'raw';

/** What the cell matcher needs of a cell: plain data, so it can be tested without JSON. */
export interface MatchableCell {
  /** nbformat >= 4.5 cell id; absent in older notebooks. */
  id?: string;
  type: CellType;
  /** The cell's source text (lines joined, `\n`-separated). */
  source: string;
}

/** One cell of a parsed notebook. */
export interface ParsedCell extends MatchableCell {
  /**
   * The cell's run: its execution count (nbformat 3: `prompt_number`; null when absent)
   * and outputs; null when the cell has neither outputs nor a count (markdown, raw,
   * never-run code). Two runs are compared with runsEqual (diff.ts) to detect re-runs.
   */
  readonly run: { readonly count: unknown; readonly outputs: CellOutputs } | null;
  /** The cell's metadata as parsed, with its id, attachments and (nbformat 3) heading level: `{ id, metadata, attachments, level }`. */
  readonly meta: unknown;
}

/** A notebook reduced to what letgo compares. */
export interface ParsedNotebook {
  /** Major nbformat version: 3 or 4. */
  nbformat: number;
  /** Cells in document order (nbformat 3: the cells of all worksheets, in order). */
  cells: ParsedCell[];
  /** Notebook-level metadata and nbformat_minor as parsed: `{ metadata, nbformat_minor }`. */
  readonly meta: unknown;
  /** `metadata.jupytext.formats` when it is a string, e.g. "ipynb,py:percent". */
  jupytextFormats?: string;
}

/** Cells added, deleted and modified (source or type changed) between two versions. */
export interface CellCounts {
  added: number;
  deleted: number;
  modified: number;
}

/** The difference between two versions of a notebook, counted in cell-source lines and cells. */
export interface NotebookDiff {
  /** 'ok' when both sides parsed (a missing side counts as an empty notebook); otherwise the first failing side's reason. */
  parse: NotebookParse;
  /** Cell-source lines added. */
  added: number;
  /** Cell-source lines deleted. */
  deleted: number;
  /** Cells added / deleted / modified. A cell that only moved is not modified. */
  cells: CellCounts;
  /** Cells whose relative order changed while their source (and type) stayed identical. */
  moved: number;
  /** Sources and cell structure identical, but outputs or execution counts differ (a re-run). Implies added = deleted = 0. */
  outputsOnly: boolean;
  /** Sources, structure and outputs identical; only notebook or cell metadata (or cell ids, nbformat_minor) differ. */
  metadataOnly: boolean;
}
