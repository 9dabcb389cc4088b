/**
 * Every command the CLI suggests works when copied: after
 * each terminal summary the suggested HTML review command is run exactly as printed, from
 * the same folder, and must write the review to a file (never HTML into a terminal) and
 * say where. Off a terminal, `--format html` still prints the page on stdout.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'shell-quote';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { ExitCode } from '../../src/core/errors.js';
import { lines, makeRepo, notebook, tempDir } from '../helpers/repos.js';
import { captureIo, type CliRun, ROOT } from './cliHelpers.js';

const MIA = { name: 'Mia Boss', email: 'mia@corp.io' };
const ANN = { name: 'Ann Dev', email: 'ann@corp.io' };
const BO = { name: 'Bo Dev', email: 'bo@corp.io' };

/** Runs `letgo ARGS` in-process as on a terminal (stdout is a TTY). */
async function onTerminal(args: string[], cwd: string): Promise<CliRun> {
  const io = { ...captureIo(cwd), stdoutIsTty: true };
  const code = await runCli(args, io);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}

/** The command after "Full review with charts: " on the summary's last line, split as a shell would. */
function hint(run: CliRun): string[] {
  expect(run.code, run.stderr).toBe(ExitCode.Ok);
  const last = run.stdout.trimEnd().split('\n').pop()!;
  const m = /^Full review with charts: (.+)$/.exec(last);
  expect(m, last).not.toBeNull();
  const words = parse(m![1]!);
  expect(
    words.every((w) => typeof w === 'string'),
    m![1]
  ).toBe(true);
  return words as string[];
}

/** Runs a suggested command (in-process, as on a terminal) and checks it wrote the HTML review it names. */
async function runsAndWritesReview(words: string[], cwd: string, month: string): Promise<void> {
  expect(words[0]).toBe('letgo');
  const run = await onTerminal(words.slice(1), cwd);
  expect(run.code, run.stderr).toBe(ExitCode.Ok);
  expect(run.stdout).toBe('');
  const file = path.join(cwd, `letgo-review-${month}.html`);
  expect(run.stderr).toContain(`letgo: wrote the review to ${file}`);
  const html = readFileSync(file, 'utf8');
  expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  expect(html.trimEnd().endsWith('</html>')).toBe(true);
}

let work: string;
beforeAll(async () => {
  work = tempDir();
  await makeRepo(
    [
      { author: ANN, date: '2026-09-07T10:00:00+02:00', message: 'start', files: { 'src/a.py': lines(10, 'a') } },
      { author: BO, date: '2026-09-14T10:00:00+02:00', message: 'nb', files: { 'notebooks/eda.ipynb': notebook([['x = 1']]) } },
      { author: MIA, date: '2026-10-05T09:00:00+02:00', message: 'cells', files: { 'notebooks/eda.ipynb': notebook([['x = 1'], ['z = 3']]) } },
      { author: ANN, date: '2026-10-06T10:00:00+02:00', message: 'more', files: { 'src/a.py': lines(15, 'a') } },
      { author: BO, date: '2026-10-13T10:00:00+02:00', message: 'util', files: { 'src/b.py': lines(7, 'u') } },
    ],
    'team repo',
    work
  );
});

