/**
 * `letgo explain`: every section's count equals the report's number, on the
 * demo and on a messy team repository (a handoff across a rename to a teammate who
 * commits as a GitHub noreply address, a co-authored commit, a bot, a config-excluded
 * folder); `--path` names the rule behind a file's kind and tier and its owner; bad
 * input is one line with a documented exit code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/core/errors.js';
import { EXPLAIN_SECTIONS, type Explanation, type PathExplanation } from '../../src/core/explain.js';
import type { Report } from '../../src/core/report.js';
import { makeRepo, tempDir } from '../helpers/repos.js';
import { BO, BO_GH, BOARD_AGAIN, handoffTeam } from '../helpers/teams.js';
import { git, letgo } from './cliHelpers.js';

const readReport = (dir: string): Report => JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as Report;

/** After hours as docs/definitions.md "After hours" defines it, worked out here from the ISO time itself: before the workday's start hour, from its end hour, or on a Saturday or Sunday (author's local time). */
function afterHours(iso: string, r: Report): boolean {
  const hour = Number(iso.slice(11, 13));
  const day = new Date(`${iso.slice(0, 10)}T12:00:00Z`).getUTCDay();
  return hour < r.thresholds.workdayStartHour || hour >= r.thresholds.workdayEndHour || day === 0 || day === 6;
}

/** Asserts that each section's count is the report's number, and that its list has that length and holds what the report lists. */
function expectCountsOf(x: Explanation, r: Report): void {
  // The JSON has every section (a section the CLI drops fails here).
  expect(Object.keys(x)).toEqual(expect.arrayContaining([...EXPLAIN_SECTIONS]));
  for (const s of EXPLAIN_SECTIONS) {
    switch (s) {
      case 'managerHandsOn':
        expect(x.managerHandsOn.count).toBe(r.handsOn.managerCommits);
        expect(x.managerHandsOn.commits).toHaveLength(r.handsOn.managerCommits);
        break;
      case 'teamHandsOn':
        expect(x.teamHandsOn.count).toBe(r.handsOn.teamCommits);
        if (r.team.members) {
          expect(x.teamHandsOn.members!.map((m) => [m.id, m.count, m.commits.length])).toEqual(
            r.team.members.map((m) => [m.id, m.handsOnCommits, m.handsOnCommits])
          );
        }
        break;
      case 'takeovers':
        expect(x.takeovers.count).toBe(r.takeovers.length);
        expect(x.takeovers.items.map((t) => t.path)).toEqual(r.takeovers.map((t) => t.path));
        break;
      case 'onlyYou':
        expect(x.onlyYou.count).toBe(r.ownership.onlyYouMaintain.length);
        expect(x.onlyYou.items.map((o) => [o.repo, o.path])).toEqual(r.ownership.onlyYouMaintain.map((o) => [o.repo, o.path]));
        break;
      case 'snacks':
        expect(x.snacks.count).toBe(r.snacks.count);
        expect(x.snacks.commits).toHaveLength(r.snacks.count);
        expect(x.snacks.commits.every((c) => c.handsOnChurn <= r.thresholds.snackLines)).toBe(true);
        break;
      case 'afterHours':
        expect(x.afterHours.of ? x.afterHours.commits.length / x.afterHours.of : null).toBe(r.afterHoursShare);
        // Each listed commit is after hours, and none of the manager's hands-on commits left out is.
        for (const k of x.afterHours.commits) expect(afterHours(k.time, r), k.time).toBe(true);
        for (const k of x.managerHandsOn.commits) expect(afterHours(k.time, r), k.time).toBe(x.afterHours.commits.some((a) => a.sha === k.sha));
        break;
      case 'reviews':
        expect(x.reviews.count).toBe(r.leadByExample!.reviews);
        expect(x.reviews.items).toHaveLength(r.leadByExample!.reviews);
        // One review per reviewed work (the reviewer is always the manager).
        expect(new Set(x.reviews.items.map((i) => i.work)).size).toBe(x.reviews.items.length);
        for (const i of x.reviews.items) expect(i.date >= r.window.since && i.date <= r.window.until, i.date).toBe(true);
        break;
      case 'pairing':
        expect(x.pairing.count).toBe(r.leadByExample!.pairedCommits);
        expect(x.pairing.commits).toHaveLength(r.leadByExample!.pairedCommits);
        break;
      case 'handoffs':
        expect(x.handoffs.count).toBe(r.handoffs!.handedOff.length);
        expect(x.handoffs.items.map((h) => [h.repo, h.path, h.month])).toEqual(r.handoffs!.handedOff.map((h) => [h.repo, h.path, h.month]));
        expect(x.handoffs.newHoards).toEqual(r.handoffs!.newHoards);
        break;
    }
  }
}

