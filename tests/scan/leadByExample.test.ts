/**
 * Lead by example on real repositories: review trailers (LF and CRLF messages, a squash
 * merge whose body holds them, a GitHub noreply address that .mailmap maps to the
 * manager, likely automation under a human name, a trailer followed by prose), pairing
 * (a teammate's commit the manager co-authored: credited, never a takeover), pull-request
 * reviews of a gh export written in README's shape, and the out-of-touch rule with
 * reviews and with `outOfTouchDays`.
 */
import { describe, expect, it } from 'vitest';
import { defaultConfig, validateConfig } from '../../src/core/config.js';
import { githubReviews, type PullRequestReview } from '../../src/core/githubReviews.js';
import type { CommitSpec, Signature } from '../../src/demo/repoBuilder.js';
import { closingTrailers } from '../../src/scan/logParser.js';
import { git } from '../cli/cliHelpers.js';
import { scan } from '../../src/scan/index.js';
import { lines, makeRepo, scanMonth, tempDir } from '../helpers/repos.js';

const M: Signature = { name: 'Max Manager', email: 'max@corp.io' };
const A: Signature = { name: 'Amy Analyst', email: 'amy@corp.io' };
const B: Signature = { name: 'Bob Builder', email: 'bob@corp.io' };
/** Likely automation under a human name: 24 version bumps. */
const SAM: Signature = { name: 'Sam Keller', email: 'sam@corp.io' };

const at = (day: number, hour = 10): string => `2026-10-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+00:00`;

/** `count` hands-on commits by `who` on their own file, on weekdays from Oct 5, each with `message(i)`. */
function work(who: Signature, count: number, message: (i: number) => string = (i) => `work ${i}`, file = `src/${who.email.split('@')[0]}.py`): CommitSpec[] {
  let text = '';
  return Array.from({ length: count }, (_, i) => {
    text += lines(3, `${who.name.split(' ')[0]}${i}`);
    return { author: who, date: at(5 + (i % 4) * 7 + Math.floor(i / 4)), message: message(i), files: { [file]: text } };
  });
}

function adr(who: Signature, day: number): CommitSpec {
  return { author: who, date: at(day, 9), message: 'ADR', files: { [`docs/adr/${day}.md`]: '# ADR\n' } };
}

const byDate = (c: CommitSpec[]): CommitSpec[] => [...c].sort((x, y) => Date.parse(x.date) - Date.parse(y.date));

/** Sam's 24 version bumps from September 1 (likely automation: one message template). */
function bumps(): CommitSpec[] {
  return Array.from({ length: 24 }, (_, i) => ({
    author: SAM,
    date: `2026-09-${String(1 + i).padStart(2, '0')}T03:00:00+00:00`,
    message: `chore: bump version to 1.${i}.0`,
    files: { VERSION: `1.${i}.0\n` },
  }));
}

