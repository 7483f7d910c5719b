// Worker-thread entry: prepares one article at a time off the main process's event loop, so
// a page that takes long to extract can be given up by terminating this thread. The HTML stack
// is loaded with the thread's first page, not at start: a folder of Markdown never loads it.
import { parentPort } from 'node:worker_threads';
import { prepareOrExplain } from './prepare-explained';
import type { PrepareReply } from './prepare-runner';
import type { FileText } from './prepare-text';

parentPort?.on('message', (file: FileText) => {
  prepareOrExplain(file).then(
    (prepared) => parentPort!.postMessage({ type: 'result', prepared } satisfies PrepareReply),
    (error: unknown) =>
      parentPort!.postMessage({ type: 'error', message: (error as Error).message } satisfies PrepareReply),
  );
});

parentPort?.postMessage({ type: 'ready' } satisfies PrepareReply);