/** The review trailers of docs/definitions.md "Lead by example", as git interprets a message's trailers. */
const REVIEW_TRAILER = /^(reviewed|acked|tested|helped|suggested)-by$/i;

/**
 * Asserts that each listed trailer review is one in git: the commit's message has a review
 * trailer naming the manager (by name or email, as git's `%(trailers)` reads them), and the manager is not its author.
 */
function expectTrailerReviewsInGit(x: Explanation, r: Report, repoDir: (repo: string) => string): number {
  const trailers = x.reviews.items.filter((i) => i.source === 'trailers');
  for (const i of trailers) {
    const dir = repoDir(i.repo!);
    const message = git(dir, ['log', '-1', '--format=%B', i.work, '--']);
    const parsed = git(dir, ['log', '-1', '--format=%(trailers:unfold)', i.work, '--'])
      .split(/\r?\n/)
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()] as const);
    const names = parsed.filter(
      ([k, v]) => REVIEW_TRAILER.test(k) && (v.includes(r.manager.name) || r.manager.emails.some((e) => v.toLowerCase().includes(e.toLowerCase())))
    );
    expect(names.length, `${i.work}: ${message}`).toBeGreaterThan(0);
    expect(r.manager.emails).not.toContain(git(dir, ['log', '-1', '--format=%ae', i.work, '--']).trim());
    expect(git(dir, ['log', '-1', '--format=%s', i.work, '--']).trim()).toBe(i.subject);
  }
  return trailers.length;
}

/** `letgo explain --in out --team-detail --format json` in `cwd`, checked against out/report.json section by section. */
async function explainedInDetail(cwd: string): Promise<{ x: Explanation; report: Report }> {
  const run = await letgo(['explain', '--in', 'out', '--team-detail', '--format', 'json'], cwd);
  expect(run.code, run.stderr).toBe(ExitCode.Ok);
  expect(run.stderr).toBe('');
  const x = JSON.parse(run.stdout) as Explanation;
  const report = readReport(path.join(cwd, 'out'));
  expectCountsOf(x, report);
  return { x, report };
}

describe('on the demo', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = tempDir();
    const run = await letgo(['demo', '--out', 'out', '--dir', 'churn-team', '--team-detail', '--quiet', '--format', 'json'], cwd);
    expect(run.code, run.stderr).toBe(ExitCode.Ok);
  }, 120_000);

  it('counts what the report counts, for every section, and each commit is the repository’s', async () => {
    const { x } = await explainedInDetail(cwd);
    expect(x.managerHandsOn.count).toBeGreaterThan(10);
    expect(x.snacks.count).toBeGreaterThan(0);
    expect(x.afterHours.count).toBeGreaterThan(0);
    expect(x.takeovers.count).toBeGreaterThan(0);
    expect(x.reviews.count).toBeGreaterThan(0);
    expect(expectTrailerReviewsInGit(x, readReport(path.join(cwd, 'out')), () => path.join(cwd, 'churn-team'))).toBe(x.reviews.count);
    // Every listed commit is in the repository, with the subject git has, and each file is one the commit changed.
    const repo = path.join(cwd, 'churn-team');
    for (const c of [...x.managerHandsOn.commits, ...x.snacks.commits].slice(0, 12)) {
      expect(git(repo, ['log', '-1', '--format=%s', c.sha, '--']).trim()).toBe(c.subject);
      const changed = git(repo, ['show', '--no-ext-diff', '--no-textconv', '--format=', '--name-only', c.sha, '--']).split('\n').filter(Boolean);
      for (const f of c.files) expect(changed).toContain(f.path);
    }
  });

  it('without --team-detail gives the team’s total only', async () => {
    const run = await letgo(['explain', '--in', 'out', '--format', 'json'], cwd);
    const x = JSON.parse(run.stdout) as Explanation;
    expect(x.teamHandsOn.members).toBeUndefined();
    expect(x.teamHandsOn.count).toBe(readReport(path.join(cwd, 'out')).handsOn.teamCommits);
    expect(run.stdout).not.toContain('Ana');
  });

  it('prints every section as text and as CSV, the rule beside each file', async () => {
    const text = await letgo(['explain', '--in', 'out', '--format', 'table'], cwd);
    expect(text.code, text.stderr).toBe(ExitCode.Ok);
    const report = readReport(path.join(cwd, 'out'));
    expect(text.stdout).toContain(`Your hands-on commits: ${report.handsOn.managerCommits} (report: handsOn.managerCommits)`);
    expect(text.stdout).toContain(`Snacks: ${report.snacks.count} (report: snacks.count)`);
    expect(text.stdout).toContain(`Your reviews: ${report.leadByExample!.reviews} (report: leadByExample.reviews)`);
    expect(text.stdout).toContain(`Your pairing: ${report.leadByExample!.pairedCommits} (report: leadByExample.pairedCommits)`);
    expect(text.stdout).toContain('kind: default kinds.notebook glob "**/*.ipynb"; tier: no tier rule matched: tactical');
    const csv = await letgo(['explain', '--in', 'out', '--format', 'csv'], cwd);
    const rows = csv.stdout.trim().split('\n');
    expect(rows[0]).toBe('section,member,repo,sha,time,subject,path,kind,tier,lines,kind_rule,tier_rule,owner,share,month,source,pull_request,trailers');
    const shas = new Set(rows.filter((r) => r.startsWith('managerHandsOn,')).map((r) => r.split(',')[3]));
    expect(shas.size).toBe(report.handsOn.managerCommits);
    // One row per review, each a teammate's commit reviewed by trailer (no name without --team-detail).
    const reviews = rows.filter((r) => r.startsWith('reviews,'));
    expect(reviews).toHaveLength(report.leadByExample!.reviews);
    for (const r of reviews)
      expect(r).toMatch(
        /^reviews,,churn-team,[0-9a-f]{40},2026-\d\d-\d\d,.*,teammate,,,trailers,,(Reviewed|Acked|Tested|Helped|Suggested)-by(; [A-Za-z]+-by)*$/
      );
  });
});

