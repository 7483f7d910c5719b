// orderArticles: by name, or by date with undated articles last and names breaking ties.
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../preload/contract';
import { orderArticles } from './article-order';

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
