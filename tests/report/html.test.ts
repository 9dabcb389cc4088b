import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { CHART_MARKS } from '../../src/report/charts.js';
import { renderHtml } from '../../src/report/index.js';
import { SECTION_TITLES } from '../../src/report/sections.js';
import { LEVEL_WORDS } from '../../src/report/words.js';
import { HOSTILE, LONG_PATH, makeEmptyReport, makeHostileReport, makeReport, tierSegments } from './fixtures/build.js';
import { SIGNAL_LEVELS } from '../../src/core/report.js';
import { expectToContainAll } from './fixtures/expect.js';
import { countMarks } from './fixtures/svg.js';
const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

async function expectValid(html: string): Promise<void> {
  const result = await validator.validateString(html);
  const messages = result.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`));
  expect(messages).toEqual([]);
  expect(result.valid).toBe(true);
}

/** The HTML of the <section> with this id. */
function sectionOf(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  expect(start, id).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</section>', start));
}

describe('renderHtml', () => {
  it.each(SIGNAL_LEVELS)('renders a valid, self-contained page for %s', async (level) => {
    const html = await renderHtml(makeReport(level));
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain(`<main class="level-${level}">`);
    expect(html).toContain(`<h1 id="headline">${LEVEL_WORDS[level].headline}</h1>`);
    expect(html).toContain(`${LEVEL_WORDS[level].label}</p>`);
    // Self-contained: nothing to load.
    expect(html).not.toMatch(/<script\b|<link\b|<img\b|<iframe\b|@import|url\(|\bsrc=|\bhref=/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/(?:2000\/svg|1999\/xlink))/);
    await expectValid(html);
  });

  it('has light, dark and print styles', async () => {
    const html = await renderHtml(makeReport('watch'));
    expect(html).toContain('@media (prefers-color-scheme: dark)');
    expect(html).toContain('@media print');
    expect(html).toContain('<meta name="color-scheme" content="light dark">');
  });

  it('shows the headline numbers', async () => {
    const html = await renderHtml(makeReport('holding-back'));
    expect(html).toContain('You made 35% of the team’s hands-on commits (14 of 40). A fair share for a team of 5 is 20%, so your ratio is 1.7x.');
    expect(html).toMatch(/<dt>Ratio<\/dt><dd>1\.7x/);
    expect(html).toMatch(/<dt>Team size<\/dt><dd>5<small>5 active this period<\/small>/);
    expect(html).toContain('Morgan Lead · October 2026');
  });

  it('draws one ratio bar per month and one stacked segment per month and tier with commits', async () => {
    const report = makeReport('holding-back');
    const html = await renderHtml(report);
    expect(countMarks(html, CHART_MARKS.ratioBars)).toBe(6);
    const segments = tierSegments(report);
    expect(segments).toBe(15); // fixture: strategic in 6 months, implementation in 3, tactical in 6
    expect(countMarks(html, CHART_MARKS.tierBars)).toBe(segments);
    expect(countMarks(html, CHART_MARKS.bands)).toBe(2);
    expect(html).toContain('role="img" aria-label="Hands-on ratio per month');
  });

  it('leaves months without a ratio empty but keeps their slot', async () => {
    const html = await renderHtml(makeReport('insufficient-data'));
    expect(countMarks(html, CHART_MARKS.ratioBars)).toBe(3);
    expect(html).toContain('>no data</text>');
    expect(countMarks(html, CHART_MARKS.ratioLabels)).toBe(6);
  });

  it('copes with odd trends: all months without a ratio, one month, a huge ratio', async () => {
    const base = makeReport('insufficient-data');
    const none = base.trend.map((p) => ({ ...p, ratio: null, share: null, level: 'insufficient-data' as const }));
    const allNull = await renderHtml(makeReport('insufficient-data', { trend: none }));
    expect(countMarks(allNull, CHART_MARKS.ratioBars)).toBe(0);
    expect(countMarks(allNull, CHART_MARKS.ratioLabels)).toBe(6);
    await expectValid(allNull);
    const one = await renderHtml(makeReport('holding-back', { trend: [makeReport('holding-back').trend[5]!] }));
    expect(countMarks(one, CHART_MARKS.ratioBars)).toBe(1);
    expect(one).toContain('Trend: the last 1 month');
    const huge = makeReport('holding-back').trend.map((p, i) => ({ ...p, ratio: i === 5 ? 9.6 : p.ratio }));
    const tall = await renderHtml(makeReport('holding-back', { trend: huge }));
    expect(tall).toContain('>9.6x</text>');
    expect(countMarks(tall, CHART_MARKS.ratioBars)).toBe(6);
  });

  it('draws no stray "0" axis on the tier chart when you made no commit in the trend', async () => {
    const idle = makeReport('out-of-touch').trend.map((p) => ({ ...p, managerCommits: 0, tiers: { strategic: 0, implementation: 0, tactical: 0 } }));
    const html = await renderHtml(makeReport('out-of-touch', { trend: idle }));
    const tiers = html.slice(html.indexOf('<figure class="chart chart-tiers">'), html.indexOf('</figure>', html.indexOf('<figure class="chart chart-tiers">')));
    expect(countMarks(tiers, CHART_MARKS.tierBars)).toBe(0);
    expect(tiers).toContain('>No commits of yours in this trend</text>');
    expect(tiers).not.toMatch(/>0<\/text>/);
    expect(tiers).not.toContain('Your commits</text>');
    await expectValid(html);
  });

  it('shades the bands from custom thresholds', async () => {
    const html = await renderHtml(makeReport('watch'), { thresholds: { watchRatio: 0.6, holdingBackRatio: 1.2 } });
    expect(html).toContain('Shaded: watch from 0.6x, holding back from 1.2x.');
  });

  it('shows every section in order, with evidence', async () => {
    const html = await renderHtml(makeReport('holding-back'));
    const ids = ['headline', 'trend', 'delegation', 'only-you', 'takeovers', 'habits', 'repos', 'quality', 'questions'].map((id) =>
      html.indexOf(id === 'headline' ? 'id="headline"' : `<section id="${id}"`)
    );
    expect(ids.every((i) => i > 0)).toBe(true);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect(sectionOf(html, 'delegation')).toContain('<span class="tag warn">overdue</span>');
    expect(sectionOf(html, 'only-you')).toContain('<span class="tag warn">never</span>');
    const takeovers = sectionOf(html, 'takeovers');
    expect(takeovers).toContain('<h3>A teammate (A): 2 files, 1 in flight</h3>');
    expect(takeovers.indexOf('src/features.py')).toBeLessThan(takeovers.indexOf('notebooks/eda.ipynb'));
    expect(sectionOf(html, 'habits')).toContain('<div class="habit notable">');
    expect(sectionOf(html, 'repos')).toContain('<code>pricing</code> <span class="tag mute">shallow</span>');
    expect(sectionOf(html, 'quality')).toContain('<code>dependabot[bot]</code>');
    const questions = sectionOf(html, 'questions').match(/<li>/g) ?? [];
    expect(questions.length).toBeGreaterThanOrEqual(3);
    expect(questions.length).toBeLessThanOrEqual(5);
  });

  it('shows the notebook work table with the counting mode', async () => {
    const s = sectionOf(await renderHtml(makeReport('holding-back')), 'habits');
    expect(s).toContain('<h3>Notebook work</h3>');
    expect(s).toContain('Notebooks counted by cell-source lines (--notebook-lines cells)');
    // Fixture: you 12 + 3 + 20 = 35 cells; team 80 + 30 + 140 = 250.
    expect(s).toContain(
      '<tr><td>Cells changed (added / deleted / modified)</td><td class="num">35 (12 / 3 / 20)</td><td class="num">250 (80 / 30 / 140)</td></tr>'
    );
    expect(s).toContain('<tr><td>Re-runs only</td><td class="num">4 of 10</td><td class="num">6 of 60</td></tr>');
  });

  it('says so when sections are empty, and stays valid', async () => {
    const html = await renderHtml(makeEmptyReport('out-of-touch'));
    expect(sectionOf(html, 'only-you')).toContain('<p class="empty">None. Every notebook you changed recently');
    expect(sectionOf(html, 'takeovers')).toContain('<p class="empty">None. You did not change a file');
    expect(sectionOf(html, 'repos')).toContain('<p class="empty">No repository was scanned.</p>');
    expect(sectionOf(html, 'delegation')).toContain('No delegation plan in the config');
    await expectValid(html);
    const noTrend = await renderHtml(makeReport('balanced', { trend: [] }));
    expect(sectionOf(noTrend, 'trend')).toContain(`<h2 id="trend-h">${SECTION_TITLES.trend}</h2>`);
    expect(sectionOf(noTrend, 'trend')).toContain('No trend yet');
    expect(noTrend).not.toContain('<svg');
    await expectValid(noTrend);
  });

  it('escapes every hostile string and stays valid', async () => {
    const html = await renderHtml(makeHostileReport());
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('</script>');
    expect(html).not.toContain('\u001b');
    expectToContainAll(html, [
      '&lt;img src=x onerror=alert(1)&gt;',
      '&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;',
      'Bo &#x60;rm -rf&#x60; Tick',
      '<code>line one line two</code>',
      // With team detail the owner's (hostile) name heads the group.
      '<h3>&lt;img src=x onerror=alert(1)&gt;: 1 file, 1 in flight</h3>',
      '<title>letgo self-review: October 2026, &lt;img src=x onerror=alert(1)&gt;</title>',
    ]);
    expect(html).not.toContain(HOSTILE.newline);
    await expectValid(html);
  });

  it('keeps very long paths whole and breakable', async () => {
    const html = await renderHtml(makeHostileReport());
    expect(html).toContain(`<code>${LONG_PATH}</code>`);
    expect(html).toContain('overflow-wrap: anywhere');
  });
});
