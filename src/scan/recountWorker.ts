/**
 * The recount worker's entry (started by recountPool.ts): runs countChanges for each
 * message and posts the count back with the facts it filled, then collects this
 * isolate's garbage when the process is large (memory.ts).
 */
import { parentPort } from 'node:worker_threads';
import { LetgoError } from '../core/errors.js';
import { collectGarbageIfLarge } from './memory.js';
import { countChanges } from './recount.js';
import type { CountMessage, CountReply } from './recountPool.js';

parentPort!.on('message', ({ dir, task }: CountMessage) => {
  countChanges(dir, task)
    .then(
      (counted) => parentPort!.postMessage({ ok: { ...counted, facts: task.items.map((item) => item.fact) } } satisfies CountReply),
      (e: unknown) =>
        parentPort!.postMessage({
          error: { message: e instanceof Error ? e.message : String(e), ...(e instanceof LetgoError ? { code: e.code } : {}) },
        } satisfies CountReply)
    )
    .finally(collectGarbageIfLarge); // the part's blobs and parses are garbage now (this worker's heap)
});
