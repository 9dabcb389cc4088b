// @vitest-environment jsdom
/**
 * The panel and status widgets in jsdom: what they show for each state, that untrusted
 * report text stays text, and that their controls call the plugin's actions.
 */
import { describe, expect, it } from 'vitest';
import { Widget } from '@lumino/widgets';
import { LetgoPanel, formatMinutes, type Trans } from '../../src/lab/panel.js';
import { panelView, type WeekActivity } from '../../src/lab/panelModel.js';
import { readReportSet } from '../../src/lab/reports.js';
import { LetgoStatus } from '../../src/lab/status.js';
import { HOSTILE, makeHostileReport, makeReport } from '../report/fixtures/build.js';
import { emptyLists, stripOptional } from '../helpers/reportShapes.js';

/** JupyterLab's `nullTranslator` behaviour: the message with %1, %2… filled in. */
const trans: Trans = { __: (msg, ...args) => msg.replace(/%(\d+)/g, (_, i) => String(args[Number(i) - 1])) };

function mounted(actions: Partial<Record<'refresh' | 'scan' | 'select' | 'clearActivity', (...a: string[]) => void>> = {}) {
  const calls: string[] = [];
  const panel = new LetgoPanel(trans, {
    refresh: () => calls.push('refresh'),
    scan: () => calls.push('scan'),
    select: (name) => calls.push(`select ${name}`),
    clearActivity: () => calls.push('clear'),
    ...actions,
  });
  Widget.attach(panel, document.body);
  return { panel, calls, node: panel.node };
}

const files = (...reports: [string, unknown][]) => reports.map(([name, r]) => ({ name, text: JSON.stringify(r) }));

