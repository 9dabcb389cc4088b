/**
 * Speed without a different answer: a history split across parallel git processes, and
 * the fact cache (warm, incremental, invalidated, corrupt, concurrent, unwritable), must
 * give exactly the facts and the Report of a cold single-process scan. No timings here:
 * the speed targets live in `npm run bench`.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { defaultConfig, type Config } from '../../src/core/config.js';
import { ExitCode } from '../../src/core/errors.js';
import type { RepoMeta } from '../../src/core/facts.js';
import { monthWindow } from '../../src/core/time.js';
import { buildRepo, type CommitSpec, type Signature } from '../../src/demo/repoBuilder.js';
import { demoCommits, DEMO_MANAGER } from '../../src/demo/scenario.js';
import { discoverRepos, scan, type ScanOptions, type ScanResult } from '../../src/scan/index.js';
import { git, letgo } from '../cli/cliHelpers.js';
import { lines, makeRepo, notebook, tempDir } from '../helpers/repos.js';

const ANN: Signature = { name: 'Ann Dev', email: 'ann@corp.io' };
const BO: Signature = { name: 'Bo Dev', email: 'bo@corp.io' };

/** A scan with a small chunk size, so that small repositories are split too. */
function run(dirs: string[], over: Partial<ScanOptions> & { lines?: 'cells' | 'git' } = {}): Promise<ScanResult> {
  const config: Config = over.config ?? defaultConfig();
  if (over.lines) config.notebooks.lines = over.lines;
  return scan(dirs, { config, allBranches: false, jobs: 1, minChunk: 7, ...over });
}

/** The Report of a scan result, with a fixed clock. */
function reportOf(r: ScanResult, config = defaultConfig()) {
  return analyze(r.facts, r.repos, {
    config,
    managers: [DEMO_MANAGER],
    window: monthWindow('2026-10'),
    trendMonths: 6,
    teamDetail: true,
    generatedAt: '2026-11-21T00:00:00.000Z',
    generator: 'letgo test',
    allBranches: false,
    notebookLines: config.notebooks.lines,
  });
}

/** Commits that extend the demo history: a notebook cell, a code change, a co-authored one. */
function more(n: number, from = 0): CommitSpec[] {
  return Array.from({ length: n }, (_, i) => ({
    author: i % 2 ? ANN : BO,
    date: `2026-10-${String(2 + i + from).padStart(2, '0')}T10:00:00+01:00`,
    message: i === 1 ? `pair ${i}\n\nCo-authored-by: Maya Lead <${DEMO_MANAGER}>` : `more ${i + from}`,
    files:
      i % 2
        ? { [`src/more${i + from}.py`]: lines(3 + i, `m${from}_${i}`) }
        : { [`notebooks/more${i + from}.ipynb`]: notebook([[`a = ${i}`, 'b = 2'], ['plot(a)']]) },
  }));
}

const VERSION = { version: '9.9.9-test' };

describe('a history split across --jobs git processes', () => {
  let repo: string;
  beforeAll(async () => {
    repo = await makeRepo(demoCommits('2026-10'), 'demo');
  });

  for (const lines of ['cells', 'git'] as const) {
    it(`gives exactly the facts of one process (${lines} mode)`, async () => {
      const one = await run([repo], { lines, jobs: 1, minChunk: 100_000 });
      const three = await run([repo], { lines, jobs: 3 });
      expect(one.stats[0].chunks).toBe(1);
      expect(three.stats[0].chunks).toBe(12); // four per job
      expect(three.facts).toEqual(one.facts);
      expect(three.repos).toEqual(one.repos);
      // Not vacuous: notebooks counted by cells (or git lines), co-authors resolved through .mailmap.
      expect(one.facts.some((f) => f.kind === 'notebook' && f.parse === (lines === 'cells' ? 'ok' : undefined))).toBe(true);
      expect(one.facts.some((f) => f.coAuthors?.[0]?.email === DEMO_MANAGER)).toBe(true);
    });
  }

  it('splits one repository into many chunks run two at a time, and several repositories side by side', async () => {
    const other = await makeRepo(more(9), 'other');
    const base = await run([repo, other], { jobs: 1, minChunk: 100_000 });
    const split = await run([repo, other], { jobs: 2, minChunk: 3 });
    // 9 commits of at least 3 a chunk: 3 chunks at most, cut to 2, a multiple of the 2 processes at once.
    expect(split.stats.map((s) => s.chunks)).toEqual([8, 2]);
    expect(split.facts).toEqual(base.facts);
    expect(reportOf(split)).toEqual(reportOf(base));
  });
});

