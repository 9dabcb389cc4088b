/**
 * The activity tracker's totals in JupyterLab's state database (which the Jupyter server
 * saves with the workspace): loaded once and merged into what was tracked meanwhile,
 * saved when something accrued, cleared on request.
 */
import type { IStateDB } from '@jupyterlab/statedb';
import type { ReadonlyPartialJSONObject } from '@lumino/coreutils';
import type { ActivityTracker, TrackerState } from './tracker.js';
import { KEEP_DAYS, TRACKER_STATE_VERSION, daysBefore, readTrackerState } from './tracker.js';

/** The tracker's store under `key` (`jupyterlab-letgo:plugin:activity`); without a state database it keeps nothing. */
export class ActivityStore {
  /** Set when the tracker recorded an event since the last save. */
  dirty = false;
  /** False until the stored totals are merged in: saving earlier would overwrite them. */
  private loaded: boolean;

  constructor(
    private readonly tracker: ActivityTracker,
    private readonly state: IStateDB | null,
    private readonly key: string
  ) {
    this.loaded = !state;
  }

  async load(): Promise<void> {
    if (!this.state) return;
    this.tracker.merge(readTrackerState(await this.state.fetch(this.key).catch(() => undefined)));
    this.loaded = true;
  }

  /** Saves when an event came in, or when `tracking` and time accrued in the last `windowMs`. */
  async save(tracking: boolean, windowMs: number): Promise<void> {
    this.dirty ||= tracking && this.tracker.accruesAfter(Date.now() - windowMs);
    if (!this.dirty || !this.state || !this.loaded) return;
    this.dirty = false;
    this.tracker.prune(daysBefore(Date.now(), KEEP_DAYS));
    const value: TrackerState = { version: TRACKER_STATE_VERSION, days: this.tracker.snapshot(Date.now()) };
    await this.state.save(this.key, value as unknown as ReadonlyPartialJSONObject).catch(() => (this.dirty = true));
  }

  async clear(): Promise<void> {
    this.tracker.clear(Date.now());
    await this.state?.remove(this.key).catch(() => undefined);
  }
}