describe('LetgoPanel', () => {
  it('shows the signal, figures, tier rows, charts and a month switcher for a report', async () => {
    const october = makeReport('holding-back');
    const september = { ...makeReport('watch'), window: { since: '2026-09-01', until: '2026-09-30', month: '2026-09' } };
    const { panel, node, calls } = mounted();
    await panel.render(panelView(readReportSet(files(['report.json', october], ['report-2026-09.json', september]), 'letgo-report'), 'letgo-report'));
    expect(node.dataset.state).toBe('report');
    expect(node.querySelector('[data-letgo=signal]')?.getAttribute('data-level')).toBe('holding-back');
    expect(node.querySelector('dd[data-figure="Your share"]')?.textContent).toBe(`${Math.round(october.handsOn.share! * 100)}%`);
    expect(node.querySelectorAll('[data-letgo=tiers] tr[data-tier]')).toHaveLength(3);
    // One ratio bar per trend month, drawn by Vega into the panel.
    expect(node.querySelectorAll('.jp-letgo-chart-ratio svg .letgo_ratio_bars_marks path').length).toBe(october.trend.length);
    const select = node.querySelector<HTMLSelectElement>('select.jp-letgo-month')!;
    expect([...select.options].map((o) => o.textContent)).toEqual(['October 2026', 'September 2026']);
    select.value = 'report-2026-09.json';
    select.dispatchEvent(new Event('change'));
    node.querySelector<HTMLButtonElement>('.jp-letgo-refresh')!.click();
    expect(calls).toEqual(['select report-2026-09.json', 'refresh']);
    panel.dispose();
  });

  it('shows a report with none of its optional parts, and one with every list empty too', async () => {
    const minimal = makeReport('watch');
    expect(stripOptional(minimal)).toEqual(['/window/month', '/delegation']);
    for (const report of [minimal, emptyLists(minimal)]) {
      const { panel, node } = mounted();
      await panel.render(panelView(readReportSet(files(['report.json', report]), 'letgo-report'), 'letgo-report'));
      expect(node.dataset.state).toBe('report');
      expect(node.querySelector('[data-letgo=signal]')?.getAttribute('data-level')).toBe('watch');
      expect(node.querySelectorAll('[data-letgo=tiers] tr[data-tier]')).toHaveLength(3);
      panel.dispose();
    }
  });

  it('keeps hostile names and paths as text', async () => {
    const { panel, node } = mounted();
    await panel.render(panelView(readReportSet(files(['report.json', makeHostileReport()]), 'letgo-report'), 'letgo-report'));
    expect(node.querySelector('img')).toBeNull();
    expect(node.querySelector('script')).toBeNull();
    expect(node.textContent).toContain(HOSTILE.img);
    panel.dispose();
  });

  it('offers a scan first, then the command to run, when the folder has no report', async () => {
    const { panel, node, calls } = mounted();
    await panel.render(panelView({ reports: [], problems: [] }, 'letgo-report'));
    expect(node.dataset.state).toBe('empty');
    const empty = node.querySelector('.jp-letgo-empty')!;
    const controls = [...empty.querySelectorAll('button, .jp-letgo-command')];
    expect(controls[0].matches('button.jp-letgo-scan')).toBe(true);
    expect(controls.slice(1).map((n) => n.textContent)).toEqual(['letgo scan --out letgo-report .', 'letgo demo --dir churn-team --out letgo-report']);
    (controls[0] as HTMLButtonElement).click();
    expect(calls).toEqual(['scan']);
    panel.dispose();
  });

  it('shows a running scan as a progress bar, disables scanning meanwhile, and a failure as text', async () => {
    const { panel, node } = mounted();
    await panel.render(panelView({ reports: [], problems: [] }, 'letgo-report'));
    panel.renderScan({ state: 'running', done: 0, total: 0 });
    const bar = () => node.querySelector<HTMLProgressElement>('progress.jp-letgo-scan-progress')!;
    expect(bar().hasAttribute('value')).toBe(false); // indeterminate until the history is sized
    panel.renderScan({ state: 'running', done: 1250, total: 5000 });
    expect([bar().value, bar().max]).toEqual([1250, 5000]);
    expect(node.querySelector('.jp-letgo-scan-slot')?.textContent).toContain('1,250 of 5,000 commits');
    expect(node.dataset.scan).toBe('running');
    expect(node.querySelector<HTMLButtonElement>('button.jp-letgo-scan')!.disabled).toBe(true);
    panel.renderScan({ state: 'failed', message: `manager ${HOSTILE.img} matches no author` });
    expect(node.querySelector('progress')).toBeNull();
    expect(node.querySelector('.jp-letgo-scan-slot [role=alert] .jp-letgo-scan-message')?.textContent).toBe(`manager ${HOSTILE.img} matches no author`);
    expect(node.querySelector('img')).toBeNull();
    expect(node.querySelector<HTMLButtonElement>('button.jp-letgo-scan')!.disabled).toBe(false);
    panel.renderScan(null);
    expect(node.querySelector('.jp-letgo-scan-slot')?.childElementCount).toBe(0);
    panel.dispose();
  });

  it('lets paths wrap only after a slash, as text', async () => {
    const { panel, node } = mounted();
    await panel.render(panelView(readReportSet(files(['report.json', makeHostileReport()]), 'letgo-report'), 'letgo-report'));
    const paths = [...node.querySelectorAll<HTMLElement>('code.jp-letgo-path')];
    expect(paths.length).toBeGreaterThan(0);
    for (const code of paths) {
      const text = code.textContent!;
      expect(code.querySelectorAll('wbr')).toHaveLength(text.split('/').length - 1);
      // Every break opportunity follows a slash; nothing but text nodes and <wbr>.
      for (const wbr of code.querySelectorAll('wbr')) expect(wbr.previousSibling?.textContent?.endsWith('/')).toBe(true);
      expect([...code.childNodes].every((n) => n.nodeType === Node.TEXT_NODE || n.nodeName === 'WBR')).toBe(true);
    }
    panel.dispose();
  });

  it('draws the charts for its width and again after a resize', async () => {
    const { panel, node } = mounted();
    const body = node.querySelector<HTMLElement>('.jp-letgo-body')!;
    let width = 226;
    Object.defineProperty(body, 'clientWidth', { get: () => width });
    await panel.render(panelView(readReportSet(files(['report.json', makeReport('watch')]), 'letgo-report'), 'letgo-report'));
    const svgWidth = () => Number(node.querySelector('.jp-letgo-chart-ratio svg')?.getAttribute('width'));
    expect(svgWidth()).toBe(226);
    width = 380;
    panel.update(); // not a resize: nothing redrawn
    expect(svgWidth()).toBe(226);
    panel.processMessage(new Widget.ResizeMessage(380, 600));
    await expect.poll(svgWidth, { timeout: 5_000 }).toBe(380);
    panel.dispose();
  });

  it('shows why a report cannot be shown instead of a blank panel', async () => {
    const { panel, node } = mounted();
    await panel.render(panelView(readReportSet([{ name: 'report.json', text: '{"schema":"letgo.report/9"}' }], 'letgo-report'), 'letgo-report'));
    expect(node.dataset.state).toBe('broken');
    expect(node.querySelector('[role=alert] li')?.textContent).toBe(
      'letgo-report/report.json is not a letgo.report/1 report (schema: "letgo.report/9"); scan again with this letgo version'
    );
    panel.dispose();
  });

  it('shows this week’s activity, or that the tracker is off, and clears on request', () => {
    const { panel, node, calls } = mounted();
    const week: WeekActivity = {
      from: '2026-11-16',
      to: '2026-11-22',
      minutes: 12.75,
      executed: 1234,
      edited: 7,
      notebooks: 2,
      teammateMinutes: 3.1875,
      teammateShare: 0.25,
    };
    panel.renderActivity(week);
    const s = node.querySelector<HTMLElement>('[data-letgo=activity]')!;
    expect(s.dataset.minutes).toBe('12.750');
    expect(s.querySelector('[data-letgo=minutes]')?.textContent).toBe('12 min');
    expect(s.querySelector('[data-letgo=executed]')?.textContent).toBe('1,234');
    expect(s.querySelector('[data-letgo=teammate-share]')?.textContent).toBe('25%');
    s.querySelector<HTMLButtonElement>('.jp-letgo-clear')!.click();
    expect(calls).toEqual(['clear']);
    panel.renderActivity(null);
    expect(node.querySelector('[data-letgo=activity]')?.textContent).toContain('The activity tracker is off');
    panel.dispose();
  });

  it('formats minutes with one decimal below ten, rounding down', () => {
    expect([0, 0.26, 9.99, 10, 61.9].map(formatMinutes)).toEqual(['0.0 min', '0.2 min', '9.9 min', '10 min', '61 min']);
  });
});

