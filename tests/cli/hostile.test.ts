/**
 * Hostile repositories, configs, files and environments: each case runs the real binary (or
 * the CLI in-process where only the message matters) on inputs built here, and asserts
 * the exit code, exactly one `letgo:` line (or the warnings a success prints), bounded
 * time (generous: these cases used to take 10-164 s, hang, or grow to 14 GB), bounded
 * memory where memory was the problem (node's heap capped), and that nothing is left
 * behind (no git process, no temp file) or lost.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/core/errors.js';
import type { Report } from '../../src/core/report.js';
import type { CommitSpec } from '../../src/demo/repoBuilder.js';
import { lines, makeRepo, tempDir } from '../helpers/repos.js';
import { type CliRun, expectOneLineError, git, letgo, ROOT } from './cliHelpers.js';

const MIA = { name: 'Mia Boss', email: 'mia@corp.io' };
const ANN = { name: 'Ann Dev', email: 'ann@corp.io' };
const BIN = path.join(ROOT, 'bin', 'letgo.js');

/** Node's heap for the binary (MB): a read of /dev/zero or an unbounded trend would pass it within seconds. */
const HEAP_MB = 256;

function team(subject = 'work'): CommitSpec[] {
  return [
    { author: ANN, date: '2026-10-05T10:00:00+02:00', message: 'start', files: { 'src/a.py': lines(10, 'a') } },
    { author: MIA, date: '2026-10-06T10:00:00+02:00', message: subject, files: { 'src/b.py': lines(4, 'b') } },
    { author: ANN, date: '2026-10-13T10:00:00+02:00', message: 'more', files: { 'src/a.py': lines(12, 'a') } },
  ];
}

/** Runs `node --max-old-space-size=HEAP_MB bin/letgo.js ARGS`; the result with its wall time (ms). */
function bin(args: string[], opts: { cwd: string; env?: Record<string, string>; timeoutMs?: number }): CliRun & { ms: number } {
  const t = Date.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, BIN, ...args], {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 60_000,
    killSignal: 'SIGKILL',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - t };
}

/** Pids of git processes whose working folder is `dir` (scan/git.ts runs git there), of the subcommand `sub` when given. */
function gitProcessesIn(dir: string, sub?: string): number[] {
  const pids: number[] = [];
  for (const pid of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (
        readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('git') &&
        readlinkSync(`/proc/${pid}/cwd`) === dir &&
        (sub === undefined || argv.includes(sub))
      )
        pids.push(Number(pid));
    } catch {
      // gone, or not ours
    }
  }
  return pids;
}

/** Commits a symlink `name` -> `target` into `repo` with git itself (fast-import cannot make one point at a device). */
function commitSymlink(repo: string, name: string, target: string): void {
  symlinkSync(target, path.join(repo, name));
  git(repo, ['add', name]);
  git(repo, ['-c', `user.name=${ANN.name}`, '-c', `user.email=${ANN.email}`, 'commit', '-q', '-m', 'link', '--date', '2026-10-14T10:00:00+02:00']);
}

