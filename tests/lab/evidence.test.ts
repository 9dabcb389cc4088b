// @vitest-environment jsdom
/**
 * The panel's evidence and handoffs, from a report of a real team repository
 * (tests/helpers/teams.ts): the "Your share" figure opens the list of exactly the
 * commits it counts, subjects stay text, and the handoff is listed.
 */
import { Widget } from '@lumino/widgets';
import { beforeAll, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config.js';
import type { Report } from '../../src/core/report.js';
import { LetgoPanel, type Trans } from '../../src/lab/panel.js';
import { panelView } from '../../src/lab/panelModel.js';
import { readReportSet } from '../../src/lab/reports.js';
import { emptyText } from '../../src/report/sections.js';
import { lines, makeRepo, scanMonth } from '../helpers/repos.js';
import { ANN, BOARD_AGAIN, handoffTeam, MIA } from '../helpers/teams.js';
import { makeReport } from '../report/fixtures/build.js';

const trans: Trans = { __: (msg, ...args) => msg.replace(/%(\d+)/g, (_, i) => String(args[Number(i) - 1])) };
const noop = () => undefined;

let report: Report;
beforeAll(async () => {
  const dir = await makeRepo(handoffTeam(), 'team');
  report = (await scanMonth([dir], '2026-10', ['mia@corp.io'], { config: { ...defaultConfig(), kinds: { generated: ['legacy/**'] } }, teamDetail: false }))
    .report;
}, 60_000);

async function shown(r: Report) {
  const panel = new LetgoPanel(trans, { refresh: noop, scan: noop, select: noop, clearActivity: noop });
  Widget.attach(panel, document.body);
  await panel.render(panelView(readReportSet([{ name: 'report.json', text: JSON.stringify(r) }], 'letgo-report'), 'letgo-report'));
  return { panel, node: panel.node };
}

it('opens the commits behind "Your share" from the figure, as many as the report counts', async () => {
  const { panel, node } = await shown(report);
  const list = node.querySelector<HTMLDetailsElement>('details[data-evidence="managerHandsOn"]')!;
  expect(list.open).toBe(false);
  node.querySelector<HTMLButtonElement>('dd[data-figure="Your share"] button.jp-letgo-evidence-open')!.click();
  expect(list.open).toBe(true);
  const shas = [...list.querySelectorAll<HTMLElement>('li[data-sha]')].map((li) => li.dataset.sha);
  expect(shas).toEqual(report.evidence!.managerHandsOn);
  expect(shas).toHaveLength(report.handsOn.managerCommits);
  expect(node.querySelector('details[data-evidence="snacks"]')?.querySelectorAll('li')).toHaveLength(report.snacks.count);
  // A subject with markup is text.
  expect(node.querySelector('img')).toBeNull();
  expect([...list.querySelectorAll('.jp-letgo-subject')].map((s) => s.textContent)).toContain(BOARD_AGAIN);
  // No team detail: no member's list.
  expect(node.querySelector('details[data-evidence^="team-"]')).toBeNull();
  panel.dispose();
});

it('lists the handoff, to "a teammate" without team detail, and the new hoard', async () => {
  const { panel, node } = await shown(report);
  const s = node.querySelector('[data-letgo=handoffs]')!;
  expect(s.querySelector('code')?.textContent).toBe('team/models/forecast.ipynb');
  expect(s.textContent).toContain('only you at the end of August 2026; a teammate (82%) at the end of September 2026');
  expect(s.textContent).toContain('notebooks/board.ipynb');
  panel.dispose();
});

it('says there is no handoff, and offers no list for a report without evidence', async () => {
  const { panel, node } = await shown(makeReport('watch'));
  expect(node.querySelector('[data-letgo=handoffs]')?.textContent).toContain(emptyText.handoffs);
  expect(node.querySelector('[data-letgo=evidence]')).toBeNull();
  expect(node.querySelector('button.jp-letgo-evidence-open')).toBeNull();
  panel.dispose();
});

it('counts the files of a big commit past the 50 it lists', async () => {
  const files = Object.fromEntries(Array.from({ length: 55 }, (_, i) => [`src/m${String(i).padStart(2, '0')}.py`, lines(2, `m${i}`)]));
  const dir = await makeRepo([
    { author: ANN, date: '2026-10-01T10:00:00+02:00', message: 'start', files: { 'a.py': lines(3, 'a') } },
    { author: MIA, date: '2026-10-02T10:00:00+02:00', message: 'split modules', files },
  ]);
  const big = (await scanMonth([dir], '2026-10', ['mia@corp.io'], { teamDetail: false })).report;
  const { panel, node } = await shown(big);
  const li = node.querySelector<HTMLElement>('details[data-evidence="managerHandsOn"] li[data-sha]')!;
  expect(li.querySelectorAll('code')).toHaveLength(50);
  expect(li.textContent).toContain('and 5 more files');
  panel.dispose();
}, 60_000);
