// The order of the folder's articles, by name (path) or by date: the order the list shows,
// and the order "previous/next version" walks.
import type { ArticleSummary } from '../../../preload/contract';

export type ArticleSort = 'name' | 'date';

// The order of String.localeCompare from one collator: the list is sorted again on every
// snapshot of a loading folder, and localeCompare may set up its collation on every call.
const collator = new Intl.Collator();

export function orderArticles(articles: readonly ArticleSummary[], sort: ArticleSort): ArticleSummary[] {
  const byPath = (a: ArticleSummary, b: ArticleSummary): number => collator.compare(a.path, b.path);
  if (sort === 'name') return [...articles].sort(byPath);
  // Undated articles (no date at all) go last; file dates count as dates.
  const dateOf = (article: ArticleSummary): string => article.date ?? '9999-99-99';
  return [...articles].sort((a, b) => collator.compare(dateOf(a), dateOf(b)) || byPath(a, b));
}
