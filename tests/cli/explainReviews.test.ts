/**
 * `letgo explain` lists the reviews and pairing behind report.leadByExample, on a
 * scan made with `--reviews` (a gh export in README's shape) and review trailers in CRLF
 * messages: a pull request squash-merged as a scanned commit whose trailer names the same
 * reviewer is one review; an unmerged pull request reviewed twice is one; a review outside
 * the window and a teammate's review of the manager count nowhere; a teammate's commit
 * the manager co-authored is pairing. Each listed review is checked against git and the export.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/core/errors.js';
import type { Explanation } from '../../src/core/explain.js';
import type { Report } from '../../src/core/report.js';
import type { CommitSpec, Signature } from '../../src/demo/repoBuilder.js';
import { lines, makeRepo, tempDir } from '../helpers/repos.js';
import { git, letgo } from './cliHelpers.js';

const M: Signature = { name: 'Max Manager', email: '4512+maxm@users.noreply.github.com' };
const A: Signature = { name: 'Amy Analyst', email: '7+amy-a@users.noreply.github.com' };
const B: Signature = { name: 'Bob Builder', email: 'bob@corp.io' };
const MAX_TRAILER = `${M.name} <${M.email}>`;

const user = (login: string) => ({ __typename: 'User', login, name: null });
const pr = (n: number, author: string, mergeCommit: string | null, reviews: { state: string; submittedAt: string }[]) => ({
  url: `https://github.com/corp/team/pull/${n}`,
  author: user(author),
  mergeCommit: mergeCommit ? { oid: mergeCommit } : null,
  reviews: { nodes: reviews.map((r) => ({ author: user('maxm'), ...r })) },
});

function history(): CommitSpec[] {
  const c: CommitSpec[] = [];
  let amy = '';
  let bob = '';
  for (let i = 0; i < 6; i++) {
    amy += lines(3, `amy${i}`);
    bob += lines(3, `bob${i}`);
    c.push({ author: A, date: `2026-10-0${i + 1}T10:00:00+02:00`, message: `amy ${i}`, files: { 'src/amy.py': amy } });
    c.push({ author: B, date: `2026-10-0${i + 1}T11:00:00-05:00`, message: `bob ${i}`, files: { 'src/bob.py': bob } });
  }
  // A review by trailer in September: outside the window.
  c.push({ author: B, date: '2026-09-20T10:00:00+00:00', message: `Old fix\r\n\r\nReviewed-by: ${MAX_TRAILER}\r\n`, files: { 'src/old.py': lines(2, 'old') } });
  c.push({
    author: B,
    date: '2026-10-12T15:00:00+00:00',
    message: `Fix the loader\r\n\r\nReviewed-by: ${MAX_TRAILER}\r\n`,
    files: { 'src/loader.py': lines(3, 'loader') },
  });
  c.push({
    author: A,
    date: '2026-10-14T09:00:00+00:00',
    message: `Add features (#3)\n\nAcked-by: ${MAX_TRAILER}\n`,
    files: { 'src/features.py': lines(5, 'f') },
  });
  c.push({
    author: A,
    date: '2026-10-15T09:00:00+00:00',
    message: `Pair on the model\n\nCo-authored-by: ${MAX_TRAILER}\n`,
    files: { 'src/model.py': lines(6, 'm') },
  });
  // Amy reviews Max's own commit: a team review, not Max's.
  c.push({
    author: M,
    date: '2026-10-16T09:00:00+00:00',
    message: `Max's tweak\n\nReviewed-by: ${A.name} <${A.email}>\n`,
    files: { 'src/tweak.py': lines(2, 't') },
  });
  return c.sort((x, y) => Date.parse(x.date) - Date.parse(y.date));
}

describe('explain reviews and pairing with a gh export', () => {
  let cwd: string;
  let repo: string;
  let report: Report;
  let x: Explanation;
  let squash: string;
  beforeAll(async () => {
    cwd = tempDir();
    repo = await makeRepo(history(), 'team', cwd);
    squash = git(repo, ['log', '--format=%H', '--fixed-strings', '--grep=Add features (#3)']).trim();
    const exported = [
      {
        data: {
          repository: {
            pullRequests: {
              pageInfo: { hasNextPage: false, endCursor: 'Y3Vyc29yOjE=' },
              nodes: [
                pr(1, 'amy-a', null, [
                  { state: 'COMMENTED', submittedAt: '2026-10-07T09:00:00Z' },
                  { state: 'APPROVED', submittedAt: '2026-10-08T09:00:00Z' },
                ]),
                pr(3, 'amy-a', squash, [{ state: 'APPROVED', submittedAt: '2026-10-14T08:00:00Z' }]),
              ],
            },
          },
        },
      },
    ];
    writeFileSync(path.join(cwd, 'reviews.json'), JSON.stringify(exported));
    const scan = await letgo(
      [
        'scan',
        repo,
        '--month',
        '2026-10',
        '--manager',
        'Max Manager',
        '--reviews',
        'reviews.json',
        '--out',
        'out',
        '--no-cache',
        '--quiet',
        '--format',
        'json',
      ],
      cwd
    );
    expect(scan.code, scan.stderr).toBe(ExitCode.Ok);
    report = JSON.parse(scan.stdout) as Report;
    const run = await letgo(['explain', '--in', 'out', '--format', 'json'], cwd);
    expect(run.code, run.stderr).toBe(ExitCode.Ok);
    expect(run.stderr).toBe('');
    x = JSON.parse(run.stdout) as Explanation;
  }, 120_000);

  it('lists what the report counts: the loader trailer, the squash-merged pull request once, the unmerged one once', () => {
    expect(report.leadByExample).toMatchObject({ reviews: 3, pairedCommits: 1, membersReviewed: 2, teamReviews: 4 });
    expect(x.reviews.count).toBe(report.leadByExample!.reviews);
    expect(x.pairing.count).toBe(report.leadByExample!.pairedCommits);
    const loader = git(repo, ['log', '--format=%H', '--fixed-strings', '--grep=Fix the loader']).trim();
    expect(x.reviews.items.map((r) => [r.date, r.source, r.work, r.pullRequest ?? null, r.subject, r.authors])).toEqual([
      ['2026-10-07', 'github', 'https://github.com/corp/team/pull/1', 'https://github.com/corp/team/pull/1', '', [{ owner: 'teammate' }]],
      ['2026-10-12', 'trailers', loader, null, 'Fix the loader', [{ owner: 'teammate' }]],
      // The trailer and the GitHub review of the commit PR 3 was squashed into are one review: the trailer's day (first on one day), the pull request kept.
      ['2026-10-14', 'trailers', squash, 'https://github.com/corp/team/pull/3', 'Add features (#3)', [{ owner: 'teammate' }]],
    ]);
    // The trailer keys that credited Max, and the sha of each reviewed commit (none for the unmerged PR 1).
    expect(x.reviews.items.map((r) => [r.trailers ?? null, r.sha ?? null])).toEqual([
      [null, null],
      [['Reviewed-by'], loader],
      [['Acked-by'], squash],
    ]);
    // Each trailer review is in git: that trailer naming Max on a commit Max did not write.
    for (const r of x.reviews.items.filter((i) => i.source === 'trailers')) {
      const trailers = git(repo, ['log', '-1', '--format=%(trailers:unfold)', r.work, '--']);
      expect(trailers).toMatch(new RegExp(`^${r.trailers![0]}: ${MAX_TRAILER.replace(/[.+]/g, '\\$&')}\\r?$`, 'm'));
      expect(git(repo, ['log', '-1', '--format=%ae', r.work, '--']).trim()).not.toBe(M.email);
    }
    expect(x.pairing.commits.map((c) => [c.subject, c.repo])).toEqual([['Pair on the model', 'team']]);
    expect(git(repo, ['log', '-1', '--format=%an', x.pairing.commits[0].sha, '--']).trim()).toBe(A.name);
  });

  it('names the authors with --team-detail and prints the lists as text and CSV', async () => {
    const detail = await letgo(['explain', '--in', 'out', '--team-detail', '--format', 'json'], cwd);
    const y = JSON.parse(detail.stdout) as Explanation;
    expect(y.reviews.items.map((r) => r.authors.map((a) => a.ownerName))).toEqual([['Amy Analyst'], ['Bob Builder'], ['Amy Analyst']]);
    const text = (await letgo(['explain', '--in', 'out', '--format', 'table'], cwd)).stdout;
    expect(text).toContain('Your reviews: 3 (report: leadByExample.reviews)');
    expect(text).toContain('  2026-10-07  GitHub  https://github.com/corp/team/pull/1  by a teammate');
    expect(text).toContain(`  2026-10-12  Reviewed-by  team  ${x.reviews.items[1].sha!.slice(0, 10)}  Fix the loader  by a teammate`);
    expect(text).toContain(
      `  2026-10-14  Acked-by + GitHub  team  ${squash.slice(0, 10)} https://github.com/corp/team/pull/3  Add features (#3)  by a teammate`
    );
    expect(text).toContain('Your pairing: 1 (report: leadByExample.pairedCommits)');
    const csv = (await letgo(['explain', '--in', 'out', '--format', 'csv'], cwd)).stdout.trim().split('\n');
    expect(csv.filter((r) => r.startsWith('reviews,'))).toEqual([
      'reviews,,,,2026-10-07,,,,,,,,teammate,,,github,https://github.com/corp/team/pull/1,',
      expect.stringMatching(/^reviews,,team,[0-9a-f]{40},2026-10-12,Fix the loader,,,,,,,teammate,,,trailers,,Reviewed-by$/),
      `reviews,,team,${squash},2026-10-14,Add features (#3),,,,,,,teammate,,,trailers,https://github.com/corp/team/pull/3,Acked-by`,
    ]);
    expect(csv.filter((r) => r.startsWith('pairing,'))).toHaveLength(1);
  });
});