describe('the fact cache', () => {
  let repo: string;
  let cold: ScanResult;
  beforeAll(async () => {
    repo = await makeRepo(demoCommits('2026-10'), 'demo');
    cold = await run([repo]);
  });

  it('reads no history on a second scan of an unchanged repository, and gives the same facts and Report', async () => {
    const cache = { dir: tempDir('letgo-cache-'), ...VERSION };
    const first = await run([repo], { cache, jobs: 2 });
    expect(first.stats[0]).toMatchObject({ read: cold.repos[0].commits, cached: 0 });
    const second = await run([repo], { cache, jobs: 2 });
    expect(second.stats[0]).toMatchObject({ read: 0, cached: cold.repos[0].commits, chunks: 0 });
    expect(second.facts).toEqual(cold.facts);
    expect(second.repos).toEqual(cold.repos);
    expect(reportOf(second)).toEqual(reportOf(cold));
  });

  it('reads only the new commits of a repository that moved on, and drops commits a reset made unreachable', async () => {
    const dir = await makeRepo(demoCommits('2026-10'), 'moving');
    const cache = { dir: tempDir('letgo-cache-'), ...VERSION };
    await run([dir], { cache });
    const before = git(dir, ['rev-parse', 'HEAD']).trim();
    await buildRepo(dir, more(4));
    expect(git(dir, ['rev-list', '--count', `${before}..HEAD`]).trim()).toBe('4');
    const warm = await run([dir], { cache });
    expect(warm.stats[0]).toMatchObject({ read: 4, cached: cold.repos[0].commits });
    const coldNow = await run([dir]);
    expect(warm.facts).toEqual(coldNow.facts);
    expect(warm.repos).toEqual(coldNow.repos);
    expect(warm.facts.some((f) => f.path === 'src/more1.py' && f.coAuthors?.[0]?.email === DEMO_MANAGER)).toBe(true);
    // History rewritten: back to before, then two other commits.
    git(dir, ['reset', '-q', '--hard', before]);
    await buildRepo(dir, more(2, 10));
    const rewritten = await run([dir], { cache });
    expect(rewritten.stats[0]).toMatchObject({ read: 2, cached: cold.repos[0].commits });
    const coldRewritten = await run([dir]);
    expect(rewritten.facts).toEqual(coldRewritten.facts);
    expect(rewritten.repos).toEqual(coldRewritten.repos);
    expect(rewritten.facts.some((f) => f.path === 'src/more1.py')).toBe(false);
    // And unchanged again: nothing read.
    expect((await run([dir], { cache })).stats[0].read).toBe(0);
  });

  it('is invalidated by a new letgo version, a classification or notebook-mode change, and a new .mailmap', async () => {
    const dir = await makeRepo(demoCommits('2026-10'), 'keyed');
    const cache = { dir: tempDir('letgo-cache-'), ...VERSION };
    const n = cold.repos[0].commits;
    await run([dir], { cache });
    expect((await run([dir], { cache: { ...cache, version: '9.9.10' } })).stats[0].read).toBe(n);
    const tiers = defaultConfig();
    tiers.tiers = [{ tier: 'strategic', paths: ['notebooks/**'] }];
    const retiered = await run([dir], { cache, config: tiers });
    expect(retiered.stats[0].read).toBe(n);
    expect(retiered.facts.filter((f) => f.kind === 'notebook').every((f) => f.tier === 'strategic')).toBe(true);
    expect((await run([dir], { cache, lines: 'git' })).stats[0].read).toBe(n);
    // Thresholds and rosters do not change facts: the cache stays.
    const thresholds = defaultConfig();
    thresholds.thresholds.snackLines = 9;
    thresholds.team = ['ann@corp.io'];
    expect((await run([dir], { cache, config: thresholds })).stats[0].read).toBe(0);
    // A .mailmap edited in the working tree renames old commits' authors.
    appendFileSync(path.join(dir, '.mailmap'), 'Ann Renamed <ann@team.example>\n');
    const mapped = await run([dir], { cache });
    expect(mapped.stats[0].read).toBe(n);
    expect(mapped.facts).toEqual((await run([dir])).facts);
    // mailmap.blob pointing through a ref: moving the ref to another .mailmap invalidates too.
    const git = (args: string[], input?: string) => execFileSync('git', args, { cwd: dir, input, encoding: 'utf8' }).trim();
    const mailmapCommit = (text: string) => {
      const blob = git(['hash-object', '-w', '--stdin'], text);
      const tree = git(['mktree'], `100644 blob ${blob}\t.mailmap\n`);
      return git(['commit-tree', tree, '-m', 'mailmap'], '');
    };
    git(['update-ref', 'refs/letgo-mailmap', mailmapCommit('Ben Blob <ben@team.example>\n')]);
    git(['config', 'mailmap.blob', 'refs/letgo-mailmap:.mailmap']);
    expect((await run([dir], { cache })).stats[0].read).toBe(n);
    expect((await run([dir], { cache })).stats[0].read).toBe(0);
    git(['update-ref', 'refs/letgo-mailmap', mailmapCommit('Ben Moved <ben@team.example>\n')]);
    const moved = await run([dir], { cache });
    expect(moved.stats[0].read).toBe(n);
    expect(moved.facts).toEqual((await run([dir])).facts);
  });

  it('removes the manifest and segments of a key unused for 30 days, and keeps a key still in use', async () => {
    const dir = await makeRepo(demoCommits('2026-10'), 'aging');
    const root = tempDir('letgo-cache-');
    const cache = { dir: root, ...VERSION };
    const retiered = defaultConfig();
    retiered.tiers = [{ tier: 'strategic', paths: ['notebooks/**'] }];
    const folder = () => path.join(root, 'v2', readdirSync(path.join(root, 'v2'))[0]!);
    const manifests = () => (existsSync(path.join(root, 'v2')) ? readdirSync(folder()).filter((n) => n.endsWith('.json') && !n.startsWith('seg-')) : []);
    const segments = () => readdirSync(folder()).filter((n) => n.startsWith('seg-'));
    const newManifest = async (opts: Partial<ScanOptions> & { lines?: 'git' | 'cells' }) => {
      const before = new Set(manifests());
      await run([dir], { cache, ...opts });
      return manifests().find((n) => !before.has(n))!;
    };
    const keyA = await newManifest({});
    const keyB = await newManifest({ config: retiered }); // other tiers: other facts, its own segment
    const keyC = await newManifest({ lines: 'git' });
    expect(segments()).toHaveLength(3);
    // A manifest is its sha256, a newline, then its JSON.
    const namedBy = (m: string) =>
      (JSON.parse(readFileSync(path.join(folder(), m), 'utf8').split('\n')[1]!) as { segments: { file: string }[] }).segments.map((x) => x.file);
    const age = (name: string, days: number) => {
      const t = Date.now() / 1000 - days * 24 * 60 * 60;
      utimesSync(path.join(folder(), name), t, t);
    };
    age(keyB, 31);
    age(keyC, 29);
    for (const seg of segments()) age(seg, 31);
    // A scan under key A that writes (one new commit) removes key B and the segment only B named.
    await buildRepo(dir, more(1));
    expect((await run([dir], { cache })).stats[0].read).toBe(1);
    expect(manifests().sort()).toEqual([keyA, keyC].sort());
    expect(segments().sort()).toEqual([...new Set([...namedBy(keyA), ...namedBy(keyC)])].sort());
    expect((await run([dir], { cache, config: retiered })).stats[0].read).toBe(cold.repos[0].commits + 1);
    expect((await run([dir], { cache, lines: 'git' })).stats[0].read).toBe(1);
  });

  it('treats a corrupt or half-written cache as a miss: a warning, a cold scan, the same facts', async () => {
    const root = tempDir('letgo-cache-');
    const cache = { dir: root, ...VERSION };
    await run([repo], { cache });
    const folder = path.join(root, 'v2', readdirSync(path.join(root, 'v2'))[0]);
    const files = readdirSync(folder);
    const segment = path.join(
      folder,
      files.find((f) => f.startsWith('seg-'))!
    );
    const manifest = path.join(
      folder,
      files.find((f) => !f.startsWith('seg-'))!
    );
    // A crash mid-write leaves a temp file: ignored.
    writeFileSync(path.join(folder, '.seg-x.json.123.tmp'), '[[');
    expect((await run([repo], { cache })).stats[0].read).toBe(0);
    for (const damage of [
      () => writeFileSync(segment, readFileSync(segment, 'utf8').slice(0, 100)),
      () => rmSync(segment),
      () => writeFileSync(manifest, '{"format": 1, "tips":'),
    ]) {
      damage();
      const warnings: string[] = [];
      const again = await run([repo], { cache, onWarning: (w) => warnings.push(w) });
      expect(warnings, warnings.join(' | ')).toHaveLength(1);
      expect(warnings[0]).toMatch(/fact cache .*(corrupt|lacks).*scanning without it/);
      expect(again.stats[0].read).toBe(cold.repos[0].commits);
      expect(again.facts).toEqual(cold.facts);
      // Rewritten: the next scan is warm again.
      expect((await run([repo], { cache })).stats[0].read).toBe(0);
    }
  });

  it('survives two scans at once into the same cache', async () => {
    const cache = { dir: tempDir('letgo-cache-'), ...VERSION };
    const [a, b] = await Promise.all([run([repo], { cache, jobs: 2 }), run([repo], { cache })]);
    expect(a.facts).toEqual(cold.facts);
    expect(b.facts).toEqual(cold.facts);
    const c = await run([repo], { cache });
    expect(c.stats[0].read).toBe(0);
    expect(c.facts).toEqual(cold.facts);
  });

  it("keeps one repository's facts apart from another's, and all branches apart from HEAD", async () => {
    const other = await makeRepo(more(6), 'other');
    git(other, ['branch', 'side', 'HEAD~2']);
    git(other, ['checkout', '-q', 'side']);
    await buildRepo(other, [{ author: ANN, date: '2026-11-20T10:00:00Z', message: 'side', branch: 'side', files: { 'side.py': 'x = 1\n' } }]);
    git(other, ['checkout', '-q', 'main']);
    const cache = { dir: tempDir('letgo-cache-'), ...VERSION };
    for (const allBranches of [false, true, false, true]) {
      const warm = await run([repo, other], { cache, allBranches });
      const coldNow = await run([repo, other], { allBranches });
      expect(warm.facts).toEqual(coldNow.facts);
      expect(warm.repos).toEqual(coldNow.repos);
    }
    expect((await run([repo, other], { cache, allBranches: true })).stats.map((s) => s.read)).toEqual([0, 0]);
  });
});

