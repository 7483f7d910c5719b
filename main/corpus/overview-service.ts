// The overview of the open folder for the app: loads each article's compared text (kept by
// content hash, so a changed folder re-reads only changed files), runs the analysis through
// a runner (the worker in the app), and answers with article ids, never paths. The answer
// for one snapshot of the folder is kept until the folder changes.
import type { ArticleSummary, FolderOverview, OverviewProgress } from '../../preload/contract';
import type { CorpusAnalysis, CorpusDoc, CorpusStage } from './analyse';
import { comparedText } from '../compare/tokenize';
import { docKey } from './folder-docs';
import { codePointOffsets } from './words';

export interface OverviewLibrary {
  snapshot(): { articles: ArticleSummary[] } | null;
  load(id: string): Promise<{ summary: ArticleSummary; text: string }>;
}

export type RunAnalysis = (
  docs: CorpusDoc[],
  minWords: number,
  options: { signal?: AbortSignal; onProgress?: (stage: CorpusStage, fraction: number) => void },
) => Promise<CorpusAnalysis>;

const PARALLEL_LOADS = 16;

export class OverviewService {
  /** Loaded texts by article id, with the content hash they were read at. */
  private texts = new Map<string, { contentHash: string; text: string }>();
  private last: { snapshotKey: string; minWords: number; overview: FolderOverview } | null = null;
  private underWay: AbortController | null = null;

  constructor(
    private readonly library: OverviewLibrary,
    private readonly runAnalysis: RunAnalysis,
  ) {}

  cancel(): void {
    this.underWay?.abort();
  }

  async overview(
    minWords: number,
    onProgress: (progress: OverviewProgress) => void,
  ): Promise<FolderOverview> {
    const snapshot = this.library.snapshot();
    if (!snapshot) throw new Error('Open a folder first.');
    const articles = snapshot.articles;
    const snapshotKey = articles.map((article) => `${article.id}:${article.contentHash}`).join('|');
    if (this.last && this.last.snapshotKey === snapshotKey && this.last.minWords === minWords) {
      return this.last.overview;
    }
    this.underWay?.abort();
    const controller = new AbortController();
    this.underWay = controller;
    try {
      const docs = await this.loadDocs(articles, controller.signal, (done) =>
        onProgress({ stage: 'reading', fraction: articles.length ? done / articles.length : 1 }),
      );
      const analysis = await this.runAnalysis(docs, minWords, {
        signal: controller.signal,
        onProgress: (stage, fraction) => onProgress({ stage, fraction }),
      });
      const overview = toOverview(articles, docs, analysis);
      this.last = { snapshotKey, minWords, overview };
      return overview;
    } finally {
      if (this.underWay === controller) this.underWay = null;
    }
  }

  private async loadDocs(
    articles: ArticleSummary[],
    signal: AbortSignal,
    onLoaded: (done: number) => void,
  ): Promise<CorpusDoc[]> {
    const fresh = new Map<string, { contentHash: string; text: string }>();
    const docs: CorpusDoc[] = [];
    for (let done = 0; done < articles.length; done += PARALLEL_LOADS) {
      if (signal.aborted) throw new Error('Overview cancelled.');
      const batch = await Promise.all(
        articles.slice(done, done + PARALLEL_LOADS).map(async (article) => {
          const known = this.texts.get(article.id);
          if (known && known.contentHash === article.contentHash) return { article, text: known.text };
          return { article, text: comparedText((await this.library.load(article.id)).text) };
        }),
      );
      for (const { article, text } of batch) {
        fresh.set(article.id, { contentHash: article.contentHash, text });
        docs.push({
          key: docKey(article.contentHash, text),
          path: article.path,
          title: article.title,
          text,
          date: article.date,
          dateIsFileTime: article.dateIsFileTime,
        });
      }
      onLoaded(Math.min(articles.length, done + PARALLEL_LOADS));
    }
    this.texts = fresh;
    return docs;
  }
}

/** Pairs below this are left out: the map shows them as "under 2%". */
const MIN_PAIR_SIMILARITY = 0.02;
const round4 = (value: number): number => Math.round(value * 10000) / 10000;

function toOverview(articles: ArticleSummary[], docs: CorpusDoc[], analysis: CorpusAnalysis): FolderOverview {
  const idOf = (index: number): string => articles[index]!.id;
  const toCodePoints = docs.map((doc) => codePointOffsets(doc.text));
  return {
    articles: articles.map((article) => article.id),
    pairs: analysis.pairs
      .filter((pair) => pair.similarity >= MIN_PAIR_SIMILARITY)
      .map((pair) => ({ a: idOf(pair.a), b: idOf(pair.b), similarity: round4(pair.similarity) })),
    groups: analysis.groups.map((group) => ({
      articles: group.members.map(idOf),
      orderedBy: group.orderedBy,
    })),
    passages: analysis.passages.map((passage) => ({
      text: passage.text,
      words: passage.words,
      quotation: passage.quotation,
      occurrences: passage.occurrences.map(({ doc, start, end }) => ({
        article: idOf(doc),
        start: toCodePoints[doc]!(start),
        end: toCodePoints[doc]!(end),
      })),
    })),
  };
}
