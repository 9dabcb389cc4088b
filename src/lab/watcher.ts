/**
 * Connects the browser's notebook events to an {@link ActivityTracker}: which notebook
 * has focus (the shell's current widget, and the tab's visibility), source edits of the
 * active cell, cell executions (`NotebookActions.executed`) and renames. The tracker
 * does the time accounting; this only translates events.
 */
import type { ILabShell } from '@jupyterlab/application';
import type { Cell } from '@jupyterlab/cells';
import type { INotebookTracker, NotebookPanel } from '@jupyterlab/notebook';
import { NotebookActions } from '@jupyterlab/notebook';
import type { IDisposable } from '@lumino/disposable';
import type { Widget } from '@lumino/widgets';
import type { ActivityTracker } from './tracker.js';

/** Translates JupyterLab notebook events into tracker events while enabled. */
export class ActivityWatcher implements IDisposable {
  private disposed = false;
  private cell: Cell | null = null;
  /** Last known path of each open notebook, to tell renames apart. */
  private readonly paths = new WeakMap<NotebookPanel, string>();
  private on = true;

  /**
   * @param tracker the time accounting
   * @param notebooks JupyterLab's notebook tracker
   * @param shell the lab shell, for the focused widget (null: use the notebook tracker's current one)
   * @param onActivity called after each recorded event (the plugin saves and re-renders, throttled)
   * @param now the clock, ms since epoch
   */
  constructor(
    private readonly tracker: ActivityTracker,
    private readonly notebooks: INotebookTracker,
    private readonly shell: ILabShell | null,
    private readonly onActivity: () => void,
    private readonly now: () => number = Date.now
  ) {
    if (shell) shell.currentChanged.connect(this.onFocusChange, this);
    else notebooks.currentChanged.connect(this.onFocusChange, this);
    notebooks.widgetAdded.connect(this.onNotebookAdded, this);
    notebooks.activeCellChanged.connect(this.onActiveCell, this);
    NotebookActions.executed.connect(this.onExecuted, this);
    document.addEventListener('visibilitychange', this.onVisibility);
    notebooks.forEach((panel) => this.onNotebookAdded(notebooks, panel));
    this.onFocusChange();
    this.onActiveCell(notebooks, notebooks.activeCell);
  }

  /** Whether events are recorded (the `tracker` setting); turning it on picks up the notebook in focus. */
  get enabled(): boolean {
    return this.on;
  }

  set enabled(on: boolean) {
    this.on = on;
    if (on) this.onFocusChange();
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.shell?.currentChanged.disconnect(this.onFocusChange, this);
    this.notebooks.currentChanged.disconnect(this.onFocusChange, this);
    this.notebooks.widgetAdded.disconnect(this.onNotebookAdded, this);
    this.notebooks.activeCellChanged.disconnect(this.onActiveCell, this);
    NotebookActions.executed.disconnect(this.onExecuted, this);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.cell?.model.sharedModel.changed.disconnect(this.onCellChange, this);
  }

  /** The notebook that has focus now, or null. */
  private focusedPath(): string | null {
    if (document.visibilityState === 'hidden') return null;
    const widget: Widget | null = this.shell ? this.shell.currentWidget : this.notebooks.currentWidget;
    if (!widget || !this.notebooks.has(widget)) return null;
    return (widget as NotebookPanel).context.path;
  }

  private onFocusChange(): void {
    if (this.enabled) this.tracker.focus(this.focusedPath(), this.now());
  }

  private readonly onVisibility = (): void => this.onFocusChange();

  private onNotebookAdded(_: INotebookTracker, panel: NotebookPanel): void {
    this.paths.set(panel, panel.context.path);
    panel.context.pathChanged.connect((_ctx, newPath) => {
      const old = this.paths.get(panel);
      if (old && old !== newPath) this.tracker.renamed(old, newPath, this.now());
      this.paths.set(panel, newPath);
    });
  }

  private onActiveCell(_: INotebookTracker, cell: Cell | null): void {
    this.cell?.model.sharedModel.changed.disconnect(this.onCellChange, this);
    this.cell = cell;
    cell?.model.sharedModel.changed.connect(this.onCellChange, this);
  }

  private onCellChange(_: unknown, change: { sourceChange?: unknown }): void {
    if (!this.enabled || !change.sourceChange || !this.cell) return;
    const panel = this.notebooks.currentWidget;
    if (!panel) return;
    this.tracker.edited(panel.context.path, this.cell.model.id, this.now());
    this.onActivity();
  }

  private onExecuted(_: unknown, args: { notebook: unknown }): void {
    if (!this.enabled) return;
    const panel = this.notebooks.find((p) => p.content === args.notebook);
    if (!panel) return;
    this.tracker.executed(panel.context.path, this.now());
    this.onActivity();
  }
}
