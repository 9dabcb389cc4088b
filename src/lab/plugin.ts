/**
 * The JupyterLab plugin: the letgo sidebar panel, the status bar signal and ownership
 * nudge, and the local notebook activity tracker, wired to JupyterLab's commands,
 * settings, state database and translations.
 *
 * Commands: `letgo:open-panel`, `letgo:scan`, `letgo:refresh`, `letgo:clear-activity` (all
 * in the palette, category "letgo"; only the first names letgo early in its label, so
 * typing "letgo" offers it first). Settings: `schema/plugin.json`, applied live.
 * Scans run on the server (`jupyterlab_letgo` server extension, {@link ScanClient}); the
 * panel polls their status with `@lumino/polling` (standby while the tab is hidden).
 */
import type { ILabShell, JupyterFrontEnd, JupyterFrontEndPlugin } from '@jupyterlab/application';
import { ILabShell as ILabShellToken } from '@jupyterlab/application';
import { Dialog, ICommandPalette, showDialog } from '@jupyterlab/apputils';
import { PageConfig } from '@jupyterlab/coreutils';
import { INotebookTracker } from '@jupyterlab/notebook';
import { ISettingRegistry } from '@jupyterlab/settingregistry';
import { IStateDB } from '@jupyterlab/statedb';
import { IStatusBar } from '@jupyterlab/statusbar';
import { ITranslator, nullTranslator } from '@jupyterlab/translation';
import { LabIcon } from '@jupyterlab/ui-components';
import { Poll } from '@lumino/polling';
import { COMMAND_LABELS, COMMANDS, PALETTE_CATEGORY } from './commands.js';
import { LetgoModel } from './labModel.js';
import { LetgoPanel, type ScanView } from './panel.js';
import { weekActivity } from './panelModel.js';
import { loadReportSet } from './reportSource.js';
import { ScanClient, ScanClientError, type ScanStatus } from './scanClient.js';
import { ScanForm } from './scanForm.js';
import type { LabSettings } from './settings.js';
import { PLUGIN_ID, readSettings } from './settings.js';
import { LetgoStatus } from './status.js';
import { ActivityStore } from './activityStore.js';
import { ActivityTracker } from './tracker.js';
import { ActivityWatcher } from './watcher.js';

/** How often a running scan's status is asked for, ms (backing off to {@link SCAN_POLL_MAX_MS} when the server does not answer). */
const SCAN_POLL_MS = 500;
const SCAN_POLL_MAX_MS = 10_000;

/** How often tracker totals are saved and the panel's activity redrawn while it is open, ms. */
const SAVE_EVERY_MS = 10_000;

/** The panel's icon: two pans of a balance (theme-coloured through `jp-icon3`). */
const letgoIcon = new LabIcon({
  name: 'jupyterlab-letgo:icon',
  svgstr:
    '<svg xmlns="http://www.w3.org/2000/svg" width="16" viewBox="0 0 24 24"><g class="jp-icon3" fill="#616161">' +
    '<path d="M11 3h2v2.1l6.2 1.6-.5 1.9-.9-.2 2.7 6.1c0 1.8-1.6 3-3.5 3s-3.5-1.2-3.5-3l2.6-5.9L13 7.2V19h4v2H7v-2h4V7.2l-3.1.8 2.6 5.9c0 1.8-1.6 3-3.5 3s-3.5-1.2-3.5-3l2.7-6.1-.9.2-.5-1.9L11 5.1zM17 10.4 15.4 14h3.2zM7 10.4 5.4 14h3.2z"/>' +
    '</g></svg>',
});

