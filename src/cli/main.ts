/**
 * The `letgo` command line: argument parsing (commander), exit codes, one-line errors.
 * Each command's module is loaded only when that command runs (start-up time).
 */
import { Argument, Command, CommanderError, type Option } from 'commander';
import { ExitCode, LetgoError } from '../core/errors.js';
import { type CliIo, invocation, processIo, say } from './io.js';
import { date, describe, EXPLAIN_FORMATS, JOBS, month, option, type OptionDefault, reviewsOption, TREND_MONTHS, wholeNumber } from './options.js';
import { FORMATS, REVIEW_FILE } from './render.js';
import { NOTEBOOK_LINE_MODES } from '../core/notebook/types.js';
import { PROGRESS_MODES } from './progress.js';
import { EXPORT_FORMATS } from './exportFormats.js';
import { VERSION } from './version.js';

/**
 * The options `scan` and `merge` share: who, which window, which config, how to print.
 * `defaults` words each default in the help; `trend` is the default trend length, or
 * undefined when it comes from the first scan.
 */
function analysisOptions(cmd: Command, defaults: { manager: string; config: string; window: string; trend?: OptionDefault }): Command {
  return cmd
    .addOption(option('--manager <email|name>', 'you, as an email or full name in git (repeatable)', { default: { text: defaults.manager }, repeatable: true }))
    .addOption(option('--config <file>', 'config file', { default: { text: defaults.config } }))
    .addOption(option('--month <YYYY-MM>', 'the month to report', { default: { text: defaults.window }, parse: month }))
    .addOption(option('--since <YYYY-MM-DD>', 'window start (inclusive)', { default: { text: 'the first day of --until’s month' }, parse: date }))
    .addOption(option('--until <YYYY-MM-DD>', 'window end (inclusive)', { default: { text: 'today, with --since' }, parse: date }))
    .addOption(
      option('--trend <months>', `months of trend, ${TREND_MONTHS.min} to ${TREND_MONTHS.max}`, {
        default: defaults.trend ?? { text: 'the first scan’s' },
        parse: wholeNumber(TREND_MONTHS.min, TREND_MONTHS.max),
      })
    )
    .addOption(option('--team-detail', 'list team members by name (off: the report is a self-review, not a ranking)'))
    .addOption(formatOption({ text: 'table on a terminal, else json' }));
}

/** `--format`: render.ts's formats, and where HTML goes on a terminal (a file, see render.ts). */
function formatOption(dflt: OptionDefault): Option {
  return option('--format <format>', `output format; html on a terminal goes to ${REVIEW_FILE} here`, { choices: FORMATS, default: dflt });
}