describe('files a repository names for git', () => {
  it('.mailmap -> /dev/zero, core.attributesFile and mailmap.file = /dev/zero: scanned in bounded time and heap, each skipped with one warning', async () => {
    const repo = await makeRepo(team(), 'zero');
    commitSymlink(repo, '.mailmap', '/dev/zero');
    git(repo, ['config', 'core.attributesFile', '/dev/zero']);
    git(repo, ['config', 'mailmap.file', '/dev/zero']);
    const cacheDir = tempDir('letgo-hostile-cache-');
    for (const cache of [['--cache-dir', cacheDir], ['--cache-dir', cacheDir], ['--no-cache']]) {
      const run = bin(['scan', repo, '--manager', MIA.email, '--month', '2026-10', '--format', 'json', ...cache], { cwd: repo });
      expect(run.code, run.stderr).toBe(ExitCode.Ok);
      expect(run.ms).toBeLessThan(20_000);
      const warnings = run.stderr.trimEnd().split('\n');
      expect(warnings).toHaveLength(3);
      expect(warnings[0]).toMatch(/^letgo: warning: Repository zero: \.mailmap .* symlink out of the repository \(to \/dev\/zero\)/);
      expect(warnings[1]).toMatch(/^letgo: warning: Repository zero: mailmap\.file \/dev\/zero is a device, not a regular file: letgo and git skip it/);
      expect(warnings[2]).toMatch(/^letgo: warning: Repository zero: core\.attributesFile \/dev\/zero is a device/);
      const report = JSON.parse(run.stdout) as Report;
      // Nothing lost: every commit is counted, the warnings are in the report too.
      expect(report.repos[0].commits).toBe(4);
      expect(report.warnings).toHaveLength(3);
    }
  }, 120_000);

  it('a FIFO as .git/info/attributes (git blocks on it): git is ended after LETGO_GIT_IDLE_SECONDS, exit 7 naming the repository, no git left', async () => {
    const repo = await makeRepo(team(), 'fifo');
    expect(spawnSync('mkfifo', [path.join(repo, '.git', 'info', 'attributes')]).status).toBe(0);
    const run = bin(['scan', repo, '--manager', MIA.email, '--month', '2026-10', '--no-cache'], { cwd: repo, env: { LETGO_GIT_IDLE_SECONDS: '1' } });
    expectOneLineError(run, ExitCode.Git, `in ${repo} made no progress for 1 s and was ended`, 'LETGO_GIT_IDLE_SECONDS');
    expect(run.ms).toBeLessThan(15_000);
    expect(gitProcessesIn(repo)).toEqual([]);
  }, 60_000);

  it('SIGTERM while git hangs: letgo ends its git children and exits 143', async () => {
    const repo = await makeRepo(team(), 'term');
    expect(spawnSync('mkfifo', [path.join(repo, '.git', 'info', 'attributes')]).status).toBe(0);
    const child = spawn(process.execPath, [BIN, 'scan', repo, '--manager', MIA.email, '--month', '2026-10', '--no-cache'], { cwd: repo, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const t = Date.now();
    while (gitProcessesIn(repo, 'log').length === 0 && Date.now() - t < 20_000) await new Promise((r) => setTimeout(r, 50));
    expect(gitProcessesIn(repo, 'log').length).toBeGreaterThan(0); // blocked on the FIFO
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    await new Promise((r) => setTimeout(r, 200));
    expect(gitProcessesIn(repo)).toEqual([]);
  }, 60_000);
});

describe("the caller's repository-local git variables", () => {
  it("GIT_DIR, GIT_WORK_TREE, GIT_INDEX_FILE, GIT_OBJECT_DIRECTORY, GIT_COMMON_DIR, GIT_CONFIG_PARAMETERS/COUNT set for repository A (a hook in A): letgo scan B gives B's facts and manager", async () => {
    const work = tempDir('letgo-env-');
    const a = await makeRepo(team(), 'alpha', work);
    git(a, ['config', 'user.email', ANN.email]);
    const bob = { name: 'Bob Analyst', email: 'bob@corp.io' };
    const b = await makeRepo(
      [
        { author: bob, date: '2026-10-07T09:00:00+02:00', message: 'eda', files: { 'nb/eda.py': lines(6, 'e') } },
        { author: MIA, date: '2026-10-08T09:00:00+02:00', message: 'fix', files: { 'nb/eda.py': lines(7, 'e') } },
        { author: bob, date: '2026-10-15T09:00:00+02:00', message: 'model', files: { 'nb/model.py': lines(9, 'm') } },
      ],
      'beta',
      work
    );
    git(b, ['config', 'user.email', MIA.email]);
    // A mailmap that renames B's authors: applied only when A's config (or the caller's -c) leaks into B's git.
    const mailmap = path.join(work, 'other.mailmap');
    writeFileSync(mailmap, `Zed Other <zed@x.io> <${bob.email}>\nZed Other <zed@x.io> <${MIA.email}>\n`);
    const scanB = (env: Record<string, string>) => {
      const out = path.join(work, `out-${Object.keys(env).join('-') || 'clean'}`);
      const run = bin(['scan', b, '--month', '2026-10', '--format', 'json', '--out', out, '--no-cache'], { cwd: a, env });
      expect(run.code, `${JSON.stringify(env)}: ${run.stderr}`).toBe(ExitCode.Ok);
      return { facts: readFileSync(path.join(out, 'facts.jsonl'), 'utf8'), report: JSON.parse(run.stdout) as Report };
    };
    const clean = scanB({});
    const shas = new Set(
      clean.facts
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { sha: string }).sha)
    );
    expect([...shas].sort()).toEqual(git(b, ['rev-list', 'HEAD']).trim().split('\n').sort());
    expect(clean.report.manager.emails).toEqual([MIA.email]);
    const dotGit = path.join(a, '.git');
    for (const env of [
      { GIT_DIR: dotGit },
      { GIT_DIR: dotGit, GIT_WORK_TREE: a, GIT_INDEX_FILE: path.join(dotGit, 'index') },
      { GIT_OBJECT_DIRECTORY: path.join(dotGit, 'objects') },
      { GIT_COMMON_DIR: dotGit },
      { GIT_CONFIG_PARAMETERS: `'mailmap.file'='${mailmap}'` },
      { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'mailmap.file', GIT_CONFIG_VALUE_0: mailmap },
    ]) {
      const leaked = scanB(env);
      expect(leaked.facts, JSON.stringify(env)).toBe(clean.facts);
      expect(leaked.report.manager, JSON.stringify(env)).toEqual(clean.report.manager);
    }
  }, 120_000);
});

