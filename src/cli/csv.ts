/**
 * The one CSV writer of letgo (`letgo export --format csv`, `letgo explain --format csv`):
 * RFC 4180 through csv-stringify, a header row, and formula escaping. A text value that
 * starts with `=`, `+`, `-`, `@`, tab or CR (or their full-width forms) is what Excel,
 * Sheets, LibreOffice and Numbers run as a formula (OWASP "CSV Injection"), and author
 * names, paths and subjects come from repositories: such a value gets a leading `'`
 * (csv-stringify's `escape_formulas`). Numbers are written as they are (`-300` is a
 * number to a spreadsheet, not a formula).
 */

/** One CSV value: text (formula-escaped) or a number; `null` and `undefined` are an empty field. */
export type CsvValue = string | number | null | undefined;

/**
 * CSV text of `records` (each a list of values in `columns` order) under a header row of
 * `columns`, lines ending in `\n`.
 */
export async function csvText(columns: readonly string[], records: readonly (readonly CsvValue[])[]): Promise<string> {
  const { stringify } = await import('csv-stringify/sync');
  return stringify(
    records.map((r) => [...r]),
    {
      header: true,
      columns: [...columns],
      escape_formulas: true,
      // csv-stringify escapes after casting to text, so a negative number would become '-300: those opt out, field by
      // field (options per field cost csv-stringify ~6 us each, so only the negative ones: 0.6 s per 100,000).
      cast: { number: (n) => (n < 0 ? { value: String(n), escape_formulas: false } : String(n)) },
    }
  );
}
