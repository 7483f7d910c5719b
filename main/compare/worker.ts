// Worker-thread entry: runs comparisons, one at a time, off the main process's event loop, so the window
// stays responsive and a superseded comparison can be stopped by terminating the thread.
import { parentPort } from 'node:worker_threads';
import { compareTexts } from './compare';
import type { WorkerReply, WorkerRequest } from './compare-runner';

parentPort?.on('message', (request: WorkerRequest) => {
  try {
    const result = compareTexts(request.a, request.b, request.options, (fraction) =>
      parentPort!.postMessage({ type: 'progress', fraction } satisfies WorkerReply),
    );
    parentPort!.postMessage({ type: 'result', result } satisfies WorkerReply);
  } catch (error) {
    parentPort!.postMessage({ type: 'error', message: (error as Error).message } satisfies WorkerReply);
  }
});
