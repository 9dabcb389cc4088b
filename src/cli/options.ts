/**
 * How the CLI declares an option: its description and default said once, for commander's
 * help and for the parsed value (README's options tables repeat them; a test compares
 * them with `--help`), and each value checked as it is parsed, so every command rejects
 * an empty, non-decimal or out-of-range value the same way (exit 2, one line).
 */
import { Option } from 'commander';
import { ExitCode, LetgoError } from '../core/errors.js';
import { parseDate, parseMonth } from '../core/time.js';

/**
 * An option's default: `value` is what the command receives when the option is absent
 * (none: decided at run time, as "the config's manager"); `text` is how help words it.
 */
export interface OptionDefault {
  value?: unknown;
  text: string;
}

/** Checks (and converts) one value of an option; throws LetgoError (USAGE) for a bad one. */
export type ValueParser = (value: string, flag: string) => unknown;

/** The option's long flag without its value placeholder: "--trend <months>" -> "--trend". */
function longFlag(flags: string): string {
  return /--[\w-]+/.exec(flags)?.[0] ?? flags;
}

/**
 * A commander Option. A value option gets `parse` (default {@link nonEmpty}), unless it
 * has choices, which commander checks itself. The default's text is kept in commander's
 * `defaultValueDescription` also when the default has no value, for {@link describe}.
 */
export function option(
  flags: string,
  description: string,
  spec: { default?: OptionDefault; parse?: ValueParser; choices?: readonly string[]; repeatable?: boolean } = {}
): Option {
  const d = spec.default;
  const o = new Option(flags, description);
  if (spec.choices) o.choices(spec.choices);
  else if (/[<[]/.test(flags)) {
    const parse = spec.parse ?? nonEmpty;
    const flag = longFlag(flags);
    if (spec.repeatable) o.argParser((v: string, prev: unknown[] | undefined) => [...(prev ?? []), parse(v, flag)]);
    else o.argParser((v: string) => parse(v, flag));
  }
  if (d) {
    if (d.value !== undefined) o.default(d.value, d.text);
    o.defaultValueDescription = d.text;
  }
  return o;
}

/**
 * How help words an option or argument: `description (choices: a, b) (default: text)`,
 * every default the same way, whether commander holds its value or the command decides
 * it at run time. README's options tables have the same words (tests/cli/help.test.ts).
 */
export function describe(o: Pick<Option, 'description' | 'argChoices' | 'defaultValueDescription'>): string {
  const choices = o.argChoices ? ` (choices: ${o.argChoices.join(', ')})` : '';
  const dflt = o.defaultValueDescription ? ` (default: ${o.defaultValueDescription})` : '';
  return `${o.description ?? ''}${choices}${dflt}`;
}

/** Any value but an empty (or all-blank) one: `--config ''` must not silently mean "no config". */
const nonEmpty: ValueParser = (value, flag) => {
  if (value.trim() === '') throw new LetgoError(ExitCode.Usage, `${flag} needs a value, got an empty one`);
  return value;
};

/** A YYYY-MM month ({@link parseMonth}; `''` is no month). */
export const month: ValueParser = (value, flag) => parseMonth(value, flag);

/** A YYYY-MM-DD calendar date ({@link parseDate}). */
export const date: ValueParser = (value, flag) => parseDate(value, flag);

/**
 * A whole number from `min` to `max`, written in decimal digits only: `0x10`, `1e3`,
 * `' 3 '`, `+3` and `3.0` are refused (Number() would take them all).
 */
export function wholeNumber(min: number, max: number): ValueParser {
  return (value, flag) => {
    const n = /^[0-9]{1,9}$/.test(value) ? Number(value) : NaN;
    if (!(n >= min && n <= max)) throw new LetgoError(ExitCode.Usage, `${flag} "${value}" must be a whole number from ${min} to ${max}`);
    return n;
  };
}

/**
 * Trend length in months: at least 1 (the window's own month); at most 120, ten years,
 * which the trend shows as quarters (docs/definitions.md "Window and trend"); a larger
 * value only costs memory (`--trend 1e9` once ran out of memory after 40 s).
 */
export const TREND_MONTHS = { min: 1, max: 120, default: 6 } as const;

/**
 * `--jobs`: git processes at once. Each job runs a `git log` and a `git cat-file`, so 64
 * is already far past the cores of any machine letgo runs on; more only costs memory
 * and file descriptors.
 */
export const JOBS = { min: 1, max: 64, default: 2 } as const;

/** Output formats of `letgo explain`: text for a terminal, JSON (core/explain.ts Explanation), CSV for a spreadsheet. */
export const EXPLAIN_FORMATS = ['table', 'json', 'csv'] as const;

/**
 * `--reviews <file>` (repeatable): pull-request reviews exported with the GitHub CLI
 * beforehand (README "Lead by example"; read by reviewsFile.ts, never fetched).
 */
export function reviewsOption(): Option {
  return option('--reviews <file>', 'pull-request reviews exported with gh (README: Lead by example), read offline (repeatable)', { repeatable: true });
}
