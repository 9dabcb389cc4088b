/**
 * A progress bar on stderr while scanning, only when stderr is a terminal and not --quiet.
 */
import { createRequire } from 'node:module';
import type CliProgress from 'cli-progress';
import type { ScanOptions } from '../scan/index.js';

/** A progress sink for `scan`, and a stop function. */
export interface Progress {
  onProgress: ScanOptions['onProgress'];
  stop: () => void;
}

/** Creates a progress bar when `enabled`, else a no-op. */
export function createProgress(enabled: boolean): Progress {
  if (!enabled) return { onProgress: undefined, stop: () => undefined };
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
