// The order of the folder's articles, by name (path) or by date: the order the list shows,
// and the order "previous/next version" walks.
import type { ArticleSummary } from '../../../preload/contract';

export type ArticleSort = 'name' | 'date';

export function orderArticles(articles: readonly ArticleSummary[], sort: ArticleSort): ArticleSummary[] {
  const byPath = (a: ArticleSummary, b: ArticleSummary): number => a.path.localeCompare(b.path);
  if (sort === 'name') return [...articles].sort(byPath);
  // Undated articles (no date at all) go last; file dates count as dates.
  const dateOf = (article: ArticleSummary): string => article.date ?? '9999-99-99';
  return [...articles].sort((a, b) => dateOf(a).localeCompare(dateOf(b)) || byPath(a, b));
}
