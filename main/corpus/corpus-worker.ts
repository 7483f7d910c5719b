// Worker-thread entry for the overview: holds the analyser (and so its caches) and the texts
// main has sent, runs one analysis per request, and stops when main raises the cancel flag.
import { parentPort } from 'node:worker_threads';
import { CorpusAnalyser, DEFAULT_CORPUS_OPTIONS, type CorpusDoc } from './analyse';
import type { CorpusWorkerReply, CorpusWorkerRequest } from './corpus-runner';

const analysers = new Map<number, CorpusAnalyser>();
let texts = new Map<string, string>();

class Cancelled extends Error {}

parentPort?.on('message', (request: CorpusWorkerRequest) => {
  const post = (reply: CorpusWorkerReply): void => parentPort!.postMessage(reply);
  try {
    const flag = new Int32Array(request.cancel);
    const kept = new Map<string, string>();
    const docs: CorpusDoc[] = request.docs.map((doc) => {
      const text = doc.text ?? texts.get(doc.key);
      if (text === undefined) throw new Error('The overview lost an article’s text; open the folder again.');
      kept.set(doc.key, text);
      return { ...doc, text };
    });
    texts = kept;
    let analyser = analysers.get(request.minWords);
    if (!analyser) {
      analyser = new CorpusAnalyser({ ...DEFAULT_CORPUS_OPTIONS, minWords: request.minWords });
      analysers.clear();
      analysers.set(request.minWords, analyser);
    }
    let lastReport = 0;
    const analysis = analyser.analyse(
      docs,
      {
        checkCancelled: () => {
          if (Atomics.load(flag, 0) !== 0) throw new Cancelled();
        },
        onProgress: (stage, fraction) => {
          const now = Date.now();
          if (fraction !== 0 && fraction !== 1 && now - lastReport < 100) return;
          lastReport = now;
          post({ type: 'progress', stage, fraction });
        },
        onGroupsReady: (partial) => post({ type: 'groups', analysis: partial }),
      },
      { preview: request.preview },
    );
    post({ type: 'result', analysis });
  } catch (error) {
    if (error instanceof Cancelled) post({ type: 'cancelled' });
    else post({ type: 'error', message: (error as Error).message });
  }
});
