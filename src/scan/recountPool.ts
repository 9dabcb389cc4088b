/**
 * Worker threads for the notebook recount: reading notebook blobs and parsing their cells
 * is a scan's CPU-bound part (on the bench's real-shaped notebook repository, 340 MB of
 * notebook JSON: about 2 s of one core), and with a pool the parts of a recount
 * (recount.ts splitByLineage) run on every core the scan may use while this thread
 * goes on walking git log. Each worker runs {@link countChanges} with its own
 * `git cat-file --batch`; the facts it fills come back by structured clone and are
 * copied onto the caller's fact objects, so a recount in a worker sets exactly the
 * fields one in this thread sets.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { LetgoError, type ExitCodeValue } from '../core/errors.js';
import type { FactBody } from '../core/facts.js';
import type { CountTask, Counted } from './recount.js';

/** The worker's module beside this one (lib/scan/ when built by tsc, lib/bin/ in the bundle). */
const WORKER_URL = new URL('./recountWorker.js', import.meta.url);

/**
 * A worker's young generation (MB): V8's default lets each isolate hold tens of MB of
 * short-lived parses before a scavenge, which two workers add to the scan's peak.
 */
const WORKER_OPTIONS = { resourceLimits: { maxYoungGenerationSizeMb: 8 } };

/** What a task posts to a worker. */
export interface CountMessage {
  dir: string;
  task: CountTask;
}

/** What a worker posts back: the count (with the facts it filled, in the task's item order), or why it failed. */
export type CountReply = { ok: Counted & { facts: FactBody[] } } | { error: { message: string; code?: ExitCodeValue } };

/** A fixed number of worker threads, started on first use and reused across recounts, repositories included. */
export class RecountPool {
  private readonly idle: Worker[] = [];
  private readonly started: Worker[] = [];
  private readonly waiting: ((w: Worker) => void)[] = [];

  private constructor(readonly size: number) {}

  /**
   * A pool of `size` workers, or null when there is nothing to gain (size < 2) or the
   * worker's module is not there (the sources run without a build, as under vitest, or
   * from a URL that is no file, as under jsdom: the recount then runs in this thread).
   */
  static create(size: number): RecountPool | null {
    if (size < 2 || WORKER_URL.protocol !== 'file:' || !existsSync(fileURLToPath(WORKER_URL))) return null;
    return new RecountPool(size);
  }

  /**
   * Runs countChanges on a worker and copies the facts it filled onto `task.items`' facts.
   * @throws LetgoError with the worker's exit code when it threw one; Error when it threw anything else or died
   */
  async count(dir: string, task: CountTask): Promise<Counted> {
    const worker = await this.acquire();
    let broken = false;
    try {
      const reply = await new Promise<CountReply>((resolve, reject) => {
        const onError = (e: Error): void => {
          broken = true;
          cleanup();
          reject(e);
        };
        const onExit = (code: number): void => onError(new Error(`the recount worker exited (code ${code})`));
        const onMessage = (m: CountReply): void => {
          cleanup();
          resolve(m);
        };
        const cleanup = (): void => {
          worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        };
        worker.on('message', onMessage).on('error', onError).on('exit', onExit);
        worker.postMessage({ dir, task } satisfies CountMessage);
      });
      if ('error' in reply) throw reply.error.code === undefined ? new Error(reply.error.message) : new LetgoError(reply.error.code, reply.error.message);
      const { facts, ...counted } = reply.ok;
      task.items.forEach((item, i) => Object.assign(item.fact, facts[i]));
      return counted;
    } finally {
      if (broken) this.replace(worker);
      else this.release(worker);
    }
  }

  /** Ends every worker (a pending count rejects). */
  async close(): Promise<void> {
    await Promise.all(this.started.splice(0).map((w) => w.terminate()));
    this.idle.length = 0;
  }

  /** A free worker, started if the pool is not full, else the next one released; it keeps the process alive while it counts. */
  private acquire(): Promise<Worker> {
    const free = this.idle.pop() ?? (this.started.length < this.size ? this.start() : undefined);
    if (free) {
      free.ref();
      return Promise.resolve(free);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private start(): Worker {
    const w = new Worker(WORKER_URL, WORKER_OPTIONS);
    this.started.push(w);
    return w;
  }

  /** Hands the worker to the next task waiting, or lets it idle (an idle worker does not keep the process alive). */
  private release(w: Worker): void {
    const next = this.waiting.shift();
    if (next) next(w);
    else {
      w.unref();
      this.idle.push(w);
    }
  }

  /** Drops a worker that failed; a task waiting gets a new one. */
  private replace(w: Worker): void {
    const at = this.started.indexOf(w);
    if (at >= 0) this.started.splice(at, 1);
    void w.terminate();
    const next = this.waiting.shift();
    if (next) next(this.start());
  }
}
