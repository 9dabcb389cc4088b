/**
 * The evidence and handoffs of a real team repository (tests/helpers/teams.ts) in the
 * pages: the HTML report links each number with a list to an appendix of exactly those
 * commits, escaped; Markdown and the terminal table have the handoffs section.
 */
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config.js';
import type { Report } from '../../src/core/report.js';
import { renderHtml, renderMarkdown, renderTable } from '../../src/report/index.js';
import { EVIDENCE_TITLES, SECTION_TITLES, emptyText } from '../../src/report/sections.js';
import { makeRepo, scanMonth } from '../helpers/repos.js';
import { BOARD_AGAIN, handoffTeam } from '../helpers/teams.js';
import { makeReport } from './fixtures/build.js';

let report: Report;
let plain: Report;
beforeAll(async () => {
  const dir = await makeRepo(handoffTeam(), 'team');
  const config = { ...defaultConfig(), kinds: { generated: ['legacy/**'] }, delegate: [{ tier: 'tactical' as const, since: '2026-09-01', weeks: 8 }] };
  report = (await scanMonth([dir], '2026-10', ['mia@corp.io'], { config, teamDetail: true })).report;
  plain = (await scanMonth([dir], '2026-10', ['mia@corp.io'], { config, teamDetail: false })).report;
}, 60_000);

/** The HTML between `<section id="ID"` and its end. */
function sectionOf(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  expect(start, id).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</section>', start));
}

describe('HTML', () => {
  it('links each number to an appendix list of its commits, every link to an anchor of the page, and stays valid', async () => {
    const html = await renderHtml(report);
    const links = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const href of links) {
      expect(href.startsWith('#'), href).toBe(true);
      expect(html).toContain(` id="${href.slice(1)}"`);
    }
    expect(links).toEqual(expect.arrayContaining(['#evidence-managerHandsOn', '#evidence-snacks', '#evidence-afterHours']));
    const appendix = sectionOf(html, 'evidence');
    const list = (id: string) => appendix.slice(appendix.indexOf(`id="evidence-${id}"`)).split('<h3')[0];
    const rows = (id: string) => (list(id).match(/<tr>/g) ?? []).length - 1; // minus the header row
    expect(rows('managerHandsOn')).toBe(report.handsOn.managerCommits);
    expect(rows('snacks')).toBe(report.snacks.count);
    expect(rows('afterHours')).toBe(report.evidence!.afterHours.length);
    // The lead-by-example "Pairing" number links to its list: Ann's commit Mia co-authored.
    expect(report.leadByExample!.pairedCommits).toBe(1);
    expect(rows('pairing')).toBe(report.leadByExample!.pairedCommits);
    expect(list('pairing')).toContain('pair on util');
    expect(sectionOf(html, 'lead')).toContain(`<a href="#evidence-pairing">${report.leadByExample!.pairedCommits}</a>`);
    expect(list('managerHandsOn')).toContain(`${EVIDENCE_TITLES.managerHandsOn.title}: ${report.handsOn.managerCommits}`);
    // Team detail: one list per member, each as long as the member's hands-on count.
    report.team.members!.forEach((m, i) => expect(rows(`team-${i}`)).toBe(m.handsOnCommits));
    // The subject a repository supplied is text.
    expect(html).not.toContain('<img');
    expect(appendix).toContain('board &lt;img src=x onerror=alert(1)&gt; again');
    const result = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html);
    expect(result.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.message}`))).toEqual([]);
  });

  it('has a handoffs section naming the new owner only with team detail', async () => {
    const detail = sectionOf(await renderHtml(report), 'handoffs');
    expect(detail).toContain('<code>models/forecast.ipynb</code>');
    expect(detail).toContain('was notebooks/forecast.ipynb');
    expect(detail).toContain('Bo Dev');
    expect(detail).toContain('New hoards: 1 notebook became one that only you maintain: notebooks/board.ipynb (September 2026).');
    const anonymous = sectionOf(await renderHtml(plain), 'handoffs');
    expect(anonymous).toContain('a teammate');
    expect(anonymous).not.toContain('Bo Dev');
  });

  it('says so when there is no handoff, and a report without evidence has no appendix or link', async () => {
    const html = await renderHtml(makeReport('watch'));
    expect(sectionOf(html, 'handoffs')).toContain(emptyText.handoffs);
    expect(html).not.toContain('id="evidence"');
    expect(html).not.toMatch(/\bhref=/);
  });
});

describe('Markdown and the terminal table', () => {
  it('have the handoff', () => {
    const md = renderMarkdown(plain).markdown;
    const section = md.slice(md.indexOf(`## ${SECTION_TITLES.handoffs}`), md.indexOf(`## ${SECTION_TITLES.habits}`));
    expect(section).toContain('| `models/forecast.ipynb` in `team` (was `notebooks/forecast.ipynb`) | August 2026 | September 2026 | a teammate | 82% |');
    expect(section).toContain('New hoards: 1 notebook');
    // The delegation step that began in September counts the handoff.
    const plan = md.slice(md.indexOf('### Your delegation plan'), md.indexOf(`## ${SECTION_TITLES.onlyYou}`));
    expect(plan).toMatch(/\| Tactical \| 1 Sep 2026 - 27 Oct 2026 \(8 weeks\) \|[^\n]*\| 1 \| [^|\n]+ \|\n/);
    expect(md).not.toContain('<img');
    const table = renderTable(plain, { color: false, width: 100 });
    expect(table).toMatch(/Handed off\s+1 notebook now a teammate’s, e\.g\. models\/forecast\.ipynb/);
  });
});

it('keeps BOARD_AGAIN in the evidence as the repository wrote it', () => {
  expect(report.evidence!.commits.map((c) => c.subject)).toContain(BOARD_AGAIN);
});
