/**
 * Command lines letgo prints for the user to copy (the CLI's hints, the panel's "no report
 * yet" commands): each word quoted for a POSIX shell
 * (sh, bash, zsh) only when it needs it, the rule of Python's `shlex.quote`: a word of
 * letters, digits and `@%+=:,./-_` stays as it is (an email, a path, a month); anything
 * else is put in single quotes, a `'` in it written as `'"'"'`.
 */

const SAFE = /^[\w@%+=:,./-]+$/;

/** One word for a POSIX shell. */
export function shellWord(word: string): string {
  return SAFE.test(word) ? word : `'${word.replace(/'/g, `'"'"'`)}'`;
}

/** Words joined into a command line a POSIX shell splits back into the same words. */
export function shellLine(words: readonly string[]): string {
  return words.map(shellWord).join(' ');
}