describe('config patterns run in linear time', () => {
  it('a tier message (a+)+$ on a subject of 30 a and a !, 8-star globs in tiers, kinds and bots on 60- and 200-character strings', async () => {
    const long = 'a'.repeat(60);
    const botName = 'a'.repeat(200);
    const repo = await makeRepo(
      [
        ...team(`${'a'.repeat(30)}!`),
        { author: { name: botName, email: 'x@corp.io' }, date: '2026-10-07T10:00:00+02:00', message: 'x', files: { [`${long}.py`]: 'x = 1\n' } },
      ],
      'backtrack'
    );
    const cwd = tempDir('letgo-patterns-');
    const star8 = '*a*a*a*a*a*a*a*a*b';
    writeFileSync(
      path.join(cwd, 'letgo.config.json'),
      JSON.stringify({ tiers: [{ tier: 'strategic', message: '(a+)+$', paths: [star8] }], kinds: { docs: [star8] }, bots: [star8] })
    );
    const run = bin(['scan', repo, '--manager', MIA.email, '--month', '2026-10', '--format', 'json', '--no-cache'], { cwd });
    expect(run.code, run.stderr).toBe(ExitCode.Ok);
    expect(run.stderr).toBe('');
    expect(run.ms).toBeLessThan(20_000);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.repos[0].commits).toBe(4);
    // (a+)+$ finds no run of a at the end of "aaa...a!": Mia's commit stays tactical.
    expect(report.tiers.manager.tactical).toBeGreaterThan(0);
  }, 60_000);

  it('a pattern RE2 cannot run in linear time (lookahead, backreference, negated extglob) is exit 4 at config load, naming the field', async () => {
    const repo = await makeRepo(team(), 'lookahead');
    for (const [config, field] of [
      [{ tiers: [{ tier: 'strategic', message: '^(?=adr)' }] }, '/tiers/0/message'],
      [{ tiers: [{ tier: 'strategic', message: '(a)\\1' }] }, '/tiers/0/message'],
      [{ kinds: { docs: ['!(x).md'] } }, '/kinds/docs'],
    ] as const) {
      const cwd = tempDir('letgo-re2-');
      writeFileSync(path.join(cwd, 'letgo.config.json'), JSON.stringify(config));
      expectOneLineError(await letgo(['scan', repo, '--manager', MIA.email, '--month', '2026-10'], cwd), ExitCode.Config, field, 'linear time');
    }
  });
});

