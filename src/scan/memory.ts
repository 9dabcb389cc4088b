/**
 * Keeping a long scan's memory near its live data. V8 lets the heap grow to several
 * times the live objects before a full collection, and when a chunk's facts are filled,
 * its git output, blobs and parsed notebooks are all garbage: past SOFT_LIMIT_BYTES of
 * resident memory, a scan collects them right then.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Resident memory (bytes, 240 MB) above which a finished chunk triggers a full
 * collection. Below it no collection is forced (the notebook-heavy bench repository
 * peaks under it); above it, the 50,000-commit bench repository's peak goes from about
 * 300-340 MB to about 260-275 MB (`npm run bench`, "letgo MB"), for a few full
 * collections of a few hundred ms of CPU each.
 */
const SOFT_LIMIT_BYTES = 240 * 1024 * 1024;

let gc: (() => void) | undefined;

/**
 * A full garbage collection now, when resident memory is over SOFT_LIMIT_BYTES. Uses
 * V8's own `gc`, exposed on first use with the `--expose-gc` flag (what
 * `node --expose-gc` sets).
 */
export function collectGarbageIfLarge(): void {
  if (process.memoryUsage.rss() < SOFT_LIMIT_BYTES) return;
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