/** The letgo program; `argv` is the command line it parses (commands word their next step from it). */
function program(io: CliIo, argv: readonly string[]): Command {
  const cmd = new Command('letgo')
    .description('How much hands-on notebook and code work you, the manager, still commit compared with your team.')
    .version(VERSION)
    .exitOverride()
    .configureHelp({ optionDescription: describe, argumentDescription: describe })
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: () => undefined });

  const scan = cmd
    .command('scan')
    .description('scan repositories (or folders of repositories) and report your hands-on share against a fair share')
    .addArgument(new Argument('[paths...]', 'repositories, or folders whose subfolders (to depth 3) hold repositories').default([], 'the current folder'));
  analysisOptions(scan, {
    manager: 'the config’s manager, then git config user.email',
    config: 'letgo.config.json in the current folder, if present',
    window: 'the last full calendar month',
    trend: { value: TREND_MONTHS.default, text: String(TREND_MONTHS.default) },
  })
    .addOption(option('--all-branches', 'walk local branches and tags, not only HEAD'))
    .addOption(option('--out <dir>', 'write report.json, facts.jsonl and repos.json into this folder'))
    .addOption(reviewsOption())
    .addOption(
      option('--jobs <n>', `git log processes at once, ${JOBS.min} to ${JOBS.max}: repositories side by side, and each history split across them`, {
        default: { value: JOBS.default, text: String(JOBS.default) },
        parse: wholeNumber(JOBS.min, JOBS.max),
      })
    )
    .addOption(option('--cache-dir <dir>', 'folder of the fact cache', { default: { text: '$XDG_CACHE_HOME/letgo, else ~/.cache/letgo' } }))
    .addOption(option('--no-cache', 'read every commit from git; neither read nor write the fact cache'))
    .addOption(
      option('--notebook-lines <mode>', 'count notebook churn by cell source or by git JSON lines', {
        choices: NOTEBOOK_LINE_MODES,
        default: { text: 'the config’s notebooks.lines, else cells' },
      })
    )
    .addOption(option('--quiet', 'no progress bar and no warnings on stderr'))
    .addOption(
      option('--progress <mode>', 'progress on stderr: a bar on a terminal, JSON lines for programs, or none', {
        choices: PROGRESS_MODES,
        default: { value: 'auto', text: 'auto' },
      })
    )
    .action(async (paths: string[], opts) => (await import('./commands/scan.js')).scanCommand(paths, opts, io, argv));

  const merge = cmd
    .command('merge')
    .description('union the facts of several scans (e.g. one CI job per repository) and report on the union')
    .argument('<dirs...>', 'scan folders written by letgo scan --out')
    .addOption(option('--out <dir>', 'folder for the merged report.json, facts.jsonl and repos.json (required)'));
  analysisOptions(merge, {
    manager: 'the manager of the first scan',
    config: 'letgo.config.json in the current folder, if present',
    window: 'the first scan’s window',
  })
    .addOption(option('--quiet', 'no warnings on stderr'))
    .action(async (dirs: string[], opts) => (await import('./commands/merge.js')).mergeCommand(dirs, opts, io, argv));

  cmd
    .command('report')
    .description('render a saved scan as the monthly self-review without scanning again')
    .addOption(option('--in <dir>', 'folder written by letgo scan --out', { default: { value: 'letgo-report', text: 'letgo-report' } }))
    .addOption(option('--month <YYYY-MM>', 'another month, analysed from the saved facts', { default: { text: 'the scan’s month' }, parse: month }))
    .addOption(formatOption({ value: 'md', text: 'md' }))
    .addOption(option('--out <file>', 'write the page to this file (Markdown charts as SVG files beside it)'))
    .addOption(option('--config <file>', 'config file (for another --month)', { default: { text: 'letgo.config.json in the current folder, if present' } }))
    .action(async (opts) => (await import('./commands/report.js')).reportCommand(opts, io, argv));

  cmd
    .command('explain')
    .description('list the commits behind each number of a saved scan, or say why a file is the kind and tier it is and who owns it')
    .addOption(option('--in <dir>', 'folder written by letgo scan --out', { default: { value: 'letgo-report', text: 'letgo-report' } }))
    .addOption(option('--path <file>', 'explain this file instead: a path in a scanned repository, or REPO/PATH'))
    .addOption(option('--format <format>', 'output format', { choices: EXPLAIN_FORMATS, default: { text: 'table on a terminal, else json' } }))
    .addOption(option('--team-detail', 'list each team member’s hands-on commits (off: the team’s total only)'))
    .addOption(
      option('--config <file>', 'config file (its rules name each file’s kind and tier)', {
        default: { text: 'letgo.config.json in the current folder, if present' },
      })
    )
    .action(async (opts) => (await import('./commands/explain.js')).explainCommand(opts, io));

  cmd
    .command('init')
    .description('write a commented starting letgo.config.json and its JSON Schema')
    .addArgument(new Argument('[paths...]', 'repositories to propose the roster from').default([], 'the current folder'))
    .addOption(option('--manager <email|name>', 'you (repeatable)', { default: { text: 'git config user.email' }, repeatable: true }))
    .addOption(option('--force', 'replace an existing letgo.config.json'))
    .action(async (paths: string[], opts) => (await import('./commands/init.js')).initCommand(paths, opts, io));

  cmd
    .command('demo')
    .description('build a realistic demo team repository in a temp folder, scan it, and remove the folder')
    .addOption(formatOption({ text: 'table on a terminal, else json' }))
    .addOption(option('--out <dir>', 'also write report.json, facts.jsonl and repos.json here'))
    .addOption(option('--dir <dir>', 'build the demo repository here, and keep it', { default: { text: 'a temp folder, removed after the scan' } }))
    .addOption(option('--team-detail', 'list team members by name'))
    .addOption(option('--quiet', 'no messages on stderr'))
    .action(async (opts) => {
      await (await import('./commands/demo.js')).demoCommand(opts, io, argv);
    });

  cmd
    .command('export')
    .description("write a saved scan's facts as a table (Parquet, CSV or JSON Lines) for pandas, Polars, DuckDB or a spreadsheet")
    .addOption(option('--in <dir>', 'folder written by letgo scan --out', { default: { value: 'letgo-report', text: 'letgo-report' } }))
    .addOption(option('--format <format>', 'table format', { choices: EXPORT_FORMATS, default: { value: 'parquet', text: 'parquet' } }))
    .addOption(option('--out <file>', 'the file to write (required)'))
    .action(async (opts) => (await import('./commands/export.js')).exportCommand(opts, io));

  // A usage error names the command whose help to read.
  for (const sub of cmd.commands) {
    sub.exitOverride((err) => {
      usageCommand.set(err, sub.name());
      throw err;
    });
  }
  return cmd;
}

/** The subcommand a commander error came from (its help is the one to point at). */
const usageCommand = new WeakMap<CommanderError, string>();

/**
 * A commander usage error as one line: `unknown option '--mangaer' (did you mean
 * --manager?); see 'letgo scan --help'`. Commander puts its suggestion on a second line.
 */
function usageLine(e: CommanderError, io: CliIo): string {
  const what = e.message
    .replace(/^error: /, '')
    .replace(/\n\(Did you mean/g, ' (did you mean')
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    .replace(/\.$/, '');
  const sub = usageCommand.get(e);
  return `${what}; see '${invocation(io)}${sub ? ` ${sub}` : ''} --help'`;
}

/**
 * Runs the CLI with `argv` (without node and script) and returns the exit code; never
 * throws for bad input: prints one `letgo: <message>` line on stderr instead, with the
 * control characters of echoed input escaped ({@link say}).
 */
export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  try {
    await program(io, argv).parseAsync(argv, { from: 'user' });
    return ExitCode.Ok;
  } catch (e) {
    if (e instanceof LetgoError) {
      say(io, e.message);
      return e.code;
    }
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return ExitCode.Ok;
      say(io, usageLine(e, io));
      return ExitCode.Usage;
    }
    io.stderr(`letgo: internal error: ${(e as Error).stack ?? String(e)}\nPlease report this with the command you ran.\n`);
    return ExitCode.Internal;
  }
}

/**
 * Entry point of bin/letgo.js: runs the CLI, waits until stdout and stderr have taken
 * everything written, then exits with its code. Exiting explicitly skips V8's heap
 * teardown, 15-20 ms of a warm scan (measured on the bench's notebook-heavy repository);
 * every command has finished its work (git children, files) when runCli returns.
 */
export async function main(): Promise<void> {
  const code = await runCli(process.argv.slice(2));
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}

/** Resolves once everything written to `stream` before is handed to the OS (a pipe on macOS is asynchronous), or the stream failed. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) resolve();
    else stream.write('', () => resolve());
  });
}
