// The folder's articles in the order the list shows them (by name or by date, remembered).
import { useMemo } from 'react';
import type { LibrarySnapshot } from '../../../preload/contract';
import { usePersistentState } from '../app/usePersistentState';
import { orderArticles, type ArticleSort } from './article-order';

export function useArticleOrder(library: LibrarySnapshot | null) {
  const [sort, setSort] = usePersistentState<ArticleSort>(
    'variorum.article-sort',
    'name',
    (value): value is ArticleSort => value === 'name' || value === 'date',
  );
  const ordered = useMemo(() => (library ? orderArticles(library.articles, sort) : []), [library, sort]);
  const order = useMemo(() => ordered.map((article) => article.id), [ordered]);
  return { ordered, order, sort, setSort };
}
