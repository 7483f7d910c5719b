// orderArticles: by name, or by date with undated articles last and names breaking ties;
// orderGrown: the same order, merged into the last one when the list only grew.
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../preload/contract';
import { orderArticles, orderGrown, type ArticleSort } from './article-order';

const article = (path: string, date: string | null): ArticleSummary => ({
  id: path,
  path,
  title: path,
  source: null,
  date,
  dateFrom: date ? 'stated' : null,
  dateIsFileTime: false,
  author: null,
  words: 1,
  bytes: 1,
  format: 'txt',
  encoding: 'utf-8',
  warnings: [],
  cleaning: { blocks: 0, words: 0 },
  repair: null,
  contentHash: path,
  fileHash: path,
});

describe('orderArticles', () => {
  const articles = [
    article('c.txt', '2026-01-01'),
    article('a.txt', '2026-03-01'),
    article('b.txt', null),
    article('d.txt', '2026-01-01'),
  ];
  it('sorts by name', () => {
    expect(orderArticles(articles, 'name').map((a) => a.path)).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
  });
  it('sorts by date, undated last, names breaking ties', () => {
    expect(orderArticles(articles, 'date').map((a) => a.path)).toEqual(['c.txt', 'd.txt', 'a.txt', 'b.txt']);
  });
});

describe('orderGrown', () => {
  const paths = (list: ArticleSummary[]): string[] => list.map((a) => a.path);
  // A folder read in batches: names and dates in no order, some dates shared, some missing.
  const all = Array.from({ length: 60 }, (_, i) =>
    article(`f${(i * 37) % 60}.txt`, i % 7 === 0 ? null : `2026-0${1 + (i % 3)}-01`),
  );
  for (const sort of ['name', 'date'] as ArticleSort[]) {
    it(`merges each batch into the order made so far, as sorting the whole list would (${sort})`, () => {
      let shown: { articles: ArticleSummary[]; sort: ArticleSort; ordered: ArticleSummary[] } | null = null;
      for (const size of [10, 25, 25, 48, 60]) {
        const articles: ArticleSummary[] = shown
          ? [...shown.articles, ...all.slice(shown.articles.length, size)]
          : all.slice(0, size);
        const ordered = orderGrown(shown, articles, sort);
        expect(paths(ordered)).toEqual(paths(orderArticles(articles, sort)));
        shown = { articles, sort, ordered };
      }
    });
  }
  it('sorts afresh when the list did not only grow', () => {
    const first = all.slice(0, 20);
    const shown = { articles: first, sort: 'name' as const, ordered: orderArticles(first, 'name') };
    const replaced = [...all.slice(0, 5), { ...all[5]!, path: 'a-renamed.txt' }, ...all.slice(6, 30)];
    expect(paths(orderGrown(shown, replaced, 'name'))).toEqual(paths(orderArticles(replaced, 'name')));
    expect(paths(orderGrown(shown, first, 'date'))).toEqual(paths(orderArticles(first, 'date')));
  });
});
