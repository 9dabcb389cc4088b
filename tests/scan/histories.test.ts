/**
 * Counted right on real histories (the scan's side): every non-merge commit
 * counts (empty commits, submodule-pointer commits), git config cannot change what git
 * prints, dates before 1970 and paths that are not UTF-8 are read, partial clones and
 * damaged copies finish with exact commit counts and unknown churn only where git could
 * not read, bare repositories and unborn HEADs are scanned. Every case is a repository
 * built here with git itself (plumbing where porcelain cannot make the shape).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { defaultConfig, type Config } from '../../src/core/config.js';
import { ExitCode } from '../../src/core/errors.js';
import { isFileFact, mergeFacts, type Fact, type FactRow } from '../../src/core/facts.js';
import { gitLineChurn } from '../../src/core/notebook/index.js';
import { monthWindow, type Window } from '../../src/core/time.js';
import type { Signature } from '../../src/demo/repoBuilder.js';
import { scan, type ScanOptions, type ScanResult } from '../../src/scan/index.js';
import { batchCheck } from '../../src/scan/catFile.js';
import { rawTimeToIso } from '../../src/scan/logParser.js';
import { gitPath, plainPath } from '../../src/scan/pathQuote.js';
import { git, letgo, ROOT } from '../cli/cliHelpers.js';
import { lines, makeRepo, nbV4, outputs, tempDir } from '../helpers/repos.js';

const ANN: Signature = { name: 'Ann Lead', email: 'ann@corp.io' };
const BO: Signature = { name: 'Bo Dev', email: 'bo@corp.io' };
const CY: Signature = { name: 'Cy Ops', email: 'cy@corp.io' };

/** Environment of a commit by `who` at `date` (a git date: ISO, or '@<seconds> <offset>'). */
function as(who: Signature, date: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_AUTHOR_NAME: who.name,
    GIT_AUTHOR_EMAIL: who.email,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: who.name,
    GIT_COMMITTER_EMAIL: who.email,
    GIT_COMMITTER_DATE: date.startsWith('@') ? '@1800000000 +0000' : date,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
  };
}

