/**
 * Patterns from the config (tier rule messages, path globs of tiers and kinds, bot
 * globs), compiled so that they match in time linear in the text: a repository supplies
 * the text (paths, subjects, author names), so a pattern that backtracks (`(a+)+$` on one
 * subject took 10-164 s, a glob of 8 stars on a 60-character path 18 s) would let it hang
 * a scan. Both kinds run on RE2 (`re2js`, a JavaScript port of Google's RE2, which has no
 * backtracking): regular expressions in RE2's syntax (JavaScript's, less lookaround and
 * backreferences), globs in picomatch's syntax, translated by picomatch to a regular
 * expression and run by RE2.
 *
 * letgo's own default globs stay on picomatch's JavaScript regular expressions: they are
 * linear (a test times them on 100,000-character names) and several times faster.
 */
import picomatch from 'picomatch';
import { RE2JS } from 're2js';

/** A compiled pattern: true when it matches `text`. */
export type Matcher = (text: string) => boolean;

/**
 * The zero-width assertions picomatch writes around `*`, `**` and `?` (with `dot: true`),
 * which RE2 does not support: "this segment is not `.` or `..`" and "a character
 * follows". git never records a `.` or `..` path segment, nor an empty one, so for paths
 * dropping them changes no match; for names and emails only text with such segments
 * (`a/../b`) could differ.
 */
const PICOMATCH_ASSERTIONS = ['(?!(?:^|\\/)\\.{1,2}(?:\\/|$))', '(?!\\.{1,2}(?:\\/|$))', '(?!\\.{0,1}(?:\\/|$))', '(?=.)'];

/**
 * Compiles a config regular expression (RE2 syntax) to a linear-time search (matches
 * anywhere in the text, like `RegExp.test`).
 * @throws Error with RE2's reason when the expression is not valid RE2 (lookaround, backreferences)
 */
export function compileRegex(source: string, opts: { caseInsensitive: boolean }): Matcher {
  const re = RE2JS.compile(RE2JS.translateRegExp(source), opts.caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0);
  return (text) => re.test(text);
}

/**
 * Compiles config globs (picomatch syntax, `dot: true`) to one linear-time matcher of the
 * whole text; an empty list matches nothing.
 * @throws Error naming the glob when picomatch's translation needs a feature RE2 lacks (a negated extglob such as `!(x)`)
 */
export function compileGlobs(globs: readonly string[], opts: { nocase: boolean }): Matcher {
  const res = globs.map((glob) => {
    let source = picomatch.makeRe(glob, { dot: true, nocase: opts.nocase }).source;
    for (const a of PICOMATCH_ASSERTIONS) source = source.split(a).join('');
    try {
      return RE2JS.compile(source, opts.nocase ? RE2JS.CASE_INSENSITIVE : 0);
    } catch (e) {
      throw new Error(`glob "${glob}" cannot be matched in linear time (${(e as Error).message})`, { cause: e });
    }
  });
  return (text) => res.some((re) => re.test(text));
}