describe('review trailers', () => {
  it('are read from the closing trailer block like Co-authored-by: any case, LF or CRLF, after a squash separator, not before prose', () => {
    expect(
      closingTrailers('Fix\r\n\r\nreviewed-BY: Max Manager <max@corp.io>\r\nSigned-off-by: Amy <amy@corp.io>\r\nHelped-by:Bob Builder <bob@corp.io>\r\n')
    ).toEqual([
      { key: 'Reviewed-by', value: 'Max Manager <max@corp.io>' },
      { key: 'Helped-by', value: 'Bob Builder <bob@corp.io>' },
    ]);
    expect(closingTrailers('Squash (#4)\n\n* one\n---------\nSuggested-by: Max Manager <max@corp.io>\nCo-authored-by: Amy Analyst <amy@corp.io>')).toEqual([
      { key: 'Suggested-by', value: 'Max Manager <max@corp.io>' },
      { key: 'Co-authored-by', value: 'Amy Analyst <amy@corp.io>' },
    ]);
    expect(closingTrailers('T\n\nAcked-by: Max Manager <max@corp.io>\n\nMore prose after it.\n')).toEqual([]);
    expect(closingTrailers('T\n\nReviewed-by: Max Manager\nTested-by: Max Manager <max@corp.io>\nTested-by: Max Manager <max@corp.io>\n')).toEqual([
      { key: 'Tested-by', value: 'Max Manager <max@corp.io>' },
    ]);
  });

  it('counts the manager’s reviews of teammates’ commits: CRLF, squash body, noreply through .mailmap; not automation, not a trailer before prose', async () => {
    const amy = work(A, 6, (i) =>
      i === 0
        ? 'Fix the join\r\n\r\nThe left join dropped rows.\r\n\r\nReviewed-by: Max Manager <max@corp.io>\r\n'
        : i === 1
          ? 'Tune the model\n\nReviewed-by: Max Manager <max@corp.io>\nReviewed-by: Sam Keller <sam@corp.io>\n'
          : i === 2
            ? 'Refactor\n\nReviewed-by: Max Manager <max@corp.io>\n\nThen we talked about the plan.\n'
            : `work ${i}`
    );
    const bob = work(B, 5, (i) =>
      i === 0
        ? 'Add the loader (#12)\n\n* wip\n\n* fix the test\n\n---------\n\nAcked-by: maxm <4512+maxm@users.noreply.github.com>\nTested-by: Amy Analyst <amy@corp.io>\nCo-authored-by: Amy Analyst <amy@corp.io>\n'
        : `work ${i}`
    );
    const mailmap: CommitSpec = {
      author: M,
      date: '2026-08-01T09:00:00+00:00',
      message: 'mailmap',
      files: { '.mailmap': 'Max Manager <max@corp.io> <4512+maxm@users.noreply.github.com>\n' },
    };
    const dir = await makeRepo(byDate([mailmap, ...bumps(), adr(M, 6), adr(M, 14), ...amy, ...bob]), 'trailers');
    const { report, scan } = await scanMonth([dir], '2026-10', ['max@corp.io']);

    const crlf = scan.facts.find((f) => f.subject === 'Fix the join');
    expect(crlf?.reviewers).toEqual([{ name: 'Max Manager', email: 'max@corp.io', trailer: 'Reviewed-by' }]);
    const squash = scan.facts.find((f) => f.subject === 'Add the loader (#12)');
    expect(squash?.reviewers).toEqual([
      { name: 'Max Manager', email: 'max@corp.io', trailer: 'Acked-by' },
      { name: 'Amy Analyst', email: 'amy@corp.io', trailer: 'Tested-by' },
    ]);
    expect(scan.facts.find((f) => f.subject === 'Refactor')?.reviewers).toBeUndefined();
    expect(report.excluded.automation?.identities.map((x) => x.email)).toEqual(['sam@corp.io']);

    // Max: Amy's "Fix the join" and "Tune the model", Bob's loader (Amy, its co-author, is no reviewer of it). Sam is no person.
    expect(report.leadByExample).toEqual({ reviews: 3, pairedCommits: 0, membersReviewed: 2, teamReviews: 3, sources: ['trailers'] });
    // Only strategic work of his own, but reviews: in touch, not out of touch.
    expect(report.handsOn.managerCommits).toBe(0);
    expect(report.signal.level).toBe('balanced');
    expect(report.signal.reasons.join(' ')).toContain("reviewed 3 teammates' changes");
    expect(report.takeovers).toEqual([]);
  });

  it('keeps reviewers through the fact cache: a warm scan gives the cold scan’s facts, a split scan too', async () => {
    const amy = work(A, 6, (i) =>
      i % 2
        ? `Step ${i}\r\n\r\nReviewed-by: Max Manager <max@corp.io>\r\nCo-authored-by: Bob Builder <bob@corp.io>\r\n`
        : `Step ${i}\n\nHelped-by: Bob Builder <bob@corp.io>\n`
    );
    const dir = await makeRepo(byDate([adr(M, 6), ...amy, ...work(B, 5)]), 'cached');
    const cache = { dir: tempDir('letgo-cache-'), version: 'test' };
    const config = defaultConfig();
    const cold = await scan([dir], { config, allBranches: false, jobs: 1, cache });
    const warm = await scan([dir], { config, allBranches: false, jobs: 1, cache });
    const split = await scan([dir], { config, allBranches: false, jobs: 3, minChunk: 1 });
    expect(cold.facts.filter((f) => f.reviewers).length).toBe(6);
    expect(warm.stats[0].read).toBe(0); // every commit from the cache
    expect(JSON.stringify(warm.facts)).toBe(JSON.stringify(cold.facts));
    expect(JSON.stringify(split.facts)).toBe(JSON.stringify(cold.facts));
  });

  it('counts a teammate’s review of another teammate’s work in the team’s reviews only', async () => {
    const bob = work(B, 5, (i) => (i === 1 ? 'Speed up\n\nReviewed-by: Amy Analyst <amy@corp.io>\n' : `work ${i}`));
    const dir = await makeRepo(byDate([...work(M, 1), adr(M, 20), ...work(A, 5), ...bob]), 'team-review');
    const { report } = await scanMonth([dir], '2026-10', ['max@corp.io']);
    expect(report.leadByExample).toMatchObject({ reviews: 0, membersReviewed: 0, teamReviews: 1 });
    expect(report.signal.level).toBe('balanced');
  });
});

