// The folder's articles in the order the list shows them (by name or by date, remembered).
import { useMemo, useState } from 'react';
import type { ArticleSummary, LibrarySnapshot } from '../../../preload/contract';
import { usePersistentState } from '../app/usePersistentState';
import { orderGrown, type ArticleSort, type Ordered } from './article-order';

const NO_ARTICLES: ArticleSummary[] = [];

export function useArticleOrder(library: LibrarySnapshot | null) {
  const [sort, setSort] = usePersistentState<ArticleSort>(
    'variorum.article-sort',
    'name',
    (value): value is ArticleSort => value === 'name' || value === 'date',
  );
  // The last order made, so a list that only grew is merged into it rather than sorted whole.
  const [last, setLast] = useState<Ordered | null>(null);
  const articles = library?.articles ?? NO_ARTICLES;
  let current = last;
  if (last?.articles !== articles || last.sort !== sort) {
    current = { articles, sort, ordered: orderGrown(last, articles, sort) };
    setLast(current);
  }
  const ordered = current!.ordered;
  const order = useMemo(() => ordered.map((article) => article.id), [ordered]);
  return { ordered, order, sort, setSort };
}
