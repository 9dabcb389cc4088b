/**
 * Loading `letgo.config.json`: JSON with comments (JSONC), validated against the schema.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type * as Jsonc from 'jsonc-parser';
import { defaultConfig, validateConfig, type Config } from '../core/config.js';
import { ExitCode, LetgoError } from '../core/errors.js';

/** Default config file name, looked up in the current folder. */
export const CONFIG_FILE = 'letgo.config.json';

/**
 * Loads the config: `file` when given (it must exist), else `letgo.config.json` in `cwd` if present, else the defaults.
 * @returns the config and the file it came from (undefined for defaults)
 * @throws LetgoError (CONFIG) for a missing given file, invalid JSON (with line and column) or a schema violation (naming the field)
 */
export function loadConfig(file: string | undefined, cwd = process.cwd()): { config: Config; file?: string } {
  const target = file ? path.resolve(cwd, file) : path.join(cwd, CONFIG_FILE);
  if (!existsSync(target)) {
    if (file) throw new LetgoError(ExitCode.Config, `config file ${file} does not exist: create it with 'letgo init' or drop --config`);
    return { config: defaultConfig() };
  }
  const text = readFileSync(target, 'utf8');
  const errors: Jsonc.ParseError[] = [];
  // Loaded only when there is a config file to read.
  const { parse, printParseErrorCode } = createRequire(import.meta.url)('jsonc-parser') as typeof Jsonc;
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const e = errors[0];
    const before = text.slice(0, e.offset);
    const line = before.split('\n').length;
    const column = e.offset - before.lastIndexOf('\n');
    throw new LetgoError(ExitCode.Config, `invalid config ${target}:${line}:${column}: ${printParseErrorCode(e.error)}; fix the JSON there`);
  }
  return { config: validateConfig(value, target), file: target };
}
