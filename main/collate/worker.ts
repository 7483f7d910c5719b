// Worker-thread entry: one collation off the main process's event loop, reporting each
// witness aligned, so a long collation shows progress and can be stopped.
import { parentPort } from 'node:worker_threads';
import { collateTexts } from './collate';
import type { CollateWorkerReply, CollateWorkerRequest } from './collate-runner';

parentPort?.on('message', (request: CollateWorkerRequest) => {
  try {
    const result = collateTexts(request.witnesses, request.baseId, (done, total) =>
      parentPort!.postMessage({ type: 'progress', done, total } satisfies CollateWorkerReply),
    );
    parentPort!.postMessage({ type: 'result', result } satisfies CollateWorkerReply);
  } catch (error) {
    parentPort!.postMessage({
      type: 'error',
      message: (error as Error).message,
    } satisfies CollateWorkerReply);
  }
});
