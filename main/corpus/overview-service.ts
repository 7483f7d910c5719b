// The overview of the open folder for the app: loads each article's compared text (kept by
// content hash, so a changed folder re-reads only changed files), runs the analysis through
// a runner (the worker in the app), and answers with article ids, never paths. The answer
// for one snapshot of the folder is kept until the folder changes.
import type {
  ArticleSummary,
  FolderOverview,
  OverviewPreview,
  OverviewProgress,
} from '../../preload/contract';
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
  options: {
    signal?: AbortSignal;
    onProgress?: (stage: CorpusStage, fraction: number) => void;
    onGroupsReady?: (analysis: CorpusAnalysis) => void;
    preview?: boolean;
  },
) => Promise<CorpusAnalysis>;

const PARALLEL_LOADS = 16;

export interface PreviewOptions {
  /**
   * A folder of more articles than this, mostly not read before, is first previewed on the
   * articles read in the first `afterMs` (at most `maxArticles` of them): the preview is
   * analysed in the worker while the rest is still being read, so the view has something to
   * show within about a second, and the full run reuses the preview's work (the analyser's
   * caches).
   */
  above: number;
  afterMs: number;
  maxArticles: number;
}

export const DEFAULT_PREVIEW: PreviewOptions = { above: 300, afterMs: 150, maxArticles: 250 };

export interface OverviewEvents {
  onProgress: (progress: OverviewProgress) => void;
  onPreview?: (preview: OverviewPreview) => void;
}

export class OverviewService {
  /** Loaded texts by article id, with the content hash they were read at. */
  private texts = new Map<string, { contentHash: string; text: string }>();
  private last: { snapshotKey: string; minWords: number; overview: FolderOverview } | null = null;
  private underWay: AbortController | null = null;

  constructor(
    private readonly library: OverviewLibrary,
    private readonly runAnalysis: RunAnalysis,
    private readonly previewOptions: PreviewOptions = DEFAULT_PREVIEW,
  ) {}

  cancel(): void {
    this.underWay?.abort();
  }

  async overview(minWords: number, events: OverviewEvents): Promise<FolderOverview> {
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
    const { signal } = controller;
    // Previews stop counting once the full answer is given (or the run ends otherwise).
    let settled = false;
    const showPreview = (docs: CorpusDoc[], analysis: CorpusAnalysis): void => {
      if (settled || signal.aborted) return;
      const overview = toOverview(articles, docs, analysis);
      events.onPreview?.({ overview, analysed: docs.length, total: articles.length });
    };
    try {
      const unread = articles.filter(
        (article) => this.texts.get(article.id)?.contentHash !== article.contentHash,
      ).length;
      const wantsPreview =
        events.onPreview !== undefined &&
        articles.length > this.previewOptions.above &&
        unread > articles.length / 2;
      let preview: Promise<void> | null = null;
      const startedAt = performance.now();
      const docs = await this.loadDocs(articles, signal, (loaded) => {
        events.onProgress({
          stage: 'reading',
          fraction: articles.length ? loaded.length / articles.length : 1,
        });
        const due =
          (performance.now() - startedAt >= this.previewOptions.afterMs ||
            loaded.length >= this.previewOptions.maxArticles) &&
          loaded.length < articles.length;
        if (!wantsPreview || preview || !due) return;
        const first = [...loaded];
        preview = this.runAnalysis(first, minWords, { signal, preview: true }).then(
          (analysis) => showPreview(first, analysis),
          // A failed or cancelled preview is not the answer; the full run says what went wrong.
          () => undefined,
        );
      });
      const analysis = await this.runAnalysis(docs, minWords, {
        signal,
        onProgress: (stage, fraction) => events.onProgress({ stage, fraction }),
        onGroupsReady: (partial) => showPreview(docs, partial),
      });
      await preview;
      const overview = toOverview(articles, docs, analysis);
      this.last = { snapshotKey, minWords, overview };
      return overview;
    } finally {
      settled = true;
      if (this.underWay === controller) this.underWay = null;
    }
  }

  /** `onLoaded` is told the articles loaded so far, after each batch. */
  private async loadDocs(
    articles: ArticleSummary[],
    signal: AbortSignal,
    onLoaded: (loaded: readonly CorpusDoc[]) => void,
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
          dateFrom: article.dateFrom,
          dateIsFileTime: article.dateIsFileTime,
        });
      }
      onLoaded(docs);
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
    // A preview holds the first articles only: docs is always a prefix of the folder's list.
    articles: docs.map((_, index) => idOf(index)),
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
