// Runs a collation in a worker thread, one thread per job, so the window stays responsive
// and a superseded collation stops at once (its thread is terminated). collateInProcess is
// the same contract without a thread, for tests.
import { Worker } from 'node:worker_threads';
import type { Collation } from '../../preload/contract';
import { collateTexts, type WitnessText } from './collate';

export interface CollateWorkerRequest {
  witnesses: WitnessText[];
  baseId: string;
}

export type CollateWorkerReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: Collation }
  | { type: 'error'; message: string };

export interface CollateRunOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export const COLLATION_CANCELLED = 'Collation cancelled: another set of witnesses was chosen.';

export async function collateInProcess(
  request: CollateWorkerRequest,
  options: CollateRunOptions = {},
): Promise<Collation> {
  if (options.signal?.aborted) throw new Error(COLLATION_CANCELLED);
  return collateTexts(request.witnesses, request.baseId, options.onProgress);
}

export class CollateRunner {
  /** `workerFile`: the built worker entry (out/main/collate-worker.js). */
  constructor(private readonly workerFile: string) {}

  run(request: CollateWorkerRequest, options: CollateRunOptions = {}): Promise<Collation> {
    if (options.signal?.aborted) return Promise.reject(new Error(COLLATION_CANCELLED));
    const worker = new Worker(this.workerFile);
    return new Promise<Collation>((resolve, reject) => {
      const finish = (settle: () => void): void => {
        options.signal?.removeEventListener('abort', onAbort);
        worker.removeAllListeners();
        void worker.terminate();
        settle();
      };
      const onAbort = (): void => finish(() => reject(new Error(COLLATION_CANCELLED)));
      options.signal?.addEventListener('abort', onAbort, { once: true });
      worker.on('message', (reply: CollateWorkerReply) => {
        if (reply.type === 'progress') options.onProgress?.(reply.done, reply.total);
        else if (reply.type === 'result') finish(() => resolve(reply.result));
        else finish(() => reject(new Error(reply.message)));
      });
      worker.on('error', (error) => finish(() => reject(error)));
      worker.on('exit', (code) =>
        finish(() => reject(new Error(`The collation stopped unexpectedly (code ${code}).`))),
      );
      worker.postMessage(request);
    });
  }
}
