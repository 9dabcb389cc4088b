/**
 * `letgo scan --reviews FILE` through the CLI: a gh export in README's shape counts, is
 * kept in `--out` as reviews.json and counted again by `letgo merge`; every file that is
 * not such an export (missing, a folder, huge, not JSON, gh without --slurp, the wrong
 * shape, a date that is no calendar time) is exit 8 with one line naming the file and
 * field, before any git runs.
 */
import { mkdirSync, openSync, closeSync, ftruncateSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report.js';
import type { CommitSpec, Signature } from '../../src/demo/repoBuilder.js';
import { combineReviewPages, MAX_REVIEWS_BYTES, parseReviewPages } from '../../src/cli/reviewsFile.js';
import { LetgoError } from '../../src/core/errors.js';
import { githubReviews } from '../../src/core/githubReviews.js';
import { lines, makeRepo, tempDir } from '../helpers/repos.js';
import { expectOneLineError, letgo } from './cliHelpers.js';

const M: Signature = { name: 'Max Manager', email: '4512+maxm@users.noreply.github.com' };
const A: Signature = { name: 'Amy Analyst', email: '7+amy-a@users.noreply.github.com' };
const B: Signature = { name: 'Bob Builder', email: 'bob@corp.io' };

function work(who: Signature, n: number): CommitSpec[] {
  let text = '';
  return Array.from({ length: n }, (_, i) => {
    text += lines(2, `${who.name.split(' ')[0]}${i}`);
    return {
      author: who,
      date: `2026-10-${String(5 + (i % 4) * 7).padStart(2, '0')}T10:0${i % 10}:00+00:00`,
      message: `work ${i}`,
      files: { [`src/${who.name.split(' ')[0]}.py`]: text },
    };
  });
}

const user = (login: string) => ({ __typename: 'User', login, name: null });
/** An export as `gh api graphql --paginate --slurp` writes README's query: two pages. */
const EXPORT = [
  {
    data: {
      repository: {
        pullRequests: {
          pageInfo: { hasNextPage: true, endCursor: 'Y3Vyc29yOjE=' },
          nodes: [
            {
              url: 'https://github.com/corp/team/pull/1',
              author: user('amy-a'),
              mergeCommit: null,
              reviews: { nodes: [{ author: user('maxm'), state: 'APPROVED', submittedAt: '2026-10-06T09:00:00Z' }] },
            },
          ],
        },
      },
    },
  },
  {
    data: {
      repository: {
        pullRequests: {
          pageInfo: { hasNextPage: false, endCursor: 'Y3Vyc29yOjI=' },
          nodes: [
            {
              url: 'https://github.com/corp/team/pull/2',
              author: { __typename: 'User', login: 'bobb', name: 'Bob Builder' },
              mergeCommit: null,
              reviews: { nodes: [{ author: user('maxm'), state: 'COMMENTED', submittedAt: '2026-10-13T09:00:00Z' }] },
            },
          ],
        },
      },
    },
  },
];

/** Writes `value` as JSON to `cwd/name`; returns `name`. */
function writeJson(cwd: string, name: string, value: unknown): string {
  writeFileSync(path.join(cwd, name), JSON.stringify(value));
  return name;
}

async function teamRepo(): Promise<{ cwd: string; repo: string }> {
  const cwd = tempDir();
  const adr: CommitSpec = { author: M, date: '2026-10-02T09:00:00+00:00', message: 'ADR', files: { 'docs/adr/1.md': '# ADR\n' } };
  const tested: CommitSpec = {
    author: B,
    date: '2026-10-20T15:00:00+00:00',
    message: 'Fix the loader\r\n\r\nTested-by: Amy Analyst <7+amy-a@users.noreply.github.com>\r\n',
    files: { 'src/loader.py': lines(3, 'loader') },
  };
  const commits = [adr, ...work(A, 6), ...work(B, 5), tested].sort((x, y) => Date.parse(x.date) - Date.parse(y.date));
  return { cwd, repo: await makeRepo(commits, 'team', cwd) };
}

describe('combineReviewPages', () => {
  it('keeps the copy of a pull request with the most reviews, and refuses pages a reviews.json could not hold (exit 8)', () => {
    const later = structuredClone(EXPORT[1]);
    later.data.repository.pullRequests.nodes[0].reviews.nodes.push({ author: user('amy-a'), state: 'APPROVED', submittedAt: '2026-10-14T09:00:00Z' });
    const combined = combineReviewPages([
      { pages: EXPORT, reviews: githubReviews(EXPORT) },
      { pages: [later], reviews: githubReviews([later]) },
    ]);
    expect(combined.pages).toEqual([EXPORT[0], later]);
    expect(combined.reviews.map((r) => r.reviewer.login)).toEqual(['maxm', 'maxm', 'amy-a']);

    // 120,000 distinct pull requests of some 600 bytes each: about 70 MB, over the 64 MB limit.
    const big = (from: number) => [
      {
        data: {
          repository: {
            pullRequests: {
              nodes: Array.from({ length: 60_000 }, (_, i) => ({
                url: `https://github.com/corp/team/pull/${from + i}`,
                author: user('amy-a'),
                mergeCommit: { oid: 'a'.repeat(40) },
                reviews: {
                  nodes: [1, 2, 3].map((d) => ({ author: user('maxm'), state: 'COMMENTED', submittedAt: `2026-10-0${d}T09:00:00Z`, body: 'x'.repeat(60) })),
                },
              })),
            },
          },
        },
      },
    ];
    const parts = [big(0), big(60_000)].map((pages) => ({ pages, reviews: [] }));
    const refused = (() => {
      try {
        combineReviewPages(parts);
      } catch (e) {
        return e as LetgoError;
      }
    })();
    expect(refused).toBeInstanceOf(LetgoError);
    expect(refused?.code).toBe(8);
    expect(refused?.message).toMatch(/^the reviews' distinct pull requests take \d+ bytes, more than the 67108864 a scan's reviews.json may hold: export/);
  });
});

describe('letgo scan --reviews', () => {
  it('counts the reviews of a gh export, keeps them in --out and counts them again in letgo merge', async () => {
    const { cwd, repo } = await teamRepo();
    writeFileSync(path.join(cwd, 'reviews-team.json'), JSON.stringify(EXPORT));
    const args = ['scan', repo, '--month', '2026-10', '--manager', 'Max Manager', '--no-cache', '--quiet', '--format', 'json'];
    const scan = await letgo([...args, '--reviews', 'reviews-team.json', '--out', 'out'], cwd);
    expect(scan.code, scan.stderr).toBe(0);
    const report = JSON.parse(scan.stdout) as Report;
    // Max's reviews of Amy's and Bob's pull requests; Amy's Tested-by on Bob's commit is the team's third.
    expect(report.leadByExample).toEqual({ reviews: 2, pairedCommits: 0, membersReviewed: 2, teamReviews: 3, sources: ['trailers', 'github'] });
    expect(report.signal.level).toBe('balanced');
    expect(JSON.parse(readFileSync(path.join(cwd, 'out', 'reviews.json'), 'utf8'))).toEqual(EXPORT);

    const merge = await letgo(['merge', 'out', '--out', 'merged', '--format', 'json', '--quiet'], cwd);
    expect(merge.code, merge.stderr).toBe(0);
    expect((JSON.parse(merge.stdout) as Report).leadByExample).toEqual(report.leadByExample);

    // Two scans of the same export merged, and the export given twice: each pull request once, not the pages twice.
    const twice = await letgo([...args, '--reviews', 'reviews-team.json', '--reviews', 'reviews-team.json', '--out', 'twice'], cwd);
    expect(twice.code, twice.stderr).toBe(0);
    expect(JSON.parse(readFileSync(path.join(cwd, 'twice', 'reviews.json'), 'utf8'))).toEqual(EXPORT);
    const both = await letgo(['merge', 'out', 'twice', '--out', 'both', '--format', 'json', '--quiet'], cwd);
    expect(both.code, both.stderr).toBe(0);
    expect((JSON.parse(both.stdout) as Report).leadByExample).toEqual(report.leadByExample);
    expect(JSON.parse(readFileSync(path.join(cwd, 'both', 'reviews.json'), 'utf8'))).toEqual(EXPORT);

    // letgo explain analyses the saved facts with the saved reviews: the report's numbers, no warning that they differ.
    const explained = await letgo(['explain', '--in', 'out', '--format', 'json'], cwd);
    expect(explained.code, explained.stderr).toBe(0);
    expect(explained.stderr).toBe('');

    // The trailer is a column of letgo export.
    const exported = await letgo(['export', '--in', 'out', '--format', 'jsonl', '--out', 'rows.jsonl'], cwd);
    expect(exported.code, exported.stderr).toBe(0);
    const rows = readFileSync(path.join(cwd, 'rows.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { path: string; reviewers: string });
    expect(rows.find((r) => r.path === 'src/loader.py')?.reviewers).toBe('["Tested-by: Amy Analyst <7+amy-a@users.noreply.github.com>"]');
    expect(rows.filter((r) => r.reviewers !== '[]')).toHaveLength(1);

    // reviews.json is part of the scan's unit: one changed afterwards is refused, as a changed facts.jsonl is.
    writeFileSync(path.join(cwd, 'merged', 'reviews.json'), '[]\n');
    expectOneLineError(
      await letgo(['merge', 'merged', '--out', 'merged2', '--format', 'json'], cwd),
      8,
      `${path.join(cwd, 'merged', 'reviews.json')} is not the file of the scan`
    );

    // Scanned again into the same folder without the export: no review, no hands-on commit: out of touch, also for merge (the old reviews.json is not read).
    const plain = await letgo([...args, '--out', 'out'], cwd);
    expect((JSON.parse(plain.stdout) as Report).leadByExample?.sources).toEqual(['trailers']);
    expect((JSON.parse(plain.stdout) as Report).signal.level).toBe('out-of-touch');
    const again = await letgo(['merge', 'out', '--out', 'merged3', '--format', 'json', '--quiet'], cwd);
    expect(again.code, again.stderr).toBe(0);
    expect((JSON.parse(again.stdout) as Report).leadByExample).toMatchObject({ reviews: 0, sources: ['trailers'] });
  });

  it('one file in which gh --paginate --slurp repeated a page, or a pull request across pages (the list moved): each pull request counted once, reviews.json holds it once', async () => {
    const { cwd, repo } = await teamRepo();
    const args = ['scan', repo, '--month', '2026-10', '--manager', 'Max Manager', '--no-cache', '--quiet', '--format', 'json'];
    const clean = await letgo([...args, '--reviews', writeJson(cwd, 'clean.json', EXPORT)], cwd);
    expect(clean.code, clean.stderr).toBe(0);
    const want = (JSON.parse(clean.stdout) as Report).leadByExample;
    expect(want?.reviews).toBe(2);
    // The last page again (gh fetched the same cursor twice).
    const repeated = [EXPORT[0], EXPORT[1], EXPORT[1]];
    // A pull request merged while gh paginated: the list moved by one, so page 2 starts with page 1's last pull request.
    const moved = structuredClone(EXPORT);
    moved[1].data.repository.pullRequests.nodes.unshift(structuredClone(EXPORT[0].data.repository.pullRequests.nodes[0]));
    for (const [name, pages] of [
      ['repeated.json', repeated],
      ['moved.json', moved],
    ] as const) {
      // The reviews handed to the analysis: each pull request's once.
      const parsed = parseReviewPages(readFileSync(path.join(cwd, writeJson(cwd, name, pages)), 'utf8'), name);
      expect(parsed.reviews, name).toEqual(githubReviews(EXPORT));
      const out = `out-${path.parse(name).name}`;
      const run = await letgo([...args, '--reviews', name, '--out', out], cwd);
      expect(run.code, run.stderr).toBe(0);
      expect((JSON.parse(run.stdout) as Report).leadByExample, name).toEqual(want);
      expect(JSON.parse(readFileSync(path.join(cwd, out, 'reviews.json'), 'utf8')), name).toEqual(EXPORT);
      // The saved reviews are read back as they were counted.
      const merged = await letgo(['merge', out, '--out', `merged-${path.parse(name).name}`, '--format', 'json', '--quiet'], cwd);
      expect(merged.code, merged.stderr).toBe(0);
      expect((JSON.parse(merged.stdout) as Report).leadByExample, name).toEqual(want);
    }
  });

  it('refuses a file that is not a gh export with one line naming the file and field (exit 8)', async () => {
    const { cwd, repo } = await teamRepo();
    const write = (name: string, text: string) => writeFileSync(path.join(cwd, name), text);
    const page = JSON.stringify(EXPORT[0]);
    write('concatenated.json', `${page}${JSON.stringify(EXPORT[1])}`);
    write('one-page.json', page);
    write('not-json.json', '{"data": ');
    write(
      'no-reviews.json',
      JSON.stringify([{ data: { repository: { pullRequests: { nodes: [{ url: 'https://github.com/corp/team/pull/1', author: null }] } } } }])
    );
    const withDate = (d: string) =>
      JSON.stringify([
        {
          data: {
            repository: {
              pullRequests: {
                nodes: [
                  { url: 'https://github.com/x/y/pull/1', author: user('a'), reviews: { nodes: [{ author: user('b'), state: 'APPROVED', submittedAt: d }] } },
                ],
              },
            },
          },
        },
      ]);
    write('february-30.json', withDate('2026-02-30T10:00:00Z'));
    write('not-a-date.json', withDate('yesterday'));
    // After a repeated page (dropped when counting), the bad date is named where the file has it: page 2.
    write('repeat-then-february-30.json', JSON.stringify([EXPORT[0], EXPORT[0], ...(JSON.parse(withDate('2026-02-30T10:00:00Z')) as unknown[])]));
    write('bad-state.json', withDate('2026-10-01T10:00:00Z').replace('APPROVED', 'LGTM'));
    write('graphql-error.json', JSON.stringify([{ errors: [{ message: 'Could not resolve to a Repository' }], data: { repository: null } }]));
    mkdirSync(path.join(cwd, 'a-folder.json'));
    const huge = openSync(path.join(cwd, 'huge.json'), 'w');
    ftruncateSync(huge, MAX_REVIEWS_BYTES + 1); // sparse: refused by its size, never read
    closeSync(huge);

    const cases: [string, ...(string | RegExp)[]][] = [
      ['missing.json', '--reviews missing.json does not exist'],
      ['a-folder.json', '--reviews a-folder.json is a folder, not a regular file'],
      ['huge.json', `--reviews huge.json is larger than ${MAX_REVIEWS_BYTES} bytes`],
      ['not-json.json', '--reviews not-json.json is not JSON'],
      ['concatenated.json', '--reviews concatenated.json is not JSON (several JSON documents: gh ran without --slurp)'],
      [
        'one-page.json',
        '--reviews one-page.json is not a gh export of pull-request reviews: (top level) must be array (one page, not an array of pages: gh ran without --slurp)',
      ],
      ['no-reviews.json', "/0/data/repository/pullRequests/nodes/0 must have required property 'reviews'"],
      [
        'february-30.json',
        '--reviews february-30.json: /0/data/repository/pullRequests/nodes/0/reviews/nodes/0/submittedAt "2026-02-30T10:00:00Z" is no calendar time',
      ],
      ['repeat-then-february-30.json', '--reviews repeat-then-february-30.json: /2/data/repository/pullRequests/nodes/0/reviews/nodes/0/submittedAt'],
      ['not-a-date.json', '/0/data/repository/pullRequests/nodes/0/reviews/nodes/0/submittedAt must match pattern'],
      ['bad-state.json', '/0/data/repository/pullRequests/nodes/0/reviews/nodes/0/state must be one of "APPROVED"'],
      ['graphql-error.json', '/0/data/repository must be object'],
    ];
    for (const [file, ...mentions] of cases) {
      const run = await letgo(['scan', repo, '--month', '2026-10', '--manager', 'Max Manager', '--no-cache', '--reviews', file], cwd);
      expectOneLineError(run, 8, ...mentions, "gh api graphql --paginate --slurp command in README's Lead by example");
    }
  });
});
