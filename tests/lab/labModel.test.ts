// @vitest-environment jsdom
/**
 * The lab's model (what changed, derived views, ownership for the status nudge), the
 * widgets that follow it and let go of it on dispose, and the activity store on
 * JupyterLab's real in-memory state database.
 */
import { describe, expect, it } from 'vitest';
import { StateDB } from '@jupyterlab/statedb';
import { Widget } from '@lumino/widgets';
import type { Report } from '../../src/core/report.js';
import { ActivityStore } from '../../src/lab/activityStore.js';
import { LetgoModel, type ModelChange } from '../../src/lab/labModel.js';
import { LetgoPanel, type Trans } from '../../src/lab/panel.js';
import { readReportSet } from '../../src/lab/reports.js';
import { DEFAULT_SETTINGS } from '../../src/lab/settings.js';
import { LetgoStatus } from '../../src/lab/status.js';
import { ActivityTracker, TRACKER_STATE_VERSION, readTrackerState } from '../../src/lab/tracker.js';
import { makeReport } from '../report/fixtures/build.js';

const trans: Trans = { __: (msg, ...args) => msg.replace(/%(\d+)/g, (_, i) => String(args[Number(i) - 1])) };

/** A report whose repository `churn-model` sits at `team/churn-model` under the server root (beside `letgo-report`), with one notebook Ana owns and one the manager owns. */
function ownedReport(): Report {
  const r = makeReport('watch');
  r.repos[0].relativePath = 'team/churn-model';
  r.repos[0].notebookOwners = [
    { path: 'nb/churn.ipynb', owner: 'ana@team.example', ownerName: 'Ana Costa', share: 0.9 },
    { path: 'nb/mine.ipynb', owner: 'you', share: 0.8 },
  ];
  return r;
}

const setOf = (r: Report) => readReportSet([{ name: 'report.json', text: JSON.stringify(r) }], 'letgo-report');

describe('LetgoModel', () => {
  it('says what changed and derives the panel and status views from the selected report', () => {
    const model = new LetgoModel('/srv');
    const changes: ModelChange[] = [];
    model.changed.connect((_, what) => changes.push(what));
    expect(model.view.kind).toBe('loading');
    expect(model.statusView('team/churn-model/nb/churn.ipynb')).toEqual({ level: null, nudge: null });
    model.setReports(setOf(ownedReport()));
    expect(model.view.kind).toBe('report');
    expect(model.view).toBe(model.view); // derived once per change
    const status = model.statusView('team/churn-model/nb/churn.ipynb');
    expect(status.level).toBe('watch');
    expect(status.nudge).toMatchObject({ who: 'Ana Costa', path: 'churn-model/nb/churn.ipynb' });
    expect(model.statusView('team/churn-model/nb/mine.ipynb').nudge).toBeNull();
    expect(model.ownerOf('team/churn-model/nb/mine.ipynb')?.mine).toBe(true);
    expect(model.setSettings({ ...DEFAULT_SETTINGS, nudges: false })).toBe(false);
    expect(model.statusView('team/churn-model/nb/churn.ipynb').nudge).toBeNull();
    expect(model.setSettings({ ...DEFAULT_SETTINGS, reportFolder: 'elsewhere' })).toBe(true);
    model.setReports(readReportSet([{ name: 'report.json', text: '{"schema": ' }], 'elsewhere'));
    expect(model.statusView(null)).toEqual({ level: null, unreadable: true, nudge: null });
    model.setScan({ state: 'running', done: 1, total: 2 });
    expect(changes).toEqual(['reports', 'settings', 'settings', 'reports', 'scan']);
  });
});

describe('widgets bound to the model', () => {
  it('redraw on its changes and stop following it once disposed', async () => {
    const model = new LetgoModel('/srv');
    const panel = new LetgoPanel(trans, { refresh: () => undefined, scan: () => undefined, select: (n) => model.select(n), clearActivity: () => undefined });
    const status = new LetgoStatus(trans, () => undefined);
    Widget.attach(panel, document.body);
    let current: string | null = 'team/churn-model/nb/churn.ipynb';
    panel.bind(model);
    status.bind(model, () => current);
    expect(panel.node.dataset.state).toBe('loading');
    expect(status.node.textContent).toBe('letgo: no report');
    model.setReports(setOf(ownedReport()));
    await expect.poll(() => panel.node.dataset.state).toBe('report');
    expect(status.node.textContent).toBe('letgo: Ana Costa owns this notebook, let them cook');
    current = null;
    status.refresh();
    expect(status.node.textContent).toBe('letgo: Watch');
    model.setScan({ state: 'failed', message: 'manager x matches no author' });
    expect(panel.node.querySelector('.jp-letgo-scan-message')?.textContent).toBe('manager x matches no author');

    panel.dispose();
    status.dispose();
    const before = status.node.textContent;
    model.setReports({ reports: [], problems: [] });
    model.setScan(null);
    expect(status.node.textContent).toBe(before);
    expect(panel.node.querySelector('.jp-letgo-scan-message')).not.toBeNull();
  });
});

describe('ActivityStore', () => {
  it('merges what was stored, saves only what accrued, and clears', async () => {
    const db = new StateDB();
    const key = 'jupyterlab-letgo:plugin:activity';
    const now = Date.now();
    // What an earlier page stored: a run in a.ipynb.
    const earlier = new ActivityTracker(5 * 60_000);
    earlier.focus('a.ipynb', now - 60_000);
    earlier.executed('a.ipynb', now - 60_000);
    await db.save(key, { version: TRACKER_STATE_VERSION, days: earlier.snapshot(now) } as never);
    const executedIn = async (path: string) => Object.values(readTrackerState(await db.fetch(key))).reduce((n, byPath) => n + (byPath[path]?.executed ?? 0), 0);

    const tracker = new ActivityTracker(5 * 60_000);
    const store = new ActivityStore(tracker, db, key);
    tracker.focus('b.ipynb', now);
    tracker.executed('b.ipynb', now);
    store.dirty = true;
    await store.save(true, 10_000); // before load: never overwrites what is stored
    expect([await executedIn('a.ipynb'), await executedIn('b.ipynb')]).toEqual([1, 0]);
    await store.load();
    await store.save(true, 10_000);
    expect([await executedIn('a.ipynb'), await executedIn('b.ipynb')]).toEqual([1, 1]);
    await store.clear();
    expect(await db.fetch(key)).toBeUndefined();
  });
});