describe('the next command after a terminal summary', () => {
  it('after a scan without --out: the same scan with --format html, from the same folder', async () => {
    const cwd = tempDir();
    const rel = path.relative(cwd, path.join(work, 'team repo'));
    const words = hint(await onTerminal(['scan', rel, '--manager', MIA.email, '--month', '2026-10', '--no-cache'], cwd));
    expect(words).toEqual(['letgo', 'scan', rel, '--manager', MIA.email, '--month', '2026-10', '--no-cache', '--format', 'html']);
    await runsAndWritesReview(words, cwd, '2026-10');
  });

  it('after a scan with --out (and --format table given): letgo report --in that folder', async () => {
    const cwd = tempDir();
    const words = hint(
      await onTerminal(['scan', path.join(work, 'team repo'), '--format=table', '--manager', MIA.email, '--month', '2026-10', '--out', 'saved scan'], cwd)
    );
    expect(words).toEqual(['letgo', 'report', '--in', 'saved scan', '--format', 'html']);
    await runsAndWritesReview(words, cwd, '2026-10');
    // And `letgo report --format table` suggests its own HTML form.
    const again = hint(await onTerminal(['report', '--in', 'saved scan', '--format', 'table'], cwd));
    expect(again).toEqual(['letgo', 'report', '--in', 'saved scan', '--format', 'html']);
  });

  it('after letgo merge: letgo report --in the merged folder', async () => {
    const cwd = tempDir();
    const scanned = await onTerminal(
      ['scan', path.join(work, 'team repo'), '--manager', MIA.email, '--month', '2026-10', '--out', 'part-a', '--format', 'json'],
      cwd
    );
    expect(scanned.code, scanned.stderr).toBe(ExitCode.Ok);
    const words = hint(await onTerminal(['merge', 'part-a', '--out', 'all', '--format', 'table'], cwd));
    expect(words).toEqual(['letgo', 'report', '--in', 'all', '--format', 'html']);
    await runsAndWritesReview(words, cwd, '2026-10');
  });

  it('after letgo demo: letgo demo --format html', async () => {
    const cwd = tempDir();
    const words = hint(await onTerminal(['demo', '--quiet'], cwd));
    expect(words).toEqual(['letgo', 'demo', '--quiet', '--format', 'html']);
    await runsAndWritesReview(words, cwd, '2026-10'); // the last full month before NOW (2026-11-15)
  });

  it('a hint from the binary names it as it was run, and runs in a shell', () => {
    const bin = path.join(ROOT, 'bin', 'letgo.js');
    const repo = path.join(work, 'team repo');
    const r = spawnSync(process.execPath, [bin, 'scan', repo, '--manager', MIA.email, '--month', '2026-10', '--no-cache', '--format', 'table'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(ExitCode.Ok);
    const command = /^Full review with charts: (.+)$/m.exec(r.stdout)![1]!;
    expect(command.startsWith('node bin/letgo.js scan ')).toBe(true);
    // Off a terminal the page goes to stdout (for `> review.html`), so nothing is written to ROOT.
    const sh = spawnSync('sh', ['-c', command], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(sh.status, sh.stderr).toBe(ExitCode.Ok);
    expect(sh.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(existsSync(path.join(ROOT, 'letgo-review-2026-10.html'))).toBe(false);
    // The Python package's `letgo` command runs the bundle's run.js: the user typed `letgo`.
    const viaPython = spawnSync(
      process.execPath,
      [path.join(ROOT, 'lib', 'bin', 'run.js'), 'scan', repo, '--manager', MIA.email, '--month', '2026-10', '--no-cache', '--format', 'table'],
      { cwd: ROOT, encoding: 'utf8' }
    );
    expect(viaPython.status, viaPython.stderr).toBe(ExitCode.Ok);
    expect(viaPython.stdout).toMatch(/^Full review with charts: letgo scan /m);
  });
});

describe('HTML on a terminal goes to a file', () => {
  it('a --since/--until window names the file by its dates; a folder that cannot be written is exit 9', async () => {
    const cwd = tempDir();
    const repo = path.join(work, 'team repo');
    const run = await onTerminal(
      ['scan', repo, '--manager', MIA.email, '--since', '2026-10-01', '--until', '2026-10-20', '--format', 'html', '--no-cache'],
      cwd
    );
    expect(run.code, run.stderr).toBe(ExitCode.Ok);
    expect(run.stdout).toBe('');
    expect(existsSync(path.join(cwd, 'letgo-review-2026-10-01_2026-10-20.html'))).toBe(true);
    const blocked = await onTerminal(
      ['scan', repo, '--manager', MIA.email, '--month', '2026-10', '--format', 'html', '--no-cache'],
      path.join(cwd, 'letgo-review-2026-10-01_2026-10-20.html')
    );
    expect(blocked.code).toBe(ExitCode.Output);
    expect(blocked.stderr).toMatch(/^letgo: cannot write [^\n]*\n$/);
  });
});
