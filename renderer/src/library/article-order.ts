// The order of the folder's articles, by name (path) or by date: the order the list shows,
// and the order "previous/next version" walks.
import type { ArticleSummary } from '../../../preload/contract';

export type ArticleSort = 'name' | 'date';

// The order of String.localeCompare from one collator: the list is sorted again on every
// snapshot of a loading folder, and localeCompare may set up its collation on every call.
const collator = new Intl.Collator();

function comparer(sort: ArticleSort): (a: ArticleSummary, b: ArticleSummary) => number {
  const byPath = (a: ArticleSummary, b: ArticleSummary): number => collator.compare(a.path, b.path);
  if (sort === 'name') return byPath;
  // Undated articles (no date at all) go last; file dates count as dates.
  const dateOf = (article: ArticleSummary): string => article.date ?? '9999-99-99';
  return (a, b) => collator.compare(dateOf(a), dateOf(b)) || byPath(a, b);
}

export function orderArticles(articles: readonly ArticleSummary[], sort: ArticleSort): ArticleSummary[] {
  return [...articles].sort(comparer(sort));
}

/** A list as it was ordered: the articles given, and the order made of them. */
export interface Ordered {
  articles: readonly ArticleSummary[];
  sort: ArticleSort;
  ordered: ArticleSummary[];
}

/**
 * The same order as orderArticles, made from the previous one when the list only grew (the
 * same articles, then new ones): the new rows are sorted and merged in, so a loading folder's
 * list is not sorted whole again at every batch.
 */
export function orderGrown(
  previous: Ordered | null,
  articles: readonly ArticleSummary[],
  sort: ArticleSort,
): ArticleSummary[] {
  const grew =
    previous !== null &&
    previous.sort === sort &&
    previous.articles.length <= articles.length &&
    previous.articles.every((article, index) => articles[index] === article);
  if (!grew) return orderArticles(articles, sort);
  const compare = comparer(sort);
  const added = articles.slice(previous.articles.length).sort(compare);
  if (added.length === 0) return previous.ordered;
  const merged: ArticleSummary[] = [];
  let i = 0;
  let j = 0;
  // Ties keep the earlier articles first, as the stable sort of the whole list would.
  while (i < previous.ordered.length || j < added.length) {
    const takeOld =
      j >= added.length || (i < previous.ordered.length && compare(previous.ordered[i]!, added[j]!) <= 0);
    merged.push(takeOld ? previous.ordered[i++]! : added[j++]!);
  }
  return merged;
}
