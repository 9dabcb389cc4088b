/**
 * Bad input (docs/definitions.md "Rules for every part"): each case gets
 * one line on stderr starting with `letgo: ` that names the input and says what to do,
 * the documented exit code, no stack trace, and no output folder or partial file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/core/errors.js';
import type { Fact } from '../../src/core/facts.js';
import type { Report } from '../../src/core/report.js';
import type { CommitSpec } from '../../src/demo/repoBuilder.js';
import { lines, makeRepo, notebook, tempDir } from '../helpers/repos.js';
import { expectOneLineError, git, letgo, objectTotal, ROOT } from './cliHelpers.js';

const MIA = { name: 'Mia Boss', email: 'mia@corp.io' };
const ANN = { name: 'Ann Dev', email: 'ann@corp.io' };
const BO = { name: 'Bo Dev', email: 'bo@corp.io' };

/** A small team in September and October 2026; the last two commits are in October, Mia's last. */
function commits(): CommitSpec[] {
  return [
    { author: ANN, date: '2026-09-07T10:00:00+02:00', message: 'start', files: { 'src/a.py': lines(10, 'a'), 'README.md': '# team\n' } },
    { author: BO, date: '2026-09-14T10:00:00+02:00', message: 'nb', files: { 'notebooks/eda.ipynb': notebook([['x = 1', 'y = 2']]) } },
    { author: MIA, date: '2026-10-05T09:00:00+02:00', message: 'cells', files: { 'notebooks/eda.ipynb': notebook([['x = 1', 'y = 2'], ['z = 3']]) } },
    { author: ANN, date: '2026-10-06T10:00:00+02:00', message: 'more', files: { 'src/a.py': lines(10, 'a') + lines(5, 'b') } },
    { author: BO, date: '2026-10-13T10:00:00+02:00', message: 'util', files: { 'src/b.py': lines(7, 'u') } },
    { author: ANN, date: '2026-10-14T10:00:00+02:00', message: 'more', files: { 'src/a.py': lines(10, 'a') + lines(8, 'b') } },
    { author: MIA, date: '2026-10-20T11:00:00+02:00', message: 'fix', files: { 'src/b.py': lines(7, 'u') + lines(2, 'm') } },
  ];
}

/** Asserts that `--out DIR` left nothing behind: no folder, so no partial or temp file. */
function expectNoOutput(out: string): void {
  expect(existsSync(out), `${out} should not exist`).toBe(false);
}