describe('hostile config files', () => {
  let repo: string;
  beforeAll(async () => {
    repo = await makeRepo(team(), 'cfg');
  }, 60_000);
  const scan = (cwd: string, ...extra: string[]) =>
    bin(['scan', repo, '--manager', MIA.email, '--month', '2026-10', '--no-cache', ...extra], { cwd, timeoutMs: 20_000 });

  it('--config /dev/zero, a folder, a FIFO: exit 4, one line, at once', () => {
    const cwd = tempDir('letgo-cfgdev-');
    const fifo = path.join(cwd, 'fifo.json');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    for (const [file, what] of [
      ['/dev/zero', 'is a device, not a regular file'],
      ['/tmp', 'is a folder, not a regular file'],
      [fifo, 'is a FIFO, not a regular file'],
    ]) {
      const run = scan(cwd, '--config', file);
      expectOneLineError(run, ExitCode.Config, file, what);
      expect(run.ms).toBeLessThan(10_000);
    }
  });

  it('a config nested 100,000 levels: exit 4, one line with line:column', () => {
    const cwd = tempDir('letgo-cfgdeep-');
    writeFileSync(path.join(cwd, 'letgo.config.json'), `{"aliases": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    const run = scan(cwd);
    expectOneLineError(run, ExitCode.Config, /letgo\.config\.json:1:\d+: nested deeper than 64 levels/);
  });

  it('a config over 4 MB: exit 4, one line', () => {
    const cwd = tempDir('letgo-cfgbig-');
    writeFileSync(path.join(cwd, 'letgo.config.json'), `{"team": [${'"x@y.io",'.repeat(500_000)}"z@y.io"]}`);
    expectOneLineError(scan(cwd), ExitCode.Config, 'is larger than 4194304 bytes');
  });

  it('a delegate step of 1e10 weeks, or since 2026-02-30: exit 4 at config load, naming the field', async () => {
    for (const [step, mention] of [
      [{ tier: 'tactical', since: '2026-09-01', weeks: 1e10 }, '/delegate/0/weeks must be <= 520'],
      [{ tier: 'tactical', since: '2026-02-30', weeks: 6 }, '/delegate/0/since "2026-02-30" is not a date'],
    ] as const) {
      const cwd = tempDir('letgo-delegate-');
      writeFileSync(path.join(cwd, 'letgo.config.json'), JSON.stringify({ delegate: [step] }));
      expectOneLineError(await letgo(['scan', repo, '--manager', MIA.email, '--month', '2026-10', '--no-cache'], cwd), ExitCode.Config, mention);
    }
  });
});

describe('broken saved scans: exit 8, one line naming file and line, for report --month and merge', () => {
  let saved: string;
  let work: string;
  beforeAll(async () => {
    const repo = await makeRepo([...team(), { author: ANN, date: '2026-09-08T10:00:00+02:00', message: 'sep', files: { 'src/c.py': lines(3, 'c') } }], 'saved');
    work = tempDir('letgo-broken-');
    saved = path.join(work, 'saved');
    const run = await letgo(['scan', repo, '--manager', MIA.email, '--month', '2026-10', '--format', 'json', '--out', saved, '--no-cache'], work);
    expect(run.code, run.stderr).toBe(0);
  }, 60_000);

  /** A copy of the saved scan with one file replaced, without scan.json (as a hand-edited folder would be). */
  function broken(name: string, file: string, content: string): string {
    const dir = path.join(work, name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    for (const f of ['report.json', 'facts.jsonl', 'repos.json']) writeFileSync(path.join(dir, f), readFileSync(path.join(saved, f)));
    writeFileSync(path.join(dir, file), content);
    return dir;
  }

  const firstFact = (): Record<string, unknown> => JSON.parse(readFileSync(path.join(saved, 'facts.jsonl'), 'utf8').split('\n')[0]!) as Record<string, unknown>;
  const factsWith = (line: string): string => [line, ...readFileSync(path.join(saved, 'facts.jsonl'), 'utf8').split('\n').slice(1)].join('\n');

  const cases: [string, (fact: Record<string, unknown>) => string, string][] = [
    ['null', () => 'null', 'facts.jsonl:1 is not a letgo fact: (top level) must be object'],
    ['null authorEmail', (f) => JSON.stringify({ ...f, authorEmail: null }), 'facts.jsonl:1 is not a letgo fact: /authorEmail must be string'],
    ['numeric authorEmail', (f) => JSON.stringify({ ...f, authorEmail: 7 }), 'facts.jsonl:1 is not a letgo fact: /authorEmail must be string'],
    ['coAuthors not an array', (f) => JSON.stringify({ ...f, coAuthors: 'Ann' }), 'facts.jsonl:1 is not a letgo fact: /coAuthors must be array'],
    ['a null co-author', (f) => JSON.stringify({ ...f, coAuthors: [null] }), 'facts.jsonl:1 is not a letgo fact: /coAuthors/0 must be object'],
    ['not JSON', () => '{"repo": ', 'facts.jsonl:1 is not valid JSON'],
  ];
  it.each(cases)('a fact line that is %s', async (name, line, mention) => {
    const slug = name.replace(/\W+/g, '-');
    const dir = broken(`facts-${slug}`, 'facts.jsonl', factsWith(line(firstFact())));
    expectOneLineError(await letgo(['report', '--in', dir, '--month', '2026-09'], work), ExitCode.BadInput, path.join(dir, mention));
    const out = path.join(work, `merged-${slug}`);
    expectOneLineError(await letgo(['merge', dir, '--out', out], work), ExitCode.BadInput, path.join(dir, mention));
    expect(existsSync(out)).toBe(false);
  });

  it('a fact line of 2 MB without a newline: exit 8, bounded', async () => {
    const dir = broken('facts-long', 'facts.jsonl', 'x'.repeat(2 * 1024 * 1024));
    expectOneLineError(await letgo(['report', '--in', dir, '--month', '2026-09'], work), ExitCode.BadInput, 'facts.jsonl:1 is longer than 1048576 bytes');
  });

  it('repos.json with a null item, or not an array', async () => {
    for (const [content, mention] of [
      ['[null]', 'repos.json is not valid: /0 must be object'],
      ['{"id": "x"}', 'repos.json is not valid: (top level) must be array'],
    ]) {
      const dir = broken('repos-null', 'repos.json', content);
      expectOneLineError(await letgo(['report', '--in', dir, '--month', '2026-09'], work), ExitCode.BadInput, mention);
      expectOneLineError(await letgo(['merge', dir, '--out', path.join(work, 'merged-repos')], work), ExitCode.BadInput, mention);
    }
  });

  it('report.json that is a folder, facts.jsonl that is a FIFO', async () => {
    const dir = broken('report-dir', 'facts.jsonl', '');
    rmSync(path.join(dir, 'report.json'));
    mkdirSync(path.join(dir, 'report.json'));
    expectOneLineError(await letgo(['report', '--in', dir], work), ExitCode.BadInput, 'report.json is a folder, not a regular file');
    const fifoDir = broken('facts-fifo', 'repos.json', readFileSync(path.join(saved, 'repos.json'), 'utf8'));
    rmSync(path.join(fifoDir, 'facts.jsonl'));
    expect(spawnSync('mkfifo', [path.join(fifoDir, 'facts.jsonl')]).status).toBe(0);
    expectOneLineError(await letgo(['report', '--in', fifoDir, '--month', '2026-09'], work), ExitCode.BadInput, 'facts.jsonl is not a regular file');
  });
});

describe('standard output that fails', () => {
  let saved: string;
  let repo: string;
  beforeAll(async () => {
    repo = await makeRepo(team(), 'out');
    saved = path.join(tempDir('letgo-stdout-'), 'saved');
    expect((await letgo(['scan', repo, '--manager', MIA.email, '--month', '2026-10', '--out', saved, '--no-cache'], repo)).code).toBe(0);
  }, 60_000);

  it('letgo report > /dev/full: exit 9, one line', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" report --in "${saved}" > /dev/full`], { encoding: 'utf8', timeout: 30_000 });
    expectOneLineError(
      { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr },
      ExitCode.Output,
      'cannot write to standard output',
      'no space left on device'
    );
  });

  it('letgo scan | head -c1, and | true (the reader gone before letgo writes): quiet; EPIPE is exit 141, as a Unix tool on SIGPIPE', () => {
    const scan = `"${process.execPath}" "${BIN}" scan "${repo}" --manager ${MIA.email} --month 2026-10 --format json --no-cache`;
    for (const [reader, codes] of [
      ['head -c1 >/dev/null', ['0', '141']], // the whole report may fit in the pipe before head exits: then there is no EPIPE
      ['true', ['141']],
    ] as const) {
      const r = spawnSync('bash', ['-c', `${scan} 2>"${saved}/err.txt" | ${reader}; echo \${PIPESTATUS[0]}`], { encoding: 'utf8', timeout: 30_000 });
      expect(codes).toContain(r.stdout.trim());
      expect(readFileSync(path.join(saved, 'err.txt'), 'utf8')).toBe('');
      rmSync(path.join(saved, 'err.txt'));
    }
  });
});

