/**
 * Option values, small mistakes and denial of service alike: every numeric option is
 * bounded and written in decimal digits, an empty value is refused, and a typo'd option
 * is one line pointing at the command's own help. Each case: exit 2, one stderr line
 * naming the option and the value, nothing on stdout, in bounded time (the value is
 * refused before any repository is read).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/core/errors.js';
import type { Report } from '../../src/core/report.js';
import { lines, makeRepo, notebook } from '../helpers/repos.js';
import { type CliRun, letgo, ROOT } from './cliHelpers.js';

const MIA = { name: 'Mia Boss', email: 'mia@corp.io' };
const ANN = { name: 'Ann Dev', email: 'ann@corp.io' };

let repo: string;
beforeAll(async () => {
  repo = await makeRepo([
    { author: ANN, date: '2026-09-07T10:00:00+02:00', message: 'start', files: { 'src/a.py': lines(10, 'a') } },
    { author: MIA, date: '2026-10-05T09:00:00+02:00', message: 'cells', files: { 'notebooks/eda.ipynb': notebook([['x = 1']]) } },
    { author: ANN, date: '2026-10-14T10:00:00+02:00', message: 'more', files: { 'src/a.py': lines(12, 'a') } },
  ]);
});

/** Asserts exit 2 and exactly one `letgo: ` line on stderr containing every mention; returns the line. */
function oneUsageLine(run: CliRun, ...mentions: string[]): string {
  expect(run.code, run.stderr).toBe(ExitCode.Usage);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^letgo: [^\n]+\n$/);
  for (const m of mentions) expect(run.stderr).toContain(m);
  return run.stderr.slice(0, -1);
}

async function timed(args: string[]): Promise<CliRun> {
  const start = performance.now();
  const run = await letgo(args, repo);
  expect(performance.now() - start, args.join(' ')).toBeLessThan(2_000);
  return run;
}

describe('numeric options', () => {
  const scanArgs = (...extra: string[]) => ['scan', repo, '--manager', MIA.email, '--month', '2026-10', '--format', 'json', '--no-cache', ...extra];

  it.each([
    ['--trend', '0'],
    ['--trend', '121'],
    ['--trend', '1e9'],
    ['--trend', '0x10'],
    ['--trend', ' 3 '],
    ['--trend', '+3'],
    ['--trend', '3.0'],
    ['--trend', '-1'],
    ['--trend', ''],
    ['--trend', '99999999999999999999'],
    ['--jobs', '0'],
    ['--jobs', '65'],
    ['--jobs', '0x10'],
    ['--jobs', ' 3 '],
    ['--jobs', '1e3'],
    ['--jobs', 'two'],
  ])('scan %s %j: exit 2, one line naming the bounds', async (flag, value) => {
    const line = oneUsageLine(await timed(scanArgs(`${flag}=${value}`)), flag, `"${value}"`);
    expect(line).toMatch(flag === '--trend' ? /from 1 to 120/ : /from 1 to 64/);
  });

  it('merge bounds --trend the same way', async () => {
    oneUsageLine(await timed(['merge', 'a', '--out', 'b', '--trend', '1000']), '--trend', '"1000"', 'from 1 to 120');
  });

  it('the bounds themselves are accepted: --trend 1 and 120, --jobs 1 and 64', async () => {
    for (const extra of [
      ['--trend', '1'],
      ['--trend', '120', '--jobs', '64'],
      ['--jobs', '1'],
    ]) {
      const run = await letgo(scanArgs(...extra), repo);
      expect(run.code, run.stderr).toBe(ExitCode.Ok);
      const report = JSON.parse(run.stdout) as Report;
      expect(report.options.trendMonths).toBe(extra[0] === '--trend' ? Number(extra[1]) : 6);
    }
  });
});

describe('empty values', () => {
  it.each([
    [['scan', '--month', ''], '--month', '""'],
    [['scan', '--since', ''], '--since', '""'],
    [['scan', '--until', ''], '--until', '""'],
    [['scan', '--config', ''], '--config', 'empty'],
    [['scan', '--out', ' '], '--out', 'empty'],
    [['scan', '--manager', ''], '--manager', 'empty'],
    [['scan', '--cache-dir', ''], '--cache-dir', 'empty'],
    [['report', '--month', ''], '--month', '""'],
    [['report', '--in', ''], '--in', 'empty'],
    [['merge', 'a', '--out', ''], '--out', 'empty'],
    [['demo', '--dir', ''], '--dir', 'empty'],
  ])('%j is refused, not read as "no value"', async (args, flag, mention) => {
    oneUsageLine(await timed(args), flag, mention);
  });
});

describe('usage errors from the parser', () => {
  it("a typo'd option: one line with the suggestion and the command's own help", async () => {
    const line = oneUsageLine(await timed(['scan', repo, '--mangaer', MIA.email]));
    expect(line).toBe("letgo: unknown option '--mangaer' (did you mean --manager?); see 'letgo scan --help'");
    expect(oneUsageLine(await timed(['report', '--fromat', 'md']))).toBe(
      "letgo: unknown option '--fromat' (did you mean --format?); see 'letgo report --help'"
    );
    expect(oneUsageLine(await timed(['scn']))).toBe("letgo: unknown command 'scn' (did you mean scan?); see 'letgo --help'");
  });

  it("the help it points at is there: the suggested command runs and prints that command's help", async () => {
    const line = oneUsageLine(await timed(['merge', 'a', '--outt', 'b']));
    const [, command] = /see '(letgo [^']+)'$/.exec(line)!;
    const help = await letgo(command!.split(' ').slice(1), repo);
    expect(help.code).toBe(ExitCode.Ok);
    expect(help.stdout).toMatch(/^Usage: letgo merge /);
  });

  it('a bad choice, a missing value or argument, an extra argument: one line each, no stray period', async () => {
    for (const args of [['report', '--format', 'pdf'], ['scan', '--month'], ['merge'], ['report', 'extra']]) {
      const line = oneUsageLine(await timed(args));
      expect(line).toMatch(new RegExp(`[^.]; see 'letgo ${args[0]} --help'$`));
    }
  });

  it('the binary prints the same single line', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'letgo.js'), 'scan', '--mangaer', 'x'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(ExitCode.Usage);
    expect(r.stderr).toMatch(/^letgo: unknown option '--mangaer' \(did you mean --manager\?\); see '[^'\n]* scan --help'\n$/);
  });
});
