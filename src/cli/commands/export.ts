/**
 * `letgo export --in DIR --format parquet|csv|jsonl --out FILE`: a saved scan's facts as
 * a table for pandas, Polars, DuckDB or a spreadsheet, with the columns of
 * `core/exportColumns.ts`. Parquet through hyparquet-writer, CSV through cli/csv.ts;
 * the file is written atomically.
 */
import path from 'node:path';
import { ExitCode, LetgoError } from '../../core/errors.js';
import { EXPORT_COLUMNS, type ColumnType, type ExportRow } from '../../core/exportColumns.js';
import { csvText, type CsvValue } from '../csv.js';
import type { ExportFormat } from '../exportFormats.js';
import { type CliIo, say } from '../io.js';
import { readScan, writeAtomic } from '../store.js';
import { VERSION } from '../version.js';

/** Options of `letgo export` as parsed by commander. */
export interface ExportCliOptions {
  in: string;
  /** Checked by commander's choices. */
  format: ExportFormat;
  out?: string;
}

const PARQUET_TYPES: Record<ColumnType, 'STRING' | 'INT32' | 'BOOLEAN' | 'TIMESTAMP'> = {
  string: 'STRING',
  int32: 'INT32',
  boolean: 'BOOLEAN',
  timestamp: 'TIMESTAMP',
};

/** The rows as Parquet bytes: one column chunk per {@link EXPORT_COLUMNS} entry, snappy-compressed, times as UTC milliseconds. */
export async function toParquet(rows: readonly ExportRow[]): Promise<Uint8Array> {
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  const buffer = parquetWriteBuffer({
    columnData: EXPORT_COLUMNS.map((c) => ({ name: c.name, type: PARQUET_TYPES[c.type], data: rows.map(c.value), nullable: true })),
    createdBy: `letgo ${VERSION}`,
  });
  return new Uint8Array(buffer);
}

/** The rows as CSV ({@link csvText}: RFC 4180, a header row, formulas escaped; times as ISO 8601 UTC, booleans as true/false, null as an empty field). */
export async function toCsv(rows: readonly ExportRow[]): Promise<string> {
  return csvText(
    EXPORT_COLUMNS.map((c) => c.name),
    rows.map((r) => EXPORT_COLUMNS.map((c) => csvValue(c.value(r))))
  );
}

function csvValue(v: string | number | boolean | Date | null): CsvValue {
  if (v === null) return '';
  if (v instanceof Date) return v.toISOString();
  return typeof v === 'boolean' ? String(v) : v;
}

/** The rows as JSON Lines: one object per row with the export's column names (times as ISO 8601 UTC). */
export function* toJsonl(rows: readonly ExportRow[]): Generator<string> {
  for (const r of rows) {
    const o: Record<string, unknown> = {};
    for (const c of EXPORT_COLUMNS) {
      const v = c.value(r);
      o[c.name] = v instanceof Date ? v.toISOString() : v;
    }
    yield `${JSON.stringify(o)}\n`;
  }
}

/** `letgo export`: reads DIR's facts, writes FILE. @throws LetgoError (USAGE without --out, BAD_INPUT, OUTPUT) */
export async function exportCommand(opts: ExportCliOptions, io: CliIo): Promise<void> {
  if (!opts.out) throw new LetgoError(ExitCode.Usage, 'letgo export needs --out FILE (for example --out facts.parquet)');
  const { facts } = await readScan(path.resolve(io.cwd, opts.in));
  const rows: readonly ExportRow[] = facts;
  const out = path.resolve(io.cwd, opts.out);
  const content = opts.format === 'parquet' ? await toParquet(rows) : opts.format === 'csv' ? await toCsv(rows) : toJsonl(rows);
  writeAtomic(path.dirname(out), { [path.basename(out)]: content });
  say(io, `wrote ${rows.length} rows to ${out}`);
}