describe('echoed input cannot forge a line', () => {
  it('a newline in --month or in a path is escaped: one line, exit 2 or 3', async () => {
    const cwd = tempDir('letgo-echo-');
    const month = expectOneLineError(await letgo(['scan', cwd, '--manager', MIA.email, '--month', '2026-13\nletgo: all good'], cwd), ExitCode.Usage);
    expect(month).toContain('2026-13\\nletgo: all good');
    const missing = path.join(cwd, 'no\nletgo: fine\u001b[2J');
    const line = expectOneLineError(await letgo(['scan', missing, '--manager', MIA.email, '--month', '2026-10'], cwd), ExitCode.NoRepository);
    expect(line).toContain('no\\nletgo: fine\\u001b[2J');
  });
});

describe('kill -9 during --out never leaves a mix of two scans, and the next write clears what a kill left', () => {
  it('40 real kills at random moments while two different scans write into one folder', async () => {
    const a = await makeRepo(team(), 'alpha');
    // beta's facts.jsonl (4,000 files in one commit) takes a while to write: kills land in the write too.
    const many = Object.fromEntries(Array.from({ length: 4000 }, (_, i) => [`src/m/mod_${i}.py`, `x = ${i}\n`]));
    const b = await makeRepo([...team(), { author: ANN, date: '2026-10-20T10:00:00+02:00', message: 'b', files: many }], 'beta');
    const work = tempDir('letgo-kill-');
    const out = path.join(work, 'out');
    const scanInto = (repo: string) => [BIN, 'scan', repo, '--manager', MIA.email, '--month', '2026-10', '--format', 'json', '--out', out, '--no-cache'];
    // One full write first, and the time a write takes.
    const t = Date.now();
    expect(spawnSync(process.execPath, scanInto(a)).status).toBe(0);
    const full = Date.now() - t;
    let interrupted = 0;
    let whole = 0;
    for (let i = 0; i < 40; i++) {
      const child = spawn(process.execPath, scanInto(i % 2 ? a : b), { stdio: 'ignore' });
      const done = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      await new Promise((r) => setTimeout(r, full * (0.5 + Math.random() * 0.7)));
      child.kill('SIGKILL');
      await done;
      // The folder reads as one whole scan (its facts are of the repositories its report names), or as interrupted: never a mix.
      const run = await letgo(['merge', out, '--out', path.join(work, `check-${i}`), '--format', 'json', '--quiet'], work);
      if (run.code === ExitCode.Ok) {
        whole++;
        const saved = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as Report;
        const ids = new Set(
          readFileSync(path.join(out, 'facts.jsonl'), 'utf8')
            .trim()
            .split('\n')
            .map((l) => (JSON.parse(l) as { repo: string }).repo)
        );
        expect([...ids]).toEqual(saved.repos.map((r) => r.id));
        expect((JSON.parse(run.stdout) as Report).handsOn).toEqual(saved.handsOn);
      } else {
        interrupted++;
        expectOneLineError(run, ExitCode.BadInput, 'was interrupted');
      }
    }
    expect(whole + interrupted).toBe(40);
    // The next complete write leaves the three files and scan.json, and no temp file of the killed writers.
    expect(spawnSync(process.execPath, scanInto(b)).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['facts.jsonl', 'report.json', 'repos.json', 'scan.json']);
    expect((await letgo(['report', '--in', out, '--month', '2026-10', '--format', 'json'], work)).code).toBe(0);
  }, 300_000);
});

