// Derived views of an overview: the articles in map order (groups first, each oldest first,
// then the rest in folder order), pair lookups, and the passage filters.
import type { ArticleId, FolderOverview, OverviewPassage } from '../../../preload/contract';

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
