/**
 * Analysis on plain data (tests/helpers/facts.ts builds the facts, no git): the signal at
 * the boundary of every level, ownership replayed across renames, the regulars at exactly
 * `regularWeeks` ISO weeks, and commits grouped by the author's own date when they
 * straddle a month.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../../src/core/config.js';
import { replayOwnership, ownerOf } from '../../src/core/ownership.js';
import type { SignalLevel } from '../../src/core/report.js';
import { decideSignal, type SignalInput } from '../../src/core/signal.js';
import { chooseTeam } from '../../src/core/team.js';
import { FactsBuilder } from '../helpers/facts.js';

const MIA = { name: 'Mia Boss', email: 'mia@corp.io' };
const ANN = { name: 'Ann Dev', email: 'ann@corp.io' };
const ANN_NOREPLY = { name: 'ann dev', email: '1234+ann@users.noreply.github.com' };
const BO = { name: 'Bo Dev', email: 'bo@corp.io' };
const CY = { name: 'Cy Data', email: 'cy@corp.io' };
const DEE = { name: 'Dée Zürich', email: 'dee@corp.io' };
const EVE = { name: 'Eve Night', email: 'eve@corp.io' };

describe('decideSignal at the boundary of every level (default thresholds: watch 0.5, holding back 1.0, 2 members, 10 commits)', () => {
  /** A team of 4 (fair share 25%), 4 active members, 40 team hands-on commits, at most 15 by another member; no review or pairing by the manager in the 31 days. */
  const base: SignalInput = {
    managerCommits: 5,
    teamCommits: 40,
    teamSize: 4,
    activeMembers: 4,
    topOtherCommits: 15,
    periodDays: 31,
    contact: { days: 31, handsOn: 0, reviews: 0, pairedCommits: 0 },
  };
  const cases: [string, Partial<SignalInput>, SignalLevel, number | null][] = [
    ['R exactly 1.0 (10 of 40 in a team of 4)', { managerCommits: 10 }, 'holding-back', 1],
    ['R 0.9, just under 1.0', { managerCommits: 9 }, 'watch', 0.9],
    ['R exactly 0.5', { managerCommits: 5 }, 'watch', 0.5],
    ['R 0.4, just under 0.5', { managerCommits: 4 }, 'balanced', 0.4],
    ['R 0.1: one commit is enough to be in touch', { managerCommits: 1 }, 'balanced', 0.1],
    ['no manager hands-on commit, review or pairing', { managerCommits: 0 }, 'out-of-touch', 0],
    [
      'no manager hands-on commit, but one review in the contact span',
      { managerCommits: 0, contact: { days: 31, handsOn: 0, reviews: 1, pairedCommits: 0 } },
      'balanced',
      0,
    ],
    [
      'no manager hands-on commit, but one pairing commit',
      { managerCommits: 0, contact: { days: 31, handsOn: 0, reviews: 0, pairedCommits: 1 } },
      'balanced',
      0,
    ],
    ['R 0.9 but as many commits as the top other member', { managerCommits: 9, topOtherCommits: 9 }, 'holding-back', 0.9],
    ['R 0.9, one commit fewer than the top other member', { managerCommits: 9, topOtherCommits: 10 }, 'watch', 0.9],
    ['exactly 2 active members', { activeMembers: 2 }, 'watch', 0.5],
    ['1 active member', { activeMembers: 1 }, 'insufficient-data', 0.5],
    ['exactly 10 team hands-on commits (1 of them yours)', { managerCommits: 1, teamCommits: 10, topOtherCommits: 5 }, 'balanced', 0.4],
    ['9 team hands-on commits', { managerCommits: 1, teamCommits: 9, topOtherCommits: 5 }, 'insufficient-data', 4 / 9],
    ['9 team hands-on commits, none yours: too little data before out of touch', { managerCommits: 0, teamCommits: 9 }, 'insufficient-data', 0],
    ['no team hands-on commit at all', { managerCommits: 0, teamCommits: 0, topOtherCommits: 0 }, 'insufficient-data', null],
  ];
  it.each(cases)('%s', (_name, over, level, ratio) => {
    const input = { ...base, ...over };
    const signal = decideSignal(input, DEFAULT_THRESHOLDS);
    expect(signal.level).toBe(level);
    expect(signal.fairShare).toBe(0.25);
    if (ratio === null) expect(signal.ratio).toBeNull();
    else expect(signal.ratio).toBeCloseTo(ratio, 12);
    expect(signal.share).toBe(input.teamCommits ? input.managerCommits / input.teamCommits : null);
    expect(signal.reasons.length).toBeGreaterThan(0);
  });

  it.each([
    ['watch from 0.8, holding back from 2.0: R 1.6', { watchRatio: 0.8, holdingBackRatio: 2 }, { managerCommits: 16, topOtherCommits: 20 }, 'watch'],
    ['watch from 0.8: R 0.7', { watchRatio: 0.8, holdingBackRatio: 2 }, { managerCommits: 7 }, 'balanced'],
    [
      'holding back from 2.0: R exactly 2.0, not the top contributor',
      { watchRatio: 0.8, holdingBackRatio: 2 },
      { managerCommits: 20, topOtherCommits: 21 },
      'holding-back',
    ],
    ['3 members needed, 3 active', { minActiveMembers: 3 }, { activeMembers: 3 }, 'watch'],
    ['3 members needed, 2 active', { minActiveMembers: 3 }, { activeMembers: 2 }, 'insufficient-data'],
  ] as [string, Partial<Thresholds>, Partial<SignalInput>, SignalLevel][])('with the config’s thresholds: %s', (_name, thresholds, over, level) => {
    expect(decideSignal({ ...base, ...over }, { ...DEFAULT_THRESHOLDS, ...thresholds }).level).toBe(level);
  });

  // Fair shares that are not powers of two: (3/10)/(1/10) is 2.9999999999999996 in floating point, m·n/t is 3.
  it.each([
    [10, 3, 10, 4, { holdingBackRatio: 3 }, 'holding-back', 3],
    [10, 6, 20, 7, { holdingBackRatio: 3 }, 'holding-back', 3],
    [10, 7, 30, 8, { holdingBackRatio: 3 }, 'watch', 7 / 3],
    [10, 3, 20, 4, { watchRatio: 1.5, holdingBackRatio: 3 }, 'watch', 1.5],
    [10, 2, 20, 4, { watchRatio: 1.5, holdingBackRatio: 3 }, 'balanced', 1],
    [3, 5, 10, 5, { holdingBackRatio: 1.5 }, 'holding-back', 1.5],
    [3, 4, 10, 5, { holdingBackRatio: 1.5 }, 'watch', 1.2],
  ] as [number, number, number, number, Partial<Thresholds>, SignalLevel, number][])(
    'R = m·n/t: a team of %i, %i of %i hands-on commits (top other member %i), thresholds %o: %s',
    (teamSize, managerCommits, teamCommits, topOtherCommits, thresholds, level, ratio) => {
      const signal = decideSignal({ ...base, teamSize, managerCommits, teamCommits, topOtherCommits }, { ...DEFAULT_THRESHOLDS, ...thresholds });
      expect(signal.level).toBe(level);
      expect(signal.ratio).toBe(ratio);
      expect(signal.fairShare).toBe(1 / teamSize);
      // The reasons agree with the level: at the boundary the ratio is "at or above" it.
      if (level === 'holding-back') expect(signal.reasons.join(' ')).toContain(`is at or above ${thresholds.holdingBackRatio!.toFixed(2)}x`);
      if (level === 'watch') expect(signal.reasons.join(' ')).toContain('is worth watching');
    }
  );
});

