/**
 * Errors with a documented exit code. The CLI prints `letgo: <message>` on one line and
 * exits with `code`; nothing else in letgo prints a stack trace for bad input.
 */

/** Exit codes, listed in README.md "Exit codes". */
export const ExitCode = {
  /** Success. */
  Ok: 0,
  /** An unexpected internal error (a bug: please report it). */
  Internal: 1,
  /** Bad command-line usage: unknown option, invalid date or month, bad number. */
  Usage: 2,
  /** A path that does not exist, or holds no git repository. */
  NoRepository: 3,
  /** The config file is missing, not JSON, or fails validation. */
  Config: 4,
  /** The manager matches no author of the scanned repositories. */
  UnknownManager: 5,
  /** Nothing to report: empty repositories or no commit in the window. */
  NoCommits: 6,
  /** git is not installed or failed in an unexpected way. */
  Git: 7,
  /** A report or facts file to read is missing, malformed or of another version. */
  BadInput: 8,
  /** An output could not be written (a full disk on stdout too). */
  Output: 9,
  /**
   * Standard output was closed before everything was written (`letgo scan | head -c1`):
   * the status a shell reports for a Unix tool that SIGPIPE ended (128 + 13), no message.
   */
  BrokenPipe: 141,
} as const;

/** One of {@link ExitCode}'s values. */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** An error caused by the user's input: carries its exit code and a one-line message naming the input and what to do. */
export class LetgoError extends Error {
  constructor(
    readonly code: ExitCodeValue,
    message: string
  ) {
    super(message);
    this.name = 'LetgoError';
  }
}

/**
 * `text` with every control character (C0, DEL, C1, and the Unicode line and paragraph
 * separators) written as a visible escape (`\n`, `\r`, `\t`, `\u001b`...), so a value
 * echoed in a message (a path, a month, a repository's name) can neither start a second,
 * fake `letgo:` line nor move the terminal's cursor.
 */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