function activate(
  app: JupyterFrontEnd,
  translator: ITranslator | null,
  palette: ICommandPalette | null,
  registry: ISettingRegistry | null,
  state: IStateDB | null,
  statusBar: IStatusBar | null,
  notebooks: INotebookTracker | null,
  labShell: ILabShell | null
): void {
  const trans = (translator ?? nullTranslator).load('jupyterlab_letgo');
  const model = new LetgoModel(PageConfig.getOption('serverRoot'));
  const client = new ScanClient();
  const tracker = new ActivityTracker(model.settings.idleMinutes * 60_000);
  const activity = new ActivityStore(tracker, state, `${PLUGIN_ID}:activity`);

  const panel = new LetgoPanel(trans, {
    refresh: () => void app.commands.execute(COMMANDS.refresh),
    scan: () => void app.commands.execute(COMMANDS.scan),
    select: (name) => model.select(name),
    clearActivity: () => void app.commands.execute(COMMANDS.clearActivity),
  });
  panel.id = 'letgo-panel';
  panel.title.icon = letgoIcon;
  panel.title.caption = trans.__('letgo: your hands-on balance');
  panel.bind(model);
  app.shell.add(panel, 'right', { rank: 900 });

  const status = new LetgoStatus(trans, () => void app.commands.execute(COMMANDS.openPanel));
  status.bind(model, () => notebooks?.currentWidget?.context.path ?? null);
  notebooks?.currentChanged.connect(() => status.refresh());
  statusBar?.registerStatusItem(`${PLUGIN_ID}:status`, { item: status, align: 'left', rank: 900 });

  const showActivity = () =>
    panel.renderActivity(model.settings.tracker ? weekActivity(tracker.snapshot(Date.now()), Date.now(), (path) => model.ownerOf(path)) : null);
  model.changed.connect((_, what) => {
    if (what !== 'scan') showActivity(); // the owners of the notebooks, or the tracker setting, changed
  });

  /** Number of the latest report load; an older load that finishes later is dropped. */
  let loadSeq = 0;
  async function reload(): Promise<void> {
    const seq = ++loadSeq;
    model.setReports(null);
    const loaded = await loadReportSet(app.serviceManager.contents, model.settings.reportFolder);
    if (seq === loadSeq) model.setReports(loaded);
  }

  let redraw = 0;
  const watcher = notebooks
    ? new ActivityWatcher(tracker, notebooks, labShell, () => {
        activity.dirty = true;
        // Redraw the open panel's activity at most once a second while the user works.
        if (panel.isVisible && !redraw) redraw = window.setTimeout(() => ((redraw = 0), showActivity()), 1000);
      })
    : null;
  // Active time accrues between events too (up to the idle limit after the last one), so
  // the totals are saved and redrawn every SAVE_EVERY_MS while the page is visible.
  new Poll({
    factory: async () => {
      await activity.save(model.settings.tracker, SAVE_EVERY_MS);
      if (panel.isVisible) showActivity();
    },
    frequency: { interval: SAVE_EVERY_MS, backoff: false },
    standby: 'when-hidden',
    name: 'letgo:activity',
  });
  // Hidden pages do not poll: save what accrued before the page was hidden.
  document.addEventListener('visibilitychange', () => {
    if (document.hidden) void activity.save(model.settings.tracker, SAVE_EVERY_MS);
  });

  let scanPoll: Poll | null = null;
  /** Follows the server's scan until it ends; a finished scan's report is read at once. */
  function followScan(): void {
    scanPoll?.dispose();
    const poll = new Poll({
      factory: async () => {
        const status = await client.status();
        model.setScan(scanView(status));
        if (status.state !== 'running') {
          poll.dispose();
          if (status.state === 'done') await reload();
        }
      },
      frequency: { interval: SCAN_POLL_MS, backoff: true, max: SCAN_POLL_MAX_MS },
      standby: 'when-hidden',
      name: 'letgo:scan-status',
    });
    scanPoll = poll;
  }

  async function startScan(): Promise<void> {
    app.shell.activateById(panel.id);
    let listing;
    try {
      listing = await client.repos();
    } catch (e) {
      model.setScan({ state: 'failed', message: (e as Error).message });
      return;
    }
    const settings = model.settings;
    const form = new ScanForm(trans, listing, settings.manager || listing.manager || '', new Date());
    const result = await showDialog({
      title: trans.__('Scan repositories'),
      body: form,
      buttons: [Dialog.cancelButton(), Dialog.okButton({ label: trans.__('Scan') })],
      focusNodeSelector: 'input[name=manager]',
    });
    if (!result.button.accept || !result.value) return;
    const request = { ...result.value, out: settings.reportFolder };
    if (request.paths.length === 0) {
      model.setScan({ state: 'failed', message: trans.__('No repository was checked: nothing to scan.') });
      return;
    }
    if (registry && (request.manager ?? '') !== settings.manager) {
      await registry.set(PLUGIN_ID, 'manager', request.manager ?? '').catch((e: Error) => console.warn(`letgo: manager not saved: ${e.message}`));
    }
    try {
      await client.start(request);
    } catch (e) {
      // 409: a scan started elsewhere (another tab) is running: follow that one.
      if (e instanceof ScanClientError && e.status === 409) followScan();
      else model.setScan({ state: 'failed', message: (e as Error).message });
      return;
    }
    model.setScan({ state: 'running', done: 0, total: 0 });
    followScan();
  }

  app.commands.addCommand(COMMANDS.openPanel, {
    label: trans.__(COMMAND_LABELS[COMMANDS.openPanel]),
    caption: trans.__('Your hands-on share against a fair share, the trend, and the notebooks only you maintain'),
    icon: letgoIcon,
    execute: () => {
      app.shell.activateById(panel.id);
      showActivity();
    },
  });
  app.commands.addCommand(COMMANDS.scan, {
    label: trans.__(COMMAND_LABELS[COMMANDS.scan]),
    caption: trans.__('Scan the git repositories under the Jupyter server root and show the new report'),
    icon: letgoIcon,
    execute: () => startScan(),
  });
  app.commands.addCommand(COMMANDS.refresh, {
    label: trans.__(COMMAND_LABELS[COMMANDS.refresh]),
    execute: () => reload(),
  });
  app.commands.addCommand(COMMANDS.clearActivity, {
    label: trans.__(COMMAND_LABELS[COMMANDS.clearActivity]),
    caption: trans.__('Forget the tracked minutes, runs and edits kept in your JupyterLab workspace'),
    execute: async () => {
      const answer = await showDialog({
        title: trans.__('Clear notebook activity?'),
        body: trans.__('letgo forgets the active minutes, cells run and cells edited it tracked in this workspace. This cannot be undone.'),
        buttons: [Dialog.cancelButton(), Dialog.warnButton({ label: trans.__('Clear') })],
      });
      if (!answer.button.accept) return;
      await activity.clear();
      showActivity();
    },
  });
  Object.values(COMMANDS).forEach((command, rank) => palette?.addItem({ command, category: PALETTE_CATEGORY, rank }));

  /** Applies settings; the report folder is read again when it changed or `reloadReports`. */
  function apply(next: LabSettings, reloadReports: boolean): void {
    reloadReports = model.setSettings(next) || reloadReports;
    tracker.setIdleMs(next.idleMinutes * 60_000, Date.now());
    if (watcher) watcher.enabled = next.tracker;
    if (!next.tracker) tracker.focus(null, Date.now()); // no time accrues while off
    if (reloadReports) void reload();
  }

  // The state database and the settings are read once the app is restored: waiting for
  // them during activation would hold up JupyterLab's start-up.
  void app.restored.then(async () => {
    await activity.load();
    let initial = model.settings;
    if (registry) {
      try {
        const loaded = await registry.load(PLUGIN_ID);
        initial = readSettings(loaded.composite as Record<string, unknown>);
        loaded.changed.connect(() => apply(readSettings(loaded.composite as Record<string, unknown>), false));
      } catch (e) {
        console.warn(`letgo: settings not loaded, using defaults: ${(e as Error).message}`);
      }
    }
    apply(initial, true);
    // A scan started before this page loaded (another tab, a reload) is still running: show it.
    client
      .status()
      .then((status) => {
        if (status.state === 'running') {
          model.setScan(scanView(status));
          followScan();
        }
      })
      .catch(() => undefined); // no server extension: the panel works from report files alone
  });
}

/** The panel's view of the server's scan status (a finished scan shows nothing: its report does). */
function scanView(status: ScanStatus): ScanView | null {
  if (status.state === 'running') return { state: 'running', done: status.progress.done, total: status.progress.total };
  return status.state === 'failed' ? { state: 'failed', message: status.message } : null;
}

/** The letgo plugin. */
export const letgoPlugin: JupyterFrontEndPlugin<void> = {
  id: PLUGIN_ID,
  description: 'letgo: hands-on balance panel, ownership nudges and a local notebook activity tracker.',
  autoStart: true,
  optional: [ITranslator, ICommandPalette, ISettingRegistry, IStateDB, IStatusBar, INotebookTracker, ILabShellToken],
  activate,
};
