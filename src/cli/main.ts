/**
 * The `letgo` command line: argument parsing (commander), exit codes, one-line errors.
 * Each command's module is loaded only when that command runs (start-up time).
 */
import { Command, CommanderError, Option } from 'commander';
import { ExitCode, LetgoError } from '../core/errors.js';
import { type CliIo, processIo } from './io.js';
import { PROGRESS_MODES } from './progress.js';
import { VERSION } from './version.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/**
 * The options `scan` and `merge` share: who, which window, which config, how to print.
 * `defaults` words each default in the help; `trend` is the default trend length, or
 * undefined when it comes from the first scan.
 */
function analysisOptions(cmd: Command, defaults: { manager: string; config: string; window: string; trend?: string }): Command {
  return cmd
    .option('--manager <email|name>', `you, as an email or full name in git (repeatable; default: ${defaults.manager})`, collect)
    .option('--config <file>', `config file (default: ${defaults.config})`)
    .option('--month <YYYY-MM>', `the month to report (default: ${defaults.window})`)
    .option('--since <YYYY-MM-DD>', 'window start (inclusive)')
    .option('--until <YYYY-MM-DD>', 'window end (inclusive)')
    .option('--trend <months>', defaults.trend ? 'months of trend' : "months of trend (default: the first scan's)", defaults.trend)
    .option('--team-detail', 'list team members by name (off: the report is a self-review, not a ranking)')
    .addOption(new Option('--format <format>', 'output format (default: table on a terminal, else json)').choices(['table', 'json', 'md', 'html']));
}

function program(io: CliIo): Command {
  const cmd = new Command('letgo')
    .description('How much hands-on notebook and code work you, the manager, still commit compared with your team.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: () => undefined });

  const scan = cmd
    .command('scan')
    .description('scan repositories (or folders of repositories) and report your hands-on share against a fair share')
    .argument('[paths...]', 'repositories, or folders whose subfolders (to depth 3) hold repositories', []);
  analysisOptions(scan, {
    manager: 'config, then git config user.email',
    config: 'letgo.config.json in the current folder, if present',
    window: 'the last full calendar month',
    trend: '6',
  })
    .option('--all-branches', 'walk local branches and tags, not only HEAD')
    .option('--out <dir>', 'write report.json, facts.jsonl and repos.json into this folder')
    .option('--jobs <n>', 'git log processes at once: repositories side by side, and each history split across them', '2')
    .option('--cache-dir <dir>', 'folder of the fact cache (default: $XDG_CACHE_HOME/letgo or ~/.cache/letgo)')
    .option('--no-cache', 'read every commit from git; neither read nor write the fact cache')
    .addOption(new Option('--notebook-lines <mode>', 'count notebook churn by cell source or by git JSON lines').choices(['cells', 'git']))
    .option('--quiet', 'no progress bar and no warnings on stderr')
    .addOption(new Option('--progress <mode>', 'progress on stderr: a bar on a terminal, JSON lines for programs, or none').choices(PROGRESS_MODES).default('auto'))
    .action(async (paths: string[], opts) => (await import('./commands/scan.js')).scanCommand(paths, opts, io));

  const merge = cmd
    .command('merge')
    .description('union the facts of several scans (e.g. one CI job per repository) and report on the union')
    .argument('<dirs...>', 'scan folders written by letgo scan --out')
    .option('--out <dir>', 'folder for the merged report.json, facts.jsonl and repos.json');
  analysisOptions(merge, {
    manager: 'the manager of the first scan',
    config: 'letgo.config.json in the current folder, if present',
    window: "the first scan's window",
  })
    .option('--quiet', 'no warnings on stderr')
    .action(async (dirs: string[], opts) => (await import('./commands/merge.js')).mergeCommand(dirs, opts, io));

  cmd
    .command('report')
    .description('render a saved scan as the monthly self-review (Markdown or HTML) without scanning again')
    .option('--in <dir>', 'folder written by letgo scan --out', 'letgo-report')
    .option('--month <YYYY-MM>', 'another month, analysed from the saved facts')
    .addOption(new Option('--format <format>', 'page format').choices(['md', 'html', 'json', 'table']).default('md'))
    .option('--out <file>', 'write the page to this file (Markdown charts as SVG files beside it)')
    .option('--config <file>', 'config file (for another --month)')
    .action(async (opts) => (await import('./commands/report.js')).reportCommand(opts, io));

  cmd
    .command('init')
    .description('write a commented starting letgo.config.json and its JSON Schema')
    .argument('[paths...]', 'repositories to propose the roster from', [])
    .option('--manager <email|name>', 'you (default: git config user.email)', collect)
    .option('--force', 'replace an existing letgo.config.json')
    .action(async (paths: string[], opts) => (await import('./commands/init.js')).initCommand(paths, opts, io));

  cmd
    .command('demo')
    .description('build a realistic demo team repository in a temp folder and scan it')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'md', 'html']))
    .option('--out <dir>', 'also write report.json, facts.jsonl and repos.json here')
    .option('--dir <dir>', 'build the demo repository here instead of a temp folder')
    .option('--team-detail', 'list team members by name')
    .option('--quiet', 'no messages on stderr')
    .action(async (opts) => {
      await (await import('./commands/demo.js')).demoCommand(opts, io);
    });
  return cmd;
}

/**
 * Runs the CLI with `argv` (without node and script) and returns the exit code; never
 * throws for bad input: prints `letgo: <message>` on stderr instead.
 */
export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  try {
    await program(io).parseAsync(argv, { from: 'user' });
    return ExitCode.Ok;
  } catch (e) {
    if (e instanceof LetgoError) {
      io.stderr(`letgo: ${e.message}\n`);
      return e.code;
    }
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return ExitCode.Ok;
      io.stderr(`letgo: ${e.message.replace(/^error: /, '')}; see 'letgo --help'\n`);
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
