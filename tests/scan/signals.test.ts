/**
 * Each of the five signal levels from a real repository with known commits, plus
 * identity rules (config aliases, bots, a name merge split by config) and paths git
 * quotes (spaces, quotes, newlines, non-ASCII), renames and ownership across a rename.
 */
import { describe, expect, it } from 'vitest';
import { defaultConfig, validateConfig } from '../../src/core/config.js';
import type { CommitSpec, Signature } from '../../src/demo/repoBuilder.js';
import { lines, makeRepo, scanMonth } from '../helpers/repos.js';

const M: Signature = { name: 'Max Manager', email: 'max@corp.io' };
const A: Signature = { name: 'Amy Analyst', email: 'amy@corp.io' };
const B: Signature = { name: 'Bob Builder', email: 'bob@corp.io' };

/** `count` hands-on commits by `who` on their own file in October 2026, on weekdays from Oct 5 at 10:00. */
function work(who: Signature, count: number, file = `src/${who.email.split('@')[0]}.py`): CommitSpec[] {
  const out: CommitSpec[] = [];
  let text = '';
  for (let i = 0; i < count; i++) {
    text += lines(3, `${who.name.split(' ')[0]}${i}`);
    const day = 5 + (i % 4) * 7 + Math.floor(i / 4); // spread over four ISO weeks
    out.push({ author: who, date: `2026-10-${String(day).padStart(2, '0')}T10:00:00+00:00`, message: `work ${i}`, files: { [file]: text } });
  }
  return out;
}

function adr(who: Signature, day: number): CommitSpec {
  return { author: who, date: `2026-10-${String(day).padStart(2, '0')}T09:00:00+00:00`, message: 'ADR', files: { [`docs/adr/${day}.md`]: '# ADR\n' } };
}

const byDate = (c: CommitSpec[]): CommitSpec[] => [...c].sort((x, y) => Date.parse(x.date) - Date.parse(y.date));

describe('signal levels', () => {
  const cases: { level: string; commits: CommitSpec[]; managerCommits: number; teamCommits: number }[] = [
    // 6 of 16 with a team of 3: S = 0.375, R = 1.125
    { level: 'holding-back', commits: [...work(M, 6), ...work(A, 5), ...work(B, 5)], managerCommits: 6, teamCommits: 16 },
    // 3 of 13: R = 0.69
    { level: 'watch', commits: [...work(M, 3), ...work(A, 5), ...work(B, 5)], managerCommits: 3, teamCommits: 13 },
    // 1 of 11: R = 0.27
    { level: 'balanced', commits: [...work(M, 1), adr(M, 20), ...work(A, 5), ...work(B, 5)], managerCommits: 1, teamCommits: 11 },
    // only strategic work: no hands-on commit
    { level: 'out-of-touch', commits: [adr(M, 6), adr(M, 14), ...work(A, 6), ...work(B, 5)], managerCommits: 0, teamCommits: 11 },
    // 4 hands-on commits in all: fewer than 10
    { level: 'insufficient-data', commits: [...work(M, 2), ...work(A, 2)], managerCommits: 2, teamCommits: 4 },
  ];
  for (const c of cases) {
    it(`${c.level}`, async () => {
      const dir = await makeRepo(byDate(c.commits), c.level);
      const { report } = await scanMonth([dir], '2026-10', ['max@corp.io']);
      expect(report.signal.level).toBe(c.level);
      expect(report.handsOn.managerCommits).toBe(c.managerCommits);
      expect(report.handsOn.teamCommits).toBe(c.teamCommits);
      const size = report.team.size;
      expect(report.handsOn.ratio).toBeCloseTo((c.managerCommits / c.teamCommits) * size, 12);
      expect(report.signal.reasons.length).toBeGreaterThan(0);
      expect(report.trend.at(-1)?.level).toBe(c.level);
    });
  }
});