describe('pairing', () => {
  it('counts a teammate’s commit the manager co-authored as pairing, credited to both, never a takeover of the file’s owner', async () => {
    // Amy owns src/amy.py; Bob changes it with Max as co-author (a pairing session), and Max pairs with Bob on docs.
    const pair: CommitSpec = {
      author: B,
      date: at(27, 15),
      message: 'Pair on the join\n\nCo-authored-by: Max Manager <max@corp.io>\n',
      files: { 'src/amy.py': lines(40, 'paired') },
    };
    const docs: CommitSpec = {
      author: B,
      date: at(28, 11),
      message: 'Runbook\n\nCo-authored-by: Max Manager <max@corp.io>\n',
      files: { 'docs/runbook.md': '# Runbook\n' },
    };
    const dir = await makeRepo(byDate([adr(M, 6), ...work(A, 6), ...work(B, 5), pair, docs]), 'pairing');
    const { report } = await scanMonth([dir], '2026-10', ['max@corp.io']);
    expect(report.handsOn.managerCommits).toBe(1); // credited as today
    expect(report.leadByExample).toMatchObject({ reviews: 0, pairedCommits: 2 });
    expect(report.takeovers).toEqual([]);
  });

  it('still finds a takeover when the manager authors the change', async () => {
    const take: CommitSpec = { author: M, date: at(27, 15), message: 'Rewrite the join', files: { 'src/amy.py': lines(40, 'mine') } };
    const dir = await makeRepo(byDate([adr(M, 6), ...work(A, 6), ...work(B, 5), take]), 'takeover');
    const { report } = await scanMonth([dir], '2026-10', ['max@corp.io']);
    expect(report.takeovers.map((t) => t.path)).toEqual(['src/amy.py']);
    expect(report.leadByExample?.pairedCommits).toBe(0);
  });

  it('finds a takeover in the Copilot coding agent’s commit that credits the manager as co-author: no pairing, the manager’s own change', async () => {
    const agent: CommitSpec = {
      author: { name: 'Copilot', email: '198982749+Copilot@users.noreply.github.com' },
      date: at(27, 15),
      message: 'Rewrite the join\r\n\r\nCo-authored-by: Max Manager <max@corp.io>\r\n',
      files: { 'src/amy.py': lines(40, 'agent') },
    };
    const dir = await makeRepo(byDate([adr(M, 6), ...work(A, 6), ...work(B, 5), agent]), 'agent-takeover');
    const { report } = await scanMonth([dir], '2026-10', ['max@corp.io']);
    expect(report.handsOn.managerCommits).toBe(1);
    expect(report.takeovers.map((t) => [t.path, t.ownerName])).toEqual([['src/amy.py', 'Amy Analyst']]);
    expect(report.leadByExample?.pairedCommits).toBe(0);
  });
});

