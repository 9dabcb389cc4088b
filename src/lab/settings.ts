/**
 * The extension's settings (`schema/plugin.json`, plugin id `jupyterlab-letgo:plugin`),
 * read from the settings registry's composite values. Pure.
 */
import { DEFAULT_IDLE_MINUTES } from './tracker.js';

/** Plugin id; also the settings file name in `schema/`. */
export const PLUGIN_ID = 'jupyterlab-letgo:plugin';

/** The settings, with defaults applied. */
export interface LabSettings {
  /** Folder holding `report.json`, relative to the server root (default "letgo-report"). */
  reportFolder: string;
  /** The manager for scans started from the panel (email or name; "" = the server user's git email). */
  manager: string;
  /** Idle limit of the activity tracker, minutes (1-120, default 5). */
  idleMinutes: number;
  /** Whether the activity tracker records anything. */
  tracker: boolean;
  /** Whether the status bar names the owner of a teammate's notebook. */
  nudges: boolean;
}

/** Defaults, equal to those in `schema/plugin.json` (a test checks). */
export const DEFAULT_SETTINGS: LabSettings = {
  reportFolder: 'letgo-report',
  manager: '',
  idleMinutes: DEFAULT_IDLE_MINUTES,
  tracker: true,
  nudges: true,
};

/**
 * Settings from composite values; anything missing or of the wrong type takes its
 * default (the registry validates against the schema, this guards the panel anyway).
 * The folder loses leading and trailing slashes: Contents API paths are relative.
 */
export function readSettings(composite: Record<string, unknown> | null | undefined): LabSettings {
  const c = composite ?? {};
  const folder = typeof c.reportFolder === 'string' ? c.reportFolder.trim().replace(/^\/+|\/+$/g, '') : '';
  const idle = typeof c.idleMinutes === 'number' && Number.isFinite(c.idleMinutes) ? c.idleMinutes : DEFAULT_SETTINGS.idleMinutes;
  return {
    reportFolder: folder || DEFAULT_SETTINGS.reportFolder,
    manager: typeof c.manager === 'string' ? c.manager.trim() : DEFAULT_SETTINGS.manager,
    idleMinutes: Math.min(120, Math.max(1, idle)),
    tracker: typeof c.tracker === 'boolean' ? c.tracker : DEFAULT_SETTINGS.tracker,
    nudges: typeof c.nudges === 'boolean' ? c.nudges : DEFAULT_SETTINGS.nudges,
  };
}