describe('letgo scan: bad input, one line each, documented exit codes', () => {
  let repo: string;
  let work: string;
  const scanArgs = (...extra: string[]): string[] => ['scan', repo, '--format', 'json', '--manager', MIA.email, ...extra];
  beforeAll(async () => {
    repo = await makeRepo(commits(), 'team');
    work = tempDir('letgo-cli-errors-');
  }, 60_000);

  it('accepts the good input (the baseline the other cases break)', async () => {
    const out = path.join(work, 'ok-out');
    const run = await letgo(scanArgs('--month', '2026-10', '--out', out), work);
    expect(run.code, run.stderr).toBe(ExitCode.Ok);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.window).toMatchObject({ since: '2026-10-01', until: '2026-10-31' });
    expect(report.handsOn.managerCommits).toBe(2);
    expect(readdirSync(out).sort()).toEqual(['facts.jsonl', 'report.json', 'repos.json', 'scan.json']);
  });

  it('a path that does not exist: 3, names the path', async () => {
    const missing = path.join(work, 'no-such-folder');
    const out = path.join(work, 'out-missing');
    const run = await letgo(['scan', missing, '--manager', MIA.email, '--month', '2026-10', '--out', out], work);
    const line = expectOneLineError(run, ExitCode.NoRepository, missing, 'does not exist');
    expect(line).toMatch(/pass a git repository/);
    expectNoOutput(out);
  });

  it('a folder with no repository: 3, names the folder', async () => {
    const plain = tempDir('letgo-plain-');
    writeFileSync(path.join(plain, 'notes.txt'), 'not a repository\n');
    mkdirSync(path.join(plain, 'sub', 'deeper'), { recursive: true });
    const out = path.join(work, 'out-plain');
    const run = await letgo(['scan', plain, '--manager', MIA.email, '--month', '2026-10', '--out', out], work);
    expectOneLineError(run, ExitCode.NoRepository, plain, /no git repository/);
    expectNoOutput(out);
  });

  it('an empty repository (git init only): 6, says it has no commits', async () => {
    const empty = path.join(tempDir('letgo-empty-'), 'empty');
    mkdirSync(empty);
    git(empty, ['init', '-q']);
    const out = path.join(work, 'out-empty');
    const run = await letgo(['scan', empty, '--manager', MIA.email, '--month', '2026-10', '--out', out], work);
    expectOneLineError(run, ExitCode.NoCommits, empty, /empty|no commits/);
    expectNoOutput(out);
  });

  it('a shallow clone: scans, exit 0, the report says shallow and a warning says so', async () => {
    const shallow = path.join(tempDir('letgo-shallow-'), 'shallow');
    git(work, ['clone', '-q', '--depth', '2', `file://${repo}`, shallow]);
    expect(git(shallow, ['rev-parse', '--is-shallow-repository']).trim()).toBe('true');
    const out = path.join(work, 'out-shallow');
    const run = await letgo(['scan', shallow, '--format', 'json', '--manager', MIA.email, '--month', '2026-10', '--out', out], work);
    expect(run.code, run.stderr).toBe(ExitCode.Ok);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.repos[0].shallow).toBe(true);
    expect(report.repos[0].commits).toBe(2);
    expect(report.warnings.some((w) => /shallow/i.test(w))).toBe(true);
    expect(run.stderr).toMatch(/^letgo: warning: .*shallow/im);
    expect((JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as Report).repos[0].shallow).toBe(true);
  });

  it('a window with no commits: 6, names the window and suggests another', async () => {
    const out = path.join(work, 'out-nowindow');
    const run = await letgo(scanArgs('--month', '2020-01', '--out', out), work);
    expectOneLineError(run, ExitCode.NoCommits, '2020-01-01', '2020-01-31', '--month');
    expectNoOutput(out);
  });

  it('a manager who matches no author: 5, suggests the closest author', async () => {
    const out = path.join(work, 'out-manager');
    const run = await letgo(['scan', repo, '--manager', 'Mia Bos', '--month', '2026-10', '--out', out], work);
    const line = expectOneLineError(run, ExitCode.UnknownManager, '"Mia Bos"', '--manager');
    expect(line).toMatch(/closest: Mia Boss <mia@corp\.io>/);
    expectNoOutput(out);
  });

  it('an invalid config (a field of the wrong type): 4, names /thresholds/watchRatio', async () => {
    const cwd = tempDir('letgo-badconfig-');
    writeFileSync(path.join(cwd, 'letgo.config.json'), JSON.stringify({ thresholds: { watchRatio: 'high' } }));
    const out = path.join(cwd, 'out');
    const run = await letgo(scanArgs('--month', '2026-10', '--out', out), cwd);
    expectOneLineError(run, ExitCode.Config, 'letgo.config.json', '/thresholds/watchRatio');
    expectNoOutput(out);
    // The same file given with --config, from another folder.
    const run2 = await letgo(scanArgs('--month', '2026-10', '--config', path.join(cwd, 'letgo.config.json'), '--out', out), work);
    expectOneLineError(run2, ExitCode.Config, '/thresholds/watchRatio');
    expectNoOutput(out);
  });

  it('a config that is not JSON: 4, with line:column', async () => {
    const cwd = tempDir('letgo-jsonconfig-');
    // Line 3 lacks the colon after the key.
    writeFileSync(path.join(cwd, 'letgo.config.json'), '{\n  // comments are fine\n  "manager" ["mia@corp.io"]\n}\n');
    const out = path.join(cwd, 'out');
    const run = await letgo(scanArgs('--month', '2026-10', '--out', out), cwd);
    expectOneLineError(run, ExitCode.Config, /letgo\.config\.json:3:\d+/);
    expectNoOutput(out);
  });

  it('a --config file that does not exist: 4, names it', async () => {
    const run = await letgo(scanArgs('--month', '2026-10', '--config', 'nope.json'), work);
    expectOneLineError(run, ExitCode.Config, 'nope.json', 'letgo init');
  });

  it('an invalid month: 2, names the option and the value', async () => {
    const out = path.join(work, 'out-month');
    const run = await letgo(scanArgs('--month', '2026-13', '--out', out), work);
    expectOneLineError(run, ExitCode.Usage, '--month', '2026-13', 'YYYY-MM');
    expectNoOutput(out);
  });

  it('an invalid date: 2, names the option and the value', async () => {
    const out = path.join(work, 'out-date');
    const run = await letgo(scanArgs('--since', '2026-02-30', '--out', out), work);
    expectOneLineError(run, ExitCode.Usage, '--since', '2026-02-30', 'YYYY-MM-DD');
    expectNoOutput(out);
    const run2 = await letgo(scanArgs('--since', '2026-10-20', '--until', '2026-10-01'), work);
    expectOneLineError(run2, ExitCode.Usage, '--since', '--until');
  });

  it('an unknown option: 2, names it and points to --help', async () => {
    const out = path.join(work, 'out-unknown');
    const run = await letgo(scanArgs('--month', '2026-10', '--bogus', '--out', out), work);
    expectOneLineError(run, ExitCode.Usage, '--bogus', '--help');
    expectNoOutput(out);
  });

  it('a bad --format choice and a bad number: 2', async () => {
    expectOneLineError(await letgo(['scan', repo, '--format', 'pdf'], work), ExitCode.Usage, 'pdf');
    expectOneLineError(await letgo(scanArgs('--month', '2026-10', '--trend', 'six'), work), ExitCode.Usage, '--trend', 'six');
  });

  it('without --manager: git config user.email of the repository; with none anywhere: 2', async () => {
    const saved = { g: process.env.GIT_CONFIG_GLOBAL, s: process.env.GIT_CONFIG_NOSYSTEM };
    process.env.GIT_CONFIG_GLOBAL = path.join(work, 'no-global-gitconfig');
    process.env.GIT_CONFIG_NOSYSTEM = '1';
    try {
      const own = await makeRepo(commits(), 'own');
      const none = await letgo(['scan', own, '--format', 'json', '--month', '2026-10'], work);
      expectOneLineError(none, ExitCode.Usage, '--manager', 'user.email');
      git(own, ['config', 'user.email', ANN.email]);
      const run = await letgo(['scan', own, '--format', 'json', '--month', '2026-10'], work);
      expect(run.code, run.stderr).toBe(ExitCode.Ok);
      expect((JSON.parse(run.stdout) as Report).manager.id).toBe(ANN.email);
    } finally {
      for (const [k, v] of [
        ['GIT_CONFIG_GLOBAL', saved.g],
        ['GIT_CONFIG_NOSYSTEM', saved.s],
      ] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });

  it('resolves relative paths and --out against the io working folder', async () => {
    const run = await letgo(['scan', '.', '--format', 'json', '--manager', MIA.email, '--month', '2026-10', '--out', '../rel-out'], repo);
    expect(run.code, run.stderr).toBe(ExitCode.Ok);
    expect(existsSync(path.join(path.dirname(repo), 'rel-out', 'report.json'))).toBe(true);
    const missing = await letgo(['scan', 'nope', '--manager', MIA.email, '--month', '2026-10'], work);
    expectOneLineError(missing, ExitCode.NoRepository, 'nope', 'does not exist');
  });
});