/** One page of README's gh query, as `gh api graphql --paginate --slurp` writes it. */
function page(prs: unknown[]): unknown {
  return { data: { repository: { pullRequests: { pageInfo: { hasNextPage: false, endCursor: 'Y3Vyc29yOjE=' }, nodes: prs } } } };
}
const user = (login: string, name: string | null = null) => ({ __typename: 'User', login, name });
const review = (author: unknown, submittedAt: string | null, state = 'APPROVED') => ({ author, state, submittedAt });
const pr = (n: number, author: unknown, reviews: unknown[], mergeCommit: string | null = null) => ({
  url: `https://github.com/corp/trailers/pull/${n}`,
  author,
  mergeCommit: mergeCommit && { oid: mergeCommit },
  reviews: { nodes: reviews },
});

describe('pull-request reviews of a gh export', () => {
  it('maps logins through noreply addresses, aliases and names; leaves out bots, pending reviews, other months and unknown logins; one review per merged commit', async () => {
    const noreplyMax: Signature = { name: 'Max Manager', email: '4512+maxm@users.noreply.github.com' };
    const amy = work(A, 6, (i) => (i === 0 ? 'Fix the join (#3)\n\nReviewed-by: Max Manager <max@corp.io>\n' : `work ${i}`));
    const dir = await makeRepo(byDate([{ ...adr(noreplyMax, 3) }, adr(M, 6), ...work(B, 5), ...amy]), 'gh');
    const squash = git(dir, ['log', '--format=%H', '--grep=Fix the join']).trim();
    const pages = [
      page([
        // Amy's PR 3 became the commit that already names Max in a trailer: one review, not two.
        pr(3, user('amy-a'), [review(user('maxm'), '2026-10-05T12:00:00Z', 'COMMENTED'), review(user('maxm'), '2026-10-05T13:00:00Z')], squash),
        // Bob's PR, found by his profile name; Max reviews it twice (one review), Copilot (a Bot) too.
        pr(4, user('bobb', 'Bob Builder'), [
          review(user('maxm'), '2026-10-07T09:00:00Z', 'CHANGES_REQUESTED'),
          review(user('maxm'), '2026-10-08T09:00:00Z'),
          review({ __typename: 'Bot', login: 'copilot-pull-request-reviewer', name: null }, '2026-10-07T09:30:00Z', 'COMMENTED'),
        ]),
      ]),
      page([
        // Amy's review of Bob's PR counts for the team; a pending draft of Max's counts for nobody.
        pr(5, user('bobb', 'Bob Builder'), [review(user('amy-a'), '2026-10-12T10:00:00Z'), review(user('maxm'), null, 'PENDING')]),
        // September, and a stranger's PR: neither is in the window's reviews.
        pr(6, user('amy-a'), [review(user('maxm'), '2026-09-30T23:00:00Z')]),
        pr(7, user('stranger'), [review(user('maxm'), '2026-10-20T10:00:00Z')]),
      ]),
    ];
    const reviews: PullRequestReview[] = githubReviews(JSON.parse(JSON.stringify(pages)));
    expect(reviews).toHaveLength(8); // the pending draft is no review
    const config = validateConfig({ aliases: { 'login:Amy-A': 'amy@corp.io' } }, 'test');
    const { report } = await scanMonth([dir], '2026-10', ['max@corp.io'], { config, githubReviews: reviews });
    expect(report.leadByExample).toEqual({ reviews: 2, pairedCommits: 0, membersReviewed: 2, teamReviews: 3, sources: ['trailers', 'github'] });
    expect(report.warnings).toContain(
      '1 GitHub login of the --reviews files matches no person of the scanned history ("stranger"): their reviews are left out; map each with a "login:NAME" alias in the config.'
    );
    // Without the alias Amy's login finds nobody: her PR 3 still counts once, through its trailer.
    const plain = await scanMonth([dir], '2026-10', ['max@corp.io'], { config: defaultConfig(), githubReviews: reviews });
    expect(plain.report.leadByExample).toMatchObject({ reviews: 2, teamReviews: 2 });
    expect(plain.report.warnings.join('\n')).toContain('2 GitHub logins of the --reviews files match no person of the scanned history ("amy-a", "stranger")');
  });
});

