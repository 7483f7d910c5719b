// Runs comparisons in worker threads, one job per thread, with a warm spare thread ready so
// starting a job costs nothing. Cancelling a job terminates its thread at once, even in the
// middle of a long diff.
import { Worker } from 'node:worker_threads';
import type { CompareOptions, TextComparison } from '../../preload/contract';
import { compareTexts } from './compare';

export interface WorkerRequest {
  a: string;
  b: string;
  options: Partial<CompareOptions>;
}

export type WorkerReply =
  | { type: 'progress'; fraction: number }
  | { type: 'result'; result: TextComparison }
  | { type: 'error'; message: string };

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

/** The same contract without a thread, for the CLI and tests: cancellation is checked up front. */
export async function compareInProcess(
  request: WorkerRequest,
  options: RunOptions = {},
): Promise<TextComparison> {
  if (options.signal?.aborted) throw new Error(CANCELLED_MESSAGE);
  return compareTexts(request.a, request.b, request.options, options.onProgress);
}

export const CANCELLED_MESSAGE = 'Comparison cancelled: another pair was chosen.';

export class CompareRunner {
  private spare: Worker | null = null;

  /** `workerFile`: the built worker entry (out/main/compare-worker.js). */
  constructor(private readonly workerFile: string) {}

  private takeWorker(): Worker {
    const worker = this.spare ?? new Worker(this.workerFile);
    this.spare = null;
    return worker;
  }

  private prepareSpare(): void {
    if (this.spare) return;
    this.spare = new Worker(this.workerFile);
    // A spare thread must not keep the process (or a test run) alive on its own.
    this.spare.unref();
  }

  run(request: WorkerRequest, options: RunOptions = {}): Promise<TextComparison> {
    if (options.signal?.aborted) return Promise.reject(new Error(CANCELLED_MESSAGE));
    const worker = this.takeWorker();
    worker.ref();
    return new Promise<TextComparison>((resolve, reject) => {
      const finish = (settle: () => void): void => {
        options.signal?.removeEventListener('abort', onAbort);
        worker.removeAllListeners();
        void worker.terminate();
        this.prepareSpare();
        settle();
      };
      const onAbort = (): void => finish(() => reject(new Error(CANCELLED_MESSAGE)));
      options.signal?.addEventListener('abort', onAbort, { once: true });
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'progress') options.onProgress?.(reply.fraction);
        else if (reply.type === 'result') finish(() => resolve(reply.result));
        else finish(() => reject(new Error(reply.message)));
      });
      worker.on('error', (error) => finish(() => reject(error)));
      worker.on('exit', (code) =>
        finish(() => reject(new Error(`The comparison stopped unexpectedly (code ${code}).`))),
      );
      worker.postMessage(request);
    });
  }

  /** Stops the spare thread (on quit, and at the end of tests). */
  async dispose(): Promise<void> {
    const spare = this.spare;
    this.spare = null;
    await spare?.terminate();
  }
}
