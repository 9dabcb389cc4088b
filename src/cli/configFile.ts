/**
 * Loading `letgo.config.json`: JSON with comments (JSONC), validated against the schema.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import type * as Jsonc from 'jsonc-parser';
import { defaultConfig, validateConfig, type Config } from '../core/config.js';
import { ExitCode, LetgoError } from '../core/errors.js';
import { describeBoundedRead, readBounded } from '../scan/files.js';

/** Default config file name, looked up in the current folder. */
export const CONFIG_FILE = 'letgo.config.json';

/** Largest config file read (bytes): a roster of thousands of people is a few hundred KB. */
export const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

/** Deepest nesting of arrays and objects accepted (the schema's own is 4 levels): deeper input is refused before it is parsed, as the parser recurses. */
export const MAX_CONFIG_DEPTH = 64;

/**
 * Loads the config: `file` when given (it must exist), else `letgo.config.json` in `cwd` if present, else the defaults.
 * @returns the config and the file it came from (undefined for defaults)
 * @throws LetgoError (CONFIG) for a missing given file, one that is not a regular file or over {@link MAX_CONFIG_BYTES},
 *   invalid JSON (with line and column), nesting past {@link MAX_CONFIG_DEPTH}, or a schema violation (naming the field)
 */
export function loadConfig(file: string | undefined, cwd = process.cwd()): { config: Config; file?: string } {
  const target = file ? path.resolve(cwd, file) : path.join(cwd, CONFIG_FILE);
  const read = readBounded(target, { maxBytes: MAX_CONFIG_BYTES });
  if (read.kind === 'missing') {
    if (file) throw new LetgoError(ExitCode.Config, `config file ${file} does not exist: create it with 'letgo init' or drop --config`);
    return { config: defaultConfig() };
  }
  if (read.kind !== 'ok') {
    throw new LetgoError(
      ExitCode.Config,
      `config file ${target} ${describeBoundedRead(read, MAX_CONFIG_BYTES)}: pass a letgo.config.json file (see 'letgo init')`
    );
  }
  const text = read.bytes.toString('utf8');
  // Loaded only when there is a config file to read.
  const jsonc = createRequire(import.meta.url)('jsonc-parser') as typeof Jsonc;
  const at = (offset: number): string => {
    const before = text.slice(0, offset);
    return `${target}:${before.split('\n').length}:${offset - before.lastIndexOf('\n')}`;
  };
  const deep = tooDeep(jsonc, text);
  if (deep !== undefined)
    throw new LetgoError(ExitCode.Config, `invalid config ${at(deep)}: nested deeper than ${MAX_CONFIG_DEPTH} levels; a letgo config nests 4`);
  const errors: Jsonc.ParseError[] = [];
  const value: unknown = jsonc.parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const e = errors[0];
    throw new LetgoError(ExitCode.Config, `invalid config ${at(e.offset)}: ${jsonc.printParseErrorCode(e.error)}; fix the JSON there`);
  }
  return { config: validateConfig(value, target), file: target };
}

/** The offset of the first bracket or brace nested past {@link MAX_CONFIG_DEPTH}, found with the parser's own (iterative) scanner; undefined when none is. */
function tooDeep(jsonc: typeof Jsonc, text: string): number | undefined {
  const scanner = jsonc.createScanner(text, false);
  let depth = 0;
  for (let t = scanner.scan(); t !== jsonc.SyntaxKind.EOF; t = scanner.scan()) {
    if (t === jsonc.SyntaxKind.OpenBraceToken || t === jsonc.SyntaxKind.OpenBracketToken) {
      if (++depth > MAX_CONFIG_DEPTH) return scanner.getTokenOffset();
    } else if (t === jsonc.SyntaxKind.CloseBraceToken || t === jsonc.SyntaxKind.CloseBracketToken) depth--;
  }
  return undefined;
}
