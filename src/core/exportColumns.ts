/**
 * The columns of `letgo export`: one row per (repository, commit, file changed), and one
 * row without a path for a commit that changed no file. Said once here; the Parquet, CSV
 * and JSON Lines writers, the README's table (a test compares) and the example notebook
 * all follow this list. Names and types are stable: a new column is appended, never
 * renamed or retyped.
 */
import { isFileFact, type Fact, type FactRow, type Identity } from './facts.js';

/** A column's value type: Parquet's logical type, and how CSV and JSON Lines write it. */
export type ColumnType = 'string' | 'int32' | 'boolean' | 'timestamp';

/** A row of facts as the export reads it: a file fact, or a commit without file rows (no `path`). */
export type ExportRow = FactRow;

/** The file fields of a row; undefined for a commit row. */
const file = (r: ExportRow): Fact | undefined => (isFileFact(r) ? r : undefined);

/** One column: its name, type, meaning (README) and value of a row (`null`: unknown or not applicable). */
export interface ExportColumn {
  name: string;
  type: ColumnType;
  description: string;
  value: (row: ExportRow) => string | number | boolean | Date | null;
}

/** Minutes east of UTC of an ISO 8601 time with an offset (`+02:00` -> 120, `Z` -> 0). */
export function utcOffsetMinutes(time: string): number {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(time);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

const identityText = (i: Identity) => `${i.name} <${i.email}>`;
const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
/** A notebook-only flag: false on other file rows, null on a commit row. */
const notebookFlag = (row: ExportRow, v: boolean | undefined) => (file(row)?.kind === 'notebook' ? Boolean(v) : null);

/** The export's columns, in file order. */
export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { name: 'repo', type: 'string', description: 'repository id (its folder name)', value: (r) => r.repo },
  { name: 'sha', type: 'string', description: 'commit sha', value: (r) => r.sha },
  { name: 'author', type: 'string', description: "author's person id as the scan resolved it (lower-case email)", value: (r) => r.author },
  { name: 'author_name', type: 'string', description: 'author name after .mailmap', value: (r) => r.authorName },
  { name: 'author_email', type: 'string', description: 'author email after .mailmap', value: (r) => r.authorEmail },
  {
    name: 'co_authors',
    type: 'string',
    description: 'co-authors as a JSON array of "Name <email>" (empty array: none)',
    value: (r) => JSON.stringify((r.coAuthors ?? []).map(identityText)),
  },
  { name: 'time', type: 'timestamp', description: 'author time, a UTC instant (milliseconds)', value: (r) => new Date(r.time) },
  {
    name: 'utc_offset_minutes',
    type: 'int32',
    description: "the author's UTC offset at that time, minutes east of UTC",
    value: (r) => utcOffsetMinutes(r.time),
  },
  { name: 'local_time', type: 'string', description: 'author time as ISO 8601 with its offset, as git recorded it', value: (r) => r.time },
  {
    name: 'path',
    type: 'string',
    description: 'path after the change; null for a commit that changed no file (empty, or submodule pointers only)',
    value: (r) => orNull(file(r)?.path),
  },
  { name: 'old_path', type: 'string', description: 'path before a rename or copy', value: (r) => orNull(file(r)?.oldPath) },
  { name: 'status', type: 'string', description: "git's change status: A, M, D, R, C or T", value: (r) => orNull(file(r)?.status) },
  { name: 'kind', type: 'string', description: 'file kind: notebook, code, docs, config, data, generated', value: (r) => orNull(file(r)?.kind) },
  { name: 'tier', type: 'string', description: 'work tier: strategic, implementation, tactical', value: (r) => orNull(file(r)?.tier) },
  {
    name: 'lines_added',
    type: 'int32',
    description: 'lines added (notebooks counted by cells: cell-source lines); null when unknown',
    value: (r) => orNull(file(r)?.added),
  },
  { name: 'lines_deleted', type: 'int32', description: 'lines deleted, as lines_added', value: (r) => orNull(file(r)?.deleted) },
  {
    name: 'binary',
    type: 'boolean',
    description: 'git reports the file as binary (null for a commit row)',
    value: (r) => (isFileFact(r) ? Boolean(r.binary) : null),
  },
  {
    name: 'cells_added',
    type: 'int32',
    description: 'notebook cells added (null: not a notebook counted by cells)',
    value: (r) => orNull(file(r)?.cells?.added),
  },
  { name: 'cells_deleted', type: 'int32', description: 'notebook cells deleted', value: (r) => orNull(file(r)?.cells?.deleted) },
  { name: 'cells_modified', type: 'int32', description: 'notebook cells whose source changed', value: (r) => orNull(file(r)?.cells?.modified) },
  {
    name: 'outputs_only',
    type: 'boolean',
    description: 'notebook re-run: only outputs or execution counts changed (null: not a notebook)',
    value: (r) => notebookFlag(r, file(r)?.outputsOnly),
  },
  { name: 'metadata_only', type: 'boolean', description: 'notebook: only metadata changed', value: (r) => notebookFlag(r, file(r)?.metadataOnly) },
  {
    name: 'parse',
    type: 'string',
    description: "how a notebook change was counted: ok (by cells) or why it fell back to git's lines",
    value: (r) => orNull(file(r)?.parse),
  },
  {
    name: 'jupytext',
    type: 'boolean',
    description: 'a Jupytext text notebook (null: not a file row)',
    value: (r) => (isFileFact(r) ? Boolean(r.jupytext) : null),
  },
  {
    name: 'paired_with',
    type: 'string',
    description: 'the notebook a Jupytext script is paired with in the same commit (its work counted there)',
    value: (r) => orNull(file(r)?.pairedWith),
  },
  {
    name: 'reviewers',
    type: 'string',
    description:
      'people the closing review trailers name, as a JSON array of "Reviewed-by: Name <email>" (Acked-by, Tested-by, Helped-by, Suggested-by alike; empty array: none)',
    value: (r) => JSON.stringify((r.reviewers ?? []).map((x) => `${x.trailer}: ${identityText(x)}`)),
  },
];