describe('pull-request reviews against the commits they became', () => {
  it('counts no review of a PR whose squash commit the manager co-authored (pairing only); the manager’s own PR is the team’s review when a teammate reviews it, nothing when he does', async () => {
    const paired: CommitSpec = {
      author: A,
      date: at(26, 15),
      message: 'Speed up the join (#8)\n\nCo-authored-by: Max Manager <max@corp.io>\n',
      files: { 'src/join.py': lines(12, 'pair') },
    };
    const mine: CommitSpec = { author: M, date: at(27, 10), message: 'Fix the loader (#9)', files: { 'src/loader.py': lines(6, 'mine') } };
    const dir = await makeRepo(byDate([adr(M, 6), ...work(A, 6), ...work(B, 5), paired, mine]), 'gh-merged');
    const sha = (subject: string): string => git(dir, ['log', '--format=%H', `--grep=${subject}`]).trim();
    const reviews = githubReviews([
      page([
        pr(8, user('amy-a', 'Amy Analyst'), [review(user('maxm', 'Max Manager'), '2026-10-26T16:00:00Z')], sha('Speed up the join')),
        pr(
          9,
          user('maxm', 'Max Manager'),
          [review(user('maxm', 'Max Manager'), '2026-10-27T11:00:00Z', 'COMMENTED'), review(user('bobb', 'Bob Builder'), '2026-10-27T12:00:00Z')],
          sha('Fix the loader')
        ),
      ]),
    ]);
    const { report } = await scanMonth([dir], '2026-10', ['max@corp.io'], { githubReviews: reviews });
    expect(report.leadByExample).toEqual({ reviews: 0, pairedCommits: 1, membersReviewed: 0, teamReviews: 1, sources: ['trailers', 'github'] });
    expect(report.warnings.join('\n')).not.toContain('GitHub login');
  });

  it('dates a review by its UTC day: 23:30 on October 31 in UTC-05:00 is November 1, outside October', async () => {
    const dir = await makeRepo(byDate([adr(M, 6), ...work(A, 6), ...work(B, 5)]), 'gh-utc');
    const reviews = githubReviews([
      page([
        pr(10, user('amy-a', 'Amy Analyst'), [review(user('maxm', 'Max Manager'), '2026-10-31T23:30:00-05:00')]),
        pr(11, user('bobb', 'Bob Builder'), [review(user('maxm', 'Max Manager'), '2026-11-01T01:00:00+02:00')]),
      ]),
    ]);
    expect(reviews.map((r) => r.submittedAt)).toEqual(['2026-11-01T04:30:00.000Z', '2026-10-31T23:00:00.000Z']);
    const { report } = await scanMonth([dir], '2026-10', ['max@corp.io'], { githubReviews: reviews });
    expect(report.leadByExample).toMatchObject({ reviews: 1, membersReviewed: 1 }); // Bob's, on October 31 UTC
  });

  it('warns only of logins that would change a number (reviews in the window whose other side is on the team); looks a Mannequin up like a user', async () => {
    const dir = await makeRepo(byDate([adr(M, 6), ...work(A, 6), ...work(B, 5)]), 'gh-warn');
    const reviews = githubReviews([
      page([
        pr(12, user('amy-a', 'Amy Analyst'), [review(user('ghost-sept'), '2026-09-30T10:00:00Z')]), // before the window
        pr(13, user('outsider'), [review(user('visitor'), '2026-10-14T10:00:00Z')]), // neither side on the team
        pr(14, user('bobb', 'Bob Builder'), [review(user('reviewer-x'), '2026-10-15T10:00:00Z')]), // counts for the team once mapped
        // A Mannequin (an imported account) is no bot: "amy" is the handle of amy@corp.io alone.
        pr(15, user('bobb', 'Bob Builder'), [review({ __typename: 'Mannequin', login: 'amy', name: null }, '2026-10-16T10:00:00Z')]),
      ]),
    ]);
    const { report } = await scanMonth([dir], '2026-10', ['max@corp.io'], { githubReviews: reviews });
    expect(report.leadByExample).toMatchObject({ reviews: 0, teamReviews: 1 });
    expect(report.warnings.filter((w) => w.includes('GitHub login'))).toEqual([
      '1 GitHub login of the --reviews files matches no person of the scanned history ("reviewer-x"): their reviews are left out; map each with a "login:NAME" alias in the config.',
    ]);
  });
});