describe('replayOwnership across renames', () => {
  const window = { since: '2026-10-01', until: '2026-10-31' };
  const ids = (...people: { email: string }[]) => new Set(people.map((p) => p.email));

  /** Ann writes nb/a.ipynb in September (30 + 10 lines); `then` adds the rest. */
  function replay(then: (b: FactsBuilder) => void) {
    const b = new FactsBuilder()
      .commit({ author: ANN, time: '2026-09-01T10:00:00+02:00', files: { 'nb/a.ipynb': { added: 30 } } })
      .commit({ author: ANN, time: '2026-09-10T10:00:00+02:00', files: { 'nb/a.ipynb': { added: 10, deleted: 2 } } });
    then(b);
    const { commits } = b.group();
    return { ...replayOwnership(commits, ids(MIA), ids(MIA, ANN, BO), window, DEFAULT_THRESHOLDS), commits };
  }
  const historyOf = (r: ReturnType<typeof replay>, path: string) => r.files.find((f) => f.path === path);

  it.each([
    {
      name: 'renamed by Bo with 2 lines changed, then changed by Mia: Ann still owns it, under its new path',
      then: (b: FactsBuilder) =>
        b
          .commit({ author: BO, time: '2026-09-20T10:00:00+02:00', files: { 'nb/b.ipynb': { oldPath: 'nb/a.ipynb', added: 1, deleted: 1 } } })
          .commit({ author: MIA, time: '2026-10-05T10:00:00+02:00', files: { 'nb/b.ipynb': { added: 3 } } }),
      path: 'nb/b.ipynb',
      gone: ['nb/a.ipynb'],
      owner: ANN.email,
      total: 47,
      takeover: { owner: ANN.email, inFlight: false },
    },
    {
      name: 'renamed twice (a -> b -> c), the second time by Ann 5 days before Mia’s change: in flight',
      then: (b: FactsBuilder) =>
        b
          .commit({ author: BO, time: '2026-09-20T10:00:00+02:00', files: { 'nb/b.ipynb': { oldPath: 'nb/a.ipynb' } } })
          .commit({ author: ANN, time: '2026-10-01T09:00:00+02:00', files: { 'nb/c.ipynb': { oldPath: 'nb/b.ipynb', added: 2 } } })
          .commit({ author: MIA, time: '2026-10-06T09:00:00+02:00', files: { 'nb/c.ipynb': { added: 1 } } }),
      path: 'nb/c.ipynb',
      gone: ['nb/a.ipynb', 'nb/b.ipynb'],
      owner: ANN.email,
      total: 45,
      takeover: { owner: ANN.email, inFlight: true },
    },
    {
      name: 'renamed by Bo with a rewrite of 60 lines: Bo owns the new path, and Mia’s change takes it over from him',
      then: (b: FactsBuilder) =>
        b
          .commit({ author: BO, time: '2026-09-20T10:00:00+02:00', files: { 'nb/b.ipynb': { oldPath: 'nb/a.ipynb', added: 40, deleted: 20 } } })
          .commit({ author: MIA, time: '2026-10-02T10:00:00+02:00', files: { 'nb/b.ipynb': { added: 1 } } }),
      path: 'nb/b.ipynb',
      gone: ['nb/a.ipynb'],
      owner: BO.email,
      total: 103,
      takeover: { owner: BO.email, inFlight: true },
    },
    {
      name: 'renamed by Mia herself, with Ann as co-author: pairing, no takeover',
      then: (b: FactsBuilder) =>
        b.commit({ author: MIA, coAuthors: [ANN], time: '2026-10-03T10:00:00+02:00', files: { 'nb/b.ipynb': { oldPath: 'nb/a.ipynb', added: 4 } } }),
      path: 'nb/b.ipynb',
      gone: ['nb/a.ipynb'],
      owner: ANN.email,
      total: 46,
      takeover: null,
    },
    {
      name: 'a new file at the old path after a rename has a history of its own',
      then: (b: FactsBuilder) =>
        b
          .commit({ author: BO, time: '2026-09-20T10:00:00+02:00', files: { 'nb/b.ipynb': { oldPath: 'nb/a.ipynb' } } })
          .commit({ author: MIA, time: '2026-10-02T10:00:00+02:00', files: { 'nb/a.ipynb': { status: 'A', added: 8 } } }),
      path: 'nb/b.ipynb',
      gone: [],
      owner: ANN.email,
      total: 42,
      takeover: null,
    },
  ])('$name', ({ then, path, gone, owner, total, takeover }) => {
    const result = replay(then);
    const file = historyOf(result, path)!;
    expect(file.alive).toBe(true);
    expect(file.total).toBe(total);
    expect(ownerOf(file)?.id).toBe(owner);
    for (const old of gone) expect(historyOf(result, old)).toBeUndefined();
    // The takeover is Mia's first commit in the window.
    const first = result.commits.find((c) => c.author.id === MIA.email && c.date >= window.since)!;
    if (takeover) expect(result.takeovers).toEqual([{ repo: 'repo', path, at: first.time, sha: first.sha, ...takeover }]);
    else expect(result.takeovers.filter((t) => t.path === path)).toEqual([]);
  });

  it('ends a deleted file’s life, and a commit after the window changes nothing', () => {
    const result = replay((b) =>
      b
        .commit({ author: BO, time: '2026-09-20T10:00:00+02:00', files: { 'nb/a.ipynb': { status: 'D', deleted: 38 } } })
        .commit({ author: MIA, time: '2026-11-01T00:30:00+01:00', files: { 'nb/b.ipynb': { oldPath: 'nb/a.ipynb', added: 5 } } })
    );
    expect(result.files.map((f) => [f.path, f.alive, f.total])).toEqual([['nb/a.ipynb', false, 80]]);
    expect(result.takeovers).toEqual([]);
  });
});

