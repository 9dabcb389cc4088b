/**
 * Scan progress on stderr: a progress bar when stderr is a terminal (and not --quiet),
 * or, with `--progress json`, one JSON line per update for a program that runs letgo
 * (the Jupyter server extension reads them).
 */
import { createRequire } from 'node:module';
import type CliProgress from 'cli-progress';
import type { ScanOptions } from '../scan/index.js';

/** The `--progress` modes: `auto` (a bar on a terminal), `json` (JSON lines), `none`. */
export const PROGRESS_MODES = ['auto', 'json', 'none'] as const;
/** One of {@link PROGRESS_MODES}. */
export type ProgressMode = (typeof PROGRESS_MODES)[number];

/** A progress sink for `scan`, and a stop function. */
export interface Progress {
  onProgress: ScanOptions['onProgress'];
  stop: () => void;
}

/** Least time between two JSON progress lines, ms (the last update is always written by stop). */
const JSON_EVERY_MS = 200;

/**
 * Creates the progress sink for `mode`: `auto` draws a bar when `isTty`, `json` writes
 * `{"progress":{"repo","done","total","reposDone","repos"}}` lines (done/total in commits)
 * through `write`, at most one per {@link JSON_EVERY_MS} plus a final one; else a no-op.
 */
export function createProgress(mode: ProgressMode, isTty: boolean, write: (line: string) => void): Progress {
  if (mode === 'json') return jsonProgress(write);
  if (mode === 'none' || !isTty) return { onProgress: undefined, stop: () => undefined };
  // Loaded only for a terminal: every other run starts without it.
  const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof CliProgress;
  const bar = new cliProgress.SingleBar(
    { format: 'scanning {repo} |{bar}| {value}/{total} commits | repos {reposDone}/{repos}', stream: process.stderr, clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic
  );
  let started = false;
  return {
    onProgress: (e) => {
      if (!started) {
        bar.start(Math.max(e.total, 1), e.done, e);
        started = true;
      } else {
        bar.setTotal(Math.max(e.total, 1));
        bar.update(e.done, e);
      }
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

type ProgressEvent = Parameters<NonNullable<ScanOptions['onProgress']>>[0];

function jsonProgress(write: (line: string) => void): Progress {
  let last: ProgressEvent | undefined;
  let written: ProgressEvent | undefined;
  let at = 0;
  const flush = () => {
    if (last && last !== written) write(`${JSON.stringify({ progress: last })}\n`);
    written = last;
  };
  return {
    onProgress: (e) => {
      last = { repo: e.repo, done: e.done, total: e.total, reposDone: e.reposDone, repos: e.repos };
      const now = Date.now();
      if (now - at >= JSON_EVERY_MS) {
        at = now;
        flush();
      }
    },
    stop: flush,
  };
}
