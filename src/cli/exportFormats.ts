/** The formats of `letgo export` (the command's choices; `commands/export.ts` writes each). */
export const EXPORT_FORMATS = ['parquet', 'csv', 'jsonl'] as const;
/** One of {@link EXPORT_FORMATS}. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
