// Worker-thread entry: prepares one article at a time off the main process's event loop, so
// a page that takes long to extract can be given up by terminating this thread.
import { parentPort } from 'node:worker_threads';
import type { FileText } from './prepare-article';
import { prepareOrExplain, type PrepareReply } from './prepare-runner';

parentPort?.on('message', (file: FileText) => {
  try {
    parentPort!.postMessage({ type: 'result', prepared: prepareOrExplain(file) } satisfies PrepareReply);
  } catch (error) {
    parentPort!.postMessage({ type: 'error', message: (error as Error).message } satisfies PrepareReply);
  }
});

parentPort?.postMessage({ type: 'ready' } satisfies PrepareReply);