describe('on a team repository with a handoff', () => {
  let cwd: string;
  let repo: string;
  let config: string;
  beforeAll(async () => {
    cwd = tempDir();
    repo = await makeRepo(handoffTeam(), 'team', cwd);
    config = path.join(cwd, 'letgo.config.json');
    writeFileSync(
      config,
      JSON.stringify({ manager: ['mia@corp.io'], kinds: { generated: ['legacy/**'] }, delegate: [{ tier: 'tactical', since: '2026-09-01', weeks: 8 }] })
    );
    const scan = await letgo(['scan', repo, '--month', '2026-10', '--trend', '3', '--team-detail', '--out', 'out', '--format', 'json', '--quiet'], cwd);
    expect(scan.code, scan.stderr).toBe(ExitCode.Ok);
  }, 120_000);

  it('finds the handoff across the rename, to the teammate known by a noreply address, and the new hoard', () => {
    const r = readReport(path.join(cwd, 'out'));
    const bo = r.team.members!.find((m) => m.name === 'Bo Dev')!;
    expect(bo.emails).toEqual(expect.arrayContaining([BO.email, BO_GH.email]));
    expect(r.handoffs!.handedOff).toEqual([
      {
        repo: 'team',
        path: 'models/forecast.ipynb',
        oldPath: 'notebooks/forecast.ipynb',
        month: '2026-09',
        since: '2026-08',
        owner: bo.id,
        ownerName: 'Bo Dev',
        share: expect.any(Number),
      },
    ]);
    // Bo's 70 new lines and 20 deleted against Mia's 20 added.
    expect(r.handoffs!.handedOff[0].share).toBeCloseTo(90 / 110, 3);
    expect(r.handoffs!.newHoards).toEqual([{ repo: 'team', path: 'notebooks/board.ipynb', month: '2026-09' }]);
    expect(r.delegation![0].handoffs).toBe(1);
    expect(r.ownership.onlyYouMaintain.map((o) => o.path)).toEqual(['notebooks/board.ipynb']);
  });

  it('counts what the report counts, for every section, with and without --team-detail', async () => {
    const { x } = await explainedInDetail(cwd);
    expect(x.takeovers.items.map((t) => [t.path, t.ownerName])).toEqual([['src/ann.py', 'Ann Dev']]);
    expect(x.afterHours.commits.map((c) => c.subject)).toEqual(['fix ann']);
    // Ann's commit with Mia as co-author is the one pairing commit, as git's trailers say.
    expect(x.pairing.commits.map((c) => c.subject)).toEqual(['pair on util']);
    expect(git(repo, ['log', '-1', '--format=%(trailers:key=Co-authored-by,valueonly)%an', x.pairing.commits[0].sha, '--']).trim()).toBe(
      'Mia Boss <mia@corp.io>\nAnn Dev'
    );
    // The pairing commit is Mia's hands-on commit too (co-authored), never a takeover.
    expect(x.managerHandsOn.commits.map((c) => c.subject)).toEqual([BOARD_AGAIN, 'fix ann', 'util', 'pair on util']);
    const util = x.managerHandsOn.commits.find((c) => c.subject === 'util')!;
    expect(util.files.find((f) => f.path === 'legacy/old.py')).toMatchObject({ kind: 'generated', kindRule: 'config kinds.generated glob "legacy/**"' });

    const plain = await letgo(['explain', '--in', 'out', '--format', 'json'], cwd);
    const y = JSON.parse(plain.stdout) as Explanation;
    expect(y.teamHandsOn.members).toBeUndefined();
    expect(y.handoffs.items.map((h) => h.owner)).toEqual(['teammate']);
    expect(plain.stdout).not.toContain('Bo Dev');
    const tbl = (await letgo(['explain', '--in', 'out', '--format', 'table'], cwd)).stdout;
    expect(tbl).toContain(
      'models/forecast.ipynb (was notebooks/forecast.ipynb): only you at the end of August 2026, a teammate’s (82%) at the end of September 2026'
    );
  });

  it('says on stderr when the config gives other numbers than the saved report', async () => {
    const other = path.join(cwd, 'other.json');
    writeFileSync(other, JSON.stringify({ manager: ['mia@corp.io'], kinds: { generated: ['notebooks/**'] }, thresholds: { snackLines: 0 } }));
    const run = await letgo(['explain', '--in', 'out', '--config', other, '--format', 'json'], cwd);
    expect(run.code, run.stderr).toBe(ExitCode.Ok);
    expect(run.stderr).toMatch(
      /^letgo: warning: with this config the saved facts give other numbers than [^\n]*report\.json \(snacks\.count 3 -> 0, delegation\[0\]\.handoffs 1 -> none\): pass the scan's --config, or scan again\n$/
    );
    // Snacks were board (4 lines), fix ann (1) and the pairing commit (2). Kinds are the scan's (facts keep them); a rule that now says otherwise is named as such.
    const board = (JSON.parse(run.stdout) as Explanation).managerHandsOn.commits[0].files[0];
    expect(board).toMatchObject({ path: 'notebooks/board.ipynb', kind: 'notebook' });
    expect(board.kindRule).toBe('scanned as notebook; the config\'s rules now say generated (config kinds.generated glob "notebooks/**"): scan again');
  });

  it('warns when the config changes the handoffs and a delegation step’s count of them, not only the headline counts', async () => {
    // Only changes in the last day count as "only you": no notebook was only Mia's at any month's end.
    const other = path.join(cwd, 'recent.json');
    writeFileSync(
      other,
      JSON.stringify({
        manager: ['mia@corp.io'],
        kinds: { generated: ['legacy/**'] },
        delegate: [{ tier: 'tactical', since: '2026-09-01', weeks: 8 }],
        thresholds: { onlyYouDays: 1 },
      })
    );
    const run = await letgo(['explain', '--in', 'out', '--config', other, '--format', 'json'], cwd);
    expect(run.code, run.stderr).toBe(ExitCode.Ok);
    expect(run.stderr).toContain('(ownership.onlyYouMaintain 1 -> 0, handoffs.handedOff 1 -> 0, delegation[0].handoffs 1 -> 0)');
    expect((JSON.parse(run.stdout) as Explanation).handoffs).toEqual({ count: 0, items: [], newHoards: [] });
  });

  it('--path names the config rule of an excluded file, and it has no owner', async () => {
    const run = await letgo(['explain', '--in', 'out', '--path', 'legacy/old.py', '--format', 'json'], cwd);
    expect(run.code, run.stderr).toBe(ExitCode.Ok);
    const p = JSON.parse(run.stdout) as PathExplanation;
    expect(p).toMatchObject({
      repo: 'team',
      path: 'legacy/old.py',
      kind: 'generated',
      kindRule: 'config kinds.generated glob "legacy/**"',
      owner: null,
      managerShare: null,
    });
    expect(p.changes.total).toBe(1);
  });

  it('--path names the default rule of a notebook and who owns it, also by its old name or a path in the repository', async () => {
    const run = await letgo(['explain', '--in', 'out', '--path', 'team/notebooks/forecast.ipynb', '--team-detail', '--format', 'json'], cwd);
    expect(run.code, run.stderr).toBe(ExitCode.Ok);
    const p = JSON.parse(run.stdout) as PathExplanation;
    expect(p).toMatchObject({
      repo: 'team',
      path: 'models/forecast.ipynb',
      kind: 'notebook',
      kindRule: 'default kinds.notebook glob "**/*.ipynb"',
      tier: 'tactical',
      tierRule: 'no tier rule matched: tactical',
    });
    expect(p.owner).toMatchObject({ ownerName: 'Bo Dev' });
    expect(p.owner!.share + p.managerShare!).toBeCloseTo(1, 3);
    expect(p.changes.total).toBe(4);
    const inRepo = await letgo(['explain', '--in', 'out', '--path', path.join(repo, 'src', 'util.py'), '--format', 'table'], cwd);
    expect(inRepo.code, inRepo.stderr).toBe(ExitCode.Ok);
    expect(inRepo.stdout).toContain('src/util.py in team');
    expect(inRepo.stdout).toContain('kind: code, by default kinds.code glob');
    expect(inRepo.stdout).toMatch(/owner: you with \d+(\.\d)?% of its churn/);
  });

  it('refuses a path no scanned history holds, and a missing scan, in one line each', async () => {
    const path_ = await letgo(['explain', '--in', 'out', '--path', 'nope/ghost.py'], cwd);
    expect(path_.code).toBe(ExitCode.Usage);
    expect(path_.stderr).toMatch(/^letgo: --path nope\/ghost\.py: no commit in the scan changed such a file \(repositories: team\)[^\n]*\n$/);
    const empty = await letgo(['explain', '--in', 'out', '--path', ''], cwd);
    expect(empty.code).toBe(ExitCode.Usage);
    expect(empty.stderr.split('\n')).toHaveLength(2);
    const missing = await letgo(['explain', '--in', 'nowhere'], cwd);
    expect(missing.code).toBe(ExitCode.BadInput);
    expect(missing.stderr).toMatch(/^letgo: no report at [^\n]*nowhere[^\n]*report\.json: run 'letgo scan --out [^\n]*' first\n$/);
    writeFileSync(path.join(cwd, 'out', 'facts.jsonl'), '{"not": "a fact"}\n');
    const broken = await letgo(['explain', '--in', 'out'], cwd);
    expect(broken.code).toBe(ExitCode.BadInput);
    expect(broken.stderr.split('\n')).toHaveLength(2);
  });
});

