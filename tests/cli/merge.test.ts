/**
 * `letgo merge` (docs/definitions.md "Facts and merging"): merging the scans of repository sets A and B gives
 * the same Report as scanning A and B together. First through the CLI, then as a
 * fast-check property over splits of a pool of real repositories.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, type AnalyzeOptions } from '../../src/core/analyze.js';
import { defaultConfig } from '../../src/core/config.js';
import { ExitCode } from '../../src/core/errors.js';
import { mergeFacts, mergeRepos, type Fact, type RepoMeta } from '../../src/core/facts.js';
import type { Report } from '../../src/core/report.js';
import { monthWindow } from '../../src/core/time.js';
import type { CommitSpec, Signature } from '../../src/demo/repoBuilder.js';
import { scan } from '../../src/scan/index.js';
import { jupytextScript, lines, makeRepo, nbV4, notebook, tempDir } from '../helpers/repos.js';
import { letgo, NOW } from './cliHelpers.js';

const MIA: Signature = { name: 'Mia Boss', email: 'mia@corp.io' };
const MIA_HOME: Signature = { name: 'mia boss', email: 'mia@home.io' };
const ANN: Signature = { name: 'Ann Dev', email: 'ann@corp.io' };
const ANN_HOME: Signature = { name: 'Ann Dev', email: 'ann@home.io' };
const BO: Signature = { name: 'Bo Dev', email: 'bo@corp.io' };
const CY: Signature = { name: 'Cy Data', email: 'cy@corp.io' };
const DEE: Signature = { name: 'Dée Zürich', email: 'dee@corp.io' };
const BOT: Signature = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const readFacts = (dir: string): Fact[] =>
  readFileSync(path.join(dir, 'facts.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Fact);

/**
 * A repository of the pool: the manager and some members commit in August, September
 * and October 2026 (so every month has commits in every repository), with notebooks,
 * code, docs and extras (co-authors, a bot, a second identity of a person).
 */
function poolRepo(seed: number, members: Signature[], extras: CommitSpec[] = []): CommitSpec[] {
  const c: CommitSpec[] = [];
  let code = '';
  let cells: string[][] = [[`seed = ${seed}`]];
  const offsets = ['+02:00', '-05:00', '+09:00', 'Z'];
  ['2026-08', '2026-09', '2026-10'].forEach((month, mi) => {
    members.forEach((m, i) => {
      for (const day of [3 + i + seed, 12 + i, 20 + ((i + seed) % 7)]) {
        const date = `${month}-${String(day).padStart(2, '0')}T${String(9 + ((day + i) % 12)).padStart(2, '0')}:15:00${offsets[(i + day) % 4]}`;
        code += lines(1 + ((day * (i + 1) + seed) % 9), `r${seed}m${mi}p${i}d${day}`);
        c.push({ author: m, date, message: `work ${day}`, files: { [`src/mod${i}.py`]: code } });
      }
    });
    cells = [...cells, [`m${mi} = ${seed}`, `n${mi} = ${mi}`]];
    c.push({
      author: MIA,
      date: `${month}-${String(8 + seed).padStart(2, '0')}T21:30:00+02:00`,
      message: 'explore',
      files: { 'notebooks/explore.ipynb': notebook(cells) },
    });
    c.push({
      author: MIA,
      date: `${month}-${String(16 + seed).padStart(2, '0')}T10:00:00+02:00`,
      message: 'tweak',
      files: { [`src/mod0.py`]: code + `tweak_${mi} = 1\n` },
    });
    code += `tweak_${mi} = 1\n`;
  });
  c.push({ author: MIA, date: `2026-10-02T09:00:00+02:00`, message: 'ADR', files: { [`docs/adr/000${seed}.md`]: `# ADR ${seed}\n` } });
  return [...c, ...extras].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
}