describe('a split partial clone (missing blobs)', () => {
  it('walks what needs a missing blob without numstat, in O(log n) walks per chunk, gives the facts of one walk, and caches nothing', async () => {
    const origin = await makeRepo(demoCommits('2026-10'), 'origin');
    git(origin, ['config', 'uploadpack.allowFilter', 'true']);
    const clone = path.join(tempDir('letgo-partial-'), 'partial');
    git(path.dirname(clone), ['clone', '-q', '--filter=blob:none', '--no-checkout', `file://${origin}`, clone]);
    renameSync(origin, `${origin}.gone`); // no lazy fetch could succeed
    const one = await run([clone], { jobs: 1, minChunk: 100_000 });
    const cache = { dir: tempDir('letgo-cache-'), ...VERSION };
    const split = await run([clone], { jobs: 3, cache });
    // Every commit that names a blob needs a missing one, so it is read without numstat; the
    // others (empty commits, submodule pointers) need none and are walked with numstat.
    // Being a promisor clone, it is planned before any walk fails (missingBlobs.ts).
    const commits = one.repos[0].commits;
    const named = git(clone, ['log', '--no-merges', '--raw', '--no-renames', '--no-abbrev', '--format=%x01', 'HEAD'])
      .split('\x01')
      .slice(1)
      .filter((c) => c.split('\n').some((l) => /^:(\d{6}) (\d{6}) /.test(l) && !/^:(160000 \d{6}|\d{6} 160000) /.test(l))).length;
    expect(named).toBeLessThan(commits);
    expect(one.stats[0].fallback).toBe(named);
    expect(split.stats[0].fallback).toBe(named);
    expect(one.stats[0].chunks).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(commits)) + 2);
    expect(split.stats[0].chunks).toBeLessThanOrEqual(12 * (2 * Math.ceil(Math.log2(commits / 12)) + 2));
    expect(one.repos[0].unknownChurn).toBeGreaterThan(0);
    expect(split.facts).toEqual(one.facts);
    expect(split.repos).toEqual(one.repos);
    expect((await run([clone], { jobs: 3, cache })).stats[0].read).toBe(one.repos[0].commits);
  });
});

