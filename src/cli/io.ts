/**
 * The CLI's view of its process: streams, terminal detection, clock and working
 * folder, injectable so tests run commands in-process.
 */

/** Where a command reads and writes. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stdout is a terminal (default format: table). */
  stdoutIsTty: boolean;
  /** True when stderr is a terminal (progress bar). */
  stderrIsTty: boolean;
  /** Current time (window defaults, generatedAt). */
  now: () => Date;
  cwd: string;
}

/** The real process. */
export function processIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    stdoutIsTty: Boolean(process.stdout.isTTY),
    stderrIsTty: Boolean(process.stderr.isTTY),
    now: () => new Date(),
    cwd: process.cwd(),
  };
}