describe('one review, one period', () => {
  /**
   * The reviewer's repository: Amy, Bob and Max work in September and October; Amy's "Fix
   * loader" (September 30, 23:30 UTC) names Max in `Reviewed-by:` and `Tested-by:` and is PR 9's squash
   * commit, which Max approved on October 1 (UTC). Olga (one commit, no regular) wrote
   * "Outside fix" with Bob as co-author and Max in `Reviewed-by:`.
   */
  async function squashAcrossMonths() {
    const days = ['2026-09-22', '2026-09-24', '2026-09-29', '2026-10-22', '2026-10-24', '2026-10-29'];
    const specs: CommitSpec[] = days.flatMap((d, i) => [
      { author: A, date: `${d}T10:00:00+00:00`, message: `amy ${d}`, files: { 'src/amy.py': lines(3 + i, 'amy') } },
      { author: B, date: `${d}T11:00:00+00:00`, message: `bob ${d}`, files: { 'src/bob.py': lines(3 + i, 'bob') } },
      { author: M, date: `${d}T12:00:00+00:00`, message: `max ${d}`, files: { 'src/max.py': lines(3 + i, 'max') } },
    ]);
    specs.push({
      author: A,
      date: '2026-09-30T23:30:00+00:00',
      message: 'Fix loader\n\nReviewed-by: Max Manager <max@corp.io>\nTested-by: Max Manager <max@corp.io>\n',
      files: { 'src/loader.py': lines(4, 'l') },
    });
    const olga: Signature = { name: 'Olga Outsider', email: 'olga@elsewhere.org' };
    specs.push({
      author: olga,
      date: '2026-10-20T10:00:00+00:00',
      message: 'Outside fix\n\nCo-authored-by: Bob Builder <bob@corp.io>\nReviewed-by: Max Manager <max@corp.io>\n',
      files: { 'src/outside.py': lines(2, 'o') },
    });
    const dir = await makeRepo(byDate(specs), 'across');
    const loader = git(dir, ['log', '--format=%H', '--grep=^Fix loader']).trim();
    const reviews = githubReviews([page([pr(9, user('amy-a', 'Amy Analyst'), [review(user('maxm', 'Max Manager'), '2026-10-01T08:00:00Z')], loader)])]);
    return { dir, loader, reviews };
  }

  it('a squash-merged pull request whose commit and review fall in two months counts in the earlier month only, with its pull request', async () => {
    const { dir, loader, reviews } = await squashAcrossMonths();
    const of = async (window: { since: string; until: string }) =>
      (await scanMonth([dir], '2026-10', ['max@corp.io'], { githubReviews: reviews, window })).report;
    const [sept, oct, both] = await Promise.all([
      of({ since: '2026-09-01', until: '2026-09-30' }),
      of({ since: '2026-10-01', until: '2026-10-31' }),
      of({ since: '2026-09-01', until: '2026-10-31' }),
    ]);
    expect([sept, oct, both].map((r) => r.leadByExample!.reviews)).toEqual([1, 1, 2]);
    expect(sept.leadByExample!.reviews + oct.leadByExample!.reviews).toBe(both.leadByExample!.reviews);
    // The earliest date (the commit's), the pull request kept, both trailer keys that name Max.
    const pr9 = {
      source: 'trailers',
      work: loader,
      date: '2026-09-30',
      pullRequest: 'https://github.com/corp/trailers/pull/9',
      trailers: ['Reviewed-by', 'Tested-by'],
    };
    expect(sept.evidence.reviews).toEqual([{ ...pr9, authors: [{ owner: 'amy@corp.io', ownerName: 'Amy Analyst' }] }]);
    expect(both.evidence.reviews![0]).toMatchObject(pr9);
  });

  it('names only teammates as the authors of reviewed work: an outside author is no teammate', async () => {
    const { dir, reviews } = await squashAcrossMonths();
    const detail = (await scanMonth([dir], '2026-10', ['max@corp.io'], { githubReviews: reviews })).report;
    expect(detail.team.members!.map((m) => m.name).sort()).toEqual(['Amy Analyst', 'Bob Builder', 'Max Manager']);
    expect(detail.evidence.reviews!.map((r) => r.authors)).toEqual([[{ owner: 'bob@corp.io', ownerName: 'Bob Builder' }]]);
    const plain = (await scanMonth([dir], '2026-10', ['max@corp.io'], { githubReviews: reviews, teamDetail: false })).report;
    expect(plain.evidence.reviews!.map((r) => r.authors)).toEqual([[{ owner: 'teammate' }]]);
  });
});