describe('letgo merge through the CLI', () => {
  let work: string;
  let alpha: string;
  let beta: string;
  const common = ['--format', 'json', '--manager', MIA.email, '--month', '2026-10', '--team-detail'];
  beforeAll(async () => {
    work = tempDir('letgo-cli-merge-');
    alpha = await makeRepo(
      poolRepo(
        1,
        [ANN, BO],
        [
          {
            author: BO,
            date: '2026-10-21T11:00:00+02:00',
            message: 'pair\n\nCo-authored-by: Mia Boss <mia@corp.io>',
            files: { 'src/pair.py': lines(6, 'pair') },
          },
          // A Jupytext pair changed together (counted once), then its script alone.
          {
            author: MIA,
            date: '2026-10-05T10:00:00+02:00',
            message: 'paired notebook',
            files: {
              'notebooks/paired.ipynb': nbV4([{ type: 'code', source: 'a = 1', count: 1 }], { jupytext: { formats: 'ipynb,py:percent' } }),
              'notebooks/paired.py': jupytextScript('a = 1'),
            },
          },
          { author: ANN, date: '2026-10-07T10:00:00+02:00', message: 'script only', files: { 'notebooks/paired.py': jupytextScript('a = 1\nb = 2') } },
        ]
      ),
      'alpha',
      work
    );
    beta = await makeRepo(
      poolRepo(
        2,
        [ANN_HOME, CY],
        [
          { author: BOT, date: '2026-10-15T06:00:00Z', message: 'Bump', files: { 'requirements.txt': 'pandas==2.2.3\n' } },
          { author: MIA_HOME, date: '2026-10-25T23:00:00+02:00', message: 'late', files: { 'notebooks/late.ipynb': notebook([['a = 1']]) } },
        ]
      ),
      'beta',
      work
    );
  }, 60_000);

  it('merge(scan A, scan B) writes the report of scan A B', async () => {
    const dA = path.join(work, 'dA');
    const dB = path.join(work, 'dB');
    const dM = path.join(work, 'dM');
    const dAB = path.join(work, 'dAB');
    for (const [args, out] of [
      [[alpha], dA],
      [[beta], dB],
      [[alpha, beta], dAB],
    ] as const) {
      const run = await letgo(['scan', ...args, ...common, '--out', out], work);
      expect(run.code, run.stderr).toBe(ExitCode.Ok);
    }
    const merged = await letgo(['merge', dA, dB, '--out', dM, '--format', 'json'], work);
    expect(merged.code, merged.stderr).toBe(ExitCode.Ok);
    const mergedReport = readJson<Report>(path.join(dM, 'report.json'));
    const joint = readJson<Report>(path.join(dAB, 'report.json'));
    // The same clock: generatedAt agrees too.
    expect(mergedReport.generatedAt).toBe(NOW.toISOString());
    expect(mergedReport).toEqual(joint);
    expect(JSON.parse(merged.stdout)).toEqual(joint);
    // Facts are the union, in the same deterministic order.
    expect(readFacts(dM)).toEqual(readFacts(dAB));
    expect(readFacts(dM)).toHaveLength(readFacts(dA).length + readFacts(dB).length);
    // The report is not trivial: the team spans both repositories, identities merged across them.
    expect(joint.repos.map((r) => r.path)).toEqual([alpha, beta]);
    expect(joint.manager.emails).toEqual(['mia@corp.io', 'mia@home.io']);
    expect(joint.team.members?.map((m) => m.id).sort()).toEqual(['ann@corp.io', 'bo@corp.io', 'cy@corp.io', 'mia@corp.io']);
    expect(joint.excluded.bots.commits).toBe(1);
    // The Jupytext pair of alpha survives the merge: Mia's paired script counts with its notebook, Ann's script alone as notebook work.
    expect(joint.notebooks.team).toMatchObject({ pairedScripts: 1, textNotebooks: 1 });
    expect(joint.notebooks.manager).toMatchObject({ pairedScripts: 1, textNotebooks: 0 });
  });

  it('does not depend on the order of the inputs (repos are ordered by id)', async () => {
    const dA = path.join(work, 'dA');
    const dB = path.join(work, 'dB');
    const dBA = path.join(work, 'dBA');
    const dM2 = path.join(work, 'dM2');
    expect((await letgo(['scan', beta, alpha, ...common, '--out', dBA], work)).code).toBe(ExitCode.Ok);
    expect((await letgo(['merge', dB, dA, '--out', dM2, '--format', 'json'], work)).code).toBe(ExitCode.Ok);
    const merged = readJson<Report>(path.join(dM2, 'report.json'));
    const joint = readJson<Report>(path.join(dBA, 'report.json'));
    // A joint scan lists repositories in argument order; a merge orders them by id.
    expect(joint.repos.map((r) => r.id)).toEqual(['beta', 'alpha']);
    expect(merged.repos.map((r) => r.id)).toEqual(['alpha', 'beta']);
    const byId = (r: Report): Report => ({ ...r, repos: [...r.repos].sort((a, b) => a.id.localeCompare(b.id)) });
    expect(byId(merged)).toEqual(byId(joint));
    expect(merged).toEqual(readJson<Report>(path.join(work, 'dAB', 'report.json')));
  });

  it('is idempotent: merging a scan with itself changes nothing', async () => {
    const dA = path.join(work, 'dA');
    const dAA = path.join(work, 'dAA');
    expect((await letgo(['merge', dA, dA, '--out', dAA, '--format', 'json'], work)).code).toBe(ExitCode.Ok);
    expect(readJson<Report>(path.join(dAA, 'report.json'))).toEqual(readJson<Report>(path.join(dA, 'report.json')));
    expect(readFacts(dAA)).toEqual(readFacts(dA));
  });

  it('rejects a folder that holds no scan: 8, one line, nothing written', async () => {
    const out = path.join(work, 'dBad');
    const run = await letgo(['merge', path.join(work, 'dA'), path.join(work, 'nothing-here'), '--out', out], work);
    expect(run.code).toBe(ExitCode.BadInput);
    expect(run.stderr).toMatch(/^letgo: [^\n]*nothing-here[^\n]*letgo scan --out[^\n]*\n$/);
    expect(existsSync(out)).toBe(false);
  });

  it('needs --out: 2, one line', async () => {
    const run = await letgo(['merge', path.join(work, 'dA')], work);
    expect(run.code).toBe(ExitCode.Usage);
    expect(run.stderr).toMatch(/^letgo: [^\n]*--out[^\n]*\n$/);
  });
});