describe('the fact cache manifest is checked like its segments', () => {
  it('an edited "merges" (its hash not matching), or a segment named twice (even with a fresh hash), is a miss: the warm scan equals the cold one', async () => {
    const repo = await makeRepo(
      [
        ...team(),
        { author: ANN, date: '2026-10-15T10:00:00+02:00', message: 'side', files: { 'src/e.py': 'e = 1\n' }, branch: 'side' },
        { author: MIA, date: '2026-10-16T10:00:00+02:00', message: 'merge side', merge: 'side' },
      ],
      'cached'
    );
    const cacheDir = tempDir('letgo-manifest-');
    const scanJson = async () => {
      const run = await letgo(['scan', repo, '--manager', MIA.email, '--month', '2026-10', '--format', 'json', '--cache-dir', cacheDir], repo);
      return { run, report: JSON.parse(run.stdout || '{}') as Report };
    };
    const cold = await scanJson();
    expect(cold.run.code, cold.run.stderr).toBe(0);
    expect(cold.report.excluded.merges).toBe(1);
    const folder = path.join(cacheDir, 'v2', readdirSync(path.join(cacheDir, 'v2'))[0]!);
    const manifest = path.join(
      folder,
      readdirSync(folder).find((n) => !n.startsWith('seg-'))!
    );
    const [, json] = readFileSync(manifest, 'utf8').split('\n') as [string, string];

    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('"merges":1', '"merges":40'));
    const edited = await scanJson();
    expect(edited.run.code).toBe(0);
    expect(edited.run.stderr).toMatch(/^letgo: warning: the fact cache file .* is corrupt: scanning without it\n$/);
    expect(edited.report.excluded.merges).toBe(1);
    expect(edited.report.handsOn).toEqual(cold.report.handsOn);

    const m = JSON.parse(json) as { segments: unknown[] };
    const twice = JSON.stringify({ ...m, segments: [...m.segments, ...m.segments] });
    writeFileSync(manifest, `${createHash('sha256').update(twice).digest('hex')}\n${twice}`);
    const doubled = await scanJson();
    expect(doubled.run.stderr).toMatch(/is corrupt: scanning without it/);
    expect(doubled.report.handsOn).toEqual(cold.report.handsOn);
    expect(doubled.report.repos[0].commits).toBe(cold.report.repos[0].commits);
  }, 60_000);
});