describe('on hostile input', () => {
  it('keeps control characters out of the text, lists 50 files of a big commit and counts the rest', async () => {
    const cwd = tempDir();
    const files: Record<string, string> = Object.fromEntries(Array.from({ length: 59 }, (_, i) => [`src/gen/m${String(i).padStart(2, '0')}.py`, `x = ${i}\n`]));
    files['src/evil\u001b[31mred\nline.py'] = 'y = 1\n';
    const repo = await makeRepo(
      [
        { author: { name: 'Ann Dev', email: 'ann@corp.io' }, date: '2026-10-01T10:00:00Z', message: 'start', files: { 'a.py': 'a = 1\n' } },
        { author: { name: 'Mia Boss', email: 'mia@corp.io' }, date: '2026-10-02T10:00:00Z', message: '=HYPERLINK("http://x")\u001b[2J', files },
        { author: { name: 'Ann Dev', email: 'ann@corp.io' }, date: '2026-10-12T10:00:00Z', message: 'more', files: { 'a.py': 'a = 2\n' } },
      ],
      'evil',
      cwd
    );
    const scan = await letgo(['scan', repo, '--manager', 'mia@corp.io', '--month', '2026-10', '--out', 'out', '--format', 'json', '--quiet'], cwd);
    expect(scan.code, scan.stderr).toBe(ExitCode.Ok);
    const x = JSON.parse((await letgo(['explain', '--in', 'out', '--format', 'json'], cwd)).stdout) as Explanation;
    expect(x.managerHandsOn.commits[0].files).toHaveLength(50);
    expect(x.managerHandsOn.commits[0].moreFiles).toBe(10);
    const text = (await letgo(['explain', '--in', 'out', '--format', 'table'], cwd)).stdout;
    expect(text).not.toMatch(/\u001b/);
    expect(text).toContain('and 10 more files');
    const csv = (await letgo(['explain', '--in', 'out', '--format', 'csv'], cwd)).stdout;
    // A subject that a spreadsheet would run as a formula is written with a leading quote.
    expect(csv).toContain(`,"'=HYPERLINK(""http://x"")`);
  });
});