describe('property: analyze(merge(scan A, scan B)) = analyze(scan A ∪ B)', () => {
  /** Pool repositories in id order (r1 < r2 < r3 < r4), so the union scanned in pool order lists repos as a merge does. */
  let pool: string[];
  beforeAll(async () => {
    const parent = tempDir('letgo-merge-pool-');
    pool = [
      await makeRepo(poolRepo(1, [ANN, BO]), 'r1', parent),
      await makeRepo(
        poolRepo(
          2,
          [ANN_HOME, CY],
          [{ author: CY, date: '2026-09-29T11:00:00+02:00', message: 'pair\n\nCo-authored-by: Ann Dev <ann@corp.io>', files: { 'src/pair.py': lines(4, 'p') } }]
        ),
        'r2',
        parent
      ),
      await makeRepo(
        poolRepo(
          3,
          [DEE],
          [
            { author: BOT, date: '2026-10-15T06:00:00Z', message: 'Bump', files: { 'requirements.txt': 'pandas==2.2.3\n' } },
            { author: MIA, date: '2026-06-01T09:00:00+02:00', message: 'mailmap', files: { '.mailmap': 'Mia Boss <mia@corp.io> <mia.old@corp.io>\n' } },
            {
              author: { name: 'M. Boss', email: 'mia.old@corp.io' },
              date: '2026-10-27T08:00:00+02:00',
              message: 'old me',
              files: { 'src/old.py': lines(3, 'o') },
            },
          ]
        ),
        'r3',
        parent
      ),
      await makeRepo(poolRepo(4, [BO, CY, DEE]), 'r4', parent),
    ];
  }, 120_000);

  const options = (month: string): AnalyzeOptions => {
    const config = defaultConfig();
    return {
      config,
      managers: [MIA.email],
      window: monthWindow(month),
      trendMonths: 3,
      teamDetail: true,
      generatedAt: NOW.toISOString(),
      generator: 'letgo test',
      allBranches: false,
      notebookLines: config.notebooks.lines,
    };
  };
  const scanDirs = (dirs: string[]) => scan(dirs, { config: defaultConfig(), allBranches: false, jobs: 2 });

  it('holds for every split of the pool (overlaps and left-out repositories included)', async () => {
    const side = fc.constantFrom('A', 'B', 'both', 'none');
    const split = fc.tuple(side, side, side, side).filter((s) => s.some((x) => x === 'A' || x === 'both') && s.some((x) => x === 'B' || x === 'both'));
    await fc.assert(
      fc.asyncProperty(split, fc.constantFrom('2026-08', '2026-09', '2026-10'), async (s, month) => {
        const a = pool.filter((_, i) => s[i] === 'A' || s[i] === 'both');
        const b = pool.filter((_, i) => s[i] === 'B' || s[i] === 'both');
        const union = pool.filter((_, i) => s[i] !== 'none');
        const [sa, sb, su] = await Promise.all([scanDirs(a), scanDirs(b), scanDirs(union)]);
        const facts: Fact[] = mergeFacts(sa.facts, sb.facts);
        const repos: RepoMeta[] = mergeRepos(sa.repos, sb.repos);
        expect(facts).toEqual(su.facts);
        expect(repos).toEqual(su.repos);
        expect(analyze(facts, repos, options(month))).toEqual(analyze(su.facts, su.repos, options(month)));
      }),
      { numRuns: 8 }
    );
  }, 120_000);

  it('holds in either order of the inputs', async () => {
    const [r1, r2, r3, r4] = await Promise.all(pool.map((d) => scanDirs([d])));
    const all = await scanDirs(pool);
    const forward = analyze(mergeFacts(r1.facts, r2.facts, r3.facts, r4.facts), mergeRepos(r1.repos, r2.repos, r3.repos, r4.repos), options('2026-10'));
    const backward = analyze(mergeFacts(r4.facts, r3.facts, r2.facts, r1.facts), mergeRepos(r4.repos, r3.repos, r2.repos, r1.repos), options('2026-10'));
    const joint = analyze(all.facts, all.repos, options('2026-10'));
    expect(forward).toEqual(joint);
    expect(backward).toEqual(joint);
    // Not a trivial report: identities across repos (mailmap, second email) and a bot.
    expect(joint.manager.emails).toEqual(['mia@corp.io']);
    expect(joint.team.members?.map((m) => m.id).sort()).toEqual(['ann@corp.io', 'bo@corp.io', 'cy@corp.io', 'dee@corp.io', 'mia@corp.io']);
    expect(joint.excluded.bots.commits).toBe(1);
    expect(all.facts.some((f) => f.authorEmail === 'mia.old@corp.io')).toBe(false);
  }, 60_000);
});