describe('chooseTeam: the regulars are the people with commits in at least 2 distinct ISO weeks', () => {
  const period = { since: '2026-09-01', until: '2027-01-31' };
  const cases: [string, { author: typeof ANN; time: string }[], boolean][] = [
    [
      'Sunday and the next Monday: 2 ISO weeks (2026-W40, W41)',
      [
        { author: ANN, time: '2026-10-04T18:00:00+02:00' },
        { author: ANN, time: '2026-10-05T09:00:00+02:00' },
      ],
      true,
    ],
    [
      'Monday and the next Sunday: 1 ISO week, however many commits',
      [1, 2, 3].map((i) => ({ author: BO, time: `2026-10-0${4 + i}T09:00:00+02:00` })).concat([{ author: BO, time: '2026-10-11T22:00:00+02:00' }]),
      false,
    ],
    [
      '31 December 2026 and 1 January 2027: both in 2026-W53',
      [
        { author: CY, time: '2026-12-31T10:00:00+00:00' },
        { author: CY, time: '2027-01-01T10:00:00+00:00' },
      ],
      false,
    ],
    [
      'Sunday 3 and Monday 4 January 2027: 2026-W53 and 2027-W01',
      [
        { author: DEE, time: '2027-01-03T10:00:00+00:00' },
        { author: DEE, time: '2027-01-04T10:00:00+00:00' },
      ],
      true,
    ],
    [
      'late Sunday at -05:00 (Monday in UTC) and Monday: the author’s own date counts, 2 weeks',
      [
        { author: EVE, time: '2026-10-04T23:30:00-05:00' },
        { author: EVE, time: '2026-10-05T10:00:00-05:00' },
      ],
      true,
    ],
    [
      'one week before the period and one in it: 1 week of the period',
      [
        { author: ANN, time: '2026-08-25T10:00:00+02:00' },
        { author: ANN, time: '2026-09-01T10:00:00+02:00' },
      ],
      false,
    ],
  ];
  it.each(cases)('%s', (_name, commits, regular) => {
    const b = new FactsBuilder();
    b.commit({ author: MIA, time: '2026-09-15T10:00:00+02:00', files: { 'model.py': { added: 3 } } });
    commits.forEach((c, i) => b.commit({ ...c, files: { [`nb/${i}.ipynb`]: { added: 2 } } }));
    const { commits: grouped, identities } = b.group();
    const manager = identities.persons.filter((p) => p.id === MIA.email);
    const team = chooseTeam(identities.persons, grouped, manager, [], period, DEFAULT_THRESHOLDS.regularWeeks);
    expect(team.source).toBe('regulars');
    expect([...team.ids].sort()).toEqual(regular ? [commits[0].author.email, MIA.email].sort() : [MIA.email]);
  });

  it('counts a week from a co-authored commit and from a commit without files', () => {
    const b = new FactsBuilder()
      .commit({ author: MIA, time: '2026-10-05T10:00:00+02:00', coAuthors: [ANN], files: { 'a.py': { added: 1 } } })
      .commit({ author: ANN, time: '2026-10-12T10:00:00+02:00' });
    const { commits, identities } = b.group();
    const team = chooseTeam(
      identities.persons,
      commits,
      identities.persons.filter((p) => p.id === MIA.email),
      [],
      period,
      2
    );
    expect([...team.ids].sort()).toEqual([ANN.email, MIA.email]);
  });
});

