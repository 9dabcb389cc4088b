/**
 * The lab's state in one place: the settings, the report folder's reports and the one
 * selected, a scan started from the panel, and what the panel and status item derive
 * from them. Widgets subscribe to {@link LetgoModel.changed} and disconnect on dispose
 * (as jupyterlab-git's model does); nothing here touches the DOM or the server.
 */
import { Signal, type ISignal } from '@lumino/signaling';
import { findOwner, nudgeFor, type OwnershipMatch } from './ownership.js';
import type { ScanView } from './panel.js';
import { panelView, type PanelView } from './panelModel.js';
import type { ReportSet } from './reports.js';
import { DEFAULT_SETTINGS, type LabSettings } from './settings.js';
import type { StatusView } from './status.js';

/** What changed: the settings, the reports read (or being read), the selected report, or the scan. */
export type ModelChange = 'settings' | 'reports' | 'selection' | 'scan';

/** The lab's model. `serverRoot` is the Jupyter server's root folder (PageConfig `serverRoot`), for matching open notebooks to repositories. */
export class LetgoModel {
  private _settings: LabSettings = DEFAULT_SETTINGS;
  private _reports: ReportSet | null = null;
  private _selected: string | undefined;
  private _scan: ScanView | null = null;
  private _view: PanelView | null = null;
  private readonly _changed = new Signal<this, ModelChange>(this);

  constructor(private readonly serverRoot: string) {}

  /** Emitted after every change, with what changed. */
  get changed(): ISignal<this, ModelChange> {
    return this._changed;
  }

  get settings(): LabSettings {
    return this._settings;
  }

  /** The scan started from the panel: running, failed, or null (none, or finished). */
  get scan(): ScanView | null {
    return this._scan;
  }

  /** The panel's view of the reports (loading while they are read). */
  get view(): PanelView {
    return (this._view ??= panelView(this._reports, this._settings.reportFolder, this._selected));
  }

  /** Applies settings; true when the report folder changed (the reports must be read again). */
  setSettings(next: LabSettings): boolean {
    const folderChanged = next.reportFolder !== this._settings.reportFolder;
    this._settings = next;
    this._view = null;
    this._changed.emit('settings');
    return folderChanged;
  }

  /** The reports read from the folder, or null while they are being read. */
  setReports(reports: ReportSet | null): void {
    this._reports = reports;
    this._view = null;
    this._changed.emit('reports');
  }

  /** Selects a report by file name (unknown: the newest). */
  select(name: string): void {
    this._selected = name;
    this._view = null;
    this._changed.emit('selection');
  }

  setScan(scan: ScanView | null): void {
    this._scan = scan;
    this._changed.emit('scan');
  }

  /** The owner of a notebook (path relative to the server root) in the selected report, or null. */
  ownerOf(path: string): OwnershipMatch | null {
    const view = this.view;
    return view.kind === 'report' ? findOwner(view.selected.report, path, this._settings.reportFolder, this.serverRoot) : null;
  }

  /** The status item for the notebook open at `path` (null: none). */
  statusView(path: string | null): StatusView {
    const view = this.view;
    const match = this._settings.nudges && path ? this.ownerOf(path) : null;
    const nudge = nudgeFor(match);
    return {
      level: view.kind === 'report' ? view.selected.report.signal.level : null,
      ...(view.kind === 'broken' && { unreadable: true }),
      nudge: nudge && match ? { ...nudge, path: `${match.repo}/${match.path}` } : null,
    };
  }
}