describe('letgo scan on a partial clone with missing blobs', () => {
  it('finishes, never fetches, warns and counts unknown churn', async () => {
    const origin = await makeRepo(commits(), 'origin');
    git(origin, ['config', 'uploadpack.allowFilter', 'true']);
    const clone = path.join(tempDir('letgo-partial-'), 'partial');
    git(path.dirname(clone), ['clone', '-q', '--filter=blob:none', '--no-checkout', `file://${origin}`, clone]);
    const before = objectTotal(clone);
    const out = path.join(tempDir('letgo-partial-out-'), 'out');
    const run = await letgo(['scan', clone, '--format', 'json', '--manager', MIA.email, '--month', '2026-10', '--out', out], path.dirname(clone));
    expect(run.code, run.stderr).toBe(ExitCode.Ok);
    expect(objectTotal(clone)).toBe(before);
    const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as Report;
    expect(report.warnings.some((w) => /cannot read|unreadable|missing/i.test(w))).toBe(true);
    expect(run.stderr).toMatch(/^letgo: warning: .*(cannot read|missing blobs)/m);
    const repos = JSON.parse(readFileSync(path.join(out, 'repos.json'), 'utf8')) as { unknownChurn: number; commits: number }[];
    expect(repos[0].commits).toBe(7);
    expect(repos[0].unknownChurn).toBeGreaterThan(0);
    const facts = readFileSync(path.join(out, 'facts.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Fact);
    expect(facts).toHaveLength(8);
    const unknown = facts.filter((f) => f.added === null);
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.length).toBe(repos[0].unknownChurn);
    // Commits and authors are all there even without the blobs.
    expect(report.handsOn.managerCommits).toBe(2);
    expect(report.handsOn.teamCommits).toBe(5);
  }, 60_000);
});

describe('the real binary (node bin/letgo.js)', () => {
  const bin = path.join(ROOT, 'bin', 'letgo.js');
  const node = process.execPath;

  it('is built (npm run build:lib ran before the tests)', () => {
    expect(existsSync(path.join(ROOT, 'lib', 'cli', 'main.js'))).toBe(true);
  });

  it('prints one line and exits 3 for a missing path', () => {
    const cwd = tempDir('letgo-bin-');
    const out = path.join(cwd, 'out');
    const r = spawnSync(node, [bin, 'scan', 'does-not-exist', '--manager', MIA.email, '--month', '2026-10', '--out', out], { cwd, encoding: 'utf8' });
    expect(r.status).toBe(ExitCode.NoRepository);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^letgo: path does-not-exist does not exist: [^\n]+\n$/);
    expectNoOutput(out);
  });

  it('prints the whole report before it exits (it exits explicitly once stdout is flushed)', async () => {
    const repo = await makeRepo(commits(), 'whole');
    const args = [bin, 'scan', repo, '--manager', MIA.email, '--month', '2026-10', '--no-cache'];
    const html = spawnSync(node, [...args, '--format', 'html'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(html.status, html.stderr).toBe(ExitCode.Ok);
    expect(html.stdout.length).toBeGreaterThan(20_000);
    expect(html.stdout.trimEnd().endsWith('</html>')).toBe(true);
    const json = spawnSync(node, [...args, '--format', 'json'], { encoding: 'utf8' });
    expect(json.status, json.stderr).toBe(ExitCode.Ok);
    const report = JSON.parse(json.stdout) as Report;
    expect([report.handsOn.managerCommits, report.handsOn.teamCommits]).toEqual([2, 5]);
  }, 60_000);

  it('prints one line and exits 2 for an unknown option', () => {
    const r = spawnSync(node, [bin, 'scan', '--frobnicate'], { cwd: tempDir('letgo-bin-'), encoding: 'utf8' });
    expect(r.status).toBe(ExitCode.Usage);
    expect(r.stderr).toMatch(/^letgo: [^\n]*--frobnicate[^\n]*\n$/);
  });

  it('git not installed (empty PATH): exits 7 with one line saying so', async () => {
    const repo = await makeRepo(commits(), 'nogit');
    const out = path.join(tempDir('letgo-bin-'), 'out');
    const r = spawnSync(node, [bin, 'scan', '--manager', MIA.email, '--month', '2026-10', '--out', out], {
      cwd: repo,
      encoding: 'utf8',
      env: { PATH: '' },
    });
    expect(r.status, r.stderr).toBe(ExitCode.Git);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^letgo: git is not installed[^\n]*\n$/);
    expect(r.stderr).toMatch(/install git/);
    expectNoOutput(out);
  }, 30_000);
});
