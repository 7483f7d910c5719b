// Derived views of an overview: the articles in map order (groups first, each oldest first,
// then the rest in folder order), pair lookups, and the passage filters.
import type { ArticleId, ArticleSummary, FolderOverview, OverviewPassage } from '../../../preload/contract';
import { isEvidence } from '../../../preload/shared/date-label';

export function mapOrder(overview: FolderOverview): ArticleId[] {
  const seen = new Set<ArticleId>();
  const order: ArticleId[] = [];
  for (const group of overview.groups) {
    for (const id of group.articles) {
      seen.add(id);
      order.push(id);
    }
  }
  for (const id of overview.articles) if (!seen.has(id)) order.push(id);
  return order;
}

export type SimilarityOf = (a: ArticleId, b: ArticleId) => number;

export function similarityLookup(overview: FolderOverview): SimilarityOf {
  const byPair = new Map<string, number>();
  for (const pair of overview.pairs) {
    byPair.set(`${pair.a}|${pair.b}`, pair.similarity);
    byPair.set(`${pair.b}|${pair.a}`, pair.similarity);
  }
  return (a, b) => (a === b ? 1 : (byPair.get(`${a}|${b}`) ?? 0));
}

export interface PassageFilter {
  quotationsOnly: boolean;
  /** Fewest distinct articles carrying the passage. */
  minArticles: number;
}

export const articlesCarrying = (passage: OverviewPassage): number =>
  new Set(passage.occurrences.map((occurrence) => occurrence.article)).size;

export const filterPassages = (passages: OverviewPassage[], filter: PassageFilter): OverviewPassage[] =>
  passages.filter(
    (passage) =>
      (!filter.quotationsOnly || passage.quotation) && articlesCarrying(passage) >= filter.minArticles,
  );

/** Past this many articles the matrix is unreadable: a ranked list of pairs replaces it. */
export const MAP_MAX_ARTICLES = 150;

/**
 * The article a passage most likely comes from: the one dated strictly earliest, and only when
 * every article carrying it has a date a reader may believe (stated, on its first lines or in
 * its name). A file's own time, or one article dated among undated ones, names no source.
 */
export function likelySource(
  passage: OverviewPassage,
  articles: ReadonlyMap<ArticleId, Pick<ArticleSummary, 'date' | 'dateFrom'>>,
): ArticleId | null {
  const ids = [...new Set(passage.occurrences.map((occurrence) => occurrence.article))];
  const dated = ids.map((id) => ({ id, article: articles.get(id) }));
  if (dated.length < 2 || !dated.every(({ article }) => article && isEvidence(article))) return null;
  dated.sort((a, b) => a.article!.date!.localeCompare(b.article!.date!));
  const [first, second] = dated;
  // "1859" and "1859-11-24" may be the same day: a year alone is earlier only by year.
  const sameTime = second!.article!.date!.startsWith(first!.article!.date!);
  return sameTime ? null : first!.id;
}