describe('LetgoStatus', () => {
  it('shows the signal, then the owner of a teammate’s notebook', () => {
    let clicks = 0;
    const status = new LetgoStatus(trans, () => clicks++);
    expect(status.node.textContent).toBe('letgo: no report');
    status.setView({ level: null, unreadable: true, nudge: null });
    expect(status.node.textContent).toBe('letgo: report unreadable');
    status.setView({ level: 'watch', nudge: null });
    expect(status.node.textContent).toBe('letgo: Watch');
    status.setView({ level: 'watch', nudge: { who: HOSTILE.img, percent: 88, path: 'team/nb/churn.ipynb' } });
    expect(status.node.dataset.nudge).toBe('owner');
    expect(status.node.textContent).toBe(`letgo: ${HOSTILE.img} owns this notebook, let them cook`);
    expect(status.node.querySelector('img')).toBeNull();
    expect(status.node.title).toBe(
      `${HOSTILE.img} made 88% of the recent changes to team/nb/churn.ipynb. Review or pair instead of editing it yourself. Signal: Watch.`
    );
    status.setView({ level: 'balanced', nudge: { who: null, percent: 60, path: 'x.ipynb' } });
    expect(status.node.textContent).toBe('letgo: A teammate owns this notebook, let them cook');
    status.node.click();
    status.node.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(clicks).toBe(2);
  });
});
