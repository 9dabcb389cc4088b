// @vitest-environment jsdom
/**
 * The "Lead by example" section in every format (Markdown, HTML, terminal table, panel)
 * from one report, its empty and older-report texts (report/sections.ts), and the
 * reflection questions that read it.
 */
import { describe, expect, it } from 'vitest';
import { Widget } from '@lumino/widgets';
import type { Report } from '../../src/core/report.js';
import { LetgoPanel, type Trans } from '../../src/lab/panel.js';
import { panelView } from '../../src/lab/panelModel.js';
import { readReportSet } from '../../src/lab/reports.js';
import { renderHtml, renderMarkdown, renderTable } from '../../src/report/index.js';
import { buildReviewModel } from '../../src/report/model.js';
import { emptyText, SECTION_TITLES } from '../../src/report/sections.js';
import { makeReport } from './fixtures/build.js';

const lead = { reviews: 7, pairedCommits: 2, membersReviewed: 3, teamReviews: 19, sources: ['trailers', 'github'] } satisfies Report['leadByExample'];
const trans: Trans = { __: (msg, ...args) => msg.replace(/%(\d+)/g, (_, i) => String(args[Number(i) - 1])) };

/** The text of the HTML section `id`, tags removed. */
function htmlSection(html: string, id: string): string {
  const m = new RegExp(`<section id="${id}"[\\s\\S]*?</section>`).exec(html);
  return (m?.[0] ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('Lead by example section', () => {
  it('shows the reviews, pairing and team reviews in Markdown, HTML, the terminal and the panel', async () => {
    const report = makeReport('balanced', { leadByExample: lead });
    const md = renderMarkdown(report).markdown;
    const section = md.slice(md.indexOf(`## ${SECTION_TITLES.lead}`), md.indexOf(`## ${SECTION_TITLES.habits}`));
    expect(section).toContain('| Your reviews | 7 | of the work of 3 teammates |');
    expect(section).toContain('| Pairing | 2 | teammates’ commits you co-authored |');
    expect(section).toContain('| The team’s reviews | 19 | of each other’s work, yours included |');
    expect(section).toContain('GitHub pull-request reviews (--reviews)');

    const html = htmlSection(await renderHtml(report), 'lead');
    expect(html).toContain('Your reviews 7 of the work of 3 teammates');
    expect(html).toContain('The team’s reviews 19');

    const table = renderTable(report, { color: false, width: 100 });
    expect(table).toMatch(/Lead by example +7 reviews of teammates’ work, 2 pairing commits/);

    const panel = new LetgoPanel(trans, { refresh: () => undefined, scan: () => undefined, select: () => undefined, clearActivity: () => undefined });
    Widget.attach(panel, document.body);
    await panel.render(panelView(readReportSet([{ name: 'report.json', text: JSON.stringify(report) }], 'letgo-report'), 'letgo-report'));
    const node = panel.node.querySelector('[data-letgo=lead]');
    expect(node?.querySelector('h3')?.textContent).toBe(SECTION_TITLES.lead);
    expect(node?.querySelector('li[data-lead="Your reviews"]')?.textContent).toBe('Your reviews: 7 of the work of 3 teammates');
    Widget.detach(panel);
  });

  it('says when nothing was found, suggests --reviews without a gh export, and marks an older report', () => {
    const none = buildReviewModel(
      makeReport('balanced', { leadByExample: { reviews: 0, pairedCommits: 0, membersReviewed: 0, teamReviews: 0, sources: ['trailers'] } })
    ).lead;
    expect(none.rows).toEqual([]);
    expect(none.empty).toBe(`${emptyText.lead} ${emptyText.leadGithub}`);
    const withGithub = buildReviewModel(
      makeReport('balanced', { leadByExample: { reviews: 0, pairedCommits: 0, membersReviewed: 0, teamReviews: 0, sources: ['trailers', 'github'] } })
    ).lead;
    expect(withGithub.empty).toBe(emptyText.lead);
    const older = makeReport('balanced');
    delete older.leadByExample;
    const md = renderMarkdown(older).markdown;
    expect(md).toContain(`## ${SECTION_TITLES.lead}\n\n_${emptyText.leadMissing}_`);
    expect(renderTable(older, { color: false, width: 100 })).toMatch(/Lead by example +not in this report: scan again/);
  });
});

describe('questions from lead by example', () => {
  const takeover = (path: string) => ({ repo: 'team', path, owner: 'teammate', at: '2026-10-12T10:00:00+00:00', inFlight: false });
  it('asks to review instead of rewriting after many takeovers and few reviews', () => {
    const report = makeReport('watch', { takeovers: [takeover('a.py'), takeover('b.py'), takeover('c.py')], leadByExample: { ...lead, reviews: 1 } });
    const q = buildReviewModel(report).questions.join('\n');
    expect(q).toContain(
      'You stepped into teammates’ work 3 times and reviewed their work 1 time. Next time, could a review comment or a pairing hour do what rewriting it did'
    );
    // As many reviews as takeovers: the plain takeover question.
    const reviewed = buildReviewModel(
      makeReport('watch', { takeovers: [takeover('a.py'), takeover('b.py'), takeover('c.py')], leadByExample: { ...lead, reviews: 3 } })
    ).questions.join('\n');
    expect(reviewed).not.toContain('could a review comment or a pairing hour do what rewriting it did');
    expect(reviewed).toContain('You stepped into work a teammate owns 3 times.');
  });

  it('asks about the balance when the contact came only through reviews', () => {
    const base = makeReport('balanced');
    const report = makeReport('balanced', {
      takeovers: [],
      ownership: { onlyYouMaintain: [] },
      afterHoursShare: 0,
      snacks: { count: 0, handsOnCommits: 0, share: null },
      handsOn: { ...base.handsOn, managerCommits: 0 },
      leadByExample: lead,
    });
    expect(buildReviewModel(report).questions.join('\n')).toContain('came through 7 reviews and 2 pairing commits, without a hands-on commit of your own');
  });
});
