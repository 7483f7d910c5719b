// Runs the corpus analysis in one long-lived worker thread, which keeps the analyser's caches
// between runs; main sends only the texts the worker has not seen. Cancelling raises a flag
// in shared memory that the analysis checks between steps, so the caches survive it.
import { Worker } from 'node:worker_threads';
import type { CorpusAnalysis, CorpusDoc, CorpusStage } from './analyse';

/** A document as sent: its text only when the worker does not hold that key yet. */
export type WorkerDoc = Omit<CorpusDoc, 'text'> & { text?: string };

export interface CorpusWorkerRequest {
  docs: WorkerDoc[];
  minWords: number;
  /** A preview of part of the folder (see AnalyseMode). */
  preview: boolean;
  /** Int32Array view: non-zero means stop. */
  cancel: SharedArrayBuffer;
}

export type CorpusWorkerReply =
  | { type: 'progress'; stage: CorpusStage; fraction: number }
  | { type: 'groups'; analysis: CorpusAnalysis }
  | { type: 'result'; analysis: CorpusAnalysis }
  | { type: 'cancelled' }
  | { type: 'error'; message: string };

export const OVERVIEW_CANCELLED = 'Overview cancelled.';

export interface CorpusRunOptions {
  signal?: AbortSignal;
  onProgress?: (stage: CorpusStage, fraction: number) => void;
  /** Pairs and groups, before the passages are found (not sent for a preview). */
  onGroupsReady?: (analysis: CorpusAnalysis) => void;
  /** Analyse these articles as a preview of a larger folder: no passages. */
  preview?: boolean;
}

export class CorpusRunner {
  private worker: Worker | null = null;
  /** Keys whose texts the current worker holds. */
  private known = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();

  /** `workerFile`: the built worker entry (out/main/corpus-worker.js). */
  constructor(private readonly workerFile: string) {}

  private ensureWorker(): Worker {
    if (!this.worker) {
      this.worker = new Worker(this.workerFile);
      this.worker.unref();
      this.known = new Set();
    }
    return this.worker;
  }

  /** One analysis at a time: a second call waits for the first (cancel it to go sooner). */
  run(docs: CorpusDoc[], minWords: number, options: CorpusRunOptions = {}): Promise<CorpusAnalysis> {
    const next = this.queue.then(() => this.runNow(docs, minWords, options));
    this.queue = next.catch(() => {});
    return next;
  }

  private runNow(docs: CorpusDoc[], minWords: number, options: CorpusRunOptions): Promise<CorpusAnalysis> {
    if (options.signal?.aborted) return Promise.reject(new Error(OVERVIEW_CANCELLED));
    const worker = this.ensureWorker();
    worker.ref();
    const cancel = new SharedArrayBuffer(4);
    const flag = new Int32Array(cancel);
    const sent = docs.map((doc) => (this.known.has(doc.key) ? { ...doc, text: undefined } : doc));
    // The worker keeps the texts of the last run only, a preview's as well (see the worker).
    this.known = new Set(docs.map((doc) => doc.key));
    return new Promise<CorpusAnalysis>((resolve, reject) => {
      const onAbort = (): void => void Atomics.store(flag, 0, 1);
      options.signal?.addEventListener('abort', onAbort, { once: true });
      // Only this run's listeners go: removeAllListeners would also drop the Worker's own.
      const finish = (settle: () => void): void => {
        options.signal?.removeEventListener('abort', onAbort);
        worker.off('message', onMessage);
        worker.off('error', lost);
        worker.off('exit', onExit);
        worker.unref();
        settle();
      };
      const lost = (error: Error): void => {
        // A worker that failed is replaced next time, with empty caches.
        this.worker = null;
        void worker.terminate();
        finish(() => reject(error));
      };
      const onMessage = (reply: CorpusWorkerReply): void => {
        if (reply.type === 'progress') options.onProgress?.(reply.stage, reply.fraction);
        else if (reply.type === 'groups') options.onGroupsReady?.(reply.analysis);
        else if (reply.type === 'result') finish(() => resolve(reply.analysis));
        else if (reply.type === 'cancelled') finish(() => reject(new Error(OVERVIEW_CANCELLED)));
        else finish(() => reject(new Error(reply.message)));
      };
      const onExit = (code: number): void =>
        lost(new Error(`The overview stopped unexpectedly (code ${code}).`));
      worker.on('message', onMessage);
      worker.on('error', lost);
      worker.on('exit', onExit);
      worker.postMessage({
        docs: sent,
        minWords,
        preview: options.preview ?? false,
        cancel,
      } satisfies CorpusWorkerRequest);
    });
  }

  async dispose(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }
}
