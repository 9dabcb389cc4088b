import { describe, expect, it } from 'vitest';
import { CHART_MARKS } from '../../src/report/charts.js';
import { renderMarkdown, renderMarkdownWithCharts } from '../../src/report/index.js';
import { SECTION_TITLES } from '../../src/report/sections.js';
import { LEVEL_WORDS } from '../../src/report/words.js';
import { HOSTILE, LONG_PATH, makeEmptyReport, makeHostileReport, makeReport } from './fixtures/build.js';
import { SIGNAL_LEVELS } from '../../src/core/report.js';
import { expectToContainAll } from './fixtures/expect.js';
import { countMarks } from './fixtures/svg.js';

/** The text between a level-2 heading starting with `title` and the next one. */
function sectionOf(md: string, title: string): string {
  const start = md.indexOf(`\n## ${title}`);
  expect(start, `section ${title}`).toBeGreaterThan(-1);
  const next = md.indexOf('\n## ', start + 4);
  return md.slice(start, next === -1 ? undefined : next);
}

describe('renderMarkdown', () => {
  it.each(SIGNAL_LEVELS)('writes the headline for %s', (level) => {
    const { markdown, svgs } = renderMarkdown(makeReport(level));
    expect(markdown).toContain(`**${LEVEL_WORDS[level].symbol} ${LEVEL_WORDS[level].label}: ${LEVEL_WORDS[level].headline}**`);
    expect(markdown).toContain('# letgo self-review: October 2026');
    expect(markdown).toContain('team of 5');
    expect(svgs).toEqual({});
  });

  it('puts the numbers in the headline: share, fair share, ratio, team size', () => {
    const { markdown } = renderMarkdown(makeReport('holding-back'));
    expect(markdown).toContain('You made 35% of the team’s hands-on commits (14 of 40). A fair share for a team of 5 is 20%, so your ratio is 1.7x.');
    expect(markdown).toContain('**1.7x**');
  });

  it('keeps the nine sections in order', () => {
    const { markdown } = renderMarkdown(makeReport('watch'));
    const order = [
      '> **',
      `## ${SECTION_TITLES.trend}`,
      `## ${SECTION_TITLES.delegation}`,
      `## ${SECTION_TITLES.onlyYou}`,
      `## ${SECTION_TITLES.takeovers}`,
      `## ${SECTION_TITLES.habits}`,
      `## ${SECTION_TITLES.repos}`,
      `## ${SECTION_TITLES.quality}`,
      `## ${SECTION_TITLES.questions}`,
    ].map((s) => markdown.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('charts the trend as a Mermaid xychart with one bar per month and threshold lines', () => {
    const { markdown } = renderMarkdown(makeReport('holding-back'));
    const block = /```mermaid\n([\s\S]*?)```/.exec(markdown)?.[1] ?? '';
    expectToContainAll(block, [
      'xychart-beta',
      'x-axis ["May 2026", "Jun 2026", "Jul 2026", "Aug 2026", "Sep 2026", "Oct 2026"]',
      'bar [1.2, 1.4, 1.1, 1.6, 1.5, 1.8]',
      'line [1, 1, 1, 1, 1, 1]',
      'line [0.5, 0.5, 0.5, 0.5, 0.5, 0.5]',
    ]);
  });

  it('draws months without a ratio as 0 in Mermaid and n/a in the table', () => {
    const { markdown } = renderMarkdown(makeReport('insufficient-data'));
    expect(markdown).toContain('bar [0, 0, 0.5, 0, 1, 0.9]');
    expect(markdown).toMatch(/\| May 2026 \| Not enough data \| n\/a \| n\/a \|/);
  });

  it('returns SVG chart files linked from the page with renderMarkdownWithCharts', async () => {
    const { markdown, svgs } = await renderMarkdownWithCharts(makeReport('holding-back'), { svgBaseName: 'review 2026/10' });
    expect(Object.keys(svgs).sort()).toEqual(['review-2026-10-ratio.svg', 'review-2026-10-tiers.svg']);
    expect(markdown).toContain('](review-2026-10-ratio.svg)');
    expect(markdown).toContain('](review-2026-10-tiers.svg)');
    expect(markdown).toContain('```mermaid');
    expect(countMarks(svgs['review-2026-10-ratio.svg']!, CHART_MARKS.ratioBars)).toBe(6);
    const svgOnly = await renderMarkdownWithCharts(makeReport('holding-back'), { charts: 'svg' });
    expect(svgOnly.markdown).not.toContain('```mermaid');
  });

  it('shows delegation mix, plan progress and the recommended sequence', () => {
    const { markdown } = renderMarkdown(makeReport('holding-back'));
    const s = sectionOf(markdown, SECTION_TITLES.delegation);
    expect(s).toContain('Step 1 is open: you made 35% of the team’s tactical commits against a fair share of 20%.');
    expect(s).toContain('| Tactical (notebooks, code and tests) | hand over first | 14 | 40 | 35% | 70% |');
    expect(s).toContain('| Tactical | 1 Sep 2026 - 27 Oct 2026 (8 weeks) | 100% | 50% | 35% | 20% | n/a | **overdue** |');
    expect(s).toContain('6-8 weeks');
    // The fixture's plan is of a report without handoffs (an older one): the column says n/a.
  });

  it('lists notebooks only you maintain with the last team touch, "never" when none', () => {
    const s = sectionOf(renderMarkdown(makeReport('holding-back')).markdown, SECTION_TITLES.onlyYou);
    expect(s).toMatch(/\| `pricing` \| `notebooks\/elasticity.ipynb` \| 75% \| 11 Oct 2026 \| \*\*never\*\* \|/);
    expect(s).toContain('| 2 Mar 2026 |');
    // Never-touched notebooks come first.
    expect(s.indexOf('elasticity')).toBeLessThan(s.indexOf('feature_store_refresh'));
  });

  it('groups takeovers by owner, in flight first, anonymised without team detail', () => {
    const s = sectionOf(renderMarkdown(makeReport('holding-back')).markdown, SECTION_TITLES.takeovers);
    expect(s).toContain('### A teammate (A): 2 files, 1 in flight');
    expect(s).toContain('### A teammate (B): 1 file');
    expect(s.indexOf('src/features.py')).toBeLessThan(s.indexOf('notebooks/eda.ipynb'));
    expect(s).toMatch(/- \*\*in flight\*\* `src\/features.py`/);
    expect(s).not.toContain('p2');
  });

  it('names owners with team detail', () => {
    const r = makeReport('holding-back', {
      takeovers: [{ repo: 'r', path: 'a.ipynb', owner: 'p2', ownerName: 'Ada Quinn', at: '2026-10-03', inFlight: false }],
    });
    expect(renderMarkdown(r).markdown).toContain('### Ada Quinn: 1 file');
  });

  it('reports habits with their numbers and meaning', () => {
    const s = sectionOf(renderMarkdown(makeReport('holding-back')).markdown, SECTION_TITLES.habits);
    expect(s).toContain('| Small fixes (snacks) | **36%** | 5 of your 14 hands-on commits changed 5 lines or fewer.');
    expect(s).toContain('| Outside working hours | **35%** |');
    expect(s).toContain('| Re-run-only notebook commits | **40%** | 4 of your 10 notebook changes only re-ran the notebook (team: 10%).');
    expect(s).toContain('usually mean');
  });

  it('tabulates notebook work for you and the team, and names how it was counted', () => {
    // Fixture: you 12 + 3 + 20 = 35 cells, 300 + 80 = 380 lines; team 80 + 30 + 140 = 250 cells, 3,300 lines.
    const withCounts = makeReport('holding-back', {
      notebooks: {
        manager: { ...makeReport('holding-back').notebooks.manager, fallbacks: 1, textNotebooks: 2, pairedScripts: 3 },
        team: { ...makeReport('holding-back').notebooks.team, fallbacks: 4, textNotebooks: 5, pairedScripts: 6 },
      },
    });
    const s = sectionOf(renderMarkdown(withCounts).markdown, SECTION_TITLES.habits);
    expect(s).toContain('### Notebook work');
    expect(s).toContain('Notebooks counted by cell-source lines (--notebook-lines cells)');
    expect(s).toContain('| Cells changed (added / deleted / modified) | 35 (12 / 3 / 20) | 250 (80 / 30 / 140) |');
    expect(s).toContain('| Source lines changed (added / deleted) | 380 (300 / 80) | 3,300 (2,400 / 900) |');
    expect(s).toContain('| Re-runs only | 4 of 10 | 6 of 60 |');
    expect(s).toContain('| Counted by git lines (not readable as cells) | 1 | 4 |');
    expect(s).toContain('| Jupytext scripts changed alone | 2 | 5 |');
    expect(s).toContain('| Jupytext scripts changed with their notebook (counted once) | 3 | 6 |');
    // A report of the git mode says so and names its lines as git's.
    const git = renderMarkdown(
      makeReport('holding-back', { options: { trendMonths: 6, allBranches: false, notebookLines: 'git', teamDetail: false } })
    ).markdown;
    expect(git).toContain('Notebooks counted by git’s line counts of their JSON (--notebook-lines git)');
    expect(git).toContain('| Lines changed by git (added / deleted) | 380 (300 / 80) |');
    // An older report without the new counts shows n/a, not 0.
    expect(s).not.toContain('n/a');
    expect(sectionOf(renderMarkdown(makeReport('holding-back')).markdown, SECTION_TITLES.habits)).toContain('| Jupytext scripts changed alone | n/a | n/a |');
  });

  it('tabulates repositories and data quality', () => {
    const { markdown } = renderMarkdown(makeReport('holding-back'));
    expect(sectionOf(markdown, SECTION_TITLES.repos)).toContain('| `churn-model` | 7 | 25 | 28% | 812 | 3,100 |');
    expect(sectionOf(markdown, SECTION_TITLES.repos)).toContain('| `pricing` (shallow) | 7 | 15 | 47% | 241 | 1,480 |');
    expectToContainAll(sectionOf(markdown, SECTION_TITLES.quality), [
      '1 of 2 repositories is a shallow clone',
      '12 bot commits left out.',
      '`dependabot[bot]`',
      '9 commits by 3 authors outside the team',
      '17 merge commits skipped',
      '`Morgan Lead = morgan lead (morgan@example.com, ml@corp.example)`',
      '1 warning from the scan',
    ]);
  });

  it.each(SIGNAL_LEVELS)('asks three to five numbered questions for %s', (level) => {
    const s = sectionOf(renderMarkdown(makeReport(level)).markdown, SECTION_TITLES.questions);
    const n = s.split('\n').filter((l) => /^\d\. /.test(l)).length;
    expect(n).toBeGreaterThanOrEqual(3);
    expect(n).toBeLessThanOrEqual(5);
  });

  it('says so briefly when sections are empty', () => {
    const { markdown } = renderMarkdown(makeEmptyReport('balanced'));
    expect(sectionOf(markdown, SECTION_TITLES.onlyYou)).toContain('_None. Every notebook you changed recently also has another maintainer on the team._');
    expect(sectionOf(markdown, SECTION_TITLES.takeovers)).toContain('_None. You did not change a file');
    expect(sectionOf(markdown, SECTION_TITLES.repos)).toContain('_No repository was scanned._');
    expect(sectionOf(markdown, SECTION_TITLES.delegation)).toContain('No delegation plan in the config');
    expect(sectionOf(markdown, SECTION_TITLES.quality)).toContain('The scan raised no warnings.');
    expect(sectionOf(markdown, SECTION_TITLES.habits)).toContain('You changed no notebook in this period.');
  });

  it('says so when there is no trend', () => {
    const { markdown } = renderMarkdown(makeReport('balanced', { trend: [] }));
    expect(markdown).toContain('No trend yet');
    expect(markdown).not.toContain('```mermaid');
  });

  it('escapes hostile names, paths and repository ids', () => {
    const { markdown } = renderMarkdown(makeHostileReport());
    // No raw HTML tag anywhere outside code spans.
    const outsideCode = markdown
      .replace(/```mermaid[\s\S]*?```/g, '')
      .replace(/\\[\s\S]/g, '_') // backslash escapes: the character shows as text
      .replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, ''); // code spans: shown literally
    expect(outsideCode).not.toMatch(/<img|<script|<\/script/);
    expect(markdown).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(markdown).toContain('### \\<img src=x onerror=alert(1)\\>: 1 file, 1 in flight');
    expect(markdown).toContain('### Bo \\`rm -rf\\` Tick: 2 files');
    // A pipe in a table cell is escaped; every table row keeps its column count.
    for (const table of markdown.split('\n\n').filter((b) => b.startsWith('| '))) {
      const cols = (line: string) => line.replace(/\\\|/g, '').split('|').length;
      const lines = table.split('\n');
      for (const l of lines) expect(cols(l), l).toBe(cols(lines[0]!));
    }
    expect(markdown).toContain('Pat \\| Pipe');
    // Newlines and escape characters do not survive: they become spaces.
    expect(markdown).not.toContain(HOSTILE.newline);
    expect(markdown).toContain('`line one line two`');
    expect(markdown).not.toContain('\u001b');
    expect(markdown).toContain('``<img src=x onerror=alert(1)>/Bo `rm -rf` Tick.ipynb``');
  });

  it('keeps very long paths whole', () => {
    const { markdown } = renderMarkdown(makeHostileReport());
    expect(markdown).toContain(`\`${LONG_PATH}\``);
  });
});
