// Reads an opened folder's articles into corpus documents: the cleaned text each one is
// compared by, as note anchors count it, keyed by its content so the analyser's caches apply.
import type { ArticleSummary } from '../../preload/contract';
import type { CorpusDoc } from './analyse';
import { comparedText } from '../compare/tokenize';
import { hashString } from './words';

export interface ArticleLoader {
  load(id: string): Promise<{ summary: ArticleSummary; text: string }>;
}

const PARALLEL_LOADS = 16;

export const docKey = (contentHash: string, text: string): string =>
  `${contentHash}:${text.length}:${hashString(text).toString(36)}`;

/** Loads every article (a few at a time, so disk waits overlap), in the order given. */
export async function loadCorpusDocs(
  library: ArticleLoader,
  articles: ArticleSummary[],
  hooks: { onProgress?: (done: number) => void; signal?: AbortSignal } = {},
): Promise<CorpusDoc[]> {
  const docs: CorpusDoc[] = [];
  for (let done = 0; done < articles.length; done += PARALLEL_LOADS) {
    if (hooks.signal?.aborted) throw new Error('Overview cancelled.');
    const batch = await Promise.all(
      articles.slice(done, done + PARALLEL_LOADS).map((article) => library.load(article.id)),
    );
    for (const { summary, text: loaded } of batch) {
      const text = comparedText(loaded);
      docs.push({
        key: docKey(summary.contentHash, text),
        path: summary.path,
        title: summary.title,
        text,
        date: summary.date,
        dateFrom: summary.dateFrom,
        dateIsFileTime: summary.dateIsFileTime,
      });
    }
    hooks.onProgress?.(Math.min(articles.length, done + PARALLEL_LOADS));
  }
  return docs;
}