describe('the scan folder as one unit (store.ts), deterministically', () => {
  it("a kill between the renames (scan.json and facts.jsonl of a new scan, the rest of the old) reads as interrupted; temp files of dead writers go with the next write, a live writer's stay", async () => {
    const a = await makeRepo(team(), 'unit-a');
    const b = await makeRepo([...team(), { author: ANN, date: '2026-10-21T10:00:00+02:00', message: 'b', files: { 'src/z.py': 'z = 1\n' } }], 'unit-b');
    const work = tempDir('letgo-unit-');
    const [outA, outB] = [path.join(work, 'a'), path.join(work, 'b')];
    for (const [repo, out] of [
      [a, outA],
      [b, outB],
    ])
      expect((await letgo(['scan', repo, '--manager', MIA.email, '--month', '2026-10', '--out', out, '--no-cache'], work)).code).toBe(0);
    for (const f of ['scan.json', 'facts.jsonl']) writeFileSync(path.join(outA, f), readFileSync(path.join(outB, f)));
    expectOneLineError(
      await letgo(['report', '--in', outA, '--month', '2026-09'], work),
      ExitCode.BadInput,
      'repos.json is not the file of the scan',
      'was interrupted'
    );
    expectOneLineError(await letgo(['merge', outA, '--out', path.join(work, 'm')], work), ExitCode.BadInput, 'was interrupted');

    // Killed after scan.json but before any other rename: the previous scan is whole, and still reads as itself.
    const kept = Object.fromEntries(['facts.jsonl', 'repos.json', 'report.json'].map((f) => [f, readFileSync(path.join(outB, f))]));
    expect((await letgo(['scan', a, '--manager', MIA.email, '--month', '2026-10', '--out', outB, '--no-cache'], work)).code).toBe(0);
    for (const [f, bytes] of Object.entries(kept)) writeFileSync(path.join(outB, f), bytes);
    const previous = await letgo(['merge', outB, '--out', path.join(work, 'mb'), '--format', 'json'], work);
    expect(previous.code, previous.stderr).toBe(0);
    expect((JSON.parse(previous.stdout) as Report).repos.map((r) => r.id)).toEqual(['unit-b']);

    // Temp files: one of a process that has exited, one of this (running) process.
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const dead = [`.facts.jsonl.${gone}.tmp`, `.report.json.${gone}.0badc0de.tmp`, `.scan.json.${gone}.12345678.tmp`];
    const live = `.facts.jsonl.${process.pid}.feedf00d.tmp`;
    for (const n of [...dead, live, '.notes.1.tmp']) writeFileSync(path.join(outA, n), 'partial');
    expect((await letgo(['scan', a, '--manager', MIA.email, '--month', '2026-10', '--out', outA, '--no-cache'], work)).code).toBe(0);
    expect(readdirSync(outA).sort()).toEqual(['.notes.1.tmp', live, 'facts.jsonl', 'report.json', 'repos.json', 'scan.json'].sort());
    expect((await letgo(['merge', outA, '--out', path.join(work, 'm2')], work)).code).toBe(0);
  }, 60_000);
});
