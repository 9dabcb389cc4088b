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
  /** An output could not be written. */
  Output: 9,
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