describe('the fact cache through the CLI', () => {
  const common = ['--format', 'json', '--manager', DEMO_MANAGER, '--month', '2026-10', '--team-detail'];
  let work: string;
  let repo: string;
  beforeAll(async () => {
    work = tempDir('letgo-cli-cache-');
    repo = await makeRepo(demoCommits('2026-10'), 'demo', work);
  });

  const outputs = (dir: string) => ['report.json', 'facts.jsonl', 'repos.json'].map((f) => readFileSync(path.join(work, dir, f), 'utf8'));

  it('writes the same report.json, facts.jsonl and repos.json cold, first cached and warm', async () => {
    const cacheDir = path.join(work, 'cache');
    for (const [out, extra] of [
      ['cold', ['--no-cache']],
      ['first', ['--cache-dir', cacheDir]],
      ['warm', ['--cache-dir', cacheDir]],
    ] as const) {
      const r = await letgo(['scan', repo, ...common, '--out', out, ...extra], work);
      expect(r.code, r.stderr).toBe(ExitCode.Ok);
      expect(r.stderr).toBe('');
    }
    expect(outputs('warm')).toEqual(outputs('cold'));
    expect(outputs('first')).toEqual(outputs('cold'));
    expect(readdirSync(cacheDir)).toEqual(['v2']);
  });

  it('uses $XDG_CACHE_HOME/letgo by default and writes nothing with --no-cache', async () => {
    const home = tempDir('letgo-xdg-');
    const saved = process.env.XDG_CACHE_HOME;
    process.env.XDG_CACHE_HOME = home;
    try {
      expect((await letgo(['scan', repo, ...common, '--no-cache'], work)).code).toBe(ExitCode.Ok);
      expect(readdirSync(home)).toEqual([]);
      expect((await letgo(['scan', repo, ...common], work)).code).toBe(ExitCode.Ok);
      expect(readdirSync(path.join(home, 'letgo'))).toEqual(['v2']);
    } finally {
      process.env.XDG_CACHE_HOME = saved;
    }
  });

  it('warns once and scans cold when the cache folder cannot be written (exit 0, same report)', async () => {
    const blocker = path.join(work, 'not-a-folder');
    writeFileSync(blocker, 'a file where the cache folder should be\n');
    const r = await letgo(['scan', repo, ...common, '--cache-dir', blocker, '--out', 'blocked'], work);
    expect(r.code).toBe(ExitCode.Ok);
    expect(r.stderr).toMatch(/^letgo: warning: cannot write the fact cache in [^\n]*not-a-folder[^\n]*--no-cache\n$/);
    expect(outputs('blocked')).toEqual(outputs('cold'));
    // --quiet silences it.
    expect((await letgo(['scan', repo, ...common, '--cache-dir', blocker, '--quiet'], work)).stderr).toBe('');
  });

  it('shards: one scan --out per repository (each with its own cache), then merge, equals one scan of both', async () => {
    const second = await makeRepo(more(8), 'second', work);
    const parts: string[] = [];
    for (const [i, r] of [repo, second].entries()) {
      const out = `part-${i}`;
      expect((await letgo(['scan', r, ...common, '--out', out, '--cache-dir', path.join(work, `ci-cache-${i}`)], work)).code).toBe(ExitCode.Ok);
      parts.push(out);
    }
    expect((await letgo(['merge', ...parts, '--out', 'merged', '--format', 'json'], work)).code).toBe(ExitCode.Ok);
    expect((await letgo(['scan', repo, second, ...common, '--out', 'joint', '--no-cache'], work)).code).toBe(ExitCode.Ok);
    const [mReport, mFacts] = outputs('merged');
    const [jReport, jFacts] = outputs('joint');
    expect(JSON.parse(mReport)).toEqual(JSON.parse(jReport));
    expect(mFacts).toBe(jFacts);
    const demoCommitCount = (JSON.parse(outputs('cold')[2]) as RepoMeta[])[0].commits;
    expect((JSON.parse(outputs('merged')[2]) as RepoMeta[]).map((r) => r.commits)).toEqual([demoCommitCount, 8]);
  });
});

describe('a folder of repositories', () => {
  it('finds each repository once (not the files inside its .git folder), to depth 3', async () => {
    const parent = tempDir('letgo-folder-');
    const a = await makeRepo(more(3), 'a', parent);
    const b = await makeRepo(more(2), 'b', path.join(parent, 'team', 'x'));
    const found = await discoverRepos([parent]);
    expect(found.map((r) => r.dir).sort()).toEqual([a, b].sort());
    const all = await run([parent], { jobs: 2 });
    expect(all.repos.map((r) => r.commits).sort()).toEqual([2, 3]);
  });
});
