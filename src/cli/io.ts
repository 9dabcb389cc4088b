/**
 * The CLI's view of its process: streams, terminal detection, clock and working
 * folder, injectable so tests run commands in-process.
 */
import path from 'node:path';
import { ExitCode, escapeControl } from '../core/errors.js';
import { shellWord } from '../core/shell.js';

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
  /** How the user ran letgo, for commands the CLI suggests: "letgo" (default), or "node bin/letgo.js". */
  invokedAs?: string;
  /**
   * Asks the user a question on the terminal and resolves with the line typed; absent when
   * stdin or stderr is not a terminal (a non-interactive run must not wait for input).
   */
  ask?: (question: string) => Promise<string>;
}

/** The command that runs letgo as the user ran it ({@link CliIo.invokedAs}, default "letgo"). */
export function invocation(io: Pick<CliIo, 'invokedAs'>): string {
  return io.invokedAs ?? 'letgo';
}

/**
 * How the user started letgo: `node` and the script's path relative to `cwd` when they
 * ran a checkout's `bin/letgo.js` with node (README's `node bin/letgo.js ...`); "letgo"
 * otherwise: an npm-installed bin named `letgo`, or the Python package's `letgo` command,
 * which runs the bundle's `run.js`.
 */
function invokedAs(script: string | undefined, cwd: string): string {
  if (!script || path.basename(script) !== 'letgo.js') return 'letgo';
  const rel = path.relative(cwd, script);
  return `node ${shellWord(rel.startsWith('..') || path.isAbsolute(rel) ? script : rel)}`;
}

/**
 * Prints one `letgo: <text>` line on stderr, every control character of `text` escaped
 * ({@link escapeControl}): the one way letgo's messages (errors, warnings, notes) are
 * printed, so that a path, month or repository string in them cannot start a second line.
 */
export function say(io: Pick<CliIo, 'stderr'>, text: string): void {
  io.stderr(`letgo: ${escapeControl(text)}\n`);
}

/**
 * The real process. A failed write to stdout ends the process at once: EPIPE (the reader
 * went away, `letgo scan | head -c1`) quietly with {@link ExitCode.BrokenPipe}, as a Unix
 * tool ended by SIGPIPE; any other error (ENOSPC on `> /dev/full`) with one line and
 * {@link ExitCode.Output}. Exit handlers still run (git children are ended, scan/git.ts).
 */
export function processIo(): CliIo {
  if (process.stdout.listenerCount('error') === 0) process.stdout.on('error', stdoutFailed);
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    stdoutIsTty: Boolean(process.stdout.isTTY),
    stderrIsTty: Boolean(process.stderr.isTTY),
    now: () => new Date(),
    cwd: process.cwd(),
    invokedAs: invokedAs(process.argv[1], process.cwd()),
    ...(process.stdin.isTTY && process.stderr.isTTY ? { ask } : {}),
  };
}

/** One line read from the terminal after `question` on stderr. */
async function ask(question: string): Promise<string> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

function stdoutFailed(e: NodeJS.ErrnoException): void {
  if (e.code === 'EPIPE') process.exit(ExitCode.BrokenPipe);
  process.stderr.write(`letgo: cannot write to standard output: ${escapeControl(e.message)}; free some space or redirect it elsewhere\n`);
  process.exit(ExitCode.Output);
}