/** Runs git with an environment (test set-up); returns stdout; throws with stderr on failure. */
function gitEnv(dir: string, args: string[], env: NodeJS.ProcessEnv, input?: string | Buffer): string {
  const r = spawnSync('git', args, { cwd: dir, env, input, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** A commit by `who` at `date` of what is staged (none: an empty commit). */
function commit(dir: string, who: Signature, date: string, message: string): string {
  gitEnv(dir, ['commit', '-q', '--allow-empty', '-m', message], as(who, date));
  return git(dir, ['rev-parse', 'HEAD']).trim();
}

/** Writes and stages files. */
function stage(dir: string, files: Record<string, string | Buffer>): void {
  for (const [p, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), content);
  }
  git(dir, ['add', '-A']);
}

/** Stages a submodule pointer (a gitlink, mode 160000) at `p` to commit `sha`, without a submodule checkout. */
function stageGitlink(dir: string, p: string, sha: string): void {
  git(dir, ['update-index', '--add', '--cacheinfo', `160000,${sha},${p}`]);
}

function run(dirs: string[], over: Partial<ScanOptions> & { config?: Config } = {}): Promise<ScanResult> {
  return scan(dirs, { config: over.config ?? defaultConfig(), allBranches: false, jobs: 1, ...over });
}

function reportOf(r: ScanResult, window: Window, managers = [ANN.email]) {
  return analyze(r.facts, r.repos, {
    config: defaultConfig(),
    managers,
    window,
    trendMonths: 3,
    teamDetail: true,
    generatedAt: '2026-11-21T00:00:00.000Z',
    generator: 'letgo test',
    allBranches: false,
    notebookLines: 'cells',
  });
}

/** Commits per "Name <email>" in facts (each sha once): what `git shortlog -sne` counts. */
function commitsPerIdentity(facts: readonly FactRow[]): Map<string, number> {
  const seen = new Set<string>();
  const out = new Map<string, number>();
  for (const f of facts) {
    if (seen.has(f.sha)) continue;
    seen.add(f.sha);
    const key = `${f.authorName} <${f.authorEmail}>`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** `git shortlog -sne --no-merges <rev>` as a map "Name <email>" -> commits. */
function shortlog(dir: string, rev = 'HEAD'): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of git(dir, ['shortlog', '-sne', '--no-merges', rev, '--']).split('\n')) {
    const m = /^\s*(\d+)\t(.*)$/.exec(line);
    if (m) out.set(m[2]!, Number(m[1]));
  }
  return out;
}

/** A fact without the repository id (to compare the scans of two copies of one history). */
const norepo = ({ repo: _repo, ...rest }: FactRow) => rest;

/** A fresh, empty repository on branch main. */
function initRepo(name: string, parent = tempDir('letgo-histories-')): string {
  const dir = path.join(parent, name);
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  return dir;
}

describe('commits without file changes', () => {
  let dir: string;
  let shas: Record<string, string>;
  let cold: ScanResult;
  beforeAll(async () => {
    dir = initRepo('team');
    const sub = '5d2b8f0c1e4a7b3d9c6e2f1a0b8d7c6e5f4a3b2c';
    const sub2 = '6e3c9a1d2f5b8c4e0d7f3a2b1c9e8d7f6a5b4c3d';
    shas = {};
    stage(dir, { 'src/model.py': lines(10, 'm') });
    shas.root = commit(dir, ANN, '2026-10-01T09:00:00+02:00', 'Start');
    stage(dir, { 'src/model.py': lines(12, 'm') });
    shas.bo = commit(dir, BO, '2026-10-02T10:00:00+02:00', 'Tune the model');
    // Bo's only commit in another ISO week is empty (as a rebase tool leaves it): he is still a regular.
    shas.empty = commit(dir, BO, '2026-10-14T10:00:00+02:00', 'Retrigger CI\n\nCo-authored-by: Ann Lead <ann@corp.io>');
    // Cy only ever moves submodule pointers: a member with commits and no hands-on work.
    stageGitlink(dir, 'vendor/lib', sub);
    shas.gitlink = commit(dir, CY, '2026-10-05T10:00:00+02:00', 'Add vendor/lib');
    stageGitlink(dir, 'vendor/lib', sub2);
    shas.bump = commit(dir, CY, '2026-10-20T10:00:00+02:00', 'Bump vendor/lib');
    // A pointer bump beside a file: an ordinary commit with one file fact.
    stageGitlink(dir, 'vendor/lib', sub);
    stage(dir, { 'src/model.py': lines(13, 'm') });
    shas.both = commit(dir, ANN, '2026-10-21T10:00:00+02:00', 'Pin vendor/lib back, tweak');
    cold = await run([dir]);
  });

  it('gives each a commit row without a path, with its author, co-authors and time', () => {
    const rows = cold.facts.filter((f) => !isFileFact(f));
    expect(rows.map((r) => r.sha).sort()).toEqual([shas.empty, shas.gitlink, shas.bump].sort());
    const empty = rows.find((r) => r.sha === shas.empty)!;
    expect(empty).toEqual({
      repo: 'team',
      sha: shas.empty,
      author: BO.email,
      authorName: BO.name,
      authorEmail: BO.email,
      coAuthors: [{ name: ANN.name, email: ANN.email }],
      time: '2026-10-14T10:00:00+02:00',
      subject: 'Retrigger CI',
    });
    // The commit with a file and a gitlink has its file fact only.
    expect(cold.facts.filter((f) => f.sha === shas.both).map((f) => f.path)).toEqual(['src/model.py']);
    expect(cold.repos[0]!.commits).toBe(6);
  });

  it('counts them for their people (team, commits) with zero churn, never hands-on', () => {
    const report = reportOf(cold, monthWindow('2026-10'));
    const members = new Map(report.team.members!.map((m) => [m.emails[0], m]));
    // Bo is a regular through his empty commit's week, Cy through his two pointer commits.
    expect([...members.keys()].sort()).toEqual([ANN.email, BO.email, CY.email]);
    expect(members.get(BO.email)).toMatchObject({ commits: 2, handsOnCommits: 1 });
    expect(members.get(CY.email)).toMatchObject({ commits: 2, handsOnCommits: 0, churn: 0 });
    // Ann: her two commits and the empty one she co-authored; hands-on only the two with files.
    expect(members.get(ANN.email)).toMatchObject({ commits: 3, handsOnCommits: 2 });
    expect(report.handsOn.teamCommits).toBe(3);
  });

  it('per-identity commits equal git shortlog -sne --no-merges', () => {
    expect(commitsPerIdentity(cold.facts)).toEqual(shortlog(dir));
  });

  it('are kept by a split scan, the cache (warm equals cold) and merge (facts.jsonl through the CLI)', async () => {
    const cache = { dir: tempDir('letgo-cache-'), version: '9.9.9-test' };
    await run([dir], { cache });
    const warm = await run([dir], { cache });
    expect(warm.stats[0]!.read).toBe(0);
    expect(warm.facts).toEqual(cold.facts);
    const split = await run([dir], { jobs: 3, minChunk: 1 });
    expect(split.stats[0]!.chunks).toBe(6);
    expect(split.facts).toEqual(cold.facts);
    expect(mergeFacts(cold.facts.slice(0, 3), cold.facts.slice(2), cold.facts)).toEqual(cold.facts);

    const work = tempDir('letgo-histories-cli-');
    const common = ['--manager', ANN.email, '--month', '2026-10', '--format', 'json', '--team-detail', '--no-cache'];
    const scanned = await letgo(['scan', dir, ...common, '--out', 'part'], work);
    expect(scanned.code, scanned.stderr).toBe(ExitCode.Ok);
    const merged = await letgo(['merge', 'part', '--out', 'all', '--format', 'json'], work);
    expect(merged.code, merged.stderr).toBe(ExitCode.Ok);
    const rows = (folder: string) =>
      readFileSync(path.join(work, folder, 'facts.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as FactRow);
    expect(rows('all').filter((f) => f.path === undefined)).toHaveLength(3);
    expect(rows('all')).toEqual(rows('part'));
    const report = (folder: string) => JSON.parse(readFileSync(path.join(work, folder, 'report.json'), 'utf8'));
    expect(report('all').team).toEqual(report('part').team);
    expect(report('part').team.size).toBe(3);
    // letgo export keeps them as rows without a path.
    const exported = await letgo(['export', '--in', 'part', '--format', 'jsonl', '--out', 'rows.jsonl'], work);
    expect(exported.code, exported.stderr).toBe(ExitCode.Ok);
    const table = readFileSync(path.join(work, 'rows.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { sha: string; path: string | null });
    expect(
      table
        .filter((r) => r.path === null)
        .map((r) => r.sha)
        .sort()
    ).toEqual([shas.empty, shas.gitlink, shas.bump].sort());
  });
});

/** A history in which each pinned setting changes plain git's output. */
async function configHistory(): Promise<string> {
  const dir = initRepo('configured');
  // Root commit: log.showRoot=false shows it without files.
  stage(dir, { 'src/a.py': 'b\ne\na\nc\na\nd\nd\nd\nd\nb\na\nd\n', 'big.txt': lines(400, 'big') });
  commit(dir, ANN, '2026-10-01T09:00:00+02:00', 'Start: Zoë’s naïve café');
  // Myers counts 6/6, histogram 7/7 (found by search; checked below against git itself).
  stage(dir, { 'src/a.py': 'a\nd\nd\ne\na\nd\nc\nb\ne\na\nc\na\n', 'big.txt': lines(401, 'big') });
  commit(dir, BO, '2026-10-02T09:00:00+02:00', 'Rewrite');
  // Two inexact renames: found with git's default rename limit, not with diff.renameLimit=1.
  stage(dir, { 'one.txt': lines(30, 'one'), 'two.txt': lines(30, 'two') });
  commit(dir, BO, '2026-10-03T09:00:00+02:00', 'Add two');
  // (New names: git pairs files of the same name first, within any limit.)
  mkdirSync(path.join(dir, 'moved'));
  git(dir, ['mv', 'one.txt', 'moved/uno.txt']);
  git(dir, ['mv', 'two.txt', 'moved/dos.txt']);
  stage(dir, { 'moved/uno.txt': lines(31, 'one'), 'moved/dos.txt': lines(31, 'two') });
  commit(dir, ANN, '2026-10-04T09:00:00+02:00', 'Move both');
  return dir;
}

/** The raw walk a naive scan would run (no pins, no user or system config): what each setting is shown to change. */
function naiveLog(dir: string, config: string[] = []): Buffer {
  const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  return execFileSync('git', [...config.flatMap((c) => ['-c', c]), 'log', '-z', '--raw', '--numstat', '-M', '--format=%H%x00%aN%x00%s', 'HEAD'], {
    cwd: dir,
    env,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

describe('git config that changes git output is overridden', () => {
  let dir: string;
  let plain: ScanResult;
  beforeAll(async () => {
    dir = await configHistory();
    plain = await run([dir]);
  });

  // Each of these changes what plain `git log` prints for this history.
  const mattering = ['log.showRoot=false', 'i18n.logOutputEncoding=UTF-16', 'diff.algorithm=histogram', 'core.bigFileThreshold=1k', 'diff.renameLimit=1'];
  // And these must not change the facts either.
  const others = [
    'color.ui=always',
    'color.diff=always',
    'log.date=relative',
    'log.abbrevCommit=true',
    'core.abbrev=7',
    'log.decorate=full',
    'core.quotePath=true',
    'diff.renames=copies',
    'diff.noprefix=true',
    'diff.mnemonicPrefix=true',
    'log.showSignature=true',
    'i18n.commitEncoding=ISO-8859-1',
    'diff.relative=true',
    'diff.indentHeuristic=false',
    'log.mailmap=false',
    'log.follow=true',
    'diff.ignoreSubmodules=all',
    'diff.submodule=log',
    'diff.colorMoved=zebra',
    'diff.context=10',
    'diff.dirstat=files',
    'log.initialDecorationSet=all',
    'core.pager=less',
  ];

  for (const setting of mattering) {
    it(`${setting}: changes plain git log, not the facts`, async () => {
      expect(naiveLog(dir, [setting]).equals(naiveLog(dir))).toBe(false);
      git(dir, ['config', ...setting.split('=')]);
      try {
        const configured = await run([dir]);
        expect(configured.facts).toEqual(plain.facts);
        expect(configured.repos).toEqual(plain.repos);
      } finally {
        git(dir, ['config', '--unset', setting.split('=')[0]!]);
      }
    });
  }

  it('every other log.*, diff.*, color.*, i18n.* and core.quotePath setting at once leaves the facts alone', async () => {
    for (const s of [...mattering, ...others]) git(dir, ['config', ...s.split('=')]);
    try {
      const configured = await run([dir]);
      expect(configured.facts).toEqual(plain.facts);
    } finally {
      for (const s of [...mattering, ...others]) git(dir, ['config', '--unset', s.split('=')[0]!]);
    }
  });

  it('a commit message and name in ISO-8859-1 (i18n.commitEncoding) reads as UTF-8 whatever i18n.logOutputEncoding says', async () => {
    const repo = initRepo('latin1-names');
    stage(repo, { 'src/x.py': 'x\n' });
    commit(repo, ANN, '2026-10-01T10:00:00+00:00', 'Base');
    const tree = git(repo, ['rev-parse', 'HEAD^{tree}']).trim();
    const parent = git(repo, ['rev-parse', 'HEAD']).trim();
    // What `git -c i18n.commitEncoding=ISO-8859-1 commit` writes: Latin-1 bytes and an encoding header.
    const raw = Buffer.from(
      `tree ${tree}\nparent ${parent}\nauthor Zo\xeb Caf\xe9 <zoe@corp.io> 1791187200 +0200\ncommitter Zo\xeb Caf\xe9 <zoe@corp.io> 1791187200 +0200\nencoding ISO-8859-1\n\nR\xe9sum\xe9\n`,
      'latin1'
    );
    const sha = gitEnv(repo, ['hash-object', '-t', 'commit', '-w', '--stdin'], process.env, raw).trim();
    git(repo, ['update-ref', 'refs/heads/main', sha]);
    const expected = (await run([repo])).facts.map((f) => f.authorName);
    expect(expected).toEqual(['Ann Lead', 'Zoë Café']);
    git(repo, ['config', 'i18n.logOutputEncoding', 'ISO-8859-1']);
    expect(naiveLog(repo).includes(Buffer.from('Zo\xeb', 'latin1'))).toBe(true); // plain git now prints Latin-1
    expect((await run([repo])).facts.map((f) => f.authorName)).toEqual(expected);
  });

  it('the facts are those of git with its defaults: the root commit, myers counts, both renames, the big file counted', () => {
    const files = plain.facts.filter(isFileFact);
    expect(plain.repos[0]!.commits).toBe(4);
    expect(
      files
        .filter((f) => f.status === 'R')
        .map((f) => f.path)
        .sort()
    ).toEqual(['moved/dos.txt', 'moved/uno.txt']);
    const rewrite = files.find((f) => f.path === 'src/a.py' && f.status === 'M')!;
    expect([rewrite.added, rewrite.deleted]).toEqual([6, 6]);
    expect(files.filter((f) => f.path === 'big.txt').map((f) => [f.added, f.deleted, f.binary])).toEqual([
      [400, 0, undefined],
      [1, 0, undefined],
    ]);
    expect(new Set(plain.facts.map((f) => f.authorName))).toEqual(new Set([ANN.name, BO.name]));
  });
});

describe('a commit whose local author time is before 1970', () => {
  it('is kept with its own offset, and counts in its month', async () => {
    const dir = initRepo('old');
    stage(dir, { 'src/clock.py': lines(3, 'c') });
    commit(dir, ANN, '@7200 -1200', 'From before the epoch, locally');
    stage(dir, { 'src/clock.py': lines(5, 'c') });
    commit(dir, BO, '2026-10-01T10:00:00+00:00', 'Now');
    const r = await run([dir]);
    expect(r.repos[0]!.commits).toBe(2);
    expect(r.facts.map((f) => f.time)).toEqual(['1969-12-31T14:00:00-12:00', '2026-10-01T10:00:00+00:00']);
    const report = reportOf(r, { since: '1969-12-01', until: '1969-12-31' });
    expect(report.handsOn.managerCommits).toBe(1);
  });

  it('commits whose author dates git itself cannot read are kept too (a hostile history)', async () => {
    const dir = initRepo('hostile');
    stage(dir, { 'src/x.py': 'x\n' });
    const base = commit(dir, ANN, '2026-10-01T10:00:00+00:00', 'Base');
    const tree = git(dir, ['rev-parse', 'HEAD^{tree}']).trim();
    let parent = base;
    for (const date of ['notadate', '1791187200 +99999', '99999999999999 +0000']) {
      const raw = `tree ${tree}\nparent ${parent}\nauthor ${BO.name} <${BO.email}> ${date}\ncommitter ${BO.name} <${BO.email}> 1791187200 +0000\n\nOdd date\n`;
      parent = gitEnv(dir, ['hash-object', '-t', 'commit', '-w', '--literally', '--stdin'], process.env, raw).trim();
    }
    git(dir, ['update-ref', 'refs/heads/main', parent]);
    const r = await run([dir]);
    expect(r.repos[0]!.commits).toBe(4);
    expect(r.facts.map((f) => f.time).sort()).toEqual([
      '1970-01-01T00:00:00+00:00',
      '2026-10-01T10:00:00+00:00',
      '2026-10-05T08:00:00+00:00',
      '9999-12-31T23:59:59+00:00',
    ]);
    expect(commitsPerIdentity(r.facts)).toEqual(shortlog(dir));
  });

  it('rawTimeToIso: offsets, instants before 1970, and what git accepts from a hostile commit', () => {
    expect(rawTimeToIso('7200 -1200')).toBe('1969-12-31T14:00:00-12:00');
    expect(rawTimeToIso('1791187200 +0530')).toBe('2026-10-05T13:30:00+05:30');
    expect(rawTimeToIso('0 +0000')).toBe('1970-01-01T00:00:00+00:00');
    expect(rawTimeToIso('-86400 +0100')).toBe('1969-12-31T01:00:00+01:00');
    // An offset of 24 hours or more is written as UTC; instants past year 9999 are clamped.
    expect(rawTimeToIso('7200 +9959')).toBe('1970-01-01T02:00:00+00:00');
    expect(rawTimeToIso('99999999999999 +0000')).toBe('9999-12-31T23:59:59+00:00');
    expect(rawTimeToIso('1700000000 +99999')).toBe('2023-11-14T22:13:20+00:00');
    // git prints no date for an author line it cannot parse: the epoch, as git log shows it.
    expect(rawTimeToIso('')).toBe('1970-01-01T00:00:00+00:00');
    // The same instant as git's own strict ISO form wherever git can print that.
    const iso = execFileSync('git', ['log', '-1', '--format=%ad|%aI', '--date=raw'], { cwd: ROOT, encoding: 'utf8' }).trim().split('|');
    expect(rawTimeToIso(iso[0]!)).toBe(iso[1]);
  });

  it('rawTimeToIso: integer arithmetic agrees with Date on every kind of instant and offset', () => {
    /** The definition through Date: the local time of the instant in the offset (UTC for one of 24 hours or more), with that offset. */
    const viaDate = (secs: number, sign: string, hhmm: string): string => {
      const abs = Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(2));
      const offset = abs >= 24 * 60 ? 0 : (sign === '-' ? -1 : 1) * abs;
      const local = new Date((secs + offset * 60) * 1000).toISOString().slice(0, 19);
      const zone = `${offset < 0 ? '-' : '+'}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
      return `${local}${zone}`;
    };
    let seed = 7;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    // Leap days, century years, the ends of days and years, offsets that cross midnight and minutes of 60 or more.
    const instants = [0, 59, 86399, 951782400, 951868799, 4107542400, 4102444799, 1709164800, 253402300799 - 14 * 3600];
    for (let i = 0; i < 3000; i++) instants.push(random(2 ** 31) * 118 + random(118));
    for (const secs of instants) {
      for (const [sign, hhmm] of [
        ['+', '0000'],
        ['-', '0000'],
        ['-', '1200'],
        ['+', '1400'],
        ['+', '0599'],
        ['-', '2359'],
        ['+', '2400'],
        [random(2) ? '+' : '-', String(random(2500)).padStart(4, '0')],
      ]) {
        if (secs + 14 * 3600 > 253402300799) continue; // past year 9999 in some offset: clamped (the case above)
        expect(rawTimeToIso(`${secs} ${sign}${hhmm}`), `${secs} ${sign}${hhmm}`).toBe(viaDate(secs, sign!, hhmm!));
      }
    }
  });
});

describe('paths that are not UTF-8', () => {
  it('stay distinct (git quoting for their bytes) and are classified by their names', async () => {
    const dir = initRepo('latin1');
    const names = [
      Buffer.from('caf\xe9.py', 'latin1'),
      Buffer.from('caf\xe8.py', 'latin1'),
      Buffer.from('café.py', 'utf8'),
      Buffer.from('"quoted".py', 'utf8'),
    ];
    // fast-import takes paths as bytes; JavaScript strings cannot carry the Latin-1 ones into argv.
    const stream = Buffer.concat([
      Buffer.from(
        `commit refs/heads/main\nauthor ${ANN.name} <${ANN.email}> 1791187200 +0000\ncommitter ${ANN.name} <${ANN.email}> 1791187200 +0000\ndata 3\nAdd\n`
      ),
      // fast-import reads a path that starts with '"' as C-quoted: that one goes in quoted.
      ...names.flatMap((n, i) => [
        Buffer.from('M 100644 inline '),
        n[0] === 0x22 ? Buffer.from('"\\"quoted\\".py"') : n,
        Buffer.from(`\ndata 6\nx = ${i}\n\n`),
      ]),
      Buffer.from(
        `\ncommit refs/heads/main\nauthor ${BO.name} <${BO.email}> 1791273600 +0000\ncommitter ${BO.name} <${BO.email}> 1791273600 +0000\ndata 5\nEdit\nM 100644 inline `
      ),
      names[0]!,
      Buffer.from('\ndata 12\nx = 0\ny = 1\n\ndone\n'),
    ]);
    gitEnv(dir, ['fast-import', '--quiet', '--done'], as(ANN, '2026-10-05T00:00:00Z'), stream);
    expect(git(dir, ['ls-tree', '-z', '--name-only', 'HEAD']).split('\0').filter(Boolean)).toHaveLength(4);
    const r = await run([dir]);
    const files = r.facts.filter(isFileFact);
    expect(files.map((f) => f.path).sort()).toEqual(['"\\"quoted\\".py"', '"caf\\350.py"', '"caf\\351.py"', '"caf\\351.py"', 'café.py'].sort());
    expect(new Set(files.map((f) => f.kind))).toEqual(new Set(['code']));
    // The second commit edits the Latin-1 file: the same path, so ownership follows it.
    expect(files.filter((f) => f.path === '"caf\\351.py"').map((f) => [f.status, f.added, f.deleted])).toEqual([
      ['A', 1, 0],
      ['M', 1, 0],
    ]);
  });

  it('gitPath is one-to-one on byte strings, and plainPath gives back the lossy text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 12 }), fc.uint8Array({ minLength: 1, maxLength: 12 }), (a, b) => {
        const [x, y] = [Buffer.from(a), Buffer.from(b)];
        const px = gitPath(x, x.toString('utf8'));
        const py = gitPath(y, y.toString('utf8'));
        expect(px === py).toBe(x.equals(y));
        expect(plainPath(px)).toBe(px.startsWith('"') ? x.toString('utf8') : px);
      }),
      { numRuns: 2000 }
    );
    const bytes = Buffer.from('a\tb\xff', 'latin1');
    expect(gitPath(bytes, bytes.toString('utf8'))).toBe('"a\\tb\\377"');
  });
});

describe('line counts letgo makes itself equal git numstat', () => {
  /** git's numstat of two texts (git diff --no-index). */
  function gitNumstat(work: string, a: string, b: string): { added: number; deleted: number } {
    writeFileSync(path.join(work, 'a'), a);
    writeFileSync(path.join(work, 'b'), b);
    const r = spawnSync('git', ['-c', 'core.autocrlf=false', 'diff', '--no-index', '--numstat', '--diff-algorithm=myers', 'a', 'b'], {
      cwd: work,
      encoding: 'utf8',
    });
    const m = /^(\d+)\t(\d+)\t/.exec(r.stdout);
    return m ? { added: Number(m[1]), deleted: Number(m[2]) } : { added: 0, deleted: 0 };
  }

  it('a final newline added or removed is +1/-1, CRLF lines differ, and random edits agree', () => {
    const work = tempDir('letgo-numstat-');
    const cases: [string, string][] = [
      ['x = 1', 'x = 1\n'],
      ['x = 1\n', 'x = 1'],
      ['a\nb', 'a\nb\nc'],
      ['a\nb\n', 'a\r\nb\n'],
      ['', 'a\n'],
      ['a\n\n\n', 'a\n'],
    ];
    for (const [a, b] of cases) expect(gitLineChurn(a, b), JSON.stringify([a, b])).toEqual(gitNumstat(work, a, b));
    // Files of distinct lines in any order (as code mostly is): git's xdiff sets aside a line
    // that matches many others, and on files of repeated lines can then count more than a
    // minimal diff ("a" x7 around one blank line against 4 blank lines: git 4/8, letgo 3/7).
    const pool = Array.from({ length: 20 }, (_, i) => (i % 5 === 4 ? `l${i}\r` : i === 6 ? '' : `l${i}`));
    const text = fc.shuffledSubarray(pool, { maxLength: 14 }).chain((ls) => fc.boolean().map((end) => ls.join('\n') + (end && ls.length ? '\n' : '')));
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(gitLineChurn(a, b)).toEqual(gitNumstat(work, a, b));
      }),
      { numRuns: 150 }
    );
  });
});

/** A history with notebooks, big files renamed and edited, and a commit of small edits beside a big one. */
async function origin(parent: string): Promise<string> {
  // data/ files are lines(300+) (> 1 KB: filtered out of a blob:limit=1k clone), src/ files a few bytes.
  const nb = (source: string) => nbV4([{ type: 'code', id: 'c1', source, count: 1, outputs: [outputs.image()] }]);
  const dir = await makeRepo(
    [
      {
        author: ANN,
        date: '2026-10-01T09:00:00+02:00',
        message: 'Start',
        files: { 'src/small.py': 'x = 1', 'src/crlf.txt': 'a\nb\n', 'data/big.txt': lines(300, 'b'), 'nb/a.ipynb': nb('a = 1') },
      },
      { author: BO, date: '2026-10-02T09:00:00+02:00', message: 'Edit big', files: { 'data/big.txt': lines(310, 'b') } },
      { author: BO, date: '2026-10-03T09:00:00+02:00', message: 'Small edit', files: { 'src/other.py': 'y = 2\n' } },
      {
        author: ANN,
        date: '2026-10-05T09:00:00+02:00',
        message: 'Move big',
        renames: [['data/big.txt', 'data/moved.txt']],
        files: { 'data/moved.txt': lines(311, 'b') },
      },
      // Beside a big edit: a final newline only (+1/-1 in git), CRLF line ends, a notebook cell.
      {
        author: CY,
        date: '2026-10-06T09:00:00+02:00',
        message: 'Tidy',
        files: { 'data/moved.txt': lines(320, 'b'), 'src/small.py': 'x = 1\n', 'src/crlf.txt': 'a\r\nb\r\n', 'nb/a.ipynb': nb('a = 1\nb = 2') },
      },
      ...Array.from({ length: 12 }, (_, i) => ({
        author: i % 2 ? BO : ANN,
        date: `2026-10-${String(7 + i).padStart(2, '0')}T09:00:00+02:00`,
        message: `step ${i}`,
        files: { [`src/step${i % 3}.py`]: lines(3 + i, `s${i}`) },
      })),
      { author: BO, date: '2026-10-20T09:00:00+02:00', message: 'Edit big again', files: { 'data/moved.txt': lines(330, 'b') } },
    ],
    'origin',
    parent
  );
  git(dir, ['config', 'uploadpack.allowFilter', 'true']);
  return dir;
}

/** Ids of the objects reachable from HEAD that `repo` does not have (rev-list --missing=print never fetches). */
function missingObjects(repo: string): Set<string> {
  const out = gitEnv(repo, ['rev-list', '--objects', '--missing=print', 'HEAD'], { ...process.env, GIT_NO_LAZY_FETCH: '1' });
  return new Set(
    out
      .split('\n')
      .filter((l) => l.startsWith('?'))
      .map((l) => l.slice(1))
  );
}

/** Per (sha, path): the blobs of each change, from the complete origin's raw log. */
function blobsOf(dir: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let sha = '';
  for (const line of git(dir, ['log', '--no-merges', '--raw', '--no-abbrev', '-M', '--format=%H', 'HEAD']).split('\n')) {
    if (/^[0-9a-f]{40}$/.test(line)) sha = line;
    const m = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) \S+\t(?:.*\t)?(.*)$/.exec(line);
    if (m)
      out.set(
        `${sha} ${m[3]}`,
        [m[1]!, m[2]!].filter((b) => !/^0+$/.test(b))
      );
  }
  return out;
}

describe('partial clones and missing blobs', () => {
  let parent: string;
  let full: string;
  let fullScan: ScanResult;
  let originBlobs: Map<string, string[]>;
  beforeAll(async () => {
    parent = tempDir('letgo-partial-');
    full = await origin(parent);
    fullScan = await run([full]);
    originBlobs = blobsOf(full);
  });

  /** Clones the origin with `filter` (a local file:// remote, so no network). */
  function partialClone(name: string, filter: string): string {
    const clone = path.join(parent, name);
    git(parent, ['clone', '-q', `--filter=${filter}`, '--no-checkout', `file://${full}`, clone]);
    return clone;
  }
  /** A test on a partial clone whose origin is then taken away (renamed: any fetch would fail). */
  const awayFrom = (name: string, filter: string, fn: (clone: string) => Promise<void>) => async () => {
    const clone = partialClone(name, filter);
    renameSync(full, `${full}.away`);
    try {
      await fn(clone);
    } finally {
      renameSync(`${full}.away`, full);
    }
  };

  /** Checks a scan of a copy of the origin: exact commits, facts equal the origin's where git could read their blobs, unknown churn only where it could not. */
  function expectExactWhereReadable(copy: string, r: ScanResult): { unknown: Fact[] } {
    const meta = r.repos[0]!;
    expect(meta.commits).toBe(fullScan.repos[0]!.commits);
    expect(commitsPerIdentity(r.facts)).toEqual(commitsPerIdentity(fullScan.facts));
    expect(meta.warnings.join(' ')).toMatch(/objects git cannot read here \(a partial clone or missing blobs\).*letgo never fetches them/);
    const blobs = originBlobs;
    const missing = missingObjects(copy);
    expect(missing.size).toBeGreaterThan(0);
    const originFacts = new Map(fullScan.facts.filter(isFileFact).map((f) => [`${f.sha} ${f.path}`, norepo(f)]));
    const unknown: Fact[] = [];
    for (const f of r.facts.filter(isFileFact)) {
      const key = `${f.sha} ${f.path}`;
      const own = blobs.get(key);
      if (own && own.every((b) => !missing.has(b))) expect(norepo(f), key).toEqual(originFacts.get(key));
      else {
        expect([f.added, f.deleted], key).toEqual([null, null]);
        unknown.push(f);
      }
    }
    expect(meta.unknownChurn).toBe(unknown.length);
    return { unknown };
  }

  it(
    'a --filter=blob:limit=1k clone whose history renames the big files: finishes, exact where readable',
    awayFrom('limit', 'blob:limit=1k', async (clone) => {
      const r = await run([clone]);
      const { unknown } = expectExactWhereReadable(clone, r);
      // The big file's changes and the notebook with its image: nothing else is unknown.
      expect(new Set(unknown.map((f) => plainPath(f.path).split('/')[0]))).toEqual(new Set(['data', 'nb']));
      // The rename needs the missing blobs: git cannot pair it, so it is a delete and an add.
      expect(r.facts.filter((f) => f.path === 'data/moved.txt' || f.path === 'data/big.txt').length).toBeGreaterThan(0);
      // Only the commits that need the big blobs were walked again (not the 12 steps between them).
      expect(r.stats[0]!.fallback).toBeLessThan(12);
      // Each commit ends at the first walk that reads it, however the history is split.
      const split = await run([clone], { jobs: 3, minChunk: 2 });
      expect(split.stats[0]!.chunks).toBeGreaterThan(r.stats[0]!.chunks);
      expect(split.facts).toEqual(r.facts);
      expect(split.repos).toEqual(r.repos);
    })
  );

  it(
    'a --filter=tree:0 clone: every commit counted, for its people, without files',
    awayFrom('treeless', 'tree:0', async (clone) => {
      const r = await run([clone]);
      const meta = r.repos[0]!;
      expect(meta.commits).toBe(fullScan.repos[0]!.commits);
      expect(meta.unknownFiles).toBe(meta.commits);
      expect(r.facts.every((f) => !isFileFact(f))).toBe(true);
      expect(commitsPerIdentity(r.facts)).toEqual(commitsPerIdentity(fullScan.facts));
      expect(meta.warnings.join(' ')).toMatch(/18 commits counted without their files \(their trees are missing\)/);
      const members = (x: ScanResult) => reportOf(x, monthWindow('2026-10')).team.members!.map((m) => [m.id, m.commits]);
      expect(members(r)).toEqual(members(fullScan));
      // Logarithmic in the commits too: numstat fails at once in spans of 2, 4, 8...; the first
      // span goes down the ladder, the later ones start where it ended.
      expect(r.stats[0]!.chunks).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(meta.commits)) + 3);
    })
  );

  it('a copy with one missing blob and no promisor remote: only the commits that need it are walked again, and letgo counts their other files as git does', async () => {
    const copy = path.join(parent, 'damaged');
    git(parent, ['clone', '-q', '--no-local', full, copy]);
    // Loose objects, so that one can be removed; then the version of data/moved.txt that "Tidy" wrote goes.
    const packs = path.join(copy, '.git', 'objects', 'pack');
    const stash = tempDir('letgo-pack-');
    for (const n of readdirSync(packs)) renameSync(path.join(packs, n), path.join(stash, n));
    for (const n of readdirSync(stash).filter((x) => x.endsWith('.pack')))
      execFileSync('git', ['unpack-objects', '-q'], { cwd: copy, input: readFileSync(path.join(stash, n)) });
    git(copy, ['remote', 'remove', 'origin']);
    const tidy = git(copy, ['log', '--format=%H', '--grep=^Tidy$', 'HEAD']).trim();
    const again = git(copy, ['log', '--format=%H', '--grep=^Edit big again$', 'HEAD']).trim();
    const blob = git(copy, ['rev-parse', `${tidy}:data/moved.txt`]).trim();
    rmSync(path.join(copy, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
    const plainFails = spawnSync('git', ['log', '--numstat', 'HEAD'], { cwd: copy, encoding: 'utf8' });
    expect(plainFails.status).not.toBe(0);
    expect(plainFails.stderr).toMatch(/unable to read/);
    // The walks after the failure are pinned against config too.
    git(copy, ['config', 'i18n.logOutputEncoding', 'UTF-16']);

    const r = await run([copy]);
    const { unknown } = expectExactWhereReadable(copy, r);
    // "Tidy" wrote the blob and "Edit big again" replaced it: those two changes only.
    expect(unknown.map((f) => [f.sha, f.path])).toEqual([
      [tidy, 'data/moved.txt'],
      [again, 'data/moved.txt'],
    ]);
    // Two failures, each walked again over a span of at most two commits.
    expect(r.stats[0]!.fallback).toBeGreaterThanOrEqual(2);
    expect(r.stats[0]!.fallback).toBeLessThanOrEqual(4);
    // Tidy's other files were counted by letgo from their blobs, as git counts them: +1/-1 for the final newline.
    const tidyFacts = new Map(r.facts.filter((f): f is Fact => isFileFact(f) && f.sha === tidy).map((f) => [f.path, [f.added, f.deleted]]));
    expect(tidyFacts.get('src/small.py')).toEqual([1, 1]);
    expect(tidyFacts.get('src/crlf.txt')).toEqual([2, 2]);
    expect(r.facts.find((f) => f.sha === tidy && f.path === 'nb/a.ipynb')).toMatchObject({ added: 1, deleted: 0, parse: 'ok' });
  });

  it('batchCheck answers past the objects a partial clone may not fetch (where git cat-file dies)', async () => {
    const clone = partialClone('check', 'blob:limit=1k');
    const head = git(full, ['rev-parse', 'HEAD']).trim();
    const small = git(full, ['rev-parse', 'HEAD:src/small.py']).trim();
    const big = git(full, ['rev-parse', 'HEAD:data/moved.txt']).trim();
    const names = [big, small, `${head}:data/moved.txt`, `${head}:src/small.py`, `${head}:no/such/file`, big, small];
    const answers = (await batchCheck(clone, names)).map((a) => a && [a.id, a.type]);
    expect(answers).toEqual([null, [small, 'blob'], null, [small, 'blob'], null, null, [small, 'blob']]);
    expect(missingObjects(clone).has(big)).toBe(true);
  });

  it('never fetches, even when the promisor remote is right there (a local path)', async () => {
    const clone = partialClone('reachable', 'blob:none');
    const blobs = new Set([...originBlobs.values()].flat());
    const before = missingObjects(clone);
    expect([...blobs].every((b) => before.has(b))).toBe(true);
    const r = await run([clone]);
    expect(r.repos[0]!.commits).toBe(fullScan.repos[0]!.commits);
    expect(missingObjects(clone)).toEqual(before);
  });
});

/** Removes the loose object of `blob` (a repository whose objects were never packed): a damaged copy. */
function dropBlob(dir: string, blob: string): void {
  rmSync(path.join(dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
}

/**
 * `git log -1 --numstat -M` of one commit alone, as letgo's scan runs it: per path (a
 * rename's new path), [added, deleted] (null for "-"); undefined when git cannot read it.
 */
function numstatAlone(dir: string, sha: string): Map<string, [number | null, number | null]> | undefined {
  const r = spawnSync('git', ['log', '-1', '--numstat', '-M', '--no-textconv', '--format=', sha, '--'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_NO_LAZY_FETCH: '1' },
  });
  if (r.status !== 0) return undefined;
  const out = new Map<string, [number | null, number | null]>();
  for (const m of r.stdout.matchAll(/^(\d+|-)\t(\d+|-)\t(?:.* => )?(.*)$/gm))
    out.set(m[3]!, [m[1] === '-' ? null : Number(m[1]), m[2] === '-' ? null : Number(m[2])]);
  return out;
}

/** A commit's file facts as numstatAlone gives them. */
function factsAlone(r: ScanResult, sha: string): Map<string, [number | null, number | null]> {
  return new Map(r.facts.filter((f): f is Fact => isFileFact(f) && f.sha === sha).map((f) => [f.path, [f.added, f.deleted]]));
}

/** Eight lines, three repeated, a blank one among them: rewritten to four blank lines, git's numstat says 4/8 where a minimal diff says 3/7 (gitLineChurn). */
const REPEATED = 'a\na\na\n\na\na\na\na\n';

describe('walks planned after a missing blob: a commit git reads alone gets the facts git gives it', () => {
  /**
   * The reviewer's repository: c0 adds b.txt (REPEATED) and x.py; c1 runs `git mv x.py
   * y.py` and rewrites b.txt to four blank lines; c2 adds z.txt. `.git/info/attributes`
   * holds `attributes`; then the blobs of x.py and z.txt go (c2 fails at numstat first,
   * so the rest is planned).
   */
  function renameOfMissing(attributes: string, config: [string, string][] = []): { dir: string; c1: string } {
    const dir = initRepo('rename');
    for (const [key, value] of config) git(dir, ['config', key, value]);
    writeFileSync(path.join(dir, '.git', 'info', 'attributes'), attributes);
    stage(dir, { 'b.txt': REPEATED, 'x.py': lines(50, 'x') });
    commit(dir, ANN, '2026-10-01T10:00:00+00:00', 'c0');
    const x = git(dir, ['rev-parse', 'HEAD:x.py']).trim();
    git(dir, ['mv', 'x.py', 'y.py']);
    stage(dir, { 'b.txt': '\n\n\n\n' });
    const c1 = commit(dir, ANN, '2026-10-02T10:00:00+00:00', 'c1');
    stage(dir, { 'z.txt': lines(5, 'z') });
    commit(dir, ANN, '2026-10-03T10:00:00+00:00', 'c2');
    dropBlob(dir, x);
    dropBlob(dir, git(dir, ['rev-parse', 'HEAD:z.txt']).trim());
    return { dir, c1 };
  }

  it.each([
    // [attributes, config, git reads x.py's missing blob to tell whether it is binary]
    ['unspecified', '', [], true],
    ['diff set (text)', '*.py diff\n', [], false],
    ['-diff (binary)', '*.py -diff\n', [], false],
    ['diff=python (a driver that does not say)', '*.py diff=python\n', [], true],
    ['diff=jupyternotebook (an unknown driver)', '*.py diff=jupyternotebook\n', [], true],
    ['diff=python with diff.python.binary false', '*.py diff=python\n', [['diff.python.binary', 'false']], false],
  ] as [string, string, [string, string][], boolean][])('%s', async (_name, attributes, config, reads) => {
    const { dir, c1 } = renameOfMissing(attributes, config);
    const alone = numstatAlone(dir, c1);
    expect(alone === undefined).toBe(reads);
    const r = await run([dir]);
    const facts = factsAlone(r, c1);
    if (alone) {
      expect(facts).toEqual(alone);
      expect(alone.get('b.txt')).toEqual([4, 8]);
    } else {
      // Walked below numstat: y.py's churn is unknown, b.txt counted by letgo.
      expect(facts.get('y.py')).toEqual([null, null]);
      expect(facts.get('b.txt')).toEqual([3, 7]);
    }
    // c2, c0 (it adds x.py) and c1 when git reads x.py's blob; c2 and c0 when not.
    expect(r.stats[0]!.fallback).toBe(reads ? 3 : 2);
    expect(r.repos[0]!.unknownChurn).toBe(reads ? 3 : 2);
    // The first walk (it fails at c2), the listing, then each commit once: one raw walk, and c1 at numstat when git reads it. No walk fails on a blob planning knew missing.
    expect(r.stats[0]!.chunks).toBe(reads ? 3 : 4);
  });
});

describe('a numstat failure is pinned to the commit git cannot read: its neighbours keep the facts git gives them', () => {
  const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 1, 2, 3]);
  /**
   * The reviewer's second repository, with names walkRung cannot ask git about: c0 adds
   * b.txt (REPEATED), img.png and caf\xe9.py (a Latin-1 name, which git prints quoted);
   * c1 renames img.png to moved.png (`*.png -diff`) and rewrites b.txt; c2 renames the
   * Python file to caf\xe8.py. The blobs of img.png and the Python file go, so numstat
   * fails on c2 (git reads the blob to tell whether it is binary) and reads c1; planning
   * calls both unsure. With `treeGone`, c0 also adds d/e.txt and the tree d/ goes: the
   * listing that plans walks fails, and the commits are walked without a plan.
   */
  function adjacentUnsure(treeGone: boolean): { dir: string; c1: string; c2: string } {
    const dir = initRepo(treeGone ? 'treegone' : 'unsure');
    const latin1 = (name: string): Buffer => Buffer.from(path.join(dir, name), 'latin1');
    writeFileSync(path.join(dir, '.git', 'info', 'attributes'), '*.png -diff\n');
    stage(dir, { 'b.txt': REPEATED, 'img.png': PNG, ...(treeGone ? { 'd/e.txt': lines(3, 'e') } : {}) });
    writeFileSync(latin1('caf\xe9.py'), lines(50, 'x'));
    git(dir, ['add', '-A']);
    commit(dir, ANN, '2026-10-01T10:00:00+00:00', 'c0');
    const blobs = git(dir, ['ls-files', '-s', '-z'])
      .split('\0')
      .filter((l) => /\t(img\.png|caf.*\.py)$/.test(l))
      .map((l) => l.split(' ')[1]!);
    const tree = treeGone ? git(dir, ['rev-parse', 'HEAD:d']).trim() : undefined;
    renameSync(path.join(dir, 'img.png'), path.join(dir, 'moved.png'));
    stage(dir, { 'b.txt': '\n\n\n\n' });
    const c1 = commit(dir, ANN, '2026-10-02T10:00:00+00:00', 'c1');
    renameSync(latin1('caf\xe9.py'), latin1('caf\xe8.py'));
    git(dir, ['add', '-A']);
    const c2 = commit(dir, ANN, '2026-10-03T10:00:00+00:00', 'c2');
    expect(blobs).toHaveLength(2);
    for (const b of [...blobs, ...(tree ? [tree] : [])]) dropBlob(dir, b);
    return { dir, c1, c2 };
  }

  it.each([
    ['planned (both unsure)', false],
    ['without a plan (a tree is missing too)', true],
  ])('%s', async (_name, treeGone) => {
    const { dir, c1, c2 } = adjacentUnsure(treeGone);
    expect(numstatAlone(dir, c2)).toBeUndefined();
    const alone = numstatAlone(dir, c1)!;
    expect(alone).toEqual(
      new Map([
        ['b.txt', [4, 8]],
        ['moved.png', [null, null]],
      ])
    );
    const r = await run([dir]);
    expect(factsAlone(r, c1)).toEqual(alone);
    // git's "-": a binary file, not unknown churn.
    expect(r.facts.find((f) => f.sha === c1 && f.path === 'moved.png')).toMatchObject({ oldPath: 'img.png', status: 'R', binary: true });
    expect(r.facts.find((f) => f.sha === c2 && isFileFact(f))).toMatchObject({ path: '"caf\\350.py"', added: null, deleted: null });
    // Split anyhow, the same facts.
    const split = await run([dir], { jobs: 2, minChunk: 1 });
    expect(split.facts).toEqual(r.facts);
    expect(split.repos).toEqual(r.repos);
  });
});

describe('bare repositories', () => {
  it('are scanned, given directly or inside a scanned folder, with HEAD:.mailmap applied', async () => {
    const parent = tempDir('letgo-bare-');
    const src = await makeRepo(
      [
        { author: { name: 'ann', email: 'ann@old.example' }, date: '2026-10-01T09:00:00+02:00', message: 'Start', files: { 'src/a.py': lines(3) } },
        { author: ANN, date: '2026-10-02T09:00:00+02:00', message: 'Mailmap', files: { '.mailmap': `${ANN.name} <${ANN.email}> <ann@old.example>\n` } },
        { author: BO, date: '2026-10-03T09:00:00+02:00', message: 'Edit', files: { 'src/a.py': lines(5) } },
      ],
      'src',
      parent
    );
    const folder = path.join(parent, 'repos');
    mkdirSync(folder);
    git(parent, ['clone', '-q', '--bare', src, path.join(folder, 'team.git')]);
    await makeRepo([{ author: CY, date: '2026-10-04T09:00:00+02:00', message: 'Other', files: { 'x.py': 'x\n' } }], 'other', folder);

    const direct = await run([path.join(folder, 'team.git')]);
    const nonBare = await run([src]);
    expect(direct.facts.map(norepo)).toEqual(nonBare.facts.map(norepo));
    expect(direct.facts[0]).toMatchObject({ repo: 'team.git', authorName: ANN.name, authorEmail: ANN.email }); // through HEAD:.mailmap
    const inFolder = await run([folder]);
    expect(inFolder.repos.map((r) => r.id)).toEqual(['other', 'team.git']);
    expect(inFolder.facts.filter((f) => f.repo === 'team.git')).toEqual(direct.facts);
    // A folder inside the bare repository names it too.
    expect((await run([path.join(folder, 'team.git', 'refs')])).repos.map((r) => r.id)).toEqual(['team.git']);
  });
});

describe('--all-branches with an unborn HEAD', () => {
  it('scans the branches; without it the scan says why it found nothing (exit 6)', async () => {
    const dir = await makeRepo([
      { author: ANN, date: '2026-10-01T09:00:00+02:00', message: 'Start', files: { 'src/a.py': lines(3) } },
      { author: BO, branch: 'feature', date: '2026-10-02T09:00:00+02:00', message: 'Feature', files: { 'src/b.py': lines(2) } },
    ]);
    git(dir, ['symbolic-ref', 'HEAD', 'refs/heads/unborn']);
    const all = await run([dir], { allBranches: true });
    expect(all.repos[0]).toMatchObject({ head: '', unborn: true, commits: 2, warnings: [] });
    expect(commitsPerIdentity(all.facts)).toEqual(
      new Map([
        [`${ANN.name} <${ANN.email}>`, 1],
        [`${BO.name} <${BO.email}>`, 1],
      ])
    );
    const headOnly = await run([dir]);
    expect(headOnly.repos[0]!.warnings).toEqual([expect.stringMatching(/no commit on HEAD \(an unborn branch\).*pass --all-branches/)]);
    const cli = await letgo(['scan', dir, '--manager', ANN.email, '--month', '2026-10', '--format', 'json', '--no-cache'], path.dirname(dir));
    expect(cli.code).toBe(ExitCode.NoCommits);
    expect(cli.stderr).toMatch(
      /^letgo: repository \S+ has no commit on HEAD \(an unborn branch\), but other branches have some: pass --all-branches to scan them\n$/
    );
    const ok = await letgo(['scan', dir, '--all-branches', '--manager', ANN.email, '--month', '2026-10', '--format', 'json', '--no-cache'], path.dirname(dir));
    expect(ok.code, ok.stderr).toBe(ExitCode.Ok);
  });
});

describe('per-person commits equal git shortlog -sne --no-merges', () => {
  it("on this project's own history", async () => {
    const config = defaultConfig();
    config.notebooks.lines = 'git';
    const r = await run([ROOT], { config, jobs: 2 });
    expect(commitsPerIdentity(r.facts)).toEqual(shortlog(ROOT));
    expect(r.repos[0]!.commits).toBe(Number(git(ROOT, ['rev-list', '--count', '--no-merges', 'HEAD']).trim()));
  });
});
