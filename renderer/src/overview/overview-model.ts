// Derived views of an overview: the articles in map order (groups first, each oldest first,
// then the rest in folder order), the labels that tell them apart, pair lookups, what the
// similarity figure leaves out, and the passage filters.
import type { ArticleId, ArticleSummary, FolderOverview, OverviewPassage } from '../../../preload/contract';
import { isEvidence } from '../../../preload/shared/date-label';
import { distinctLabels, shortTitle } from '../../../preload/shared/short-title';
import { withVisibleControls } from '../../../preload/shared/visible-text';

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

/** How the overview names each article: distinct across the folder, invisible controls shown. */
export interface ArticleNames {
  label: (id: ArticleId) => string;
  /** The full title and the file, for a tooltip. */
  full: (id: ArticleId) => string;
  /** The short title all of `ids` have, said once where their labels are file names. */
  shared: (ids: readonly ArticleId[]) => string | null;
}

export function articleNames(
  overview: FolderOverview,
  articles: ReadonlyMap<ArticleId, Pick<ArticleSummary, 'title' | 'path'>>,
): ArticleNames {
  const known = overview.articles.filter((id) => articles.has(id));
  const labels = distinctLabels(known.map((id) => articles.get(id)!));
  const byId = new Map(known.map((id, index) => [id, withVisibleControls(labels[index]!)]));
  return {
    label: (id) => byId.get(id) ?? withVisibleControls(articles.get(id)?.path ?? 'article'),
    full: (id) => {
      const article = articles.get(id);
      if (!article) return 'article';
      const title = article.title.trim();
      const path = withVisibleControls(article.path);
      return title && title !== article.path ? `${withVisibleControls(title)}\n${path}` : path;
    },
    shared: (ids) => sharedTitle(ids, articles),
  };
}

/** The short title every one of `ids` has (ignoring case), or null when they differ. */
export function sharedTitle(
  ids: readonly ArticleId[],
  articles: ReadonlyMap<ArticleId, Pick<ArticleSummary, 'title'>>,
): string | null {
  const titles = ids.map((id) => shortTitle(articles.get(id)?.title ?? ''));
  const first = titles[0];
  if (!first || titles.some((title) => title.toLowerCase() !== first.toLowerCase())) return null;
  return withVisibleControls(first);
}

/**
 * What the map's figure does not count, from main/corpus (words.ts, score.ts): it is taken on
 * the cleaned text's words, folded, in runs of five, so these never lower it, while Compare
 * counts most of them as changes.
 */
export const SIMILARITY_IGNORES =
  'Counted on the cleaned texts (boilerplate removed, as in Compare): the words lying in runs ' +
  'of five or more words that both texts carry, wherever those runs stand. It ignores case, ' +
  'punctuation, quotation marks and apostrophes (curly or straight), dashes, ligatures, spacing ' +
  'and line breaks. Compare counts case, punctuation and quotation marks unless told to ' +
  'ignore them, so its figure can be lower.';

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

/**
 * Each article carrying the passage once, in the passage's order (earliest dated first), with
 * the indices of its occurrences there: a passage an article repeats is one entry, not several.
 */
export function placesByArticle(passage: OverviewPassage): Array<{ article: ArticleId; places: number[] }> {
  const byArticle = new Map<ArticleId, number[]>();
  passage.occurrences.forEach((occurrence, index) => {
    const places = byArticle.get(occurrence.article);
    if (places) places.push(index);
    else byArticle.set(occurrence.article, [index]);
  });
  return [...byArticle].map(([article, places]) => ({ article, places }));
}

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