describe('groupCommits: a person’s commits around a month’s end', () => {
  /**
   * Ann, as herself and under her GitHub noreply address, commits around the end of
   * September: the UTC order and the local dates disagree, and each commit belongs to the
   * month of its author's own date.
   */
  const b = new FactsBuilder()
    .commit({ author: ANN, time: '2026-09-30T23:30:00-04:00', files: { 'nb/a.ipynb': { added: 4 }, 'etl.py': { added: 2, deleted: 1 } } })
    .commit({ author: ANN_NOREPLY, time: '2026-10-01T01:00:00+09:00', files: { 'nb/a.ipynb': { added: 1 } } })
    .commit({ author: ANN, time: '2026-10-01T00:00:00+00:00' })
    .commit({ author: ANN_NOREPLY, time: '2026-09-30T23:59:59+00:00', files: { 'README.md': { added: 5 } } });
  const { commits, identities } = b.group();

  it('merges her two identities into one person', () => {
    const ann = identities.persons.filter((p) => p.kind === 'human');
    expect(ann.map((p) => p.emails)).toEqual([[ANN_NOREPLY.email, ANN.email].sort()]);
    expect(new Set(commits.map((c) => c.author.id))).toEqual(new Set([ann[0].id]));
  });

  it.each([
    // time order (UTC): 2026-09-30T16:00Z, 23:59:59Z, 2026-10-01T00:00Z, 03:30Z
    [0, '2026-10-01T01:00:00+09:00', '2026-10-01', true, 1],
    [1, '2026-09-30T23:59:59+00:00', '2026-09-30', false, 1],
    [2, '2026-10-01T00:00:00+00:00', '2026-10-01', false, 0],
    [3, '2026-09-30T23:30:00-04:00', '2026-09-30', true, 2],
  ])('commit %i (%s) is dated %s by its author’s clock', (i, time, date, handsOn, facts) => {
    const c = commits[i];
    expect(c.time).toBe(time);
    expect(c.date).toBe(date);
    expect(c.handsOn).toBe(handsOn);
    expect(c.facts).toHaveLength(facts);
  });

  it('puts two commits in each month, whichever way UTC orders them', () => {
    const byMonth: Record<string, number> = {};
    for (const c of commits) byMonth[c.date.slice(0, 7)] = (byMonth[c.date.slice(0, 7)] ?? 0) + 1;
    expect(byMonth).toEqual({ '2026-09': 2, '2026-10': 2 });
    expect(commits[3].handsOnChurn).toBe(7);
    expect(commits[3].tier).toBe('tactical');
    expect(commits[1].tier).not.toBe('tactical');
  });
});
