/**
 * Reading a Report back: JSON text or a parsed value -> a checked {@link Report}, with the
 * precompiled validator of REPORT_SCHEMA (report.ts). Used where reports are written and
 * read (the CLI's store, the lab's report folder).
 */
import type { ValidateFunction } from 'ajv';
import { describeAjvError } from './config.js';
import { LetgoError, ExitCode } from './errors.js';
import { validate } from './generated/reportValidator.js';
import { REPORT_SCHEMA_ID, type Report, type SchemaReport } from './report.js';

/** The validator of report.ts's REPORT_SCHEMA, precompiled by `npm run schemas`: what it accepts is a Report (report.ts ReportSchemaAgrees). */
const validateReportSchema = validate as ValidateFunction<SchemaReport>;

/**
 * Parses a report file's text and checks that it is a Report of this version.
 * @param source a name for the file in messages (its path)
 * @param rewrite what to do to rewrite the file, the end of the message for text that is not JSON
 * @throws LetgoError (exit code BAD_INPUT) for text that is not JSON, and as {@link validateReport}
 */
export function parseReport(text: string, source: string, rewrite: string): Report {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new LetgoError(ExitCode.BadInput, `${source} is not valid JSON (${(e as Error).message}); ${rewrite}`);
  }
  return validateReport(value, source);
}

/**
 * Checks that a parsed value is a Report of this version, with every part the Report type
 * requires (a report of an older shape, without one, fails naming it).
 * @param source a name for the input in messages (a file path)
 * @throws LetgoError (exit code BAD_INPUT) naming the file, the first bad field, and what to do
 */
export function validateReport(value: unknown, source: string): Report {
  const schema = (value as { schema?: unknown } | null)?.schema;
  if (value !== null && typeof value === 'object' && schema !== REPORT_SCHEMA_ID) {
    throw new LetgoError(
      ExitCode.BadInput,
      `${source} is not a ${REPORT_SCHEMA_ID} report (schema: ${JSON.stringify(schema ?? null)}); scan again with this letgo version`
    );
  }
  if (!validateReportSchema(value)) {
    throw new LetgoError(ExitCode.BadInput, `${source} is not a valid report: ${describeAjvError(validateReportSchema.errors?.[0])}; scan again to rewrite it`);
  }
  return value;
}
