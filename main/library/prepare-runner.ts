// Prepares articles in worker threads with a time budget per file, so that a hostile page
// (thousands of nested elements, say) neither freezes the main process nor stops the scan:
// past the budget its thread is terminated and the file is skipped with a reason.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { prepareOrExplain, PrepareError } from './prepare-explained';
import type { FileText, PreparedArticle } from './prepare-text';

export { PrepareError };

export type PrepareReply =
  /** Sent once the thread has started: the budget counts work (and, for a thread's first page,
   *  loading the HTML stack, well under a second), not the thread's start-up. */
  { type: 'ready' } | { type: 'result'; prepared: PreparedArticle } | { type: 'error'; message: string };

/** Turns a decoded file into its prepared article, or rejects with a PrepareError. */
export interface ArticlePreparer {
  prepare(file: FileText): Promise<PreparedArticle>;
}

/**
 * On the calling thread: depth and size are still capped (html.ts), but no time budget holds.
 * For unit tests and for runs where the worker entry was not built.
 */
export const inProcessPreparer: ArticlePreparer = {
  prepare: prepareOrExplain,
};

/** Generous for any real page (a 1 MB article takes about a second), short for a stuck one. */
export const DEFAULT_BUDGET_MS = 15_000;

const formatSeconds = (ms: number): string => `${Number((ms / 1000).toFixed(1))} s`;

interface Job {
  file: FileText;
  resolve: (prepared: PreparedArticle) => void;
  reject: (error: Error) => void;
}

export interface PrepareRunnerOptions {
  /** Time one file may take in its thread before it is given up. */
  budgetMs?: number;
  /** Threads working at once. */
  threads?: number;
}

/**
 * A small pool of preparation threads. Plain text needs no preparing and stays on the
 * calling thread; Markdown and HTML go to the pool. Idle threads do not keep the process alive.
 */
export class PrepareRunner implements ArticlePreparer {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private busy = 0;
  private readonly budgetMs: number;
  private readonly threads: number;
  private disposed = false;

  /** `workerFile`: the built worker entry (out/main/prepare-worker.js). */
  constructor(
    private readonly workerFile: string,
    options: PrepareRunnerOptions = {},
  ) {
    this.budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
    // One core is left to the window and the comparisons.
    this.threads = options.threads ?? Math.max(1, Math.min(4, os.availableParallelism() - 1));
  }

  prepare(file: FileText): Promise<PreparedArticle> {
    if (file.format === 'txt') return inProcessPreparer.prepare(file);
    if (this.disposed) return Promise.reject(new PrepareError('the app is closing'));
    return new Promise((resolve, reject) => {
      this.queue.push({ file, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    while (this.queue.length > 0 && this.busy < this.threads) {
      const job = this.queue.shift()!;
      this.busy++;
      this.run(job);
    }
  }

  private run(job: Job): void {
    const reused = this.idle.pop();
    const worker = reused ?? new Worker(this.workerFile);
    worker.ref();
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const start = (): void => {
      // Terminating the thread stops even a synchronous loop deep inside Readability.
      timer = setTimeout(
        () =>
          finish(false, () =>
            job.reject(
              new PrepareError(`page too complex to read (not done after ${formatSeconds(this.budgetMs)})`),
            ),
          ),
        this.budgetMs,
      );
      worker.postMessage(job.file);
    };
    const onMessage = (reply: PrepareReply): void => {
      if (reply.type === 'ready') start();
      else if (reply.type === 'result') finish(true, () => job.resolve(reply.prepared));
      else finish(true, () => job.reject(new PrepareError(reply.message)));
    };
    const onError = (error: Error): void =>
      finish(false, () => job.reject(new PrepareError(`the page could not be read (${error.message})`)));
    const onExit = (code: number): void =>
      finish(false, () =>
        job.reject(new PrepareError(`the page could not be read (its reader stopped, code ${code})`)),
      );
    const finish = (keepWorker: boolean, settle: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // Only this job's listeners: removeAllListeners would also drop the Worker's own, and
      // a reused thread would never be heard from again.
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (keepWorker && !this.disposed) {
        worker.unref();
        this.idle.push(worker);
      } else {
        void worker.terminate();
      }
      this.busy--;
      settle();
      this.next();
    };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    if (reused) start();
  }

  /** Stops every thread; jobs still waiting are refused. */
  async dispose(): Promise<void> {
    this.disposed = true;
    for (const job of this.queue.splice(0)) job.reject(new PrepareError('the app is closing'));
    await Promise.all(this.idle.splice(0).map((worker) => worker.terminate()));
  }
}

let shared: ArticlePreparer | undefined;

/**
 * The preparer the scan, the library and the CLI use unless given another: the built worker
 * entry beside this bundle (out/main, whose shared chunks sit in out/main/chunks), or, when
 * running from source as unit tests do, the calling thread.
 */
export function defaultPreparer(): ArticlePreparer {
  if (!shared) {
    const workerFile = [__dirname, path.dirname(__dirname)]
      .map((folder) => path.join(folder, 'prepare-worker.js'))
      .find((file) => existsSync(file));
    shared = workerFile ? new PrepareRunner(workerFile) : inProcessPreparer;
  }
  return shared;
}