describe('out of touch', () => {
  /** A team of three busy in Oct 20-27, and Max's own hands-on commit on `day`. */
  async function shortWindow(day: number, name: string): Promise<string> {
    const mine: CommitSpec = { author: M, date: at(day), message: 'fix the loader', files: { 'src/max.py': lines(4, 'max') } };
    const late = (who: Signature, n: number): CommitSpec[] =>
      Array.from({ length: n }, (_, i) => ({
        author: who,
        date: at(20 + i, 11),
        message: `late ${i}`,
        files: { [`src/${who.email.split('@')[0]}.py`]: lines(3 + i, 'l') },
      }));
    return makeRepo(byDate([mine, ...work(A, 2), ...work(B, 2), ...late(A, 6), ...late(B, 6)]), name);
  }
  const window = { since: '2026-10-20', until: '2026-10-27' };

  it('looks back outOfTouchDays (28) before the end of a shorter window for a hands-on commit', async () => {
    const dir = await shortWindow(10, 'lookback');
    const { report } = await scanMonth([dir], '2026-10', ['max@corp.io'], { window });
    expect(report.handsOn.managerCommits).toBe(0);
    expect(report.signal.level).toBe('balanced');
    expect(report.signal.reasons[1]).toBe("In the 28 days up to the period's end you made 1 hands-on commit: in touch with the work without taking it over.");
    // A limit of 7 days looks at the window alone: out of touch.
    const config = validateConfig({ thresholds: { outOfTouchDays: 7 } }, 'test');
    const strict = await scanMonth([dir], '2026-10', ['max@corp.io'], { window, config });
    expect(strict.report.signal.level).toBe('out-of-touch');
    expect(strict.report.signal.reasons[0]).toBe(
      'You made no hands-on notebook or code commit in these 8 days while the team made 12 and reviewed or paired on none of their work.'
    );
  });

  it('is out of touch when the last hands-on commit is older than outOfTouchDays', async () => {
    const dir = await shortWindow(1, 'stale'); // Oct 1 is before the 20 days Oct 8-27
    const { report } = await scanMonth([dir], '2026-10', ['max@corp.io'], {
      window: { since: '2026-10-20', until: '2026-10-27' },
      config: validateConfig({ thresholds: { outOfTouchDays: 20 } }, 'test'),
    });
    expect(report.signal.level).toBe('out-of-touch');
    expect(report.signal.reasons[0]).toBe(
      "You made no hands-on notebook or code commit in these 8 days while the team made 12, nor in the 20 days up to the period's end, and reviewed or paired on none of their work."
    );
  });
});