describe('identity', () => {
  it('merges config aliases, excludes config bots, and lets the config split a name merge', async () => {
    const amyOther: Signature = { name: 'A. Analyst', email: 'amy.analyst@gmail.com' };
    const ciBot: Signature = { name: 'nightly-runner', email: 'ci@corp.io' };
    const otherMax: Signature = { name: 'Max Manager', email: 'max@othercompany.com' }; // a different person, same name
    const dir = await makeRepo(
      byDate([
        ...work(M, 3),
        ...work(A, 4),
        ...work(amyOther, 2, 'src/amy2.py'),
        ...work(B, 5),
        ...work(ciBot, 2, 'src/generated_by_ci.py'),
        ...work(otherMax, 2, 'src/other.py'),
      ]),
      'identity'
    );
    const merged = await scanMonth([dir], '2026-10', ['max@corp.io']);
    // Without config: the two Max Managers merge by name (4 + ... ) and the runner is a person.
    expect(merged.report.manager.emails).toEqual(['max@corp.io', 'max@othercompany.com']);
    expect(merged.report.handsOn.managerCommits).toBe(5);

    const config = validateConfig(
      { aliases: { 'amy.analyst@gmail.com': 'amy@corp.io' }, bots: ['nightly-*'], doNotMergeByName: ['Max Manager'] },
      'test config'
    );
    const { report } = await scanMonth([dir], '2026-10', ['max@corp.io'], { config });
    expect(report.manager.emails).toEqual(['max@corp.io']);
    expect(report.handsOn.managerCommits).toBe(3);
    const amy = report.team.members?.find((m) => m.id === 'amy@corp.io');
    expect(amy).toMatchObject({ emails: ['amy.analyst@gmail.com', 'amy@corp.io'], commits: 6, handsOnCommits: 6 });
    expect(report.excluded.bots).toEqual({ commits: 2, names: ['nightly-runner'] });
    expect(report.identities.merged).toEqual([{ id: 'amy@corp.io', names: ['A. Analyst', 'Amy Analyst'], emails: ['amy.analyst@gmail.com', 'amy@corp.io'] }]);
  });

  it('uses a config roster as the team', async () => {
    const dir = await makeRepo(byDate([...work(M, 3), ...work(A, 5), ...work(B, 5)]), 'roster');
    const config = { ...defaultConfig(), team: ['Amy Analyst', 'nobody@corp.io'] };
    const { report } = await scanMonth([dir], '2026-10', ['max@corp.io'], { config });
    expect(report.team).toMatchObject({ size: 2, source: 'roster' });
    expect(report.handsOn.teamCommits).toBe(8);
    expect(report.excluded.outsideTeam).toEqual({ commits: 5, authors: 1 });
    expect(report.warnings).toContain('Roster entry "nobody@corp.io" matches no author in the scanned history.');
  });
});

describe('paths and renames', () => {
  it('keeps paths with spaces, quotes, newlines and non-ASCII letters exact, and follows renames', async () => {
    const odd = ['src/my model.py', 'src/say "hi".py', 'src/two\nlines.py', 'src/données_été.py', 'notebooks/日本語.ipynb'];
    const commits: CommitSpec[] = [
      { author: A, date: '2026-09-01T10:00:00+00:00', message: 'odd paths', files: Object.fromEntries(odd.map((p, i) => [p, lines(i + 1, `p${i}`)])) },
      { author: A, date: '2026-09-10T10:00:00+00:00', message: 'more', files: { 'src/core.py': lines(10, 'core') } },
      // Amy's file is renamed by Bob without changes; then Max edits it: Amy is still the owner.
      { author: B, date: '2026-09-20T10:00:00+00:00', message: 'move', renames: [['src/core.py', 'pkg/core renamed.py']] },
      { author: M, date: '2026-10-05T10:00:00+00:00', message: 'edit', files: { 'pkg/core renamed.py': lines(10, 'core') + 'x = 1\n' } },
    ];
    const dir = await makeRepo(commits, 'paths');
    const { scan, report } = await scanMonth([dir], '2026-10', ['max@corp.io'], { trendMonths: 2 });
    const first = scan.facts.filter((f) => f.time.startsWith('2026-09-01'));
    expect(first.map((f) => f.path).sort()).toEqual([...odd].sort());
    expect(first.map((f) => f.added).sort()).toEqual([1, 2, 3, 4, 5]);
    const rename = scan.facts.find((f) => f.status === 'R');
    expect(rename).toMatchObject({ path: 'pkg/core renamed.py', oldPath: 'src/core.py', added: 0, deleted: 0 });
    const edit = scan.facts.find((f) => f.time === '2026-10-05T10:00:00+00:00')!;
    expect(report.takeovers).toEqual([
      {
        repo: 'paths',
        path: 'pkg/core renamed.py',
        owner: 'amy@corp.io',
        ownerName: 'Amy Analyst',
        at: '2026-10-05T10:00:00+00:00',
        sha: edit.sha,
        inFlight: false,
      },
    ]);
  });
});
