/**
 * The trend checkpoints of ownership.ts replayOwnership and the handoff tracker
 * (core/handoffs.ts) on real repositories: a checkpoint sees exactly the commits up to
 * its instant even when local dates and time order disagree (authors at UTC+14 and
 * UTC-8 around a month's end), and a notebook that drops out of "only you" and comes
 * back is one new hoard, while one handed off and taken back is a new hoard again; in a
 * quarterly trend (a 30-month window) a handoff is judged at each quarter’s end instant.
 */
import { describe, expect, it } from 'vitest';
import { groupCommits } from '../../src/core/commits.js';
import { defaultConfig } from '../../src/core/config.js';
import { sortFacts } from '../../src/core/facts.js';
import { replayOwnership } from '../../src/core/ownership.js';
import { endOfDayMs } from '../../src/core/time.js';
import { scan } from '../../src/scan/index.js';
import { lines, makeRepo, notebook, scanMonth } from '../helpers/repos.js';
import { ANN, BO, MIA } from '../helpers/teams.js';

/** A notebook of one cell of `n` distinct lines. */
const nb = (n: number, tag: string) => notebook([Array.from({ length: n }, (_, i) => `${tag}_${i} = ${i}`)]);

describe('replayOwnership checkpoints', () => {
  it('sees at a day’s end the commits made up to that instant, whatever the authors’ local dates', async () => {
    const config = defaultConfig();
    const repo = await makeRepo([
      // 2026-01-31 18:00 UTC, the next day where Ann is.
      { author: ANN, date: '2026-02-01T08:00:00+14:00', message: 'east', files: { 'east.py': lines(5, 'e') } },
      // 2026-02-01 04:00 UTC, still January 31 where Bo is.
      { author: BO, date: '2026-01-31T20:00:00-08:00', message: 'west', files: { 'west.py': lines(3, 'w') } },
      { author: MIA, date: '2026-02-10T10:00:00Z', message: 'later', files: { 'later.py': lines(2, 'l') } },
    ]);
    const { facts } = await scan([repo], { config, allBranches: false, jobs: 1 });
    const { commits } = groupCommits(sortFacts([...facts]), config);
    const seen: { paths: string[]; newest: number }[] = [];
    replayOwnership(commits, new Set(), new Set(), { since: '2026-01-01', until: '2026-02-28' }, config.thresholds, {
      dates: ['2026-01-31', '2026-02-28'],
      visit: (_i, files) => seen.push({ paths: files.map((f) => f.path).sort(), newest: Math.max(...files.map((f) => f.lastChangeMs)) }),
    });
    expect(seen.map((s) => s.paths)).toEqual([['east.py'], ['east.py', 'later.py', 'west.py']]);
    expect(seen[0].newest).toBeLessThanOrEqual(endOfDayMs('2026-01-31'));
  });
});

describe('new hoards over the trend', () => {
  it('are listed once when a notebook drops out of "only you" and comes back, and again after a handoff', async () => {
    let ann = '';
    const c = [];
    for (const m of ['06', '07', '08', '09', '10', '11']) {
      ann += lines(3, `a${m}`);
      c.push({ author: ANN, date: `2026-${m}-02T10:00:00+02:00`, message: `ann ${m}`, files: { 'src/ann.py': ann } });
    }
    // Mia’s notebook: only hers at June’s end, untouched July to September (stale at their ends with onlyYouDays 30), back in October.
    c.push({ author: MIA, date: '2026-06-10T10:00:00+02:00', message: 'solo', files: { 'notebooks/solo.ipynb': nb(10, 's') } });
    c.push({ author: MIA, date: '2026-10-12T10:00:00+02:00', message: 'solo again', files: { 'notebooks/solo.ipynb': nb(12, 's') } });
    // A second notebook: Mia's in July, Ann rewrites it in August (a handoff), Mia takes it back in October.
    c.push({ author: MIA, date: '2026-07-10T10:00:00+02:00', message: 'pass', files: { 'notebooks/pass.ipynb': nb(10, 'p') } });
    c.push({ author: ANN, date: '2026-08-05T10:00:00+02:00', message: 'take pass', files: { 'notebooks/pass.ipynb': nb(14, 'q') } });
    c.push({ author: MIA, date: '2026-10-20T10:00:00+02:00', message: 'pass back', files: { 'notebooks/pass.ipynb': nb(60, 'r') } });
    const repo = await makeRepo(c, 'hoards');
    const config = defaultConfig();
    config.thresholds.onlyYouDays = 30;
    const { report } = await scanMonth([repo], '2026-11', ['mia@corp.io'], { config, trendMonths: 6, teamDetail: false });
    expect(report.handoffs!.handedOff.map((h) => [h.path, h.since, h.month])).toEqual([['notebooks/pass.ipynb', '2026-07', '2026-08']]);
    // solo: only Mia's at June's end (the first checkpoint: not new), stale in August and September, hers again in October: no new hoard.
    // pass: new in July, handed off in August, Mia's alone again in October after rewriting it: new again.
    expect(report.handoffs!.newHoards.map((h) => [h.path, h.month])).toEqual([
      ['notebooks/pass.ipynb', '2026-07'],
      ['notebooks/pass.ipynb', '2026-10'],
    ]);
  }, 60_000);
});

describe('handoffs in a quarterly trend', () => {
  it('are judged at each quarter’s end instant: a rewrite made after it in UTC, on its last day where the author is, is the next quarter’s', async () => {
    const c = [];
    for (const d of ['2024-02-05', '2024-09-05', '2025-04-05', '2025-11-05', '2026-02-05', '2026-05-05']) {
      c.push({ author: ANN, date: `${d}T10:00:00+02:00`, message: `ann ${d}`, files: { [`src/ann_${d}.py`]: lines(3, 'a') } });
      c.push({ author: BO, date: `${d}T11:00:00-08:00`, message: `bo ${d}`, files: { [`src/bo_${d}.py`]: lines(3, 'b') } });
    }
    c.push({ author: MIA, date: '2026-03-10T10:00:00+01:00', message: 'forecast', files: { 'notebooks/forecast.ipynb': nb(10, 'f') } });
    // March 31, 20:00 in San Francisco: April 1, 04:00 UTC, after the first quarter's end.
    c.push({ author: BO, date: '2026-03-31T20:00:00-08:00', message: 'rewrite forecast', files: { 'notebooks/forecast.ipynb': nb(40, 'g') } });
    const repo = await makeRepo(c, 'quarters');
    const { report } = await scanMonth([repo], '2026-06', ['mia@corp.io'], { window: { since: '2024-01-01', until: '2026-06-30' }, teamDetail: false });
    expect(report.trend.map((p) => p.month).slice(-3)).toEqual(['2025-10', '2026-01', '2026-04']);
    expect(report.handoffs!.handedOff).toEqual([
      { repo: 'quarters', path: 'notebooks/forecast.ipynb', month: '2026-04', since: '2026-01', owner: 'teammate', share: expect.any(Number) },
    ]);
    expect(report.handoffs!.newHoards).toEqual([{ repo: 'quarters', path: 'notebooks/forecast.ipynb', month: '2026-01' }]);
  }, 60_000);
});
